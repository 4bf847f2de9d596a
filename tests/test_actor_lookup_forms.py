"""Actor lookup mechanisms the dictionary fidelity check (benchmarks/actor_fidelity.py) exposed:
title and name resolved through the office holder of the date, the forms names are looked up
in, backers against owners, a country named in the plural. Names are fictional where the
mechanism needs its own rows."""

from __future__ import annotations

import pytest

from dateline.analyse.events import actor_for
from dateline.analyse.events import lexicon

# two presidents sharing a surname in neighbouring countries, and a prime minister with a particle
ROWS = (
    ("Marta Vardin", "Vardin", "PER", "GOV", "2031-07-28", "2036-07-28", "president"),
    ("Tomas Vardin", "Vardin", "BOL", "GOV", "2029-11-08", "2034-11-08", "president"),
    ("Yusuf al-Hakemi", "", "IRQ", "GOV", "2031-10-27", "", "prime minister"),
)


@pytest.fixture
def holders():
    lexicon.use_user_actors(ROWS)
    yield
    lexicon.use_user_actors(())


@pytest.mark.parametrize(("text", "date", "name", "country"), [
    ("President Vardin", "2030-05-01", "Tomas Vardin", "BOL"),  # only he is president then
    ("Peruvian President Vardin", "2032-05-01", "Marta Vardin", "PER"),  # the country picks her
    ("Prime Minister al-Hakemi", "2032-01-10", "Yusuf al-Hakemi", "IRQ"),
    ("Prime Minister Hakemi", "2032-01-10", "Yusuf al-Hakemi", "IRQ"),  # the particle left out
])
def test_a_title_and_name_resolve_through_the_office_holder_of_the_date(holders, text, date, name, country):
    actor = actor_for(text, date, person=True)
    assert actor is not None and (actor.name, actor.country, actor.sector) == (name, country, "GOV")


def test_a_title_and_a_name_no_holder_bears_name_no_holder(holders):
    # both are president on this date: the surname alone does not say which
    actor = actor_for("President Vardin", "2032-05-01", person=True)
    assert actor is None or actor.country is None
    assert actor_for("Prime Minister al-Hakemi", "2030-01-10", person=True).name != "Yusuf al-Hakemi"


@pytest.mark.parametrize(("text", "country", "sector"), [
    ("Latvia's armed police", "LVA", "COP"),  # a possessive owns, it does not back
    ("Russian armed forces", "RUS", "MIL"),
    ("Saint Lucian armed bandits", "LCA", "CRM"),
    ("Iran-backed militias", None, "REB"),  # a backer is not the group's country
    ("Iran backed militias", None, "REB"),
    ("Russian-backed separatists", None, "REB"),
])
def test_a_backer_is_hyphenated_or_a_country_name(text, country, sector):
    actor = actor_for(text, "2024-06-15")
    assert actor is not None and (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize(("text", "sector"), [
    ("the Philippines", "GOV"),  # the state: its name ends like a plural demonym
    ("Philippines", "GOV"),
    ("Filipinos", None),  # the people
    ("Palestinians", None),
])
def test_a_country_named_in_the_plural_is_the_state(text, sector):
    actor = actor_for(text, "2024-06-15")
    assert actor is not None and actor.sector == sector


def test_names_are_looked_up_without_their_article_comma_or_final_stop():
    book = lexicon.actor_book()
    assert "holders of the black banners" in book  # PETRARCH's "The Holders Of The Black Banners"
    assert actor_for("The Holders of the Black Banners", "2024-06-15").country == "IRQ"
    # a short name keeps its article: "the order" in prose is no group called The Order
    assert actor_for("the order", "2024-06-15") is None
    assert actor_for("an order", "2024-06-15") is None
    # a sentence's full stop kept on the last word of a name
    assert actor_for("Hun Sen.", "1990-01-01", person=True).country == "KHM"
    # a name the dictionary writes with a final stop is found either way
    assert actor_for("Eric H. Holder Jr.", "2012-01-01", person=True).country == "USA"
    assert actor_for("Eric H. Holder Jr", "2012-01-01", person=True).country == "USA"


def test_a_title_case_name_with_a_place_word_does_not_recurse():
    actor = actor_for("Organization For Security And Cooperation In Europe", "2024-06-15")
    assert actor is not None and actor.sector == "IGO"
