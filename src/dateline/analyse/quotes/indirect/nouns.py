"""Nouns and words that report a stance through a slot ("her criticism of the plan",
"the claim that ...", content_cues.txt: "eager to ...", "vouched for ...")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.analyse.quotes.attribution import (
    Attribution,
    cue_text,
    same_paragraph,
    speaker_span,
    subject_of,
)
from dateline.analyse.quotes.indirect.content import (
    MAX_CONTENT_TOKENS,
    NO_SPEAKERS,
    IndirectHit,
    mostly_quoted,
    trim,
)
from dateline.analyse.quotes.lexicon import content_cues
from dateline.lexicons import words

# Nouns that report speech or stance, with the prepositions that introduce what they report
# ("her criticism of the plan", "his support for the bill"); any of them takes a "that" clause
# ("the claim that ...").
NOUN_CUES = {
    "support": ("for", "of"), "criticism": ("of", "for"), "critique": ("of",), "attack": ("on", "against"),
    "question": ("about",), "concern": ("about", "over"), "opposition": ("to",), "endorsement": ("of",),
    "praise": ("for", "of"), "defense": ("of",), "defence": ("of",), "rejection": ("of",),
    "condemnation": ("of",), "denial": ("of",), "call": ("for",), "demand": ("for",), "complaint": ("about",),
    "comment": ("on", "about"), "remark": ("about", "on"), "response": ("to",), "warning": ("about", "of", "against"),
    "claim": (), "statement": (), "assertion": (), "allegation": (), "accusation": (), "argument": (),
    "belief": (), "view": (), "fear": (), "hope": ("of", "for"), "doubt": ("about",), "insistence": (), "suggestion": (),
    "promise": (), "pledge": (), "vow": (), "threat": (), "admission": (), "acknowledgement": (),
    "acknowledgment": (), "announcement": ("of",), "proposal": ("for", "to"), "charge": (), "assurance": (),
    "prediction": (), "message": ("of", "about"), "notion": (), "idea": (), "decision": (), "plan": (), "refusal": (),
    "intention": (), "request": ("for",), "offer": (), "plea": ("for",), "bid": (), "choice": (),
    "talk": ("of", "about"), "story": ("about", "of"), "interest": ("in",), "opinion": ("of", "on"),
    "assessment": ("of",), "proponent": ("of",), "reference": ("to",), "favor": ("of",),
    "discussion": ("of", "about"), "embrace": ("of",), "report": ("on", "about"), "joke": ("about",),
    "impression": (), "perception": (), "sentiment": (), "assumption": (), "speculation": ("about",),
    "rumor": ("about", "of"), "feeling": (), "conviction": (), "realization": (), "signal": (),
    "estimate": ("of",), "finding": (), "conclusion": (), "point": (), "sense": (), "hint": (),
}

# Noun cues that report only with a holder named ("her response to the ruling"); the rest
# stand alone too ("questions about his health", "support for the bill is growing").
HELD_NOUN_CUES = frozenset(words("quotes/held_noun_cues.txt"))

# Noun cues whose "to" clause is what they report ("her decision to run", "his pledge to stay").
NOUN_XCOMP_CUES = frozenset(words("quotes/noun_xcomp_cues.txt"))


def _noun_speaker(noun: Token) -> Token | None:
    """Who holds a noun cue: 'Halden's claim', 'his support', or the subject of 'Halden voiced support'."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in ("PROPN", "PRON", "NOUN"):
            return subject
    return None


def _clause_holder(noun: Token) -> Token | None:
    """Who holds an unowned noun cue: 'a demand by Pelosi that ...', 'Halden estimates that
    ...' (a verb tagged as a noun), or the subject of the clause the noun's phrase sits in
    ('Halden spoke in favor of the bill', 'the council took votes in favor of it')."""
    for child in noun.children:
        if child.dep_ == "nsubj" and child.i < noun.i:
            return child
        if child.dep_ == "prep" and child.lower_ == "by" and child.i > noun.i:
            agent = next((g for g in child.children if g.dep_ == "pobj"), None)
            if agent is not None and agent.pos_ in ("PROPN", "PRON", "NOUN"):
                return agent
    current = noun
    for _ in range(4):
        if current.dep_ not in ("pobj", "dobj", "prep", "attr") or current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            holder = subject_of(current)
            if holder is None or holder.pos_ not in ("PROPN", "PRON", "NOUN") or holder.lower_ in NO_SPEAKERS:
                return None
            return holder if same_paragraph(holder, noun) else None
    return None


def noun_cues(doc: Doc, inside_quote) -> list[IndirectHit]:
    hits = []
    for noun in doc:
        if noun.pos_ != "NOUN" or inside_quote(noun.idx):
            continue
        preps = NOUN_CUES.get(noun.lemma_.lower())
        if preps is None:
            continue
        picked = [
            c for c in noun.children
            if c.i > noun.i
            and (
                (c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
                or (c.dep_ == "prep" and c.lower_ in preps)
                or (
                    c.dep_ in ("acl", "relcl", "xcomp") and noun.lemma_.lower() in NOUN_XCOMP_CUES
                    and c.pos_ in ("VERB", "AUX") and any(m.dep_ == "aux" and m.lower_ == "to" and m.i < c.i for m in c.children)
                )
            )
        ]
        if not picked:
            continue
        content = picked[0]
        by_of = content.dep_ == "prep" and content.lower_ == "of"
        if content.dep_ == "prep":
            objects = [g for g in content.children if g.dep_ in ("pobj", "pcomp")]
            if not objects:
                continue
            content = objects[0]
        if by_of and noun.lemma_.lower() == "support" and not any(c.dep_ == "poss" for c in noun.children):
            continue  # "won the support of big donors": without an owner, "of" names the holder
        speaker = _noun_speaker(noun)
        if speaker is None and noun.lemma_.lower() in HELD_NOUN_CUES:
            continue
        if speaker is not None and speaker.lower_ in ("it", "its", "this", "that", "which", "there"):
            continue
        if speaker is None:
            speaker = _clause_holder(noun)
        start, end = trim(doc, content.left_edge.i, content.right_edge.i + 1)
        if end - start < 1 or end - start > MAX_CONTENT_TOKENS or "\n" in doc[start:end].text:
            continue
        if inside_quote(doc[start].idx) or mostly_quoted(doc, start, end, inside_quote):
            continue
        hits.append(IndirectHit(start, end, Attribution(noun.text, noun.i, speaker_span(speaker) if speaker is not None else None, speaker)))
    return hits


def copular_noun_cues(doc: Doc, inside_quote) -> list[IndirectHit]:
    """'Her message has been that the harbour must stay public', 'The question is whether
    ...': a noun cue as the subject of "be", whose complement is what it reports."""
    hits = []
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or inside_quote(noun.idx):
            continue
        lemma = noun.lemma_.lower()
        if lemma not in NOUN_CUES:
            continue
        verb = noun.head
        if verb.lemma_ != "be" or verb.i < noun.i:
            continue
        complement = next((c for c in verb.children if c.i > verb.i and c.dep_ in ("ccomp", "attr", "xcomp")), None)
        if complement is None or (complement.dep_ == "attr" and complement.pos_ not in ("VERB", "AUX")):
            continue
        start, end = trim(doc, complement.left_edge.i, complement.right_edge.i + 1)
        if end - start < 3 or end - start > MAX_CONTENT_TOKENS or "\n" in doc[noun.i : end].text:
            continue
        if inside_quote(doc[start].idx) or mostly_quoted(doc, start, end, inside_quote):
            continue
        holder = next((c for c in noun.children if c.dep_ == "poss"), None)
        if holder is not None and holder.lower_ in NO_SPEAKERS:
            continue
        if holder is None and (lemma == "question" or lemma in HELD_NOUN_CUES):
            continue  # "The question is whether ...": the writer's own question
        speaker = speaker_span(holder) if holder is not None else None
        hits.append(IndirectHit(start, end, Attribution(noun.text, noun.i, speaker, holder)))
    return hits


SLOT_DEPS = {"obj": ("dobj",), "clause": ("ccomp",), "xcomp": ("xcomp",)}


def _slot_content(cue: Token, slots: frozenset[str]) -> Token | None:
    """The word heading what a content cue reports: its object, clause, or the object of its preposition."""
    for child in cue.children:
        if child.i <= cue.i:
            continue
        if child.dep_ == "prep" and child.lower_ in slots:
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objects:
                return objects[0]
        elif any(child.dep_ in SLOT_DEPS.get(slot, ()) for slot in slots):
            return child
    return None


def _slot_holder(cue: Token) -> Token | None:
    """Who holds the view a content cue reports: the verb's subject, the subject of "is critical
    of", the noun an adjective describes ("senators wary of"), or a noun cue's owner."""
    if cue.pos_ in ("VERB", "AUX"):
        return subject_of(cue)
    if cue.pos_ == "ADJ":
        if cue.dep_ == "amod" and cue.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return cue.head
        own = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if own is not None:
            return own
        return subject_of(cue.head) if cue.dep_ in ("acomp", "oprd", "xcomp") and cue.head.pos_ in ("VERB", "AUX") else None
    if cue.pos_ == "NOUN":
        return _noun_speaker(cue)
    return None


def slot_cues(doc: Doc, inside_quote) -> list[IndirectHit]:
    """Cues from content_cues.txt: "pushed for a recount", "critical of the plan", "her mention of it"."""
    table = content_cues()
    hits = []
    for cue in doc:
        slots = table.get(cue.lemma_.lower())
        if slots is None or cue.pos_ not in ("VERB", "ADJ", "NOUN") or inside_quote(cue.idx):
            continue
        content = _slot_content(cue, slots)
        if content is None:
            continue
        holder = _slot_holder(cue)
        if holder is None and not (cue.pos_ == "VERB" and cue.tag_ in ("VBG", "VBN") and cue.lemma_.lower() != "compare"):
            continue  # a participle may report with no one named ("pushing for a recount"), but
            # "compared with last year" is a measure, not a stance
        if holder is not None and (holder.lower_ in NO_SPEAKERS or inside_quote(holder.idx)):
            continue
        start, end = trim(doc, content.left_edge.i, content.right_edge.i + 1)
        if end <= start or end - start > MAX_CONTENT_TOKENS or "\n" in doc[start:end].text:
            continue
        if inside_quote(doc[start].idx) or mostly_quoted(doc, start, end, inside_quote):
            continue
        cue_words = cue_text(cue) if cue.pos_ == "VERB" else cue.text
        speaker = speaker_span(holder) if holder is not None else None
        hits.append(IndirectHit(start, end, Attribution(cue_words, cue.i, speaker, holder)))
    return hits
