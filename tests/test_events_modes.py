"""Modes of events that have not (yet) happened: forecasts, plans, considered and ruled-out acts,
over sentences we wrote (issue 17: the mode rules' coverage of modal, intent and refusal forms)."""

from __future__ import annotations

import pytest

from test_events import code, events_of, on_trigger, only

FRAMED = [
    # text, trigger, category, mode, source code, target code
    # a passive frame's subject does the act, which is expected, not done
    ("Qatar is expected to host talks between Sudan and Chad next month.",
     "host", "AGREE", "intended", "QAT", "SDN"),
    ("Indonesia is set to sign a fisheries agreement with Vietnam on Friday.",
     "agreement", "AGREE", "intended", "IDN", "VNM"),
    ("Mexico is poised to impose tariffs on Chinese steel.",
     "impose", "THREATEN", "intended", "MEX", "CHN"),
    # the tagger reads 'hopes' as 'hop': the frame is found by the verb's base form
    ("The Dutch foreign minister hopes to reach an agreement with Belgium on the canal.",
     "agreement", "AGREE", "intended", "NLD", "BEL"),
    # an intended act that is no cooperation keeps its own category
    ("The Polish government plans to deploy more troops along the Belarusian border.",
     "plans", "MOBILIZE", "intended", "POL", None),
    # likelihood: not happened
    ("The Peruvian government is unlikely to resume talks with the striking miners.",
     "talks", "CONSULT", "hypothetical", "PER", None),
    # ruling out an act is refusing it
    ("The Spanish prime minister ruled out sending troops to the region.",
     "ruled", "REJECT", "refused", "ESP", None),
]


@pytest.mark.parametrize(("text", "trigger", "category", "mode", "source", "target"), FRAMED)
def test_framed_acts_take_the_frames_mode(text, trigger, category, mode, source, target):
    event = only(events_of(text), trigger)
    assert (event.category, event.mode, code(event.source)) == (category, mode, source)
    if target is not None:
        assert code(event.target) == target


def test_a_frames_gerund_is_its_complement_not_an_act_of_its_own():
    events = events_of("The Brazilian government is considering sending troops to the border.")
    assert all(e.mode != "asserted" for e in events), [(e.trigger, e.mode) for e in events]


def test_a_gerund_after_a_comma_is_no_complement():
    events = events_of("Turkish troops shelled Kurdish positions in Syria on Monday, killing four fighters.")
    assert only(events, "shelled").mode == "asserted"


def test_regarding_something_as_illegal_is_no_consultation():
    events = events_of("The European Union considers the new Israeli settlements illegal.")
    assert not [e for e in events if e.trigger == "considers"]


PLOVER_MODES = [
    # text, trigger, PLOVER category, PLOVER mode: the means or the kind of meeting
    ("The Norwegian envoy began a mediation mission between Sudan and South Sudan.", "mission", "CONSULT", "multilateral"),
    ("Gunmen armed with pistols killed two Mexican police officers in Culiacan.", "killed", "ASSAULT", "firearms"),
    ("A blast killed four Afghan soldiers in Kandahar on Sunday.", "killed", "ASSAULT", "explosives"),
    # a two-word cue is more specific than the code's own mode (a strike: boycott)
    ("Hundreds of Kenyan doctors went on hunger strike in Nairobi.", "went", "PROTEST", "hunger"),
    # what a threat would do: close or cut off, or the weapons it names
    ("Iran threatened to close the Strait of Hormuz.", "threatened", "THREATEN", "restrict"),
    ("Russia threatened to cut off gas supplies to Moldova.", "threatened", "THREATEN", "relations"),
    ("North Korea threatened to fire missiles at Japanese cities.", "threatened", "THREATEN", "violence"),
    # handing in weapons is disarming
    ("Rebels in Myanmar handed in their weapons to the army.", "handed", "RETREAT", "disarm"),
]


@pytest.mark.parametrize(("text", "trigger", "category", "plover_mode"), PLOVER_MODES)
def test_plover_modes_of_means_and_meetings(text, trigger, category, plover_mode):
    event = only(events_of(text), trigger)
    assert (event.category, event.plover_mode) == (category, plover_mode)


def test_an_obligation_with_no_one_told_to_act_is_no_demand():
    assert not events_of("Beijing has calculated that bloody suppression should be avoided if possible.")
    said = only(events_of("The Kenyan president said that Somalia must withdraw its troops from the border."), "said")
    assert (said.category, said.mode, code(said.target)) == ("DEMAND", "demanded", "SOM")


def test_an_infinitive_misparsed_as_the_object_of_to_is_still_the_frames_complement():
    events = events_of("The man pleaded guilty to threatening to assault and murder a U.S. official.")
    assert events and all(e.mode == "threatened" for e in events if e.category in ("THREATEN", "ASSAULT")), \
        [(e.trigger, e.category, e.mode) for e in events]
    assert not [e for e in events if e.category == "ASSAULT" and e.mode == "asserted"]


def test_ruling_out_a_claim_is_no_rejection():
    assert not events_of("The Afghan government has ruled out Taliban involvement in the latest incident.")
    ruled = only(events_of("The Venezuelan government ruled out talks with the opposition."), "ruled")
    assert (ruled.category, code(ruled.target)) == ("REJECT", "VEN")


def test_a_refusal_read_off_a_negated_act_happened():
    # "would not withdraw the bill": a refusal to yield (REJECT) that took place, not one denied
    withdraw = only(events_of("Chile's government would not withdraw the pension bill, the minister said."), "withdraw")
    assert (withdraw.category, withdraw.mode) == ("REJECT", "asserted")
    # a refusal denied stays negated
    refused = only(events_of("Brazil has never refused to negotiate with the Argentine government."), "refused")
    assert (refused.category, refused.mode) == ("REJECT", "negated")


@pytest.mark.parametrize("text, trigger", [
    ("The space agency plans to build a lunar rover by 2026.", "plans"),
    ("Veldoria intends to enrich uranium to higher levels.", "intends"),
])
def test_an_aim_at_an_act_the_coder_does_not_know_is_no_event(text, trigger):
    assert on_trigger(events_of(text), trigger) == []


def test_an_aim_at_a_known_act_and_a_promise_of_anything_stay():
    talks = [e for e in events_of("Iran wants to hold talks with the European Union.") if e.category == "AGREE"]
    assert talks and talks[0].mode == "intended"
    promised = only(events_of("The Serbian president promised to democratize the country."), "promised")
    assert (promised.category, promised.mode) == ("AGREE", "intended")


def test_a_nouns_own_no_denies_its_event():
    text = "We make no apology for our response to the strikes, the Kenyan foreign minister said."
    events = [e for e in events_of(text) if e.trigger == "apology"]
    # no apology made: denied (negated), neither an apology asserted nor a refusal of one
    assert all(e.mode == "negated" and e.category != "REJECT" for e in events)



NEGATED = [
    # inability is a negated act, as failing is ("failed to disperse")
    ("Kenyan police were unable to disperse the protesters in Nairobi.", "disperse"),
    ("Kenyan police were not able to disperse the protesters in Nairobi.", "disperse"),
]


@pytest.mark.parametrize(("text", "trigger"), NEGATED)
def test_inability_negates_the_act(text, trigger):
    found = on_trigger(events_of(text), trigger)
    assert found and all(e.mode == "negated" for e in found), [(e.trigger, e.mode) for e in events_of(text)]


@pytest.mark.parametrize("text", [
    # a "no" phrase of time or manner negates its verb ...
    "At no time did the Chilean government sign an agreement with the Peruvian rebels, the ministry said.",
    # ... and a verb joined by "or" to a negated one shares its negation
    "The envoy said he was never aware of or took part in talks with the Venezuelan rebels.",
])
def test_a_negated_act_is_never_coded_as_done(text):
    # a negated act is coded as its refusal (CAMEO's convention), never as the act itself
    coded = [(e.trigger, e.category) for e in events_of(text)]
    assert coded and all(category == "REJECT" for _, category in coded), coded


@pytest.mark.parametrize("text", [
    "Lower-income Americans tend to purchase more imported goods than others, the study found.",
    "The Colombian rebels seem to have withdrawn from the border villages.",
])
def test_a_raising_verb_codes_nothing_of_its_own(text):
    assert not [e for e in events_of(text) if e.trigger in ("tend", "seem")]


def test_tending_the_wounded_is_still_aid():
    assert any(e.trigger == "tended" for e in events_of("Red Cross medics tended wounded Yemeni civilians in Taiz on Sunday."))


def test_inability_to_end_violence_is_no_refusal():
    # "not able to end the fighting" negates the act; it refuses nothing (no REJECT). (Police
    # ending others' violence code nothing: tests/test_events_readings.py)
    ended = only(events_of("The rebels are not able to end the violence in Kivu alone, their commander said."), "end")
    assert (ended.category, ended.mode) == ("RETREAT", "negated")


@pytest.mark.parametrize(("text", "mode"), [
    # an act in a clause on a noun that is denied ("no knowledge of efforts to urge") is negated ...
    ("The envoy said he had no knowledge of any efforts to urge Moldova to investigate the mayor.", "negated"),
    ("At no time did the envoy take part in an effort to urge Moldova to investigate the mayor.", "negated"),
    # ... an effort that is not denied stays the demand it is
    ("The envoy took part in an effort to urge Moldova to investigate the mayor.", "demanded"),
])
def test_an_act_on_a_denied_noun_is_negated(text, mode):
    urged = only(events_of(text), "urge")
    assert (urged.category, urged.mode) == ("DEMAND", mode)


def test_a_question_is_no_demand():
    # demanding how someone could do something puts a question: no one is told to act
    asked = "The interviewer repeatedly demanded how the Kenyan president could be so sure about the date."
    assert [e for e in events_of(asked) if e.trigger == "demanded"] == []
    # what a question asks about is not demanded ("asked why they closed the border")
    closed = only(events_of("Kenyan senators asked why the Ugandan government had closed the border."), "closed")
    assert closed.mode != "demanded"
    # a demand that someone act stays one
    demanded = only(events_of("The Kenyan president asked Uganda to reopen the border."), "asked")
    assert (demanded.category, demanded.mode) == ("DEMAND", "demanded")
