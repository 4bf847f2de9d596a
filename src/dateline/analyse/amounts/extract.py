"""Find amounts in a parsed article: the number, its unit, what it counts and how it is hedged.

A regex over the text finds candidate spans (lexicon.amount_pattern); the spaCy parse
that the pipeline already made then decides, token by token, whether a candidate is a
date, an age, an identifier ("Article 5"), a score or a phone number, and finds what is
counted: the noun the number modifies ("3 million refugees"), the object of "of"
("thousands of protesters") or, for "the death toll rose to 45", the subject of the verb.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dateline.vocabulary.amount_words import amount_pattern
from dateline.vocabulary.numbers import order_of_magnitude
from dateline.analyse.parsed import ParsedArticle, doc_text
from dateline.models import Amount, TextField
from dateline.analyse.amounts.candidates import _Candidate, _candidate, _is_from_to
from dateline.analyse.amounts.measure import measure_of
from dateline.analyse.amounts.counted import _counted, _first_token_after, _plausible_in_context


MAX_AMOUNTS = 5000  # per field; a "news article" with more numbers is a table, not prose


def extract_amounts(parsed: ParsedArticle) -> list[Amount]:
    """Amounts in the title and body of one parsed article, in reading order per field."""
    amounts: list[Amount] = []
    for field_name, doc in parsed.docs():
        amounts.extend(find_amounts(doc, article_id=parsed.article.id, field=field_name))
    return amounts


def find_amounts(doc: Doc, *, article_id: str = "", field: TextField = "text") -> list[Amount]:
    """Amounts in one spaCy Doc (offsets into its text)."""
    text = doc_text(doc)
    pattern = amount_pattern()
    amounts: list[Amount] = []
    position = 0
    while len(amounts) < MAX_AMOUNTS:
        match = pattern.search(text, position)
        if match is None:
            break
        position = max(match.end(), match.start() + 1)
        if match.group("core2") and _is_from_to(text, match):
            # "rose from 200 to 300": two amounts, not a range
            amount = _read(doc, match, article_id=article_id, field=field, first_only=True)
            position = match.start("core2")
        else:
            amount = _read(doc, match, article_id=article_id, field=field, first_only=False)
        if amount is not None:
            amounts.append(amount)
            position = max(position, amount.end) if not match.group("core2") else position
    return amounts


# ----------------------------------------------------------------------------- reading one match


def _read(
    doc: Doc, match: re.Match[str], *, article_id: str, field: TextField, first_only: bool
) -> Amount | None:
    candidate = _candidate(doc_text(doc), match, first_only=first_only)
    if candidate is None or not _plausible_in_context(doc, candidate):
        return None
    if candidate.million_or_metres:
        _million_or_metres(doc, candidate)
    obj, object_end, unit = _counted(doc, candidate)
    if unit is None:
        return None
    candidate.unit = unit
    if candidate.unit == "fraction" and candidate.value is not None:
        # shares are reported as percentages, so "a third of" and "33 percent of" compare
        candidate.unit = "percent"
        candidate.value = candidate.value * 100
        candidate.magnitude = order_of_magnitude(candidate.value)
    if candidate.dash_range and candidate.unit == "count" and obj is None and not candidate.has_scale:
        return None  # "won 2-3", "555-0123": nothing counted, so not a range of anything
    end = max(candidate.end, object_end or 0)
    rate = _RATE.match(doc_text(doc), end)
    if rate and candidate.unit != "count":
        end = rate.end()  # "€3 million a day": the rate is part of the amount
    return Amount(
        article_id=article_id,
        value=candidate.value,
        magnitude=candidate.magnitude,
        unit=candidate.unit,
        object=obj,
        qualifier=candidate.qualifier,
        text=doc_text(doc)[candidate.start : end],
        start=candidate.start,
        end=end,
        field=field,
        value_max=candidate.value_max,
        measure=measure_of(doc, candidate.start, end) if candidate.unit == "count" else None,
    )


_RATE = re.compile(
    r"\s+(?:a|an|per|each|every)\s+(?:year|month|week|day|hour|minute|annum|head|person|capita|car|household|family)\b"
    r"(?!\s+(?:earlier|ago|later|before|after|on|old)\b)",
    re.I,
)


def _million_or_metres(doc: Doc, candidate: _Candidate) -> None:
    """'5m people' is five million; 'the 100m final' and 'a 3m wall' are metres."""
    following = _first_token_after(doc, candidate.end)
    if following is not None and (following.lower_ == "of" or following.tag_ in ("NNS", "NNPS")):
        candidate.value = (candidate.value or 0) * 1_000_000
        candidate.has_scale = True
    else:
        candidate.unit = "m"
    candidate.magnitude = order_of_magnitude(candidate.value)
