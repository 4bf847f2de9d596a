"""Events the coder missed on real pages (issue 17, recall round): a siege laid, crying foul and
calling an act a sham. Sentences written for these tests; names and places are fictional or
generic."""

from __future__ import annotations

from test_events import code, events_of, on_trigger, only


def test_laying_siege_is_the_siege():
    event = only(events_of("Kenyan police laid siege to a university in Nairobi on Sunday."), "siege")
    assert event.category == "FIGHT"
    assert code(event.source) == "KEN"


def test_laying_a_wreath_codes_nothing():
    assert not events_of("The Kenyan minister laid a wreath at the war memorial in Nairobi.")


def test_crying_foul_is_criticism():
    event = only(events_of("Opposition groups in Kenya cried foul over the count in Mombasa."), "cried")
    assert event.category == "DISAPPROVE"
    assert code(event.source) == "KEN"


def test_calling_an_inquiry_a_sham_is_criticism():
    event = only(events_of("The White House called the impeachment process a sham on Tuesday."), "called")
    assert event.category == "DISAPPROVE"
    assert code(event.source) == "USA"


def test_a_witch_hunt_is_criticism_too():
    event = only(events_of("Tanzanian opposition leaders called the Kenyan police inquiry a witch hunt."), "called")
    assert event.category == "DISAPPROVE"
    assert code(event.source) == "TZA"


def test_a_name_that_does_not_condemn_codes_nothing():
    # "a mistake" condemns since issue 17's sample gold (test_events_social_groups.py); a
    # turning point only names it
    events = events_of("The Kenyan teachers' union called the strike a turning point.")
    assert not on_trigger(events, "called")


def test_scuttling_talks_ends_them():
    event = only(events_of("President Ruto scuttled the talks with Tanzania in September."), "scuttled")
    assert event.category != "CONSULT"
    assert event.cameo == "164"
    assert code(event.target) == "TZA"


def test_the_talks_scuttled_are_not_talks_held():
    events = events_of("President Ruto scuttled the talks with Tanzania in September.")
    assert not on_trigger(events, "talks")


def test_under_investigation_by_makes_the_subject_the_target():
    event = only(events_of("The Kenyan senator is under investigation by the Kenyan police."), "investigation")
    assert event.category == "INVESTIGATE"
    assert event.source.sector == "COP"
    assert event.target.sector == "LEG"


def test_a_bill_under_consideration_is_no_target():
    events = events_of("The bill is under consideration by the Kenyan Senate.")
    assert not events


def test_a_relative_clause_on_an_apposition_is_done_by_the_name():
    event = only(events_of("The Kenya Manufacturers Association, a lobby that has long criticised Tanzania, "
                           "welcomed the ruling."), "criticised")
    assert event.source is not None and event.source.name == "Kenya Manufacturers Association"
    assert code(event.target) == "TZA"


def test_a_relative_clause_on_a_described_person_is_done_by_the_person():
    event = only(events_of("Grace Akinyi, a Kenyan senator who has criticised President Samia Suluhu Hassan, "
                           "spoke on Monday."), "criticised")
    assert event.source is not None and event.source.sector == "LEG"
    assert code(event.target) == "TZA"


def test_laying_down_arms_stays_a_surrender():
    event = only(events_of("The rebels laid down their arms under the peace deal."), "laid")
    assert event.category == "RETREAT"
