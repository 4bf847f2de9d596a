"""Time expressions normalised to TIMEX3, anchored on the article's publication date.

`extract_timexes` tags the title and body of a parsed article (no second parse);
`reanchor` resolves an article's timexes again against another anchor, for
articles whose date is inferred after analysis. Anchor-dependent timexes keep
their resolution spec in `Timex.expression` (see anchor.py); without an anchor
their value is the underspecified TIMEX3 form ("XXXX-WXX-3", "PRESENT_REF").
"""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc

from dateline.analyse.parsed import ParsedArticle
from dateline.analyse.time.anchor import from_reference, parse_anchor, resolve_spec
from dateline.analyse.time.normalise import is_timex3_value
from dateline.analyse.time.candidates import Candidate
from dateline.analyse.time.series import DaySeries
from dateline.analyse.time.tagger import find_candidates
from dateline.models import Timex

__all__ = ["extract_timexes", "reanchor", "timexes_in_doc"]

# a value a later "that day" / "the following year" can count from
_REFERENCE_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:T.*)?$")
_REFERENCE_WINDOW = 2000  # characters: an older date is no longer the reference time
_CLOCK_WINDOW = 300
_PROBE = "2000-01-03"


def timexes_in_doc(
    doc: Doc, *, article_id: str, anchor: str | None, field: str = "text"
) -> list[Timex]:
    """Timexes of one parsed text (body or title), resolved against anchor."""
    anchor_date = parse_anchor(anchor)
    anchor_iso = anchor_date.isoformat() if anchor_date else None
    timexes: list[Timex] = []
    references: list[tuple[int, str, str | None]] = []  # (end, value, expression) in text order
    series = DaySeries()
    text = doc.text  # Doc.text joins every token on each access: read it once
    for candidate in find_candidates(doc, text=text):
        if candidate.spec and candidate.spec.startswith("ana:"):
            candidate.value, candidate.spec = _anaphoric(candidate, references, anchor_iso)
        series.place(candidate, text)
        value, expression = _value_of(candidate, anchor_iso)
        if not is_timex3_value(value):
            continue
        if candidate.type in ("DATE", "TIME") and value:
            # without an anchor a reference is still known by its spec: probe its precision
            probe = value if _REFERENCE_VALUE.match(value) else resolve_spec(expression, _PROBE) if expression else ""
            if _REFERENCE_VALUE.match(probe):
                references.append((candidate.end, probe, expression))
        timexes.append(
            Timex(
                article_id=article_id,
                text=text[candidate.start : candidate.end],
                type=candidate.type,
                value=value,
                start=candidate.start,
                end=candidate.end,
                anchor=anchor_iso if expression else None,
                field=field,  # type: ignore[arg-type]
                mod=candidate.mod,
                expression=expression,
            )
        )
    return timexes


def _anaphoric(
    candidate: Candidate, references: list[tuple[int, str, str | None]], anchor: str | None
) -> tuple[str | None, str | None]:
    """(fixed value, spec) of an anaphoric candidate from the latest fine enough reference.

    A reference that depends on the anchor is kept inside the spec
    ("ana:M:1@m:-1:3"), so reanchoring moves both together. Without a reference
    the publication date is the reference.
    """
    head, _, suffix = candidate.spec.partition("|")
    unit = head.split(":")[1]
    # a bare clock time ("at 10 p.m.") looks back less far than "that day"
    window = _CLOCK_WINDOW if re.match(r"T\d", suffix) else _REFERENCE_WINDOW
    for end, value, expression in reversed(references):
        if candidate.start - end > window:
            break
        if from_reference(unit, 0, value) is None:
            continue
        if expression:
            spec = f"{head}@{expression.partition('|')[0]}" + (f"|{suffix}" if suffix else "")
            return None, spec
        steps = int(head.split(":")[2])
        found = from_reference(unit, steps, value)
        if found and suffix and re.fullmatch(r"\d{4}-\d{2}-\d{2}", found):
            found += suffix
        return found, None
    return None, candidate.spec


def _value_of(candidate: Candidate, anchor: str | None) -> tuple[str | None, str | None]:
    if candidate.spec is None:
        return candidate.value, None
    return resolve_spec(candidate.spec, anchor), candidate.spec


def extract_timexes(parsed: ParsedArticle) -> list[Timex]:
    """Every time expression in the article's title and body, anchored on its publication date."""
    article = parsed.article
    timexes: list[Timex] = []
    for field_name, doc in parsed.docs():
        timexes.extend(
            timexes_in_doc(doc, article_id=article.id, anchor=article.published, field=field_name)
        )
    return timexes


def reanchor(timexes: list[Timex], anchor: str | None) -> list[Timex]:
    """The same timexes resolved against a new anchor (ISO date), without reparsing.

    Timexes with a fixed value ("3 June 2019", "48 hours") are returned unchanged.
    """
    anchor_date = parse_anchor(anchor)
    anchor_iso = anchor_date.isoformat() if anchor_date else None
    result = []
    for timex in timexes:
        if not timex.expression:
            result.append(timex)
            continue
        result.append(
            dataclasses.replace(
                timex, value=resolve_spec(timex.expression, anchor_iso), anchor=anchor_iso
            )
        )
    return result
