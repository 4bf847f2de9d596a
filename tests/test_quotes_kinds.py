"""'The band said', 'the automaker says': a noun for a kind of organisation is the
organisation the article is talking about, when it is the subject just before and no other
organisation is named there; else the noun stays a group, never a person."""

from __future__ import annotations

import pytest
from quote_helpers import find, quotes_in

pytestmark = pytest.mark.slow


def test_the_automaker_is_the_carmaker_just_named_as_subject():
    text = ("Renault is showing a small electric van at the Geneva motor show. The French automaker "
            "says the van will go on sale in the spring for under 25,000 euros.")
    quote = find(quotes_in(text), "go on sale")
    assert quote.speaker == "Renault"


def test_the_band_is_the_band_the_article_is_about():
    text = ("The Lantern Keepers will play twelve shows across Britain next summer. The band said "
            "the tour would end with a homecoming concert in Leeds.")
    quote = find(quotes_in(text), "homecoming concert")
    assert quote.speaker == "Lantern Keepers"


def test_two_organisations_before_leave_the_noun_unresolved():
    text = ("Renault and Stellantis both showed vans at the Geneva motor show. The automaker said the "
            "new van would go on sale in the spring.")
    quote = find(quotes_in(text), "go on sale")
    assert quote.speaker in (None, "automaker")


def test_the_family_is_a_group_not_a_person():
    text = ("Martin Kessler was found dead in his flat on Tuesday, police said. The family said they "
            "had not heard from him in weeks.")
    quote = find(quotes_in(text), "not heard from him")
    assert quote.speaker != "Martin Kessler"


def test_he_is_not_carried_past_a_paragraph_naming_someone_of_unknown_gender():
    text = ("Daniel Ortiz, the mayor, opened the new library on Monday. He said the building had cost "
            "$4 million.\n\nRobin Castellano, who runs the reading programme, described the children's "
            "wing as the best in the county.\n\n\"We waited ten years for this,\" he said.")
    quote = find(quotes_in(text), "waited ten years")
    assert quote.speaker != "Daniel Ortiz"


def test_he_is_still_the_man_of_the_paragraph_before_when_no_one_intervenes():
    text = ("Daniel Ortiz, the mayor, opened the new library on Monday. He said the building had cost "
            "$4 million.\n\nThe children's wing will open in March.\n\n\"We waited ten years for this,\" "
            "he said.")
    quote = find(quotes_in(text), "waited ten years")
    assert quote.speaker == "Daniel Ortiz"


def test_he_opening_a_sentence_is_the_subject_before_not_the_last_man_named():
    text = ("Peter Lindqvist testified that he had ignored advice from Gordon Baxter. He said his "
            "predecessor had warned him about the contract.")
    quote = find(quotes_in(text), "predecessor had warned")
    assert quote.speaker == "Peter Lindqvist"
