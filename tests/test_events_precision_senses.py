"""Figurative senses of event verbs on ordinary news prose (issue 17, precision): a wrong event
is worse than none. Sentences written for these tests; each mechanism has a positive control."""

from __future__ import annotations

from test_events import events_of, on_trigger


def _categories(text: str, trigger: str) -> list[str]:
    return [e.category for e in on_trigger(events_of(text), trigger)]


# a verb of violence done to a thing of words, plans or money (senses.figurative_violence)

def test_killing_a_bill_is_no_assault():
    assert "ASSAULT" not in _categories("Kenyan senators killed the finance bill in committee on Thursday.", "killed")


def test_attacking_a_problem_is_no_assault():
    assert not _categories("The Kenyan government attacked the problem of rising food prices with new subsidies.",
                           "attacked")


def test_a_plan_shot_down_by_parliament_is_no_assault():
    assert "ASSAULT" not in _categories("The government's plan was shot down by the Ugandan parliament.", "shot")


def test_shooting_a_film_is_no_assault():
    assert not _categories("The Nigerian director shot her new film in the hills outside Lagos.", "shot")


def test_hit_by_scandals_is_no_assault():
    assert not _categories("The Kenyan interior minister has been hit by a wave of scandals.", "hit")


def test_bombarded_with_emails_is_no_assault():
    assert not _categories("Ghanaian ministers were bombarded with emails from angry voters.", "bombarded")


def test_hammered_at_the_polls_is_no_event():
    assert not _categories("The ruling party in Zambia hammered the opposition in the local elections.", "hammered")


def test_violence_on_a_place_or_post_stays_violence():
    assert _categories("Rebels attacked an army checkpoint near the Somali border on Sunday.", "attacked")
    assert _categories("Government troops shelled the town of Kismayo overnight.", "shelled")


def test_harm_shown_keeps_violence_on_a_thing_word():
    assert "ASSAULT" in _categories("Gunmen shot dead two Kenyan police officers at a checkpoint.", "shot")


# violence in words: made in a debate or column, or judged "as" something (senses.verbal_violence)

def test_blasted_as_wrong_is_criticism():
    cats = _categories("Kenya's opposition leader blasted President Ruto as wrong on taxes.", "blasted")
    assert "ASSAULT" not in cats and "FIGHT" not in cats


def test_clashing_in_a_debate_is_no_violence():
    cats = _categories("The two Kenyan presidential candidates clashed over taxes in the televised debate.", "clashed")
    assert not {"ASSAULT", "FIGHT"} & set(cats)


def test_clashing_protesters_stay_violent():
    cats = _categories("Kenyan police clashed with stone-throwing protesters in Nairobi.", "clashed")
    assert {"ASSAULT", "FIGHT"} & set(cats)


# an intended rejection of words is no threat (framing.framed_code with senses.rejects_words)

def test_dismissing_criticism_is_no_threat():
    assert "THREATEN" not in _categories("The Kenyan minister said she would dismiss any criticism of the reform.",
                                         "dismiss")


def test_vowing_to_reject_a_ceasefire_stays_a_threat():
    assert "THREATEN" in _categories("Al-Shabaab vowed to reject any ceasefire with Somalia.", "reject")


# defending an act is verbal support, given to no one the act was against (figurative.beside_the_defended)

def test_defending_actions_against_a_group_is_no_aid_to_it():
    events = on_trigger(events_of("The Kenyan spokesman defended the government's actions against the protesters."),
                        "defended")
    assert all(e.category != "AID" for e in events)
    assert all(e.target is None or "protester" not in e.target.name for e in events)


def test_defending_villages_keeps_protection():
    assert _categories("Ugandan peacekeepers defended the villages against the militia.", "defended")


def test_intervening_in_a_market_is_no_intervention():
    assert not _categories("Kenya's central bank intervened in the currency market to prop up the shilling.",
                           "intervened")


# a bare "Senate" names no country: placed as the article places it, not always in the US

def test_a_bare_senate_is_placed_by_the_article():
    events = on_trigger(events_of("Nigeria's lawmakers debated the new electoral law in Abuja. "
                                  "The Senate criticised President Muhammadu Buhari over the delay on Tuesday."), "criticised")
    assert events and all(e.source.country != "USA" for e in events if e.source is not None)


def test_a_us_senate_stays_american():
    events = on_trigger(events_of("The US Senate criticised China over its treatment of Uighurs."), "criticised")
    assert any(e.source is not None and e.source.country == "USA" for e in events)


# speaking for an act, and words offered (coding._vindicated_act, coding._words_offered)

def test_defending_strikes_is_verbal_support_and_not_aid_to_whom_they_hit():
    [event] = on_trigger(events_of("Kenya defended its air strikes against the Ugandan army."), "defended")
    assert (event.category, event.cameo, event.target) == ("SUPPORT", "052", None)


def test_defending_a_decision_to_expel_gives_the_expelled_no_support():
    [event] = on_trigger(events_of("The Peruvian minister defended the decision to expel the Chilean ambassador."),
                         "defended")
    assert event.cameo == "052" and event.target is None


def test_troops_defending_a_town_still_protect_it():
    # a place, not an act, as the object: the verb's own sense
    assert "SUPPORT" not in _categories("Turkish troops defended the town against the rebels.", "defended")


def test_support_offered_to_a_party_keeps_its_recipient():
    [event] = on_trigger(events_of("The Kenyan government confirmed its support to the Ugandan army."), "confirmed")
    assert event.target is not None and event.target.country == "UGA"


def test_congratulations_offered_are_praise_given():
    [event] = on_trigger(events_of("The Kenyan president offered congratulations to the Ugandan president."),
                         "offered")
    assert (event.category, event.cameo, event.mode) == ("SUPPORT", "051", "asserted")


def test_aid_offered_stays_an_offer_of_cooperation():
    [event] = on_trigger(events_of("Japan offered humanitarian aid to the Philippines."), "offered")
    assert event.category == "AGREE"


# a critic's review of a work is no political event (reviews.review_of_a_work)

def test_critics_panning_a_novel_is_no_disapproval():
    assert not _categories("Critics panned the Kenyan author's new novel.", "panned")


def test_film_critics_blaming_a_director_is_no_disapproval():
    assert not _categories("Film critics criticised the Nigerian director for the film's slow pacing.", "criticised")


def test_music_critics_slamming_an_album_is_no_disapproval():
    assert not _categories("Music critics slammed the Ghanaian rapper's new album.", "slammed")


def test_a_novel_attacking_corruption_is_no_one_s_act():
    assert not events_of("The novel attacked corruption in Nairobi, reviewers said.")


def test_critics_of_the_government_still_disapprove():
    assert "DISAPPROVE" in _categories("Critics of the Kenyan government said the minister had lied.", "said")


def test_critics_accusing_a_president_still_accuse():
    assert _categories("Critics accused the Kenyan president of ignoring the drought.", "accused") == ["ACCUSE"]


# a negated act that refuses no party: the press, a place, a thing (refusals.refuses_no_one)

def test_details_withheld_from_a_news_agency_are_no_rejection():
    assert not _categories("The Kenyan ministry did not provide Reuters with further details.", "provide")


def test_information_withheld_from_journalists_is_no_rejection():
    assert not _categories("The Kenyan government did not give journalists any information about the arrests.",
                           "give")


def test_not_visiting_flooded_areas_is_no_rejection():
    assert not _categories("The Kenyan president didn't visit the flooded areas of Kisumu.", "visit")


def test_not_visiting_a_region_is_no_rejection():
    assert not _categories("The Nigerian president did not visit Borno state after the attack.", "visit")


def test_not_meeting_an_opposition_leader_stays_a_rejection():
    assert _categories("The Kenyan president did not meet the Ugandan opposition leader.", "meet") == ["REJECT"]


def test_not_attending_a_summit_stays_a_rejection():
    assert _categories("The Kenyan minister did not attend the summit in Addis Ababa.", "attend") == ["REJECT"]


def test_documents_withheld_from_a_government_stay_a_rejection():
    assert _categories("Uganda did not provide the Kenyan government with the documents.", "provide") == ["REJECT"]


# intervening in a conflict is no mediation; in talks it is (verb_patterns_extra.tsv)

def test_intervening_in_a_conflict_is_no_mediation():
    assert "CONSULT" not in _categories("NATO intervened in the conflict in Libya in 2011.", "intervened")


def test_intervening_in_a_civil_war_is_no_mediation():
    assert "CONSULT" not in _categories("Russia intervened in the Syrian civil war in 2015.", "intervened")


def test_intervening_in_talks_is_mediation():
    [event] = on_trigger(events_of("The Ethiopian prime minister intervened in the talks between Sudan's rival generals."),
                         "intervened")
    assert event.cameo == "045"


def test_intervening_militarily_stays_force():
    assert _categories("France intervened militarily in Mali in 2013.", "intervened") == ["FIGHT"]
