"""Find amounts in a parsed article: the number, its unit, what it counts and how it is hedged.

A regex over the text finds candidate spans (lexicon.amount_pattern); the spaCy parse
that the pipeline already made then decides, token by token, whether a candidate is a
date, an age, an identifier ("Article 5"), a score or a phone number, and finds what is
counted: the noun the number modifies ("3 million refugees"), the object of "of"
("thousands of protesters") or, for "the death toll rose to 45", the subject of the verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from dateline.vocabulary.amount_words import alternation, amount_pattern, lexicon
from dateline.vocabulary.numbers import order_of_magnitude, parse_number, vague_magnitude
from dateline.analyse.parsed import ParsedArticle, doc_text
from dateline.models import Amount, TextField

MAX_AMOUNTS = 5000  # per field; a "news article" with more numbers is a table, not prose
NOMINAL_POS = ("NOUN", "PROPN")
RUN_POS = ("ADJ", "NOUN", "PROPN")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
TIME_ENTS = ("DATE", "TIME")
MAX_OBJECT_RUN = 6


@dataclass
class _Candidate:
    start: int
    end: int
    core_start: int
    core_end: int
    value: float | None
    value_max: float | None
    magnitude: float | None
    unit: str
    qualifier: str | None
    vague: bool
    is_range: bool
    dash_range: bool
    has_scale: bool
    bare_integer: bool
    million_or_metres: bool = False
    ratio: bool = False  # "one in five"
    singular_vague: bool = False  # "several hundred", which can stand before a noun as "300" can  # "5m": five million people, or a 5m wall


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


def _is_from_to(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 12) : match.start()].lower()
    return match.group("conn").strip().lower() == "to" and re.search(r"\bfrom\s+$", before) is not None


@lru_cache(maxsize=1)
def _scale_words() -> re.Pattern[str]:
    """Built once per process from the lexicon (a cache, not state the analysis changes)."""
    lex = lexicon()
    words = alternation([*lex.multipliers, *lex.scales])
    return re.compile(rf"(?:\d(?:k|m|mn|mln|bn|b|tn|trn|cr)\b|\b(?:{words})\b)", re.I)


def _candidate(text: str, match: re.Match[str], *, first_only: bool) -> _Candidate | None:
    """Value, unit and qualifier from the regex groups, with the checks that need only text."""
    lex = lexicon()
    core = match.group("core")
    core_start, core_end = match.span("core")
    start = match.start()
    if match.group("between") and (first_only or not match.group("core2")):
        start = match.start("cur") if match.group("cur") else core_start
    end = match.end()
    if first_only:
        end = core_end
    if not _clean_edges(text, start, end, core_start):
        return None

    unit = "count"
    if match.group("cur"):
        unit = lex.currency_prefixes.get(match.group("cur").strip(), "")
        if not unit:
            return None
    elif match.group("pct"):
        unit = "percentage point" if "point" in match.group("pct").lower() else "percent"
    elif match.group("curword"):
        unit = lex.currency_words.get(re.sub(r"\s+", " ", match.group("curword").lower()), "")
    elif match.group("unit"):
        units_lower = {k.lower(): v for k, v in lex.measure_units.items()}
        unit = lex.measure_units.get(match.group("unit")) or units_lower.get(
            re.sub(r"\s+", " ", match.group("unit").lower()), ""
        )
    if not unit:
        return None
    if unit == "count" and not first_only and _time_unit_follows(text, end):
        return None  # "three days", "a 45-year-old", "10 am": durations, ages and times
    if unit == "count" and first_only and _time_unit_follows(text, core_end):
        return None

    lowered = core.lower()
    vague = million_or_metres = False
    magnitude: float | None
    if re.search(r"\sin\s", lowered):
        value = parse_number(core)
        if value is None or unit != "count":
            return None
        unit = "fraction"
    elif _is_fraction(lowered):
        if lowered == "half":
            if not _share_of_half(text, match):
                return None  # "the second half", "half-time"
        elif not ("-" in core or re.match(r"\s+of\b", text[core_end : core_end + 6], re.I) or _share_of_half(text, match)):
            return None  # "a third" alone is an ordinal more often than a share
        value = parse_number(core)
        if value is None or unit != "count":
            return None
        unit = "fraction"
    elif vague_magnitude(core) is not None:
        value, vague = None, True
    else:
        value = _digits_or_words(core, unit=unit, text=text, end=core_end)
        if value is None:
            return None
        million_or_metres = isinstance(value, tuple)
        if isinstance(value, tuple):
            value = value[0]
    magnitude = vague_magnitude(core) if vague else order_of_magnitude(value)

    value_max = None
    is_range = dash_range = False
    if match.group("core2") and not first_only:
        upper = parse_number(match.group("core2"))
        if upper is None or value is None or vague:
            return None
        value = _inherit_scale(value, core, match.group("core2"), upper)
        if match.group("core2")[:1] == "0" and match.group("core2")[1:2].isdigit():
            return None  # "555-0123": a phone number
        if value >= upper:
            return None  # "3-1" is a score, not a range
        value_max, is_range = upper, True
        dash_range = match.group("conn").strip() in ("-", "–", "—")
        magnitude = order_of_magnitude(value)

    qualifier = None
    if match.group("qual"):
        qualifier = re.sub(r"\s+", " ", match.group("qual").strip().lower())
    elif match.group("between") and is_range:
        qualifier = "between"
    elif match.group("qafter") and not first_only:
        qualifier = re.sub(r"[\s-]+", " ", match.group("qafter").strip().lower()).strip()

    has_scale = bool(_scale_words().search(core)) or vague
    bare_integer = (
        unit == "count"
        and not vague
        and not is_range
        and re.fullmatch(r"\d+", core) is not None
        and not match.group("cur")
    )
    if lowered in ("one", "zero", "a", "an") and unit == "count":
        return None  # "one of the", "no one": too rarely an amount on its own
    if unit == "count" and not vague and _compound_modifier(text, end):
        return None  # "a 40-page document", "a 10-point plan": a property of the noun, not a count
    return _Candidate(
        start=start,
        end=end,
        core_start=core_start,
        core_end=core_end,
        value=value,
        value_max=value_max,
        magnitude=magnitude,
        unit=unit,
        qualifier=qualifier,
        vague=vague,
        is_range=is_range,
        dash_range=dash_range,
        has_scale=has_scale,
        bare_integer=bare_integer,
        million_or_metres=million_or_metres,
        ratio=unit == "fraction" and re.search(r"\sin\s", lowered) is not None,
        singular_vague=vague and not lowered.endswith("s"),
    )


def _clean_edges(text: str, start: int, end: int, core_start: int) -> bool:
    """Reject numbers glued to other characters: 'COVID-19', 'F-16', '10:30', '2.1.3', '24/7', '1st', phones."""
    before = text[start - 1] if start > 0 else " "
    if before.isalnum() or before in "#@/_+:\\$€£¥₹":
        return False
    if before in "-.,'’" and start >= 2 and text[start - 2].isalnum():
        return False
    if re.search(r"\d[ \t]$", text[max(0, start - 2) : start]):
        return False  # "+44 20 7946 0958": a run of digit groups is a phone number
    after = text[end : end + 3]
    if after[:1].isalnum() or after[:1] in "_@":
        return False
    if re.match(r"[.,:/][0-9]", after) or re.match(r"\s?[-–]\s?\d", after):
        return False
    if re.match(r"[ \t]\d", after):
        return False
    # the core itself glued on the left to a letter (the currency prefix may be glued, the core not)
    if core_start > start and text[core_start - 1].isalpha() and not text[start:core_start].strip():
        return False
    return True


def _share_of_half(text: str, match: re.Match[str]) -> bool:
    """'half of the flights', 'half the staff', 'fell by (nearly) half' are shares; 'the second half' is not."""
    after = text[match.end("core") : match.end("core") + 12]
    if re.match(r"\s+(?:of|the|its|their|all|his|her|our)\b", after, re.I):
        return True
    before = text[max(0, match.start() - 4) : match.start()]
    return bool(match.group("qual")) or re.search(r"\bby\s+$", before, re.I) is not None


def _compound_modifier(text: str, end: int) -> bool:
    hyphenated = re.match(r"-([^\W\d_]+)\b", text[end : end + 30])
    return bool(hyphenated) and hyphenated.group(1).lower() not in lexicon().compound_modifier_exceptions


def _time_unit_follows(text: str, end: int) -> bool:
    lex = lexicon()
    following = re.match(r"(?:\s+|-)([A-Za-z][A-Za-z.'’-]*(?:\s+time)?)", text[end : end + 30])
    if not following:
        return False
    word = following.group(1).lower().rstrip(".,") if not following.group(1).lower().endswith("m.") else following.group(1).lower()
    if word in lex.time_units:
        return True
    first = re.split(r"[-\s]", word)[0]
    return first in lex.time_units


def _is_fraction(lowered: str) -> bool:
    lex = lexicon()
    last = re.split(r"[\s-]+", lowered)[-1]
    return last in lex.fractions and (last != "half" or lowered == "half")


def _digits_or_words(core: str, *, unit: str, text: str, end: int) -> float | tuple[float, str] | None:
    glued = re.fullmatch(r"(\d+(?:,\d+)*(?:\.\d+)?)([a-z]+)", core.strip(), re.I)
    if glued and glued.group(2).lower() in ("m", "b") and unit == "count":
        if glued.group(2).lower() == "b":
            return None  # "5b" without a currency is a name ("Route 5b"), not five billion
        number = parse_number(glued.group(1))
        return None if number is None else (number, "m?")  # decided on the parse: million or metres
    return parse_number(core)


def _inherit_scale(lower: float, core: str, core2: str, upper: float) -> float:
    """'3 to 4 million' -> the lower bound is 3 million too."""
    if _scale_words().search(core):
        return lower
    stripped = _scale_words().sub("", core2).strip()
    base = parse_number(re.sub(r"[a-z]+$", "", stripped, flags=re.I)) if stripped else None
    if base and upper / base > 1 and lower < base:
        return lower * (upper / base)
    return lower


# ----------------------------------------------------------------------------- checks on the parse


def _tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _plausible_in_context(doc: Doc, candidate: _Candidate) -> bool:
    """Dates, years, ages and identifiers look like numbers but count nothing."""
    lex = lexicon()
    core = _tokens(doc, candidate.core_start, candidate.core_end)
    if core is None or len(core) == 0:
        return False
    following = doc[core.end] if core.end < len(doc) else None
    counted_next = following is not None and following.tag_ in ("NNS", "NNPS") and following.ent_type_ not in TIME_ENTS
    if candidate.unit == "count" and all(t.ent_type_ in TIME_ENTS for t in core) and not candidate.vague:
        if not (counted_next and not candidate.bare_integer):
            return False
    if candidate.bare_integer:
        value = candidate.value or 0
        plain = doc_text(doc)[candidate.core_start : candidate.core_end]
        if len(plain) == 4 and 1000 <= value <= 2100 and not counted_next:
            return False  # a year
        if len(plain) == 4 and 1000 <= value <= 2100 and following is not None and following.ent_type_ in TIME_ENTS:
            return False
    previous = doc[core.start - 1] if core.start > 0 else None
    hedged = candidate.start < candidate.core_start  # a qualifier or a currency sign stands before
    if previous is not None and not hedged and candidate.unit == "count" and not candidate.has_scale:
        word_before = re.search(r"([^\W\d_]+|#)\.?\s*$", doc_text(doc)[max(0, candidate.start - 24) : candidate.start])
        if word_before and word_before.group(1).lower() in lex.identifier_words:
            return False  # "No. 10", "Article 5", "page 4"
        if previous.lower_ in lex.age_words:
            return False
        if previous.pos_ == "PROPN" and previous.ent_type_ not in ("NORP",) and not previous.is_sent_start:
            if previous.whitespace_ and doc[core.start].idx - previous.idx - len(previous) <= 1:
                return False  # "Flight 370", "Windows 10", "Apollo 11"
        if previous.pos_ == "NOUN" and previous.is_title and candidate.bare_integer and not previous.is_sent_start:
            return False
    if candidate.bare_integer and previous is not None and previous.text == "," and not hedged:
        # "Halden, 45, a farmer": an age in apposition to a name
        before = doc[core.start - 2] if core.start >= 2 else None
        value = candidate.value or 0
        after = following.text if following is not None else "."
        if before is not None and before.pos_ == "PROPN" and 0 < value < 120 and after in (",", ".", ";", ")", "said"):
            return False
    if candidate.unit == "count" and not candidate.has_scale and (candidate.value or 0) < 130:
        window = list(doc[max(0, core.start - 6) : core.start])
        starts = [i for i, token in enumerate(window) if token.is_sent_start]
        window = window[starts[-1] :] if starts else window  # same sentence only
        if any(token.lower_ in lex.age_words for token in window):
            return False  # "the retirement age from 62 to 65", "the age of 18"
    if candidate.dash_range and following is not None and following.lower_ in lex.score_nouns:
        return False
    return True


# ----------------------------------------------------------------------------- what is counted


def _counted(doc: Doc, candidate: _Candidate) -> tuple[str | None, int | None, str | None]:
    """(object, end offset when the object follows the number, unit) for one candidate.

    The unit comes back too because "millions of dollars" only shows its currency here,
    and None for the unit means "not an amount after all" (e.g. "three of the days").
    """
    lex = lexicon()
    unit = candidate.unit
    first = _first_token_after(doc, candidate.end)
    if first is not None and first.text in ("-", "–") and first.i + 1 < len(doc) and doc[first.i + 1].lower_ == "strong":
        first = doc[first.i + 2] if first.i + 2 < len(doc) else None  # "a 5,000-strong crowd"
    if first is not None and unit == "fraction" and first.pos_ == "DET" and first.i > 0:
        head = _of_object(doc, doc[first.i - 1])  # "half the flights"
        if head is not None and head.pos_ != "PRON":
            return _phrase(head, after=candidate.end), head.idx + len(head), unit
    if first is not None and first.lower_ == "of":
        head = _of_object(doc, first)
        if head is not None:
            if head.lower_ in lex.currency_words and (candidate.vague or unit == "count"):
                return None, head.idx + len(head), lex.currency_words[head.lower_]  # "millions of dollars"
            if unit in ("count", "fraction") and (head.lower_ in lex.time_units or head.lemma_.lower() in lex.time_units):
                return None, None, None  # "three of the days", "a quarter of an hour"
            if head.pos_ == "PRON":
                return None, None, unit
            if any(token.like_num for token in doc[first.i + 1 : head.i]):
                # "35 of the 120 lawmakers": the span stops so that "120 lawmakers" is an amount too
                return _phrase(head, after=candidate.end), None, unit
            return _phrase(head, after=candidate.end), head.idx + len(head), unit
        return None, None, unit
    countable = unit == "count" and (not candidate.vague or candidate.singular_vague)
    if (countable or candidate.ratio) and first is not None:
        head = _following_noun(doc, first)
        if head is not None:
            if head.lower_ in lex.time_units or head.lemma_.lower() in lex.time_units:
                return None, None, None  # "five long years"
            if candidate.is_range and head.lower_ in lex.score_nouns:
                return None, None, None
            head, phrase = _with_conjunct(doc, head, _phrase(head, after=candidate.end))
            return phrase, head.idx + len(head), unit
        if first.lower_ in lex.nominal_adjectives and not _is_nominal(_next(doc, first)):
            return first.lower_, first.idx + len(first), unit  # "3 million displaced"
    if unit not in ("count", "percent", "percentage point", "fraction") and first is not None and first.pos_ == "NOUN":
        head = _following_noun(doc, first)
        if head is not None and head.lower_ not in lex.time_units:
            return _phrase(head, after=candidate.end), head.idx + len(head), unit  # "a $300 million investment"
    if unit not in ("count", "percent", "percentage point", "fraction") and first is not None and first.lower_ in ("in", "worth"):
        after = _next(doc, first)
        if first.lower_ == "worth" and after is not None and after.lower_ == "of":
            head = _of_object(doc, after)
        else:
            head = _following_noun(doc, after) if after is not None else None
        if head is not None and head.ent_type_ not in TIME_ENTS and head.pos_ == "NOUN":
            return _phrase(head, after=candidate.end), None, unit  # "€200 million in aid"
    if candidate.vague or unit == "fraction":
        return None, None, unit
    subject = _subject_of_change(doc, candidate)
    return (_phrase(subject, after=0) if subject is not None else None), None, unit


def _first_token_after(doc: Doc, offset: int) -> Token | None:
    for token in doc:
        if token.idx >= offset:
            return token
    return None


def _next(doc: Doc, token: Token | None) -> Token | None:
    if token is None or token.i + 1 >= len(doc):
        return None
    return doc[token.i + 1]


def _is_nominal(token: Token | None) -> bool:
    return token is not None and token.pos_ in NOMINAL_POS


def _of_object(doc: Doc, of_token: Token) -> Token | None:
    """The noun after 'of': 'of the 45 passengers' -> passengers; 'of them' -> them."""
    index = of_token.i + 1
    last_nominal: Token | None = None
    steps = 0
    while index < len(doc) and steps < MAX_OBJECT_RUN:
        token = doc[index]
        if token.pos_ == "PRON" and last_nominal is None and token.dep_ != "poss":
            return token
        if token.pos_ in ("DET", "NUM", "ADJ") or token.dep_ == "poss" or token.tag_ in ("POS", "HYPH", "PRP$"):
            pass
        elif token.pos_ in NOMINAL_POS and token.ent_type_ not in TIME_ENTS:
            last_nominal = token
            following = _next(doc, token)
            if not _is_nominal(following) or following.ent_type_ in TIME_ENTS:
                return token
        else:
            break
        index += 1
        steps += 1
    return last_nominal


def _following_noun(doc: Doc, first: Token | None) -> Token | None:
    """The head noun right after a number: '3 million Syrian refugees' -> refugees."""
    if first is None:
        return None
    index = first.i
    steps = 0
    while index < len(doc) and steps < MAX_OBJECT_RUN:
        token = doc[index]
        if token.ent_type_ in TIME_ENTS and token.pos_ == "PROPN":
            return None
        if token.pos_ in NOMINAL_POS:
            following = _next(doc, token)
            if not (_is_nominal(following) and following.ent_type_ not in TIME_ENTS):
                return token if token.pos_ == "NOUN" or token.tag_ == "NNPS" or token.ent_type_ == "NORP" else None
        elif token.pos_ == "ADJ" or token.tag_ in ("HYPH", "JJ") or (token.tag_ == "VBN" and _is_nominal(_next(doc, token))):
            pass
        else:
            return None
        index += 1
        steps += 1
    return None


def _with_conjunct(doc: Doc, head: Token, phrase: str) -> tuple[Token, str]:
    """'4,000 soldiers and civilians' counts both: (last noun, 'soldiers and civilians')."""
    if head.i + 2 >= len(doc) or doc[head.i + 1].lower_ not in ("and", "or"):
        return head, phrase
    other = doc[head.i + 2]
    after = doc[other.i + 1] if other.i + 1 < len(doc) else None
    if other.pos_ == "NOUN" and other.tag_ == head.tag_ and not _is_nominal(after) and other.head.i == head.i:
        return other, f"{phrase} {doc[head.i + 1].lower_} {other.lower_}"
    return head, phrase


def _phrase(head: Token, *, after: int) -> str:
    """The head noun with the nouns compounded onto it: 'aid workers', 'death toll', 'refugees'.

    `after` is the end of the amount itself, so "10 lakh masks" gives "masks", not "lakh masks".
    """
    start = head.i
    doc = head.doc
    while (
        start > 0
        and doc[start - 1].pos_ == "NOUN"
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].head.i >= head.i
        and doc[start - 1].idx >= after
        and not doc[start - 1].like_num
    ):
        start -= 1
    words = doc[start : head.i + 1].text
    return words if head.pos_ == "PROPN" else words.lower()


def _subject_of_change(doc: Doc, candidate: _Candidate) -> Token | None:
    """'The death toll climbed to 45' -> toll; 'Turnout was 62 percent' -> turnout."""
    lex = lexicon()
    span = _tokens(doc, candidate.core_start, candidate.end)
    if span is None or len(span) == 0:
        return None
    root = span.root
    verb: Token | None = None
    if root.dep_ == "pobj" and root.head.lower_ in ("to", "at", "by", "from", "around", "about", "over", "nearly"):
        verb = root.head.head
        if root.head.lower_ in ("to", "at") and verb.pos_ == "VERB":
            objects = [child for child in verb.children if child.dep_ == "dobj" and child.pos_ == "NOUN"]
            if objects:
                return objects[0]  # "cut its key rate to 4.25%", "put the figure at 400,000"
    elif root.dep_ in ("dobj", "attr", "npadvmod", "oprd", "acomp", "advmod"):
        verb = root.head
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lex.change_verbs:
        return None
    for _ in range(2):
        subjects = [child for child in verb.children if child.dep_ in SUBJECT_DEPS]
        if subjects:
            subject = subjects[0]
            if subject.pos_ == "NOUN" and subject.ent_type_ not in TIME_ENTS:
                return subject
            return None
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
        else:
            return None
    return None
