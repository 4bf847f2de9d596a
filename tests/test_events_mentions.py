"""Entity mentions as actors: each person's and organisation's sector, from its roles or the
actor dictionary for the article's date (no parser needed)."""

from __future__ import annotations

from dateline.analyse.events.mentions import entity_country_code, role_sector, with_entity_sectors
from dateline.models import EntityMention


def mention(name: str, *, type: str = "PERSON", descriptors=(), in_caption: bool = False, start: int = 0):
    return EntityMention(article_id="a", text=name, type=type, start=start, end=start + len(name), name=name,
                         descriptors=list(descriptors), in_caption=in_caption)


def test_roles_give_a_person_a_sector():
    assert role_sector("Tomas Brel", "PERSON", ["defence minister"], "2024-01-01") == "GOV"
    assert role_sector("Mira Kovach", "PERSON", ["spokeswoman for the UN refugee agency"], "2024-01-01") == "IGO"
    assert role_sector("Ana Duarte", "PERSON", ["rebel commander"], "2024-01-01") == "REB"


def test_the_dictionary_places_a_known_office_holder_on_the_date():
    assert role_sector("Vladimir Putin", "PERSON", [], "2015-03-01") == "GOV"


def test_an_organisation_is_classed_by_its_own_words():
    assert role_sector("the Interior Ministry", "ORG", [], None) == "GOV"


def test_no_evidence_no_sector():
    assert role_sector("Mira Kovach", "PERSON", [], "2024-01-01") is None
    assert role_sector("Kestrel Dynamics", "ORG", [], "2024-01-01") is None


def test_every_mention_of_a_name_shares_its_sector_and_places_get_none():
    mentions = [mention("Tomas Brel", descriptors=["defence minister"]), mention("Tomas Brel", start=40),
                mention("Veldoria", type="GPE", start=80)]
    found = with_entity_sectors(mentions, "2024-01-01")
    assert [m.sector for m in found] == ["GOV", "GOV", None]


def test_body_roles_outvote_a_photo_caption():
    mentions = [mention("Ana Duarte", descriptors=["rebel commander"]),
                mention("Ana Duarte", descriptors=["defence minister"], in_caption=True, start=200)]
    assert {m.sector for m in with_entity_sectors(mentions, "2024-01-01")} == {"REB"}


def test_a_place_tagged_as_an_organisation_gets_no_sector():
    assert role_sector("Kirov", "ORG", [], "2024-01-01") is None


def test_countries_get_their_iso3_code_where_the_table_knows_them():
    brel = mention("Tomas Brel", descriptors=["Peruvian defence minister"])
    brel.country = "Peru"
    mentions = [brel, mention("Kenya", type="GPE", start=40), mention("Chilean", type="NORP", start=60),
                mention("Veldoria", type="GPE", start=80), mention("Kestrel Dynamics", type="ORG", start=100)]
    found = with_entity_sectors(mentions, "2024-01-01")
    assert [m.country_code for m in found] == ["PER", "KEN", "CHL", None, None]


def test_a_linked_entity_carries_the_code_of_its_country():
    assert entity_country_code("Peru", "PERSON", "Tomas Brel") == "PER"
    assert entity_country_code(None, "GPE", "U.S.") == "USA"
    assert entity_country_code(None, "GPE", "Kiev") is None  # a city: the places extractor places it
    assert entity_country_code(None, "PERSON", "Jordan Pell") is None
    assert entity_country_code("Veldoria", "PERSON", "Tomas Brel") is None
