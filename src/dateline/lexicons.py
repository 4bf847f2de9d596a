"""The one loader for shipped word lists and tables (src/dateline/data/).

One format: UTF-8 text, one entry per line, `#` starts a comment line, blank lines are skipped;
a table's columns are separated by a TAB. JSON files hold structured lexicons. A missing or
malformed file is a `DataFileError` naming the file and line, never an empty list: a lexicon
that silently loads empty makes an extractor silently worse.

Every shipped file is declared in `LEXICONS`, and a test loads each one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from dateline.errors import DataFileError

PACKAGE = "dateline"
FOLDER = "data"


@dataclass(frozen=True)
class Lexicon:
    """How a shipped file is read: `words` (one entry a line), `table` (a fixed number of TAB
    columns), `rows` (TAB columns, as many as a line has), `json`, or `rules` (read by its own
    parser, e.g. the cleaning rules)."""

    kind: str
    columns: int = 1  # for tables: columns every line must have (the last may be empty when optional)
    optional_last: bool = False


LEXICONS: dict[str, Lexicon] = {
    "speech_verbs.txt": Lexicon("table", 2, optional_last=True),
    "content_cues.txt": Lexicon("table", 2),
    "first_names.txt": Lexicon("table", 2),
    "titles.txt": Lexicon("words"),
    "demonyms.tsv": Lexicon("table", 2),
    "place_variants.tsv": Lexicon("table", 2),
    "furniture.txt": Lexicon("rules"),
    "abbreviations.txt": Lexicon("words"),
    "site_words.txt": Lexicon("words"),
    "function_words.txt": Lexicon("words"),
    "place_stopwords.txt": Lexicon("words"),
    "celestial_bodies.txt": Lexicon("words"),
    "place_generic_words.txt": Lexicon("words"),
    "place_type_words.tsv": Lexicon("table", 2),
    "place_description_nouns.txt": Lexicon("words"),
    "region_abbreviations.tsv": Lexicon("table", 2),
    "actor_verbs.txt": Lexicon("words"),
    "actor_object_verbs.txt": Lexicon("words"),
    "actor_nouns.txt": Lexicon("words"),
    "loaded_words.txt": Lexicon("table", 2),
    "events/actors_current.tsv": Lexicon("rows"),
    "events/actors_historic.tsv": Lexicon("rows"),
    "events/actors_petrarch.tsv": Lexicon("rows"),
    "events/agents.tsv": Lexicon("rows"),
    "events/agents_extra.tsv": Lexicon("rows"),
    "events/common_word_names.txt": Lexicon("words"),
    "events/common_surnames.txt": Lexicon("words"),
    "events/named_thing_heads.txt": Lexicon("words"),
    "events/legislative_words.tsv": Lexicon("table", 3),
    "events/former_words.txt": Lexicon("words"),
    "events/topic_roles.txt": Lexicon("words"),
    "events/unasserted_content.tsv": Lexicon("table", 2),
    "events/warning_verbs.txt": Lexicon("words"),
    "events/public_nouns.txt": Lexicon("words"),
    "events/party_object_codes.txt": Lexicon("words"),
    "events/person_target_codes.txt": Lexicon("words"),
    "events/pair_nouns.txt": Lexicon("words"),
    "events/state_heads.txt": Lexicon("words"),
    "events/state_leader_heads.txt": Lexicon("words"),
    "events/local_body_words.txt": Lexicon("words"),
    "events/pronoun_party_preps.txt": Lexicon("words"),
    "events/object_control_verbs.txt": Lexicon("words"),
    "events/attempt_verbs.txt": Lexicon("words"),
    "events/desire_frames.txt": Lexicon("words"),
    "events/target_needed_verbs.txt": Lexicon("words"),
    "events/visit_verbs.txt": Lexicon("words"),
    "events/call_nouns.txt": Lexicon("words"),
    "events/rescue_words.txt": Lexicon("words"),
    "events/reach_verbs.txt": Lexicon("words"),
    "events/peril_participles.txt": Lexicon("words"),
    "events/happening_nouns.txt": Lexicon("words"),
    "events/concluding_verbs.tsv": Lexicon("table", 2),
    "events/regret_verbs.txt": Lexicon("words"),
    "events/deliberation_nouns.txt": Lexicon("words"),
    "events/speaking_roles.txt": Lexicon("words"),
    "events/perception_verbs.txt": Lexicon("words"),
    "events/necessity_verbs.txt": Lexicon("words"),
    "events/communication_nouns.txt": Lexicon("words"),
    "events/condemnation_nouns.txt": Lexicon("words"),
    "events/condemnation_adjectives.txt": Lexicon("words"),
    "events/offer_nouns.txt": Lexicon("words"),
    "events/policy_nouns.txt": Lexicon("words"),
    "events/social_groups.txt": Lexicon("words"),
    "events/social_bodies.txt": Lexicon("words"),
    "events/social_collectives.txt": Lexicon("words"),
    "events/figurative_objects.txt": Lexicon("words"),
    "events/work_nouns.txt": Lexicon("words"),
    "events/critic_fields.txt": Lexicon("words"),
    "events/withheld_things.txt": Lexicon("words"),
    "events/word_media.txt": Lexicon("words"),
    "events/electoral_nouns.txt": Lexicon("words"),
    "events/psych_verbs.txt": Lexicon("words"),
    "events/domain_roles.txt": Lexicon("words"),
    "events/contest_verbs.txt": Lexicon("words"),
    "events/mutual_verbs.txt": Lexicon("words"),
    "events/experiencer_verbs.txt": Lexicon("table", 2),
    "events/cameo_extra.tsv": Lexicon("rows"),
    "events/cameo_plover.tsv": Lexicon("rows"),
    "events/category_names.tsv": Lexicon("rows"),
    "events/collectives.tsv": Lexicon("rows"),
    "events/countries.tsv": Lexicon("rows"),
    "events/country_extra.tsv": Lexicon("rows"),
    "events/government_seats.tsv": Lexicon("rows"),
    "events/frames.tsv": Lexicon("rows"),
    "events/mode_cues.tsv": Lexicon("rows"),
    "events/halted.tsv": Lexicon("rows"),
    "events/nouns.tsv": Lexicon("rows"),
    "events/organisations.tsv": Lexicon("rows"),
    "events/nouns_derived.tsv": Lexicon("rows"),
    "events/synsets.tsv": Lexicon("rows"),
    "events/verb_patterns.tsv": Lexicon("rows"),
    "events/verb_patterns_extra.tsv": Lexicon("rows"),
    "events/verbs.tsv": Lexicon("rows"),
    "events/verbs_extra.tsv": Lexicon("rows"),
    "events/prefixed_verbs.tsv": Lexicon("rows"),
    "events/protest_channels.txt": Lexicon("words"),
    "events/backer_words.txt": Lexicon("words"),
    "events/mediation_verbs.txt": Lexicon("words"),
    "events/country_anaphors.txt": Lexicon("words"),
    "events/unique_offices.txt": Lexicon("words"),
    "events/name_particles.txt": Lexicon("words"),
    "events/name_joiners.txt": Lexicon("words"),
    "events/british_spellings.tsv": Lexicon("table", 2),
    "events/weak_verbs.tsv": Lexicon("rows"),
    "events/weapons.tsv": Lexicon("rows"),
    "events/peoples.tsv": Lexicon("rows"),
    "events/prep_verbs.tsv": Lexicon("rows"),
    "amounts/context.json": Lexicon("json"),
    "amounts/currencies.json": Lexicon("json"),
    "amounts/numbers.json": Lexicon("json"),
    "amounts/units.json": Lexicon("json"),
    "amounts/measures.txt": Lexicon("table", 3),
    "amounts/generic_nouns.txt": Lexicon("words"),
    "quotes/addressee_verbs.txt": Lexicon("words"),
    "quotes/no_object_verbs.txt": Lexicon("words"),
    "quotes/finding_subjects.txt": Lexicon("words"),
    "quotes/audience_nouns.txt": Lexicon("words"),
    "quotes/no_xcomp_verbs.txt": Lexicon("words"),
    "quotes/naming_verbs.txt": Lexicon("words"),
    "quotes/medium_tails.txt": Lexicon("words"),
    "quotes/prep_content.tsv": Lexicon("table", 2),
    "quotes/pronouns_male.txt": Lexicon("words"),
    "quotes/pronouns_female.txt": Lexicon("words"),
    "quotes/pronouns_plural.txt": Lexicon("words"),
    "quotes/pronouns_skip.txt": Lexicon("words"),
    "quotes/pronouns_organisation.txt": Lexicon("words"),
    "quotes/pronouns_writers.txt": Lexicon("words"),
    "quotes/titles_male.txt": Lexicon("words"),
    "quotes/titles_female.txt": Lexicon("words"),
    "quotes/name_titles.txt": Lexicon("words"),
    "quotes/medium_nouns.txt": Lexicon("words"),
    "quotes/send_verbs.txt": Lexicon("words"),
    "quotes/not_colon_sources.txt": Lexicon("words"),
    "quotes/in_sources.txt": Lexicon("words"),
    "quotes/hearsay_adverbs.txt": Lexicon("words"),
    "quotes/seem_verbs.txt": Lexicon("words"),
    "quotes/viewed_verbs.txt": Lexicon("words"),
    "quotes/work_nouns.txt": Lexicon("words"),
    "quotes/title_cues.txt": Lexicon("words"),
    "quotes/speaker_things.txt": Lexicon("words"),
    "quotes/organisation_anaphors.txt": Lexicon("words"),
    "quotes/held_noun_cues.txt": Lexicon("words"),
    "quotes/noun_xcomp_cues.txt": Lexicon("words"),
    "quotes/speaking_nouns.txt": Lexicon("words"),
    "quotes/reporting_nouns.txt": Lexicon("words"),
    "quotes/people_nouns.txt": Lexicon("words"),
    "quotes/spokes_nouns.txt": Lexicon("words"),
    "quotes/organisation_kinds.tsv": Lexicon("table", 2),
    "entities/org_heads.txt": Lexicon("words"),
    "entities/org_name_words.txt": Lexicon("words"),
    "entities/place_heads.txt": Lexicon("words"),
    "entities/lowercase_titles.txt": Lexicon("words"),
    "entities/name_particles.txt": Lexicon("words"),
    "entities/role_nouns.txt": Lexicon("words"),
    "entities/role_modifiers.txt": Lexicon("words"),
    "entities/title_function_words.txt": Lexicon("words"),
    "entities/non_national.txt": Lexicon("words"),
    "entities/descriptor_temporal.txt": Lexicon("words"),
    "entities/state_roles.txt": Lexicon("words"),
    "events/empty_words.txt": Lexicon("words"),
    "events/actor_titles.txt": Lexicon("words"),
    "events/headline_verbs.txt": Lexicon("words"),
    "events/light_verbs.txt": Lexicon("words"),
    "events/pattern_function_words.txt": Lexicon("words"),
    "events/accede_verbs.txt": Lexicon("words"),
    "events/vindication_verbs.txt": Lexicon("words"),
    "events/offering_verbs.txt": Lexicon("words"),
    "events/aspectual_verbs.txt": Lexicon("words"),
    "events/ending_verbs.txt": Lexicon("words"),
    "events/own_act_nouns.tsv": Lexicon("table", 2),
    "events/raising_verbs.txt": Lexicon("words"),
    "events/causative_verbs.txt": Lexicon("words"),
    "events/halt_verbs.txt": Lexicon("words"),
    "events/demand_nouns.txt": Lexicon("words"),
    "events/skip_preps.txt": Lexicon("words"),
    "events/generic_heads.txt": Lexicon("words"),
    "events/generic_roles.txt": Lexicon("words"),
    "events/non_actors.txt": Lexicon("words"),
    "events/cooperative_frames.txt": Lexicon("words"),
    "events/violence_verbs.txt": Lexicon("words"),
    "events/weak_blocks.txt": Lexicon("words"),
    "events/patient_subject_verbs.txt": Lexicon("words"),
    "events/legislation_heads.txt": Lexicon("words"),
    "events/halt_nouns.txt": Lexicon("words"),
    "events/measure_heads.txt": Lexicon("words"),
    "events/natural_causes.txt": Lexicon("words"),
    "events/war_nouns.txt": Lexicon("words"),
    "events/body_anaphors.txt": Lexicon("words"),
    "events/author_nouns.txt": Lexicon("words"),
    "events/fault_verbs.txt": Lexicon("words"),
    "events/threatened_acts.txt": Lexicon("words"),
    "events/promissory_verbs.txt": Lexicon("words"),
    "events/office_bodies.txt": Lexicon("words"),
    "events/counted_people.txt": Lexicon("words"),
    "events/joint_acts.txt": Lexicon("words"),
    "events/recipient_people.txt": Lexicon("words"),
    "events/body_heads.txt": Lexicon("words"),
    "events/object_prep_verbs.tsv": Lexicon("table", 2),
    "events/everyday_verbs.txt": Lexicon("words"),
    "events/violent_sense_cues.txt": Lexicon("words"),
    "events/physical_verbs.txt": Lexicon("words"),
    "events/political_name_words.txt": Lexicon("words"),
    "events/domain_words.tsv": Lexicon("table", 2),
    "events/relation_nouns.txt": Lexicon("words"),
    "events/membership_nouns.txt": Lexicon("words"),
    "events/leader_nouns.txt": Lexicon("words"),
    "events/offices.tsv": Lexicon("table", 2),
    "time/seasons.tsv": Lexicon("table", 2),
    "time/clock_words.txt": Lexicon("words"),
    "time/street_words.txt": Lexicon("words"),
    "time/parts_of_day.tsv": Lexicon("table", 2),
    "time/number_words.tsv": Lexicon("table", 2),
    "time/ordinals.tsv": Lexicon("table", 2),
    "time/units.tsv": Lexicon("table", 4),
    "time/vague_numbers.txt": Lexicon("words"),
    "time/holidays.tsv": Lexicon("table", 2),
    "time/decade_words.tsv": Lexicon("table", 2),
    "time/modifiers.tsv": Lexicon("table", 2),
    "time/pre_modifiers.tsv": Lexicon("table", 2),
    "time/generic_today_nouns.txt": Lexicon("words"),
    "time/relative_words.tsv": Lexicon("table", 2),
    "time/reference_words.tsv": Lexicon("table", 2),
    "time/set_adverbs.tsv": Lexicon("table", 2),
    "ingest/metadata_keys.tsv": Lexicon("table", 2),
    "ingest/zone_date_order.tsv": Lexicon("table", 2),
    "pubdates/bodily_modifiers.txt": Lexicon("words"),
    "pubdates/event_nouns.txt": Lexicon("words"),
    "pubdates/happening_nouns.tsv": Lexicon("table", 2),
    "pubdates/happening_verbs.tsv": Lexicon("table", 2),
    "names/surname_particles.txt": Lexicon("words"),
    "names/joined_particles.txt": Lexicon("words"),
    "names/nicknames.tsv": Lexicon("table", 2),
    "names/generational_suffixes.txt": Lexicon("words"),
    "stories/extra_stop_words.txt": Lexicon("words"),
    "stories/theme_stop_words.txt": Lexicon("words"),
    "stories/figure_placeholders.txt": Lexicon("words"),
    "stories/figure_nouns.tsv": Lexicon("table", 2),
    "stories/bound_qualifiers.tsv": Lexicon("table", 2),
    "stories/statistic_nouns.txt": Lexicon("words"),
    "stories/research_claimants.txt": Lexicon("words"),
    "stories/first_person_words.txt": Lexicon("words"),
    "stories/second_person_words.txt": Lexicon("words"),
    "stories/summary_boilerplate.txt": Lexicon("words"),
    "stories/auxiliary_verbs.txt": Lexicon("words"),
    "stories/not_actors.txt": Lexicon("words"),
    "stories/ecbplus_subjects.tsv": Lexicon("table", 2),
    "pubdates/time_words.txt": Lexicon("words"),
    "pubdates/title_words.txt": Lexicon("words"),
    "clean/agencies.txt": Lexicon("words"),
    "clean/not_places.txt": Lexicon("words"),
    "clean/dangling_words.txt": Lexicon("words"),
    "clean/section_heads.txt": Lexicon("words"),
    "calendar/months.tsv": Lexicon("table", 2),
    "calendar/weekdays.tsv": Lexicon("table", 2),
}


@lru_cache(maxsize=None)
def data_text(name: str) -> str:
    """The text of a shipped data file, or a DataFileError when it is missing or unreadable."""
    path = resources.files(PACKAGE).joinpath(FOLDER)
    for part in name.split("/"):
        path = path.joinpath(part)
    try:
        return path.read_text(encoding="utf-8")
    except (FileNotFoundError, OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"data file {FOLDER}/{name} cannot be read: {exc}") from exc


# a merge left unresolved: its marker lines would otherwise load as entries (a pattern keyed
# "<<<<<<< HEAD" matches nothing, so a `rows` file took them silently once)
CONFLICT_MARKERS = ("<<<<<<< ", ">>>>>>> ", "=======")


def entry_lines(name: str) -> list[tuple[int, str]]:
    """(line number, line) for every entry line of a file: comments and blank lines left out."""
    found = []
    for number, line in enumerate(data_text(name).splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith(CONFLICT_MARKERS[:2]) or line.rstrip() == CONFLICT_MARKERS[2]:
            raise DataFileError(f"data file {FOLDER}/{name}, line {number}: an unresolved merge conflict marker")
        found.append((number, line.rstrip("\r\n")))
    return found


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """The entries of a one-entry-a-line list, stripped, in file order."""
    entries = tuple(line.strip() for _, line in entry_lines(name))
    if not entries:
        raise DataFileError(f"data file {FOLDER}/{name} holds no entries")
    return entries


@lru_cache(maxsize=None)
def table(name: str, columns: int, *, optional_last: bool = False) -> tuple[tuple[str, ...], ...]:
    """The rows of a TAB-separated table, each with exactly `columns` stripped cells."""
    rows = []
    for number, line in entry_lines(name):
        cells = [cell.strip() for cell in line.split("\t")]
        if optional_last and len(cells) == columns - 1:
            cells.append("")
        if len(cells) != columns or not cells[0]:
            raise DataFileError(
                f"data file {FOLDER}/{name}, line {number}: expected {columns} TAB-separated cells, got {line!r}"
            )
        rows.append(tuple(cells))
    if not rows:
        raise DataFileError(f"data file {FOLDER}/{name} holds no entries")
    return tuple(rows)


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a TAB-separated file whose lines may have different numbers of cells."""
    found = tuple(tuple(line.split("\t")) for _, line in entry_lines(name))
    if not found:
        raise DataFileError(f"data file {FOLDER}/{name} holds no entries")
    return found


@lru_cache(maxsize=None)
def json_data(name: str) -> Any:
    try:
        return json.loads(data_text(name))
    except json.JSONDecodeError as exc:
        raise DataFileError(f"data file {FOLDER}/{name}, line {exc.lineno}: malformed JSON: {exc.msg}") from exc


def load(name: str) -> Any:
    """A declared lexicon, read the way its declaration says (the validation test uses this)."""
    if name not in LEXICONS:
        raise DataFileError(f"data file {FOLDER}/{name} is not declared in dateline.lexicons.LEXICONS")
    spec = LEXICONS[name]
    if spec.kind == "words":
        return words(name)
    if spec.kind == "table":
        return table(name, spec.columns, optional_last=spec.optional_last)
    if spec.kind == "json":
        return json_data(name)
    if spec.kind == "rows":
        return rows(name)
    from dateline.clean import parse_furniture

    return tuple(parse_furniture(data_text(name), name=name))
