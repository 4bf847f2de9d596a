"""What a sentence does not assert is no event: acts inside a charge, fear, hope or guess;
statements that accuse or ask no one; prepositions in a verb's form; a firm's or a private
person's dealings with a state (issue 17: errors read on real web pages). Sentences are ours."""

from __future__ import annotations

import pytest

from test_events import code, events_of, on_trigger, only

NOT_ASSERTED = [
    # text, the trigger of the act the sentence does not assert
    ("Opposition leaders repeated their charges that the premier is appeasing Moscow at Kyiv's expense.",
     "appeasing"),
    ("Many residents voiced concerns that officials were restricting news about the outbreak.",
     "restricting"),
    ("The palace cancelled the interview for fear that the scandal would inflict lasting damage on the monarchy.",
     "inflict"),
    ("It is alleged that the colonel ordered his men to attack the village.", "ordered"),
    ("Diplomats fear that Veldorian troops will invade the border province.", "invade"),
    ("There is a growing risk that the militia will retaliate against the capital.", "retaliate"),
]


@pytest.mark.parametrize(("text", "trigger"), NOT_ASSERTED)
def test_an_act_inside_a_charge_fear_or_hope_is_no_event(text, trigger):
    assert on_trigger(events_of(text), trigger) == []


def test_what_a_speaker_reports_is_still_an_event():
    said = only(events_of("The Kenyan army said that rebels attacked the border town of Mandera."), "attacked")
    assert said.category in ("ASSAULT", "FIGHT") and said.mode == "asserted"


def test_the_charge_itself_is_still_coded():
    accused = only(events_of("Chile's foreign minister accused Peru of violating the border treaty."), "accused")
    assert (accused.category, code(accused.source), code(accused.target)) == ("ACCUSE", "CHL", "PER")


@pytest.mark.parametrize("text, trigger", [
    ("The duke claims that he felt bound to visit the financier in person.", "claims"),
    ("The border plan is more complicated than the congressman suggests.", "suggests"),
])
def test_a_claim_or_suggestion_aimed_at_no_one_is_no_event(text, trigger):
    assert on_trigger(events_of(text), trigger) == []


def test_given_that_is_a_preposition_not_an_act_of_giving():
    text = "The envoy found the request political, given that the former senator is the president's rival."
    assert [e for e in events_of(text) if e.trigger == "given"] == []


def test_a_threat_noun_with_an_infinitive_makes_its_act_a_threat():
    text = "Prosecutors said the man had made threats to harm Kenyan lawmakers."
    harm = only(events_of(text), "harm")
    assert (harm.category, harm.mode, code(harm.target)) == ("THREATEN", "threatened", "KEN")


def test_what_would_have_happened_did_not_and_is_no_intent():
    text = "The envoy said he would have objected to Ukraine opening an inquiry."
    objected = [e for e in events_of(text) if e.trigger == "objected"]
    assert all(e.mode == "hypothetical" and e.category != "THREATEN" for e in objected)


@pytest.mark.parametrize("text, trigger", [
    ("Norvik Aerospace will offer the Kenyan government its new cargo drone.", "offer"),
    ("Asked by reporters, Pellworth said he supported the Peruvian president.", "supported"),
])
def test_a_firms_or_private_persons_dealings_with_a_state_are_no_event(text, trigger):
    assert on_trigger(events_of(text), trigger) == []


def test_a_placed_people_and_an_aid_group_still_deal_with_states():
    sought = only(events_of("Some 5,000 Veldorian Kurds sought refuge in Germany last month."), "sought")
    assert code(sought.target) == "DEU"
    handed = only(events_of("Swiss doctors handed over medicine to the Kenyan Red Cross in Nairobi."), "handed")
    assert code(handed.source) == "CHE"


def test_what_a_charge_says_of_an_act_leaves_the_act_itself_asserted():
    text = "Critics are alleging that the premier's call with his Peruvian counterpart was improper."
    call = only(events_of(text), "call")
    assert call.category == "CONSULT" and code(call.target) == "PER"


def test_a_spokesperson_speaking_for_a_body_still_deals_with_states():
    text = '"We thank the Kenyan government for its help in freeing the hostages," Pellworth said.'
    thank = only(events_of(text), "thank")
    assert thank.category == "SUPPORT" and code(thank.target) == "KEN"


def test_a_private_person_reported_as_speaking_of_himself_is_no_spokesperson():
    text = "Pat Pellworth was stopped on Friday. He told police he supported the Peruvian president."
    assert [e.source for e in events_of(text) if e.trigger == "supported" and e.source is not None] == []


def test_a_country_in_brackets_after_a_name_is_where_it_is_from_not_the_state():
    text = "Studio Brannvik (Norway) produces films and often integrates the city into its work."
    events = events_of(text)
    assert all(not (e.source and e.source.sector == "GOV") for e in events)


def test_he_in_what_a_body_reports_is_not_the_body():
    # "he" in an office's announcement is someone else; in a person's statement, the person
    charged = only(events_of("Ramon Kell pleaded guilty on Monday to charges he threatened to kill a Veldorian lawmaker, "
                             "the Harbour District Prosecutor's Office announced."), "threatened")
    assert charged.source is None or "Office" not in charged.source.name
    said = only(events_of("Anna Ostrova, the Veldorian foreign minister, said she would meet the Chilean president."), "meet")
    assert said.source is not None and said.source.name == "Anna Ostrova"
