"""Linking entity mentions across articles: hand-built mentions, no model needed."""

from __future__ import annotations

import random

import pytest

from dateline.link.identities import canonical_speakers, link_entities
from dateline.link.phonetic import phonetic, skeleton
from dateline.models import Entity, EntityMention, Quote


def mention(article: str, name: str, *, text: str | None = None, type: str = "PERSON", descriptors=(),
            country: str | None = None, in_caption: bool = False, start: int = 0) -> EntityMention:
    text = text or name
    return EntityMention(article_id=article, text=text, type=type, start=start, end=start + len(text), name=name,
                         descriptors=list(descriptors), country=country, in_caption=in_caption)


def entity_of(entities: list[Entity], mapping, article: str, name: str, type: str = "PERSON") -> Entity:
    entity_id = mapping[(article, type, name)]
    return next(e for e in entities if e.id == entity_id)


PUBLISHED = {f"a{i}": f"2021-06-{10 + i:02d}" for i in range(10)}


@pytest.mark.parametrize(
    "spellings",
    [
        ["Muammar Gaddafi", "Muammar Qadhafi", "Muammar Kadhafi", "Muammar Gadhafi"],
        ["Moammar Gadhafi", "Muammar al-Qadhafi", "Muammar Gaddafi"],
        ["Khalid al-Rashidi", "Khalid al-Rasheedi", "Khalid Rachidi"],
        ["Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi", "Abdel-Fattah al-Sisi"],
        ["Yusuf Haddad", "Youssef Haddad"],
        ["Mira Kovach", "Mira Kovač", "Mira Kovacs"],
        ["Yusuf Benali", "Youssef Ben Ali"],
        ["Viktor Sarn", "Victor Sarn", "Wiktor Sarn"],
        ["Piet Halden", "Pieter Halden"],
        ["Vera Kostanevica", "Vera Kostanevca"],  # phonetic keys differ, the spelling ratio is 0.95
    ],
)
def test_transliteration_variants_merge(spellings):
    mentions = [mention(f"a{i}", name) for i, name in enumerate(spellings)]
    entities, mapping = link_entities(mentions, published=PUBLISHED)
    assert len(entities) == 1
    assert sorted(entities[0].aliases) == sorted(set(spellings))
    assert {mapping[(f"a{i}", "PERSON", n)] for i, n in enumerate(spellings)} == {entities[0].id}


@pytest.mark.parametrize(
    "spellings, canonical",
    [
        (["Kyiv", "Kiev", "Kyiv"], "Kyiv"),
        (["Kiev", "Kiev", "Kyiv"], "Kyiv"),  # the variants table names the preferred spelling
        (["Tripoli", "Tripolis"], "Tripoli"),
    ],
)
def test_place_variants_merge(spellings, canonical):
    mentions = [mention(f"a{i}", name, type="GPE") for i, name in enumerate(spellings)]
    entities, _ = link_entities(mentions, published=PUBLISHED)
    assert [e.name for e in entities] == [canonical]


@pytest.mark.parametrize(
    "first, second",
    [
        ("Piet Halden", "Anna Halden"),
        ("Maria Lenz", "Tomas Lenz"),
        ("Anna Ostrova", "Anna Orlova"),
    ],
)
def test_different_people_stay_apart(first, second):
    mentions = [mention("a1", first), mention("a2", second), mention("a3", first)]
    entities, mapping = link_entities(mentions, published=PUBLISHED)
    assert len(entities) == 2
    assert mapping[("a1", "PERSON", first)] != mapping[("a2", "PERSON", second)]


@pytest.mark.parametrize("place, other", [("Niger", "Nigeria"), ("Austria", "Australia"), ("Iran", "Iraq")])
def test_different_places_stay_apart(place, other):
    entities, _ = link_entities([mention("a1", place, type="GPE"), mention("a2", other, type="GPE")], published=PUBLISHED)
    assert len(entities) == 2


def test_same_name_different_countries_stay_apart():
    mentions = [
        mention("a1", "Jan Koval", country="Veldoria", descriptors=["interior minister"]),
        mention("a2", "Jan Koval", country="Veldoria"),
        mention("a3", "Jan Kowal", country="Poland", descriptors=["Polish footballer"]),
    ]
    entities, mapping = link_entities(mentions, published=PUBLISHED)
    assert mapping[("a1", "PERSON", "Jan Koval")] != mapping[("a3", "PERSON", "Jan Kowal")]


def test_lone_surname_links_to_unique_full_name():
    mentions = [mention("a1", "Piet Halden"), mention("a2", "Piet Halden"), mention("a3", "Halden")]
    entities, mapping = link_entities(mentions, published=PUBLISHED)
    assert len(entities) == 1
    assert mapping[("a3", "PERSON", "Halden")] == entities[0].id
    assert entities[0].name == "Piet Halden"


def test_lone_surname_stays_apart_when_ambiguous():
    mentions = [mention("a1", "Piet Halden"), mention("a2", "Anna Halden"), mention("a3", "Halden")]
    entities, mapping = link_entities(mentions, published=PUBLISHED)
    assert len(entities) == 3
    lone = entity_of(entities, mapping, "a3", "Halden")
    assert lone.name == "Halden"


def test_surname_tagged_org_elsewhere_links_to_the_person():
    mentions = [mention("a1", "Anna Ostrova"), mention("a2", "Ostrova", type="ORG"),
                mention("a2", "Ostrova", type="ORG", start=40), mention("a3", "Ostrova", type="PERSON")]
    entities, mapping = link_entities(mentions, published=PUBLISHED)
    assert mapping[("a2", "ORG", "Ostrova")] == mapping[("a1", "PERSON", "Anna Ostrova")]
    assert [e.type for e in entities] == ["PERSON"]


def test_acronym_links_to_unique_long_form():
    mentions = [mention("a1", "United Nations", type="ORG"), mention("a2", "UN", type="ORG")]
    entities, mapping = link_entities(mentions, published=PUBLISHED)
    assert len(entities) == 1 and entities[0].name == "United Nations"


def test_lone_word_joins_the_only_organisation_it_heads():
    mentions = [mention("a1", "Kestrel Dynamics", type="ORG"), mention("a2", "Kestrel", type="ORG"),
                mention("a3", "Kirov Daily", type="ORG"), mention("a3", "Kirov Institute", type="ORG"),
                mention("a4", "Kirov", type="ORG")]
    entities, mapping = link_entities(mentions, published=PUBLISHED)
    assert mapping[("a2", "ORG", "Kestrel")] == mapping[("a1", "ORG", "Kestrel Dynamics")]
    assert len({mapping[("a4", "ORG", "Kirov")], mapping[("a3", "ORG", "Kirov Daily")],
                mapping[("a3", "ORG", "Kirov Institute")]}) == 3


@pytest.mark.parametrize("longer", ["Kestrel Gift Card", "Kestrel World", "Kestrel Air", "Kestrel Cup Final"])
def test_a_lone_maker_stays_apart_from_what_is_named_after_it(longer):
    mentions = [mention("a1", longer, type="ORG"), mention("a2", "Kestrel", type="ORG")]
    _, mapping = link_entities(mentions, published=PUBLISHED)
    assert mapping[("a2", "ORG", "Kestrel")] != mapping[("a1", "ORG", longer)]


@pytest.mark.parametrize("longer", ["Kestrel Inc.", "Kestrel Motor Co.", "Kestrel Airlines", "Kestrel Group"])
def test_a_lone_word_joins_the_organisations_own_name(longer):
    mentions = [mention("a1", longer, type="ORG"), mention("a2", "Kestrel", type="ORG")]
    _, mapping = link_entities(mentions, published=PUBLISHED)
    assert mapping[("a2", "ORG", "Kestrel")] == mapping[("a1", "ORG", longer)]


def test_a_country_the_roles_name_is_a_place():
    mentions = [mention("a1", "Khaled al-Rashidi", country="Marenne", descriptors=["Marennese leader"]),
                mention("a1", "Marenne", type="PERSON"), mention("a2", "Marenne", type="PERSON"),
                mention("a3", "Marenne", type="GPE")]
    entities, mapping = link_entities(mentions, published=PUBLISHED)
    assert entity_of(entities, mapping, "a2", "Marenne").type == "GPE"


def test_label_noise_is_voted_away():
    mentions = [mention("a1", "Veldoria", type="GPE"), mention("a2", "Veldoria", type="GPE"), mention("a3", "Veldoria", type="ORG")]
    entities, mapping = link_entities(mentions, published=PUBLISHED)
    assert [(e.name, e.type) for e in entities] == [("Veldoria", "GPE")]
    assert mapping[("a3", "ORG", "Veldoria")] == entities[0].id


def test_canonical_name_is_most_frequent_full_form():
    mentions = [
        mention("a1", "Muammar Gaddafi"), mention("a1", "Muammar Gaddafi", text="Gaddafi", start=40),
        mention("a2", "Muammar Qadhafi"), mention("a3", "Muammar Gaddafi"), mention("a4", "Qadhafi"),
    ]
    entities, _ = link_entities(mentions, published=PUBLISHED)
    assert len(entities) == 1
    entity = entities[0]
    assert entity.name == "Muammar Gaddafi"
    assert entity.aliases == ["Gaddafi", "Muammar Gaddafi", "Muammar Qadhafi", "Qadhafi"]
    assert entity.article_ids == ["a1", "a2", "a3", "a4"]
    assert entity.mentions == 5
    assert entity.id == Entity.make_id("PERSON", "Muammar Gaddafi")


def test_caption_descriptors_do_not_override_body():
    mentions = [
        mention("a1", "Maria Lenz", descriptors=["palace spokeswoman"], country="Veldoria"),
        mention("a1", "Maria Lenz", descriptors=["Chilean ambassador"], country="Chile", in_caption=True, start=300),
        mention("a2", "Maria Lenz", descriptors=["Veldorian spokeswoman"], country="Veldoria"),
        mention("a3", "Maria Lenz", descriptors=["Chilean envoy"], country="Chile", in_caption=True),
    ]
    entities, _ = link_entities(mentions, published=PUBLISHED)
    (entity,) = entities
    assert entity.country == "Veldoria"
    texts = [d["text"] for d in entity.descriptors]
    assert "palace spokeswoman" in texts and "Chilean ambassador" not in texts
    assert {"text": "palace spokeswoman", "article_id": "a1", "date": "2021-06-11"} in entity.descriptors


def test_output_is_stable_across_input_orders():
    mentions = [
        mention("a1", "Piet Halden", descriptors=["interior minister"], country="Veldoria"),
        mention("a2", "Piet Halden"), mention("a3", "Halden"), mention("a4", "Anna Ostrova"),
        mention("a5", "Muammar Qadhafi"), mention("a6", "Muammar Gaddafi"), mention("a6", "Kiev", type="GPE"),
        mention("a7", "Kyiv", type="GPE"), mention("a7", "United Nations", type="ORG"), mention("a8", "UN", type="ORG"),
    ]
    first = link_entities(mentions, published=PUBLISHED)
    for seed in range(5):
        shuffled = mentions[:]
        random.Random(seed).shuffle(shuffled)
        again = link_entities(shuffled, published=PUBLISHED)
        assert [(e.id, e.name, e.aliases, e.article_ids, e.mentions, e.country) for e in again[0]] == [
            (e.id, e.name, e.aliases, e.article_ids, e.mentions, e.country) for e in first[0]
        ]
        assert again[1] == first[1]


@pytest.mark.parametrize(
    "a, b, same",
    [("Gaddafi", "Qadhafi", True), ("Kiev", "Kyiv", True), ("Rashidi", "Rachidi", True), ("Niger", "Nigeria", False),
     ("Halden", "Lenz", False)],
)
def test_phonetic_key(a, b, same):
    assert (phonetic(a) == phonetic(b)) is same
    if same:
        assert skeleton(a) == skeleton(b)


def quote(article: str, speaker: str | None) -> Quote:
    return Quote(id=f"q-{article}-{speaker}", article_id=article, text="We are ready", kind="direct", speaker=speaker,
                 speaker_entity_id=None, speaker_mention=speaker, cue="said", start=0, end=12, sentence="...", parts=[[0, 12]])


def test_canonical_speakers():
    mentions = [
        mention("a1", "Muammar Gaddafi"), mention("a2", "Muammar Qadhafi"), mention("a3", "Muammar Gaddafi"),
        mention("a3", "Foreign Ministry", type="ORG"),
    ]
    entities, mapping = link_entities(mentions, published=PUBLISHED)
    quotes = [quote("a2", "Muammar Qadhafi"), quote("a2", "Qadhafi"), quote("a3", "Foreign Ministry"), quote("a1", None),
              quote("a1", "Anna Ostrova")]
    out = canonical_speakers(quotes, mapping, entities=entities)
    person = next(e for e in entities if e.type == "PERSON")
    org = next(e for e in entities if e.type == "ORG")
    assert [(q.speaker, q.speaker_entity_id) for q in out] == [
        ("Muammar Gaddafi", person.id), ("Muammar Gaddafi", person.id), ("Foreign Ministry", org.id), (None, None),
        ("Anna Ostrova", None),
    ]


def test_empty_corpus():
    assert link_entities([], published={}) == ([], {})


def test_many_names_link_in_blocks():
    """Thousands of distinct names still link (blocking keeps the comparisons local)."""
    syllables = ["ka", "lo", "mir", "den", "sa", "vot", "rin", "pel", "tus", "bra", "gor", "hel"]
    rng = random.Random(7)

    def word() -> str:
        return "".join(rng.choice(syllables) for _ in range(3)).capitalize()

    mentions = [mention(f"a{i % 50}", f"{word()} {word()}") for i in range(3000)]
    entities, mapping = link_entities(mentions, published={})
    assert len(mapping) == 3000
    assert len(entities) <= 3000


def test_an_entity_takes_the_sector_most_of_its_mentions_give():
    mentions = [mention("a1", "Piet Halden", descriptors=["interior minister"]),
                mention("a2", "Piet Halden"), mention("a3", "Piet Halden", text="Halden")]
    mentions[0].sector = mentions[1].sector = "GOV"
    entities, mapping = link_entities(mentions, published=PUBLISHED)
    assert entity_of(entities, mapping, "a1", "Piet Halden").sector == "GOV"
    bare = [mention("a1", "Mira Kovach")]
    entities, mapping = link_entities(bare, published=PUBLISHED)
    assert entity_of(entities, mapping, "a1", "Mira Kovach").sector is None


def test_acronyms_that_sound_alike_are_different_bodies():
    # 'EPA' and 'IPO' share a sound; letters that stand for words match only letter for letter
    mentions = [mention("a0", "EPA", type="ORG"), mention("a1", "IPO", type="ORG"),
                mention("a2", "EPA", type="ORG"), mention("a3", "Al Qaeda", type="ORG"),
                mention("a4", "Al Qaida", type="ORG")]
    entities, mapping = link_entities(mentions, published=PUBLISHED)
    assert entity_of(entities, mapping, "a0", "EPA", "ORG").id != entity_of(entities, mapping, "a1", "IPO", "ORG").id
    assert entity_of(entities, mapping, "a0", "EPA", "ORG").id == entity_of(entities, mapping, "a2", "EPA", "ORG").id
    # a transliteration still joins by its sound
    assert entity_of(entities, mapping, "a3", "Al Qaeda", "ORG").id == entity_of(entities, mapping, "a4", "Al Qaida", "ORG").id


def test_letters_tagged_as_a_person_are_no_one_s_surname():
    # the tagger calls 'CA' and 'COO' people; they sound like the last word of 'Ada Kea'
    mentions = [mention("a0", "Ada Kea"), mention("a1", "CA"), mention("a2", "COO"), mention("a3", "Kea")]
    entities, mapping = link_entities(mentions, published=PUBLISHED)
    ada = entity_of(entities, mapping, "a0", "Ada Kea").id
    assert entity_of(entities, mapping, "a1", "CA").id != ada and entity_of(entities, mapping, "a2", "COO").id != ada
    assert entity_of(entities, mapping, "a3", "Kea").id == ada  # her surname alone still joins her


def test_a_lone_word_joins_a_surname_it_sounds_like_only_when_spelled_nearly_as_long():
    # 'Yahudi' and 'Audi' share a phonetic form; 'Gadhafi' is a spelling of 'Qaddafi'
    mentions = [mention("a0", "Ilham Yahudi"), mention("a1", "Audi"),
                mention("a2", "Muammar Qaddafi"), mention("a3", "Gadhafi")]
    entities, mapping = link_entities(mentions, published=PUBLISHED)
    assert entity_of(entities, mapping, "a1", "Audi").id != entity_of(entities, mapping, "a0", "Ilham Yahudi").id
    assert entity_of(entities, mapping, "a3", "Gadhafi").id == entity_of(entities, mapping, "a2", "Muammar Qaddafi").id


def test_places_the_gazetteer_tells_apart_stay_apart_however_alike_they_sound():
    mentions = [mention("a0", "Europa", type="LOC"), mention("a1", "Europe", type="LOC"),
                mention("a2", "Kiev", type="GPE"), mention("a3", "Kyiv", type="GPE")]
    entities, mapping = link_entities(mentions, published=PUBLISHED)
    assert entity_of(entities, mapping, "a0", "Europa", "LOC").id != entity_of(entities, mapping, "a1", "Europe", "LOC").id
    assert entity_of(entities, mapping, "a2", "Kiev", "GPE").id == entity_of(entities, mapping, "a3", "Kyiv", "GPE").id


@pytest.mark.parametrize(
    "full, lone",
    [
        ("Cory Booker", "Baker"),  # one sound, other vowels: another man
        ("Robin Haase", "House"),  # the chamber, tagged a person
        ("Vladimir Putin", "Patton"),
        ("Eugenio Tadeu", "Toyota"),  # the carmaker, tagged a person
        ("Dylan Nelson", "Nilsson"),
        ("Lars Lube", "Lowe"),  # short words join only an identical surname
    ],
)
def test_a_lone_word_that_only_sounds_like_a_surname_stays_apart(full, lone):
    mentions = [mention("a1", full), mention("a2", lone)]
    entities, mapping = link_entities(mentions, published=PUBLISHED)
    assert mapping[("a1", "PERSON", full)] != mapping[("a2", "PERSON", lone)]


def test_a_lone_surname_prefers_the_full_name_spelled_exactly_like_it():
    mentions = [mention("a1", "Tom Patton"), mention("a2", "Vladimir Putin"), mention("a3", "Zelenskyy"),
                mention("a4", "Volodymyr Zelensky"), mention("a5", "Patton")]
    entities, mapping = link_entities(mentions, published=PUBLISHED)
    assert mapping[("a5", "PERSON", "Patton")] == mapping[("a1", "PERSON", "Tom Patton")]
    assert mapping[("a3", "PERSON", "Zelenskyy")] == mapping[("a4", "PERSON", "Volodymyr Zelensky")]


def test_a_roster_number_is_no_surname():
    mentions = [mention("a1", "Aden Hale 2"), mention("a1", "A. Sorensen 2"), mention("a2", "Aden Hale 2")]
    entities, mapping = link_entities(mentions, published=PUBLISHED)
    assert mapping[("a1", "PERSON", "Aden Hale 2")] != mapping[("a1", "PERSON", "A. Sorensen 2")]
    assert mapping[("a1", "PERSON", "Aden Hale 2")] == mapping[("a2", "PERSON", "Aden Hale 2")]


def test_acronyms_and_series_names_do_not_join_by_their_first_word():
    mentions = [mention("a1", "NBA League Pass", type="ORG"), mention("a2", "NBA", type="ORG"),
                mention("a3", "Group A", type="ORG"), mention("a3", "Group", type="ORG"),
                mention("a4", "Harvard University", type="ORG"), mention("a5", "Harvard", type="ORG")]
    entities, mapping = link_entities(mentions, published=PUBLISHED)
    assert mapping[("a2", "ORG", "NBA")] != mapping[("a1", "ORG", "NBA League Pass")]
    assert mapping[("a3", "ORG", "Group")] != mapping[("a3", "ORG", "Group A")]
    assert mapping[("a5", "ORG", "Harvard")] == mapping[("a4", "ORG", "Harvard University")]


def test_a_state_code_is_no_acronym_of_an_organisation():
    mentions = [mention("a1", "Chicago Tribune", type="ORG"), mention("a2", "CT", type="ORG"),
                mention("a3", "National Security Council", type="ORG"), mention("a4", "NSC", type="ORG")]
    entities, mapping = link_entities(mentions, published=PUBLISHED)
    assert mapping[("a2", "ORG", "CT")] != mapping[("a1", "ORG", "Chicago Tribune")]
    assert mapping[("a4", "ORG", "NSC")] == mapping[("a3", "ORG", "National Security Council")]


def test_a_state_code_still_joins_its_state():
    mentions = [mention("a1", "South Dakota", type="GPE"), mention("a2", "SD", type="GPE")]
    entities, mapping = link_entities(mentions, published=PUBLISHED)
    assert mapping[("a2", "GPE", "SD")] == mapping[("a1", "GPE", "South Dakota")]
