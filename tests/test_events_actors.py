"""Actor resolution (no parser): descriptors, the dictionary for a date, names that are no actors."""

from __future__ import annotations

import pytest

from dateline.analyse.events import acceptable_name, actor_for
from dateline.analyse.events.lexicon import category_of, countries


@pytest.mark.parametrize(("name", "date", "country", "sector"), [
    ("President Slobodan Milosevic", "1995-06-01", "SRB", "GOV"),
    ("Jonas Savimbi", "1994-01-01", "AGO", "REB"),
    ("Augusto Pinochet", "1985-01-01", "CHL", "GOV"),
    ("Augusto Pinochet", "1999-01-01", "CHL", "ELI"),  # no office left
    ("the Viet Cong", None, "VNM", "REB"),
])
def test_well_known_actors_petrarch_lacks(name, date, country, sector):
    actor = actor_for(name, date, person=name[0].isupper() and not name.startswith("the "))
    assert actor is not None and (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize(("name", "date", "sector"), [
    # the dictionary's titled alias stops at an old office; the bare name holds the current one
    ("President Vladimir Putin", "2019-11-20", "GOV"),
    ("President Vladimir Putin", "2004-03-01", "GOV"),
    ("Chancellor Angela Merkel", "2019-11-20", "GOV"),
    ("Chancellor Angela Merkel", "1995-01-01", "ELI"),  # before her office, as the dictionary has it
])
def test_a_titled_alias_gives_way_to_the_office_in_force(name, date, sector):
    for person in (True, False):
        actor = actor_for(name, date, person=person)
        assert actor is not None and actor.sector == sector, (person, actor)


def test_a_name_written_without_its_middle_name_is_that_person_when_the_surname_is_rare():
    actor = actor_for("Jerry Rawlings", "1995-05-01", person=True)
    assert actor is not None and (actor.name, actor.country) == ("Jerry John Rawlings", "GHA")
    assert actor_for("John Smith", "1995-05-01", person=True) is None  # a common surname: anyone


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("the Chilean defence minister", "CHL", "GOV"),
        ("rebel fighters", None, "REB"),
        ("the UN envoy", None, "IGO"),
        ("Washington", "USA", "GOV"),
        ("Nato countries", None, "IGO"),
        ("the West", None, "IGO"),
        ("Peruvian troops", "PER", "MIL"),
        ("Kenyan riot police", "KEN", "COP"),
        ("the Turkish government", "TUR", "GOV"),
        ("Opposition groups in Zimbabwe", "ZWE", "OPP"),
        # a people or region inside one state is that state's; a movement known by its abbreviation
        ("Chechen rebels", "RUS", "REB"),
        ("political opponents", None, "OPP"),
        ("United Nations peacekeepers", None, "IGO"),
        ("Nigerian peacekeepers", "NGA", "MIL"),
        ("Basque separatists", "ESP", "REB"),
        ("the ANC", "ZAF", "GOV"),
    ],
)
def test_descriptors_give_country_and_sector(text, country, sector):
    actor = actor_for(text, "2024-05-01")
    assert actor is not None
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize(
    ("role", "date", "holder"),
    [
        ("the British prime minister", "2020-01-01", "Boris Johnson"),
        ("the British prime minister", "2025-01-01", "Keir Starmer"),
        ("the Russian president", "2023-06-01", "Vladimir Putin"),
        ("the German chancellor", "2019-03-01", "Angela Merkel"),
        ("the Ukrainian foreign minister", "2021-02-01", "Dmytro Kuleba"),
        ("the NATO secretary general", "2025-02-01", "Mark Rutte"),
    ],
)
def test_roles_resolve_to_the_office_holder_on_the_date(role, date, holder):
    actor = actor_for(role, date)
    assert actor is not None and actor.name == holder


def test_a_role_without_a_date_stays_a_group_actor():
    actor = actor_for("the Peruvian president", None)
    assert actor is not None and actor.name == "the Peruvian president" and actor.country == "PER"


def test_a_person_in_the_dictionary_is_placed_by_date():
    assert actor_for("Mark Rutte", "2020-01-01", person=True).country == "NLD"
    later = actor_for("Mark Rutte", "2025-01-01", person=True)
    assert later.country is None and later.sector == "IGO"


def test_a_phrase_with_no_evidence_is_no_actor():
    assert actor_for("the weather", "2024-01-01") is None
    assert actor_for("Halden", "2024-01-01") is None


@pytest.mark.parametrize(
    ("name", "ok"),
    [("Chilean", False), ("Halden vows", False), ("of Interior of Peru Ana Soto", False),
     ("Palace Press", False), ("Ana Soto", True), ("the ministry", True), ("Chile", True)],
)
def test_acceptable_names(name, ok):
    assert acceptable_name(name) is ok


def test_demonyms_and_capitals_name_countries():
    table = countries()
    assert table["kenyan"] == "KEN" and table["kyiv"] == "UKR" and table["latvian"] == "LVA"


@pytest.mark.parametrize(
    ("code", "category"),
    [("190", "FIGHT"), ("180", "ASSAULT"), ("1121", "ACCUSE"), ("111", "DISAPPROVE"),
     ("0231", "REQUEST"), ("100", "DEMAND"), ("036", "AGREE"), ("163", "SANCTION"), ("172", "COERCE"), ("010", None)],
)
def test_cameo_codes_map_to_plover(code, category):
    found = category_of(code)
    assert (found.name if found else None) == category


def test_a_users_own_actors_extend_the_dictionary(tmp_path):
    from dateline.analyse.events.lexicon import load_actors

    own = tmp_path / "actors.csv"
    own.write_text("name,aliases,country,sector,start,end,office\n"
                   "Ana Soto,Soto|Minister Soto,CHL,GOV,2022-03-11,,foreign minister\n", encoding="utf-8")
    book = load_actors(own)
    actor = actor_for("Ana Soto", "2024-01-01", book=book, person=True)
    assert (actor.country, actor.sector) == ("CHL", "GOV")
    assert actor_for("Vladimir Putin", "2024-01-01", book=book, person=True).country == "RUS"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("the Democratic People's Republic of Korea", "PRK"),
        ("the Democratic Republic of the Congo", "COD"),
        ("the Taliban religious faction", "AFG"),
    ],
)
def test_long_official_names_and_groups_inside_a_phrase(text, country):
    actor = actor_for(text, "2024-05-01")
    assert actor is not None and actor.country == country


def test_another_spelling_of_an_office_holders_name_is_that_person():
    actor = actor_for("President Abdelaziz Bouteflicka", "2004-05-01", person=True)
    assert actor is not None and (actor.name, actor.country) == ("Abdelaziz Bouteflika", "DZA")
    assert actor_for("Abdelaziz Halden", "2004-05-01", person=True) is None


@pytest.mark.parametrize(
    "text",
    ["APEC", "the Asia-Pacific Economic Cooperation forum", "the International Labour Office",
     "the ILO", "the WTO", "the OSCE", "EU", "the Gulf Cooperation Council"],
)
def test_international_organisations_by_name_and_abbreviation(text):
    actor = actor_for(text, "2024-05-01")
    assert actor is not None and (actor.country, actor.sector) == (None, "IGO")


def test_dictionary_codes_are_iso3_or_none():
    # CAMEO's 'ANG' is Angola (AGO); region codes (West Africa, 'WAF') place a group in no country
    assert actor_for("UNITA", "2001-05-01").country == "AGO"
    from dateline.analyse.events.lexicon import actor_book, country_names
    codes = {e.country for entries in actor_book().values() for e in entries if e.country}
    assert codes - set(country_names()) <= {"DDR", "CSK", "SCG", "XKX", "GLP", "PRI", "WLF", "YUG",
                                            "SUN", "YMD", "ZAR", "BUR", "ESH", "VAT"}


def test_an_ethnic_group_is_not_of_its_demonyms_country_nor_a_stance_of_its_country():
    # "ethnic Albanians": a people, of the country they live in, not Albania
    assert (actor_for("ethnic Albanians", "2024-05-01").country, actor_for("ethnic Albanians", "2024-05-01").sector) \
        == (None, "ETH")
    assert actor_for("ethnic Serbs in northern Kosovo", "2024-05-01").country == "XKX"
    assert actor_for("Serbian police", "2024-05-01").country == "SRB"
    # "anti-Syria", "pro-Russian": a stance towards a country, not a nationality
    assert actor_for("a prominent anti-Syria journalist", "2024-05-01").country is None
    assert actor_for("pro-Russian separatists", "2024-05-01").country is None


@pytest.mark.parametrize(
    ("text", "sector"),
    [("the rebel spokesman", "REB"), ("Ugandan army officials", "MIL"), ("a union leader", "LAB"),
     ("the police spokeswoman", "COP"), ("the government spokesman", "GOV"), ("Kenyan officials", "GOV")],
)
def test_a_role_that_speaks_for_a_body_takes_its_sector(text, sector):
    assert actor_for(text, "2024-05-01").sector == sector


def test_office_holders_since_2014_and_their_ends():
    assert actor_for("the Iraqi prime minister", "2019-06-01").name == "Adil Abdul-Mahdi"
    assert actor_for("the Colombian president", "2024-05-01").name == "Gustavo Petro"
    # PETRARCH2's open end ("in office in 2014") gives way to the end our file records
    former = actor_for("Haider al-Abadi", "2020-01-01", person=True)
    assert (former.country, former.sector) == ("IRQ", "ELI")


@pytest.mark.parametrize(
    ("name", "date", "country", "sector"),
    [
        # PETRARCH2 lists these names on lines of their own before the codes (no '+')
        ("Boris Yeltsin", "1995-06-01", "RUS", "GOV"),
        ("Mikhail Gorbachev", "1988-02-01", "RUS", "GOV"),
        ("Leonid Brezhnev", "1975-01-01", "RUS", "GOV"),
        # a surname two office holders share, both of one country: whose is unsure, the country not
        ("President Mitterrand", None, "FRA", "GOV"),
    ],
)
def test_leaders_of_the_dictionary_under_every_name(name, date, country, sector):
    actor = actor_for(name, date, person=True)
    assert actor is not None and (actor.country, actor.sector) == (country, sector)


def _build_script():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "scripts" / "build_event_data.py"
    spec = importlib.util.spec_from_file_location("build_event_data", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_build_script_reads_names_listed_before_the_codes():
    lines = ["ANA_SOTO_  # notes", "ANA_M._SOTO", "PRESIDENT_SOTO", "\t[CHLGOV 900101-940101]",
             "Source: another list", "PIET_HALDEN_", "+HALDEN_", "\t[NLDGOV]"]
    parsed = [_build_script()._parse_entry(entry) for entry in _build_script()._blocks(lines)]
    assert parsed == [("Ana Soto", ["Ana M. Soto", "President Soto"], [("CHLGOV", "1990-01-01", "1994-01-01")]),
                      ("Piet Halden", ["Halden"], [("NLDGOV", "", "")])]


def test_the_build_script_takes_an_abbreviation_from_a_name_and_drops_a_qualifier():
    parse = _build_script()._parse_entry
    assert parse(["VELDORIAN_LIBERATION_FRONT_(VLF)_ [VLDREB]"])[:2] == ("Veldorian Liberation Front", ["VLF"])
    assert parse(["NORTHERN_PEOPLES_CONGRESS_(VELDORIA)_ [VLDREB]"])[:2] == ("Northern Peoples Congress", [])


@pytest.mark.parametrize("text", [
    "Tim Morrison",  # Scott Morrison's surname, another first name
    "Andrew",  # a bare first name is nobody's surname in particular
])
def test_a_surname_with_another_first_name_or_a_bare_first_name_is_no_office_holder(text):
    from dateline.analyse.events.actors import actor_for

    found = actor_for(text, "2019-11-20", person=True)
    assert found is None or found.country is None


def test_a_lone_surname_after_a_title_still_finds_the_office_holder():
    from dateline.analyse.events.actors import actor_for

    assert actor_for("President Mugabe", "2005-06-01", person=True).country == "ZWE"


def test_a_royal_title_goes_with_a_given_name_not_a_surname():
    from dateline.analyse.events.actors import actor_for

    found = actor_for("Prince Andrew", "2019-11-20", person=True)
    assert found is None or found.country != "CAN"  # not the Canadian minister Ethel Blondin Andrew
    assert actor_for("King Abdullah", "2019-11-20", person=True).country == "JOR"


@pytest.mark.parametrize(("name", "country"), [
    # a country's name before a topic role is what the role works on, not the holder's country
    ("a Ukraine specialist on the National Security Council", "USA"),
    ("the White House's Russia adviser", "USA"),
    ("Russia experts", None),
    # a demonym, and a country's name before a body, keep their sense
    ("a Ukrainian specialist", "UKR"),
    ("the Ukraine government", "UKR"),
])
def test_a_country_a_role_works_on_is_not_its_holders(name, country):
    actor = actor_for(name, "2019-11-20")
    assert (actor.country if actor is not None else None) == country


@pytest.mark.parametrize(("name", "expected"), [
    # a role word as a person's surname names no office
    ("Kevin King", None),
    ("King", None),  # the tagger's person: "King and Weeks were abducted"
    # a role before a name, or with an article, is the office
    ("King Abdullah", ("JOR", "GOV")),
    ("the King", (None, "GOV")),
])
def test_a_role_word_as_a_surname_is_no_office(name, expected):
    actor = actor_for(name, "2019-11-20", person=True)
    assert (None if actor is None else (actor.country, actor.sector)) == expected


@pytest.mark.parametrize(("name", "sector"), [
    # a role word that also names a field is the force only as the bare head of its phrase
    ("Syrian security", "COP"),
    ("the border security", "MIL"),
    ("Ukraine's security service", "COP"),
    ("stronger border security", None),
    ("the company's security cameras", None),
    ("an intelligence report", None),
])
def test_security_as_a_field_is_no_force(name, sector):
    actor = actor_for(name)
    assert (actor.sector if actor else None) == sector, actor


@pytest.mark.parametrize(("name", "sector"), [
    ("Dubai's flagship carrier", "BUS"),  # an airline
    ("the national carrier", "BUS"),
    ("the carrier", "MIL"),  # PETRARCH's aircraft carrier
])
def test_a_flagship_carrier_is_an_airline(name, sector):
    actor = actor_for(name)
    assert actor is not None and actor.sector == sector, actor
