"""Indirect speech: the clause or complement a speech verb reports, with its subject."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.analyse.quotes.attribution import Attribution, attribution_for_verb, speaker_span, verb_classes

CLAUSE_DEPS = frozenset({"ccomp"})
THINK_DEPS = frozenset({"ccomp", "xcomp"})
OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "dative", "oprd", "attr", "prep", "acomp"})
OBJECT_PREPS = frozenset({"of", "for", "as", "on", "to", "about", "against", "over"})
# Speech verbs whose object is the person spoken to, not what was said ("told reporters").
ADDRESSEE_VERBS = frozenset(
    {"tell", "inform", "assure", "reassure", "advise", "remind", "ask", "urge", "thank", "answer",
     "address", "brief", "warn", "invite", "implore", "beg", "press", "instruct", "order", "encourage"}
)
# Verbs whose "to ..." complement is not what they report ("continued to rise").
NO_XCOMP_VERBS = frozenset({"continue", "add", "point", "go", "begin", "start", "appear", "seem", "tell"})
# "talked about X", "commented on X", "spoke of X", "warned against X": the object of the
# preposition is the content when the verb has no clause or object of its own.
PREP_CONTENT = {
    "about": None,  # any cue verb
    "on": frozenset({"comment", "elaborate", "focus", "reflect", "weigh", "insist", "expound", "report", "brief", "remark", "speak", "write", "testify"}),
    "of": frozenset({"speak", "talk", "write", "warn", "accuse", "think", "dream", "remind", "inform", "convince", "approve", "disapprove", "boast", "complain"}),
    "against": frozenset({"warn", "argue", "rail", "speak", "testify", "caution", "campaign", "protest", "vote"}),
    "to": frozenset({"refer", "allude", "object", "respond", "reply", "point"}),
}
EDGE_PUNCT = frozenset({",", ";", ":", "-", "—", "–", "(", ")"})
MAX_CONTENT_TOKENS = 250


@dataclass
class IndirectHit:
    start: int  # token indexes of the content
    end: int
    attribution: Attribution


def _content_tokens(verb: Token, classes: frozenset[str]) -> tuple[int, int] | None:
    children = list(verb.children)
    picked: list[Token] = []
    lemma = verb.lemma_.lower()
    if "say" in classes or "think" in classes:
        deps = THINK_DEPS if "think" in classes and "say" not in classes else CLAUSE_DEPS
        picked = [c for c in children if c.dep_ in deps]
        if not picked and lemma not in NO_XCOMP_VERBS:
            # "vowed to fight on", "expects a record turnout", "announced his resignation"
            picked = [c for c in children if c.i > verb.i and c.dep_ == "xcomp"]
        if not picked and lemma not in ADDRESSEE_VERBS:
            picked = [c for c in children if c.i > verb.i and c.dep_ == "dobj"]
    if not picked:
        picked = _prep_content(verb, children, lemma)
    if not picked and "obj" in classes:
        picked = [
            c
            for c in children
            if c.i > verb.i
            and c.dep_ in OBJECT_DEPS
            and (c.dep_ != "prep" or c.lower_ in OBJECT_PREPS)
        ]
        if picked and all(c.dep_ == "prep" for c in picked) and verb.lemma_.lower() not in ("call", "ask"):
            picked = []
    if not picked:
        return None
    start = min(c.left_edge.i for c in picked)
    end = max(c.right_edge.i for c in picked) + 1
    return start, end


def _prep_content(verb: Token, children: list[Token], lemma: str) -> list[Token]:
    for child in children:
        if child.i <= verb.i or child.dep_ not in ("prep", "prt"):
            continue
        verbs = PREP_CONTENT.get(child.lower_, frozenset())
        if verbs is not None and lemma not in verbs:
            continue
        objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
        if objects:
            return objects
    return []


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].text in EDGE_PUNCT or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in EDGE_PUNCT or doc[end - 1].text in (".", "!", "?") or doc[end - 1].is_space):
        end -= 1
    return start, end


def find_indirect(doc: Doc, inside_quote) -> list[IndirectHit]:
    """Every reported content in a doc; `inside_quote(offset)` tells direct-quote text."""
    candidates: list[IndirectHit] = []
    for tok in doc:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            hit = _according(doc, tok, inside_quote)
            if hit:
                candidates.append(hit)
            continue
        classes = verb_classes(tok)
        if not classes or inside_quote(tok.idx):
            continue
        bounds = _content_tokens(tok, classes)
        if bounds is None:
            continue
        start, end = _trim(doc, *bounds)
        if end <= start or end - start > MAX_CONTENT_TOKENS:
            continue
        words = [t for t in doc[start:end] if not t.is_punct and not t.is_space]
        outside = [t for t in words if not inside_quote(t.idx)]
        if not outside or inside_quote(doc[start].idx) or "\n" in doc[start:end].text:
            continue  # the content is a direct quote: the direct pass has it
        if 2 * len(outside) < len(words):
            continue  # mostly quoted ("that he was “ready to serve from day one”"): a direct quote
        attribution = attribution_for_verb(tok)
        if attribution.speaker is None and not ("say" in classes):
            continue
        if attribution.speaker is not None and inside_quote(attribution.speaker.start_char):
            continue
        if attribution.speaker_head is not None and attribution.speaker_head.lower_ in ("it", "there", "this", "that", "which", "what"):
            continue
        candidates.append(IndirectHit(start, end, attribution))
    # PolNeAR-style univocal attributions: a cue inside another's content is nested, drop it.
    candidates.sort(key=lambda h: h.start - h.end)
    kept: list[IndirectHit] = []
    for hit in candidates:
        cue = hit.attribution.cue_token
        if any(k.start <= cue < k.end for k in kept):
            continue
        kept.append(hit)
    kept.sort(key=lambda h: h.start)
    return kept


def _according(doc: Doc, according: Token, inside_quote) -> IndirectHit | None:
    to = doc[according.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if not objects or inside_quote(according.idx):
        return None
    phrase_start = according.i
    phrase_end = max(according.right_edge.i, to.right_edge.i) + 1
    sent = according.sent
    before = (sent.start, phrase_start)
    after = (phrase_end, sent.end)
    start, end = max((before, after), key=lambda b: b[1] - b[0])
    start, end = _trim(doc, start, end)
    if end - start < 2:
        return None
    attribution = Attribution("according to", according.i, speaker_span(objects[0]), objects[0])
    return IndirectHit(start, end, attribution)
