"""Name spans in one parse: spaCy's entities, cleaned up and with cheap fixes.

Fixes made here: leading "the" and trailing possessive "'s" trimmed; titles inside a
PERSON span split off ("President Anna Ostrova" -> title "President", name "Anna
Ostrova"); a span led by a person title relabelled PERSON ("Mr Halden" tagged GPE);
spans that are only role words dropped ("Interior" in "Interior Minister Jan Koval");
single tokens that repeat a person's surname relabelled or added.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from dateline.analyse.entities.lexicon import (
    is_honorific,
    is_role_word,
    max_title_length,
    normalise_title_word,
    title_words,
    titles,
)
from dateline.analyse.parsed import doc_text
from dateline.lexicons import words

KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
MAX_NAME_TOKENS = 12
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_LEADING_DROP = frozenset({"the", "a", "an"})
_EDGE_PUNCT = frozenset(list(".,;:!?\"'“”‘’()[]{}-–—/") + ["--"])


@dataclass
class NameSpan:
    """A name found in one doc, as token offsets [start, end) plus its title words."""

    start: int
    end: int
    label: str
    titles: list[str] = field(default_factory=list)  # title tokens before or inside the name
    title_start: int | None = None  # token where the title begins, when there is one


def find_name_spans(doc: Doc) -> list[NameSpan]:
    spans: list[NameSpan] = []
    for ent in doc.ents:
        if ent.label_ not in KEPT_LABELS:
            continue
        span = _trim(doc, ent.start, ent.end, ent.label_)
        if span is not None:
            spans.append(span)
    spans = [_apply_titles(doc, s) for s in spans]
    spans = _split_coordinated([s for s in spans if s is not None], doc)
    spans.extend(_titled_names_missed(doc, spans))
    _relabel_surnames(doc, spans)
    spans.extend(_surnames_missed(doc, spans))
    spans.sort(key=lambda s: s.start)
    return spans


def _split_coordinated(spans: list[NameSpan], doc: Doc) -> list[NameSpan]:
    """"Relations between Kirov and Solenz": the tagger ran two names the article uses alone
    into one. Split when each side is a name of its own elsewhere in the article, or when
    "between" comes right before them (two parties, not one body); a firm named for two people
    ("Procter and Gamble") never appears as its halves, nor after "between"."""
    alone = {doc[s.start : s.end].text: s.label for s in spans}
    out: list[NameSpan] = []
    for span in spans:
        tokens = doc[span.start : span.end]
        joins = [t.i for t in tokens if t.lower_ == "and" and span.start < t.i < span.end - 1]
        if len(joins) == 1 and not span.titles:
            left, right = doc[span.start : joins[0]].text, doc[joins[0] + 1 : span.end].text
            between = span.start > 0 and doc[span.start - 1].lower_ == "between"
            if left != right and (between or (left in alone and right in alone)):
                out.append(NameSpan(span.start, joins[0], alone.get(left, span.label)))
                out.append(NameSpan(joins[0] + 1, span.end, alone.get(right, span.label)))
                continue
        out.append(span)
    return out


def _trim(doc: Doc, start: int, end: int, label: str) -> NameSpan | None:
    # a name never runs across a line break: the tagger took the paragraph break after a name
    # into it ("Amazon\n\n" was a name of its own beside "Amazon"), or ran into the next line
    end = next((t.i for t in doc[start:end] if t.is_space and "\n" in t.text and t.i > start), end)
    while start < end and (doc[start].lower_ in _LEADING_DROP or doc[start].text in _EDGE_PUNCT or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].text in _EDGE_PUNCT or doc[end - 1].is_space):
        end -= 1
    if label == "PERSON":
        # "harbour master Elin Sato": lower-case words before a name are a role, not the name
        while start < end - 1 and doc[start].text.islower() and doc[start].lower_ not in _PARTICLES:
            start += 1
    if end <= start or end - start > MAX_NAME_TOKENS:
        return None
    if end - start == 1 and label not in ("NORP",) and doc[start].pos_ in ("NOUN", "VERB", "ADJ", "ADV"):
        return None  # "Commuters" at the start of a sentence: a common word, not a name
    if _in_navigation_line(doc, start):
        return None
    if label == "PERSON" and end - start == 1 and _modifies_common_noun(doc[start]):
        return None  # "Riot police", "Kestrel contract": a lone capitalised modifier
    if not any(t.is_alpha for t in doc[start:end]):
        return None
    if label == "PERSON" and end - start >= 2 and doc[end - 1].lower_ in _ORG_HEADS:
        label = "ORG"  # "Civic Front", "Coastline Wire": the last word names an organisation
    elif label == "PERSON" and end - start >= 2 and doc[end - 1].lower_ in _PLACE_HEADS:
        label = "FAC"
    if all(is_role_word(t.text) for t in doc[start:end] if t.is_alpha):
        return None  # "Interior", "Prime Minister": a role, not a name
    if label != "PERSON" and doc[start].text.islower() and end - start == 1:
        return None
    return NameSpan(start, end, label)


_ORG_HEADS = frozenset(words("entities/org_heads.txt"))
_PLACE_HEADS = frozenset(words("entities/place_heads.txt"))


def _in_navigation_line(doc: Doc, index: int) -> bool:
    """Site menus and share bars ("Plainview Post | Log in | Subscribe") name nobody."""
    text = doc_text(doc)
    char = doc[index].idx
    line_start = text.rfind("\n", 0, char) + 1
    line_end = text.find("\n", char)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return line.count("|") >= 2


def _modifies_common_noun(token: Token) -> bool:
    head = token.head
    return (
        token.dep_ == "compound"
        and head.i > token.i
        and head.pos_ == "NOUN"
        and head.text.islower()
        and title_before(token.doc, token.i) is None
    )


def title_before(doc: Doc, index: int, *, lower_bound: int = 0) -> int | None:
    """Start token of the longest title ending right before token `index`, if any."""
    best = None
    for length in range(1, max_title_length() + 1):
        start = index - length
        if start < lower_bound:
            break
        words = tuple(normalise_title_word(t.text) for t in doc[start:index])
        if words in titles() and doc[start].text[:1].isupper() or (
            words in titles() and length == 1 and doc[start].lower_ in _LOWERCASE_TITLES
        ):
            best = start
    return best


# Titles that name a role even when written in lower case before a name.
_LOWERCASE_TITLES = frozenset(words("entities/lowercase_titles.txt"))


def _title_inside(doc: Doc, span: NameSpan) -> int:
    """How many leading tokens of the span are title words."""
    best = 0
    for length in range(1, min(max_title_length(), span.end - span.start - 1) + 1):
        words = tuple(normalise_title_word(t.text) for t in doc[span.start : span.start + length])
        if words in titles():
            best = length
    return best


def _apply_titles(doc: Doc, span: NameSpan) -> NameSpan | None:
    inside = _title_inside(doc, span)
    if inside and (span.label == "PERSON" or _is_honorific_run(doc, span.start, span.start + inside)):
        span.title_start = span.start
        span.titles = [t.text for t in doc[span.start : span.start + inside]]
        span.start += inside
        span.label = "PERSON"
    before = title_before(doc, span.title_start if span.title_start is not None else span.start)
    if before is not None:
        end_of_title = span.title_start if span.title_start is not None else span.start
        span.titles = [t.text for t in doc[before:end_of_title]] + span.titles
        span.title_start = before
        if span.label != "PERSON" and span.end - span.start <= 4 and _looks_like_name(doc, span.start, span.end):
            span.label = "PERSON"
    return span


def _is_honorific_run(doc: Doc, start: int, end: int) -> bool:
    return is_honorific(tuple(t.text for t in doc[start:end]))


def _looks_like_name(doc: Doc, start: int, end: int) -> bool:
    return all(t.text[:1].isupper() or t.lower_ in _PARTICLES or t.text in ("-",) for t in doc[start:end])


_PARTICLES = frozenset(words("entities/name_particles.txt"))


def _covered(spans: list[NameSpan], doc: Doc) -> list[bool]:
    covered = [False] * len(doc)
    for s in spans:
        for i in range(s.start, s.end):
            covered[i] = True
    return covered


def _is_name_token(token: Token) -> bool:
    return (
        token.text[:1].isupper()
        and (token.is_alpha or "-" in token.text)
        and token.pos_ in ("PROPN", "")
        and normalise_title_word(token.text) not in title_words()
        and token.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY")
    )


def _titled_names_missed(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """Title + capitalised proper nouns that the tagger missed ("President Ostrova")."""
    covered = _covered(spans, doc)
    found = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if covered[i] or not _is_name_token(token):
            i += 1
            continue
        start = title_before(doc, i)
        if start is None or not any(doc[k].text[:1].isupper() for k in range(start, i)):
            i += 1
            continue
        end = i
        while end < len(doc) and not covered[end] and (_is_name_token(doc[end]) or (doc[end].lower_ in _PARTICLES and end + 1 < len(doc) and _is_name_token(doc[end + 1]))):
            end += 1
        if end - i <= 4:
            found.append(NameSpan(i, end, "PERSON", [t.text for t in doc[start:i]], start))
        i = end
    return found


def _surname_keys(doc: Doc, spans: list[NameSpan]) -> set[str]:
    keys = set()
    for s in spans:
        if s.label == "PERSON" and s.end - s.start >= 2:
            keys.add(doc[s.end - 1].text)
            keys.add(doc[s.start : s.end].text)
    return keys


def _relabel_surnames(doc: Doc, spans: list[NameSpan]) -> None:
    """A non-person span that repeats a person's name or surname is that person."""
    keys = _surname_keys(doc, spans)
    for s in spans:
        if s.label != "PERSON" and s.label != "NORP" and doc[s.start : s.end].text in keys:
            s.label = "PERSON"


def _surnames_missed(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """Surname repeats the tagger missed ("Halden said" after "Piet Halden")."""
    surnames = {doc[s.end - 1].text for s in spans if s.label == "PERSON" and s.end - s.start >= 2}
    if not surnames:
        return []
    covered = _covered(spans, doc)
    found = []
    for token in doc:
        if covered[token.i] or token.text not in surnames or not _is_name_token(token):
            continue
        start = title_before(doc, token.i)
        titles_ = [t.text for t in doc[start : token.i]] if start is not None else []
        found.append(NameSpan(token.i, token.i + 1, "PERSON", titles_, start))
    return found
