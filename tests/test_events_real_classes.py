"""The wrong and partial classes a strict read of the real pages' events found (issue 17, real
events round): a measure named by a participle after its noun, the purpose of an open act, a
claimed act counted twice, the doer of a gerund after a preposition. Sentences written for
these tests, with positive and negative controls."""

from __future__ import annotations

from test_events import events_of, on_trigger, only


# a participle after its noun is a passive: 'tariffs imposed by X' are X's tariffs (SANCTION)

def test_tariffs_imposed_by_a_country_are_its_sanction():
    event = only(events_of("Retaliatory duties imposed by Vietnam have hurt Australian wheat growers."), "imposed")
    assert (event.category, event.cameo, event.source.country) == ("SANCTION", "163", "VNM")


def test_tariffs_imposed_so_far_by_an_administration():
    event = only(events_of("The tariffs imposed so far by the Brazilian government will cost "
                           "exporters about $2 billion, the study found."), "imposed")
    assert event.category == "SANCTION"


def test_control_an_active_tariff_stays_a_sanction():
    event = only(events_of("Vietnam imposed tariffs on Australian wheat in March."), "imposed")
    assert event.category == "SANCTION"


def test_control_a_fine_imposed_by_a_court_is_no_tariff():
    events = events_of("Fines imposed by the Nairobi court on the opposition leader were paid on Friday.")
    assert not [e for e in on_trigger(events, "imposed") if e.category == "SANCTION"]


# the purpose of an act the sentence leaves open is open too

def test_the_purpose_of_a_whether_act_is_hypothetical():
    events = events_of("Senators want to establish whether Ruto withheld aid from Somalia to "
                       "pressure President Mohamud.")
    assert only(events, "withheld").mode == "hypothetical"
    assert only(events, "pressure").mode == "hypothetical"


def test_control_the_purpose_of_a_done_act_keeps_its_mode():
    events = events_of("Ruto withheld aid from Somalia to pressure President Mohamud.")
    assert only(events, "pressure").mode == "asserted"


def test_control_the_purpose_of_an_intended_act_is_no_threat():
    events = events_of("Kenya will send troops to Somalia to fight the rebels.")
    assert only(events, "fight").category == "FIGHT"


# a claim of responsibility for an act the sentence codes would count it twice

def test_a_claimed_act_coded_itself_is_one_event():
    events = events_of("Al-Shabaab claimed responsibility for bombing a hotel in Mogadishu.")
    assert not on_trigger(events, "claimed")
    bombing = only(events, "bombing")
    assert bombing.category == "ASSAULT" and bombing.source.name == "Al-Shabaab"


def test_control_a_claimed_noun_keeps_the_claim():
    events = events_of("Al-Shabaab claimed responsibility for the bombing of a hotel in Mogadishu.")
    assert only(events, "claimed").category == "ASSAULT"


# a gerund after a preposition is done by the clause's subject, unless an object may do it

def test_a_gerund_after_pleading_guilty_is_the_pleaders():
    events = events_of("John Kamau, 34, faces five years in prison after pleading guilty to "
                       "threatening to kill President Ruto.")
    event = only(events, "threatening")
    assert event.category == "THREATEN" and event.source is not None and "Kamau" in event.source.name


def test_a_gerund_after_a_time_preposition_is_the_subjects():
    events = events_of("Kenyan police detained two journalists before raiding the newspaper's office.")
    assert only(events, "raiding").source.country == "KEN"


def test_control_an_accusation_object_does_the_gerund():
    events = events_of("Kenya accused Somalia of shelling border towns.")
    assert not [e for e in on_trigger(events, "shelling") if e.source and e.source.country == "KEN"]


def test_control_a_passive_criticism_names_no_doer():
    events = events_of("The army was criticised by rights groups for shelling villages.")
    assert not [e for e in on_trigger(events, "shelling") if e.source and e.source.sector == "HRI"]


def test_a_gerund_two_clauses_down_with_its_to_made_a_preposition():
    events = events_of("Maria Ortiz, 47, could face three years in jail and have to pay $50,000 after "
                       "pleading guilty to threatening to assault and kill President Ruto.")
    event = only(events, "kill")
    assert event.category == "THREATEN" and event.source is not None and "Ortiz" in event.source.name


# facts told to a reporter are a statement, no aid; their absence no refusal of aid

def test_details_given_to_a_news_agency_are_no_aid():
    assert not events_of("The Kenyan interior ministry provided Reuters with further details.")


def test_information_not_provided_is_no_refusal():
    assert not events_of("The Kenyan interior ministry did not provide Reuters with further information.")


def test_control_intelligence_withheld_from_a_state_is_a_refusal():
    event = only(events_of("Kenya did not provide Somalia with intelligence on the attack."), "provide")
    assert (event.category, event.target.country) == ("REJECT", "SOM")


# a legislature debating a budget or a bill consults no one

def test_debating_a_budget_is_no_consultation():
    assert not on_trigger(events_of("The Kenyan Senate is debating the defence budget."), "debating")


def test_control_debating_with_a_party_is_consultation():
    event = only(events_of("Kenyan opposition leaders debated with President Ruto on live television."), "debated")
    assert (event.category, event.target.country) == ("CONSULT", "KEN")


# an act hung on the texts a party posted or issued is the party's

def test_tweets_supporting_a_leader_are_the_posters_support():
    event = only(events_of("The Somali ruling party posted a series of tweets supporting President Ruto."), "supporting")
    assert (event.source.country, event.target.country) == ("SOM", "KEN")


def test_control_a_weapon_hurting_people_is_not_its_firers_by_this_rule():
    events = events_of("Kenyan police fired a series of tear gas canisters injuring protesters.")
    assert only(events, "fired").source.country == "KEN"


# a threat is of an act to come: a warning about how things are is none

def test_a_warning_about_a_present_state_is_no_threat():
    events = events_of("The Kenyan electoral commission issued a statement warning that voters "
                       "are entitled to honest campaigns.")
    assert not [e for e in events if e.category == "THREATEN"]


def test_control_a_warning_of_an_act_to_come_is_a_threat():
    for text in ("Iran warned that American forces will be targeted.",
                 "Russia warned that Ukraine is going to pay a heavy price."):
        assert [e.category for e in on_trigger(events_of(text), "warned")] == ["THREATEN"], text


def test_control_a_party_warned_is_threatened_whatever_the_tense():
    event = only(events_of("Russia warned Ukraine that its troops are on alert."), "warned")
    assert (event.category, event.target.country) == ("THREATEN", "UKR")


def test_control_a_quoted_warning_is_left_to_its_context():
    events = events_of("Kenyan army chief Robert Kibochi warned on Monday: \"Our troops are already "
                       "at the border with Somalia.\"")
    assert [e.category for e in on_trigger(events, "warned")] == ["THREATEN"]


# the act one is pressed 'into' is the pressed party's, and as open as the pressing

def test_pressed_into_an_act_the_object_does_it():
    event = only(events_of("Ruto pressured President Mohamud into arresting the opposition leader."), "arresting")
    assert event.source.country == "SOM" and event.mode == "asserted"


def test_an_inquiry_pressed_for_under_a_whether_is_hypothetical():
    events = events_of("Senators want to establish whether Ruto withheld aid from Somalia to pressure "
                       "President Mohamud into announcing an investigation into opposition leader Ahmed Madobe.")
    event = only(events, "investigation")
    assert (event.mode, event.source.country) == ("hypothetical", "SOM")


# regretting one's own act or tie is remorse, no disapproval of the party inside it

def test_not_regretting_ones_own_friendship_is_no_disapproval():
    assert not on_trigger(events_of("Ruto said he does not regret his friendship with Museveni."), "regret")


def test_control_regretting_anothers_decision_is_disapproval():
    event = only(events_of("Kenya regretted Somalia's decision to expel its envoy."), "regretted")
    assert (event.category, event.source.country) == ("DISAPPROVE", "KEN")


# a newsroom epithet for one country places its office holders

def test_the_jewish_states_premier_is_israels():
    event = only(events_of("The Jewish state's premier praised the decision by Washington."), "praised")
    assert event.source.country == "ISR"
