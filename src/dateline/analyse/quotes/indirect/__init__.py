"""Indirect speech: the clause or complement a speech verb, noun or phrase reports, with its
subject. Each rule family has its module (verbs, nouns, phrases); `find_indirect` runs them
all and keeps one attribution per stretch of text."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from dateline.analyse.quotes.attribution import Attribution
from dateline.analyse.quotes.indirect.content import (
    IndirectHit,
    drop_trailing_aside,
    trim,
)
from dateline.analyse.quotes.indirect.nouns import (
    copular_noun_cues,
    noun_cues,
    slot_cues,
)
from dateline.analyse.quotes.indirect.phrases import (
    according_hit,
    colon_headlines,
    hearsay_adverbs,
    in_sources,
    passive_objects,
    stance_clauses,
)
from dateline.analyse.quotes.indirect.subjects import borrowed_by_a_thing, held_by_a_thing
from dateline.analyse.quotes.indirect.verbs import (
    contrasted_report,
    trailing_report,
    verb_hit,
)

__all__ = ["IndirectHit", "find_indirect"]


def find_indirect(doc: Doc, inside_quote) -> list[IndirectHit]:
    """Every reported content in a doc; `inside_quote(offset)` tells direct-quote text."""
    candidates: list[IndirectHit] = stance_clauses(doc, inside_quote)
    taken = {h.attribution.cue_token for h in candidates}
    for tok in doc:
        if tok.i in taken:
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            hit = according_hit(doc, tok, inside_quote)
            if hit:
                candidates.append(hit)
            continue
        hit = verb_hit(doc, tok, inside_quote)
        if hit is not None:
            candidates.append(hit)
    candidates.extend(h for h in passive_objects(doc, inside_quote) if h.attribution.cue_token not in taken)
    candidates.extend(hearsay_adverbs(doc, inside_quote))
    candidates.extend(colon_headlines(doc, inside_quote))
    candidates.extend(noun_cues(doc, inside_quote))
    candidates.extend(copular_noun_cues(doc, inside_quote))
    candidates.extend(in_sources(doc, inside_quote))
    taken = {h.attribution.cue_token for h in candidates}
    candidates.extend(h for h in slot_cues(doc, inside_quote) if h.attribution.cue_token not in taken)
    # before nesting is judged: a thing's description holds no one's report
    candidates = [h for h in candidates if not held_by_a_thing(doc, h)]
    candidates = [_unspoken(h) if borrowed_by_a_thing(doc, h) else h for h in candidates]
    # PolNeAR-style univocal attributions: a cue inside another's content is nested, drop it,
    # unless it closes that content ("said X, saying Y"): then both stand, the first cut short.
    candidates.sort(key=lambda h: h.start - h.end)
    kept: list[IndirectHit] = []
    for hit in candidates:
        cue = hit.attribution.cue_token
        outer = next((k for k in kept if k.start <= cue < k.end), None)
        if outer is not None:
            split = trailing_report(doc, outer, doc[cue])
            if split is None:
                split = contrasted_report(doc, outer, doc[cue])
            if split is not None and split - outer.start >= 3:
                while split > outer.start + 1 and doc[split - 1].dep_ == "cc":
                    split -= 1  # "said X and [called Y]": the "and" joins the two reports
                outer.end = trim(doc, outer.start, split)[1]
                own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[cue].children)
                if outer.start <= doc[cue].head.i < split and outer.attribution.speaker is not None and not own_subject:
                    # hung on the first content's verb, whose subject is not the speaker
                    attribution = outer.attribution
                    hit = IndirectHit(hit.start, hit.end, Attribution(hit.attribution.cue, cue, attribution.speaker, attribution.speaker_head))
                outer = None
        if outer is not None:
            continue
        kept.append(hit)
    for hit in kept:
        # every rule's content drops a closing aside ("..., who was his chief of staff")
        hit.start, hit.end = drop_trailing_aside(doc, hit.start, hit.end)
    kept.sort(key=lambda h: h.start)
    return kept


def _unspoken(hit: IndirectHit) -> IndirectHit:
    """The hit without its speaker: the content stands, no one is named as saying it."""
    attribution = dataclasses.replace(hit.attribution, speaker=None, speaker_head=None)
    return dataclasses.replace(hit, attribution=attribution)
