"""Events a reader of real web pages should not be shown (analyse/events/agency.py), over
sentences we wrote in the style of news pages, with their counterparts that still code."""

from __future__ import annotations

import pytest

from test_events import code, events_of, on_trigger, only

pytestmark = pytest.mark.slow

# A thing, an idea or an act as the subject of a coded verb: a cause, not a party's act.
DONE_BY_A_THING = [
    ("A lasting peace would allow for the withdrawal of French troops from Mali.", "allow"),
    ("Shortly after midnight an anonymous tip led Kenyan police officers to a flat in Mombasa.", "led"),
    ("Rising fuel prices forced the Nigerian government to delay the budget.", "forced"),
]


@pytest.mark.parametrize(("text", "trigger"), DONE_BY_A_THING)
def test_a_thing_as_the_doer_codes_nothing(text, trigger):
    assert on_trigger(events_of(text), trigger) == []


# Questions that ask whether something happens assert no act.
POLAR_QUESTIONS = [
    ("Will Warren keep up her lead, or will the ascendant Buttigieg or a weakened Biden take more hits?", "hits"),
    ("Will Russia impose new sanctions on Ukraine before the summit?", "sanctions"),
    ("Did the Turkish army shell Kurdish positions in Syria last week?", "shell"),
]


@pytest.mark.parametrize(("text", "trigger"), POLAR_QUESTIONS)
def test_a_yes_no_question_codes_nothing(text, trigger):
    assert on_trigger(events_of(text), trigger) == []


# A person named by a pronoun did it or suffered it: no stand-in for them, no city as the victim.
PRONOUN_PARTIES = [
    ("Later that night he drove the girl to a motel in Houston, where he carried her into a room "
     "and held her captive.", "held"),
    ("The senator was held there for five years after he was shot down over Hanoi in 1967.", "shot"),
]


@pytest.mark.parametrize(("text", "trigger"), PRONOUN_PARTIES)
def test_pronoun_parties_get_no_stand_in(text, trigger):
    assert on_trigger(events_of(text), trigger) == []


STILL_CODED = [
    # text, trigger, category, source code, target code
    # a text speaks for its unnamed author
    ("The resolution demands that Israel withdraw from the occupied territories.",
     "demands", "DEMAND", None, "ISR"),
    # violence with a thing as the doer keeps the victim
    ("An explosion killed five Nigerian soldiers near the border on Sunday.",
     "killed", "ASSAULT", None, "NGA"),
    # a question with a question word takes the act as given
    ("Why did Russia impose sanctions on Ukraine in 2014?", "sanctions", "SANCTION", "RUS", "UKR"),
    # a victim named by a noun keeps the convention's unknown attackers of the place
    ("A journalist was shot dead in Nairobi on Monday.", "shot", "ASSAULT", "KEN", "KEN"),
    # people by role as the subject are a party
    ("Residents asked the Kenyan government for help after the floods.", "asked", "REQUEST", "KEN", "KEN"),
]


@pytest.mark.parametrize(("text", "trigger", "category", "source", "target"), STILL_CODED)
def test_still_coded(text, trigger, category, source, target):
    event = only(events_of(text), trigger)
    assert (event.category, code(event.source), code(event.target)) == (category, source, target)


def test_a_pronoun_victim_is_no_city():
    event = only(events_of("He was shot dead in Nairobi on Monday."), "shot")
    assert event.target is None and event.source.country == "KEN"


# In a sports, business, culture or science paragraph, an event needs a party a country places:
# a captain, critics or a firm there are a team's, a review's or a market's, not a state's.
OFF_POLITICS = [
    ("The Steelers lost 21-7 on Thursday night. Defensive captain Cam Heyward, who lobbied the "
     "league to suspend the quarterback, did not offer a response when asked about the league's "
     "decision to suspend him for the rest of the season.", "offer"),
    ("Since the earbuds first launched in 2016, users and critics alike have been asking for noise "
     "cancellation and better battery life, and the new model delivers both.", "asking"),
]


@pytest.mark.parametrize(("text", "trigger"), OFF_POLITICS)
def test_off_politics_roles_code_nothing(text, trigger):
    assert on_trigger(events_of(text), trigger) == []


def test_a_state_party_on_a_sports_page_still_codes():
    event = only(events_of("Argentine police arrested 20 fans after the match in Buenos Aires, and the "
                           "league fined both clubs."), "arrested")
    assert (event.category, code(event.source)) == ("COERCE", "ARG")


def test_pursuing_a_deal_is_an_intent():
    event = only(events_of("Kenya is pursuing a peace deal with Somalia."), "deal")
    assert (event.category, event.mode, code(event.source), code(event.target)) == ("AGREE", "intended", "KEN", "SOM")


# "He" or "she" in what a body or a group reports is someone else, not the body.
REPORTED_BY_A_BODY = [
    ("A Buffalo man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar, the U.S. "
     "Attorney's Office for the Western District of New York announced Monday.", "threatened", "USA"),
    ("Prosecutors said he threatened to kill the Kenyan interior minister during a rally in Nakuru.",
     "threatened", "KEN"),
]


@pytest.mark.parametrize(("text", "trigger", "target"), REPORTED_BY_A_BODY)
def test_he_in_a_bodys_report_is_not_the_body(text, trigger, target):
    event = only(events_of(text), trigger)
    assert event.source is None and code(event.target) == target


def test_he_in_a_persons_report_is_the_person():
    event = only(events_of("Kurt Volker, the former envoy, said on Tuesday that he first discussed the delay "
                           "with the Ukrainians at the end of August."), "discussed")
    assert (event.source.name, code(event.target)) == ("Kurt Volker", "UKR")


# What is told inside a counterfactual ('would have claimed that ...') did not happen.
def test_acts_inside_a_counterfactual_code_nothing():
    events = events_of("The whistleblower would then have claimed that he was told that Obama had confirmed "
                       "his promise to drop missile defense in Eastern Europe if Putin would give space to Obama.")
    assert [e for e in events if e.trigger in ("drop", "give")] == []


def test_the_counterfactual_act_itself_is_hypothetical():
    events = events_of("Volker later said he would have objected to Ukraine opening an investigation into Biden.")
    assert [(e.trigger, e.mode) for e in events] == [("objected", "hypothetical")]


def test_a_partner_in_a_purpose_is_no_target():
    event = only(events_of("Kenyan police worked with the FBI to investigate the attack on the mall."), "investigate")
    assert (code(event.source), event.target) == ("KEN", None)


# A headline's passive without its auxiliary: 'threatened with', 'accused of' name what was done to.
def test_a_headline_threatened_with_is_a_passive():
    event = only(events_of("Hong Kong 'threatened with Chinese military intervention'"), "threatened")
    assert (code(event.source), code(event.target)) == ("CHN", "HKG")


def test_an_active_threat_with_keeps_its_sides():
    event = only(events_of("Iran threatened Azerbaijan with sanctions over the pipeline."), "threatened")
    assert (code(event.source), code(event.target)) == ("IRN", "AZE")


PRONOUN_PATIENTS = [
    # text, trigger: the pronoun's person is the target, no place, prison or partner named after it
    ("We are thankful for and agree with the judge's decision to sentence him to life in prison.", "sentence"),
    ("The Kenyan foreign minister urged him to hold talks with Somalia before the vote.", "urged"),
]


@pytest.mark.parametrize(("text", "trigger"), PRONOUN_PATIENTS)
def test_a_pronoun_patient_leaves_no_other_target(text, trigger):
    event = only(events_of(text), trigger)
    assert event.target is None


def test_demonstrating_that_is_no_protest():
    events = events_of("U.S. Attorney James Kennedy said this case demonstrates that free speech does not protect "
                       "people who threaten lawmakers.")
    assert [e for e in events if e.trigger == "demonstrates"] == []
    event = only(events_of("Thousands of Chilean students demonstrated against the government in Santiago."),
                 "demonstrated")
    assert (event.category, code(event.source)) == ("PROTEST", "CHL")
