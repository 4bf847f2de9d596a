"""Events on real pages whose actors were missing (December 2026, third round): joint parties
and the parties of a list of acts. Sentences of our own, fictional: a private person named as
the object of an arrest or a meeting, a pronoun object in a list of acts, a person the
dictionary does not know beside one it does, 'the two leaders' after the two were named, and
a first name the parser hangs as a modifier of the second's phrase."""

from __future__ import annotations

import pytest

from test_events import events_of, on_trigger


def sides(events, trigger):
    return sorted(((e.source.name if e.source else None), (e.target.name if e.target else None))
                  for e in on_trigger(events, trigger))


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Police in Dayton arrested Carla Mendes, 34, after a traffic stop on Friday.", "arrested", "Carla Mendes"),
    ("Federal prosecutors charged Dennis Okafor with wire fraud on Tuesday.", "charged", "Dennis Okafor"),
    ("Dennis Okafor was detained by police in Leeds on Monday.", "detained", "Dennis Okafor"),
    ("The Kenyan foreign minister met Paul Varga, a local businessman, in Nairobi.", "met", "Paul Varga"),
])
def test_a_private_person_named_as_the_object_is_the_target_without_a_country(text, trigger, target):
    [event] = on_trigger(events_of(text), trigger)
    assert event.target is not None and event.target.name == target
    assert event.target.country is None


def test_a_private_person_alone_makes_no_event():
    # a name the article neither places nor classes on both sides: no political event
    assert not on_trigger(events_of("Carla Mendes met Paul Varga at a cafe on Friday."), "met")


def test_a_pronoun_object_later_in_a_list_of_acts_is_the_first_acts_object():
    events = events_of("Police arrested Carla Mendes, 34, charged her with fraud and seized her car.")
    assert sides(events, "charged") == [("Police", "Carla Mendes")]


def test_them_goes_back_through_the_list_to_a_plural_object():
    events = events_of("Ugandan soldiers detained two Kenyan journalists, questioned them for hours "
                       "and later released them.")
    [released] = on_trigger(events, "released")
    assert released.target is not None and released.target.country == "KEN"


def test_a_pronoun_of_another_number_is_not_the_first_object():
    # 'them' after one person is someone else
    events = events_of("Police arrested Carla Mendes and questioned them about the robbery.")
    assert all(e.target is None or e.target.name != "Carla Mendes" for e in on_trigger(events, "questioned"))


def test_a_person_the_dictionary_does_not_know_keeps_their_place_beside_a_known_one():
    # meeting is done with each other (joint_sides.py): the known one met the other; the private
    # person's own side of it is a private dealing (relevance.py)
    events = events_of("Kenyan President William Ruto and Amos Kiprono met in Eldoret on Monday.")
    assert sides(events, "met") == [("William Ruto", "Amos Kiprono")]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday. "
     "The two leaders agreed to reopen the border crossing.", "agreed"),
    ("Israel and Lebanon renewed negotiations on the border on Tuesday. Both sides rejected the "
     "Egyptian proposal.", "rejected"),
])
def test_the_two_leaders_are_the_two_parties_just_named(text, trigger):
    events = on_trigger(events_of(text), trigger)
    assert len(events) == 2
    assert len({e.source.country for e in events}) == 2 and all(e.source.country for e in events)


def test_the_two_leaders_with_no_pair_before_name_no_one():
    events = events_of("The two sides rejected the Egyptian proposal on Tuesday.")
    assert all(e.source is None or e.source.name.lower() != "the two sides" for e in events)


def test_a_first_name_hung_as_a_modifier_of_the_second_is_a_party():
    events = events_of("Putin and Chinese leader Xi Jinping met in Moscow on Tuesday.")
    assert sorted(e.source.country for e in on_trigger(events, "met")) == ["CHN", "RUS"]


def test_conjoined_peoples_stay_the_modifiers_business():
    events = events_of("French and Egyptian warships began joint exercises in the Mediterranean.")
    assert all(e.source.name != "French" for e in events if e.source)


def test_a_list_of_acts_after_a_colon_is_done_by_the_clauses_subject():
    events = events_of("The Kenyan government kept its old promises: freeing political prisoners, "
                       "lifting the curfew and arming the coast guard against Somali pirates.",
                       published="2019-11-20")
    [freeing] = on_trigger(events, "freeing")
    assert freeing.source is not None and freeing.source.country == "KEN"


@pytest.mark.parametrize(("text", "body"), [
    ("\"We condemn the attack on Kenyan troops,\" a spokesman for the Somali government said.", "SOM"),
    ("\"We condemn the attack on Kenyan troops,\" Somali government spokesman Ali Farah said.", "SOM"),
    ("Somali government spokeswoman Amina Warsame spoke after the talks. \"We condemn the attack on "
     "Kenyan troops,\" Warsame said.", "SOM"),
])
def test_a_spokespersons_we_is_the_body_they_speak_for(text, body):
    [event] = on_trigger(events_of(text), "condemn")
    assert event.source is not None and event.source.country == body and event.source.sector == "GOV"


def test_a_ministers_we_stays_the_minister():
    [event] = on_trigger(events_of("\"We will retaliate against Uganda,\" said Kenyan Defence Minister Ana Ruiz."),
                         "retaliate")
    assert event.source.name == "Ana Ruiz"


@pytest.mark.parametrize("text", [
    "The new tariffs will heighten tensions with China, analysts said.",
    "The ruling will have serious implications for Kenyan security.",
    "The Kenyan government ensured that the freed prisoners would not return to Somalia.",
    "Next year Kenyans will vote on a new president.",
    "\"We have learned nothing new from the Ugandan ministry,\" the Kenyan minister said.",
])
def test_senses_rare_in_news_code_no_event(text):
    assert not events_of(text)


def test_the_by_phrase_of_the_noun_an_infinitive_hangs_on_is_its_doer():
    events = events_of("Odinga said it was only the latest move by Uganda to try to force Kenya to give up "
                       "its claims to the island.", published="2019-11-20")
    [force] = on_trigger(events, "force")
    assert (force.source.country, force.target.country) == ("UGA", "KEN")
    assert not on_trigger(events, "claims")  # a territorial claim is no disapproval


def test_the_object_of_a_verb_of_forcing_does_its_infinitives_act():
    events = events_of("The army forced the rebels to release the hostages near Goma.")
    [release] = on_trigger(events, "release")
    assert release.source is not None and release.source.sector == "REB"


def test_an_instrument_object_does_not_do_the_purpose():
    events = events_of("Liberian riot police used tear gas to disperse demonstrators in Monrovia.")
    [disperse] = on_trigger(events, "disperse")
    assert disperse.source.sector == "COP"
