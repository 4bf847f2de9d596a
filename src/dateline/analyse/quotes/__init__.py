"""Quotations and their speakers: direct (by quotation marks), fragments, and indirect speech.

`extract_quotes(parsed, entities)` reads the parse made once by the pipeline (no second
parse): marked spans first, then their cue verbs and subjects, then the pieces of one
utterance joined into one quote, then reported clauses.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.analyse.parsed import ParsedArticle, doc_text
from dateline.analyse.quotes.attribution import Attribution
from dateline.analyse.quotes.direct import find_direct
from dateline.analyse.quotes.span_context import _QuoteRanges
from dateline.analyse.quotes.indirect import find_indirect
from dateline.analyse.quotes.indirect.verbs import ADDRESSEE_VERBS
from dateline.analyse.quotes.role_speakers import told
from dateline.analyse.quotes.pronoun_speakers import resolve_pronoun_speakers
from dateline.analyse.quotes.speaker_index import SpeakerIndex, build_index
from dateline.analyse.quotes.speaker_resolution import resolve_speaker
from dateline.analyse.quotes.utterances import join_utterances, parts_of
from dateline.models import EntityMention, Quote

__all__ = ["extract_quotes"]

SENTENCE_CAP = 1000


def extract_quotes(parsed: ParsedArticle, entities: list[EntityMention]) -> list[Quote]:
    """Every quote in the title and body of one parsed article, in text order."""
    quotes: list[Quote] = []
    english = (parsed.article.language or "en").lower().startswith("en")
    for field_name, doc in parsed.docs():
        if doc is None or not doc_text(doc).strip():
            continue
        field_entities = [e for e in entities if e.field == field_name]
        quotes.extend(_quotes_in(doc, parsed.article.id, field_name, field_entities, english=english))
    for quote in quotes:  # linking shows a canonical speaker beside this one, never instead of it
        quote.speaker_in_article = quote.speaker
    return quotes


def _sentence(doc: Doc, start: int, end: int) -> str:
    first = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    if first is None or len(first) == 0:
        return doc_text(doc)[start:end][:SENTENCE_CAP]
    s = first[0].sent.start_char
    e = first[-1].sent.end_char
    return doc_text(doc)[s:e].strip()[:SENTENCE_CAP]


def _make(
    doc: Doc,
    article_id: str,
    field_name: str,
    parts: list[list[int]],
    kind: str,
    attribution: Attribution | None,
    index: SpeakerIndex,
    resolved: dict[int, str | None],
) -> Quote:
    start, end = parts[0][0], parts[-1][1]
    speaker = mention = None
    s_start = s_end = None
    cue = None
    if attribution is not None:
        cue = attribution.cue
        # "employees were told that ...": the ones told are not the speaker
        if attribution.speaker is not None and attribution.speaker_head is not None and not told(attribution.speaker_head, ADDRESSEE_VERBS):
            span = attribution.speaker
            mention = span.text
            s_start, s_end = span.start_char, span.end_char
            key = attribution.speaker_head.i
            if key not in resolved:
                resolved[key] = resolve_speaker(attribution.speaker_head, span, index)
            speaker = resolved[key]
    return Quote(
        id=Quote.make_id(article_id, field_name, start, end, kind),
        article_id=article_id,
        text=" ".join(doc_text(doc)[a:b] for a, b in parts),
        kind=kind,
        speaker=speaker,
        speaker_entity_id=None,
        speaker_mention=mention,
        cue=cue,
        start=start,
        end=end,
        sentence=_sentence(doc, start, end),
        parts=parts,
        field=field_name,
        speaker_start=s_start,
        speaker_end=s_end,
    )


def _trusted(attribution: Attribution | None, english: bool) -> Attribution | None:
    """The attribution, unless the article is in another language and it is not a colon
    label: the English parse of another language finds "verbs" and "subjects" that are
    neither, so only what the page marks (quotation marks, "Name: ...") is trusted."""
    if english or attribution is None or attribution.cue == ":":
        return attribution
    return None


def _quotes_in(doc: Doc, article_id: str, field_name: str, entities: list[EntityMention], *, english: bool) -> list[Quote]:
    index = build_index(doc, entities)
    resolved: dict[int, str | None] = {}
    hits = find_direct(doc)
    quotes = [
        _make(doc, article_id, field_name, parts_of(group), group[0].kind, _trusted(group[0].attribution, english), index, resolved)
        for group in join_utterances(doc, hits)
    ]
    ranges = _QuoteRanges([h.span for h in hits]) if hits else None
    inside = ranges.inside if ranges else (lambda offset: False)
    for hit in find_indirect(doc, inside):
        if _trusted(hit.attribution, english) is None:
            continue
        start = doc[hit.start].idx
        end = doc[hit.end - 1].idx + len(doc[hit.end - 1])
        quotes.append(_make(doc, article_id, field_name, [[start, end]], "indirect", hit.attribution, index, resolved))
    quotes.sort(key=lambda q: (q.start, q.end))
    # "they said" needs to know which organisations have spoken: after every quote is found
    resolve_pronoun_speakers(quotes, doc, index, inside)
    return quotes
