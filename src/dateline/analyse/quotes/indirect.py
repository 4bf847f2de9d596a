"""Indirect speech: the clause or complement a speech verb reports, with its subject."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.analyse.parsed import doc_text
from dateline.analyse.quotes.attribution import (
    MEDIUM_NOUNS,
    Attribution,
    attribution_for_verb,
    cue_text,
    same_paragraph,
    speaker_span,
    subject_of,
    verb_classes,
)
from dateline.analyse.quotes.lexicon import content_cues, speech_verbs

CLAUSE_DEPS = frozenset({"ccomp"})
THINK_DEPS = frozenset({"ccomp", "xcomp"})
OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "dative", "oprd", "attr", "prep", "acomp"})
OBJECT_PREPS = frozenset({"of", "for", "as", "on", "to", "about", "against", "over"})
# Speech verbs whose object is the person spoken to, not what was said ("told reporters").
ADDRESSEE_VERBS = frozenset(
    {"tell", "inform", "assure", "reassure", "advise", "remind", "ask", "urge", "thank", "answer",
     "address", "brief", "warn", "invite", "implore", "beg", "press", "instruct", "order", "encourage"}
)
# Cue verbs whose direct object is a thing kept, added, spoken or known, not a report
# ("maintains a lead", "added 6,000 jobs", "speaks Spanish", "knew Halden for decades").
NO_OBJECT_VERBS = frozenset({"maintain", "continue", "add", "speak", "know", "threaten", "invite"})
# "found" reports a finding when a study, poll or court found it ("the survey found wide
# support"); a person who "found a way" or "found sanctuary" reports nothing.
FINDING_SUBJECTS = frozenset(
    {"poll", "survey", "study", "report", "analysis", "review", "investigation", "inquiry", "probe", "audit",
     "jury", "court", "judge", "panel", "researcher", "commission", "committee", "research", "test", "data",
     "economist", "scientist", "expert", "pollster", "auditor", "investigator", "examiner", "inspector"}
)
# Nouns for the people a speaker addresses ("told reporters", "telling the crowd").
AUDIENCE_NOUNS = frozenset(
    {"reporter", "journalist", "audience", "crowd", "supporter", "voter", "people", "listener", "viewer",
     "reader", "student", "worker", "member", "delegate", "lawmaker", "official", "donor", "attendee", "host"}
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
OBJECT_TAIL_PREPS = frozenset({"as", "for", "with"})
# Phrases after a content, hung on its verb, that the content keeps ("said X in March").
TAIL_DEPS = frozenset({"prep", "npadvmod"})
# A comma-set phrase closing a content that is the writer's aside, not the report.
ASIDE_DEPS = frozenset({"relcl", "appos"})
SPLIT_MARKS = frozenset({",", ";", "-", "—"})
EDGE_PUNCT = frozenset({",", ";", ":", "-", "—", "–", "(", ")"})
MAX_CONTENT_TOKENS = 250
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
HELD_NOUN_CUES = frozenset(
    {"response", "attack", "comment", "remark", "message", "decision", "choice", "offer", "bid", "criticism",
     "critique", "proposal", "finding", "defense", "defence", "announcement"}
)
# Noun cues whose "to" clause is what they report ("her decision to run", "his pledge to stay").
NOUN_XCOMP_CUES = frozenset(
    {"decision", "plan", "promise", "pledge", "vow", "threat", "proposal", "refusal", "offer", "call",
     "demand", "request", "intention", "plea", "bid", "choice", "push", "order", "agreement"}
)

# "Ostrova: Border stays open" — a headline or lead-in that names its source before a colon.
COLON_SOURCE_MAX_TOKENS = 6
NOT_COLON_SOURCES = frozenset(
    {"note", "update", "updated", "watch", "read", "related", "photo", "photos", "video", "source",
     "sources", "correction", "transcript", "via", "credit", "tags", "editor", "q", "a", "question",
     "answer", "subscribe", "warning", "breaking", "exclusive", "live", "analysis", "opinion", "listen",
     "look", "boom", "wow", "whoa", "bombshell", "alert", "revealed", "confirmed", "must", "see"}
)


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
        if not picked and lemma not in ADDRESSEE_VERBS and lemma not in NO_OBJECT_VERBS and _object_reports(verb, lemma):
            picked = [c for c in children if c.i > verb.i and c.dep_ == "dobj"]
    if not picked and "obj" in classes:
        picked = [
            c
            for c in children
            if c.i > verb.i
            and c.dep_ in OBJECT_DEPS
            and (c.dep_ != "prep" or c.lower_ in OBJECT_PREPS)
            and not (c.dep_ == "dobj" and (lemma in NO_OBJECT_VERBS or (lemma in ADDRESSEE_VERBS and _addressee(c))))
        ]
        if picked and all(c.dep_ == "prep" for c in picked) and verb.lemma_.lower() not in ("call", "ask"):
            picked = []
    if not picked:
        picked = _prep_content(verb, children, lemma)
    # "A report said Halden resigned" under a headline: the parse can hang the headline's
    # clause on the verb too; what a verb reports sits in its own paragraph.
    picked = [c for c in picked if same_paragraph(c, verb, whole_phrase=True)]
    if not picked and "say" in classes and verb.dep_ == "parataxis" and verb.head.i != verb.i:
        # "The talks, he said, have failed": the verb is a parenthetical in what it reports.
        head = verb.head
        if same_paragraph(head, verb, whole_phrase=True) and not any(c.dep_ in CLAUSE_DEPS for c in children):
            return head.left_edge.i, head.right_edge.i + 1
    if not picked and "say" in classes and verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX"):
        host = _host_clause(verb)
        if host is not None:
            return host
    if not picked:
        return None
    # "47 percent said they would vote for her, however that number has dropped": a second
    # clause after the first is the writer's, not the speaker's. Clauses either side of the
    # verb ("The talks, he said, have failed") are one content.
    after = [c for c in picked if c.i > verb.i]
    if len(after) > 1 and all(c.dep_ == "ccomp" for c in after):
        picked = [c for c in picked if c.i < verb.i] + after[:1]
    if len(picked) == 1 and picked[0].dep_ == "dobj":
        # "described the plan as reckless", "criticized Halden for lying": the object with
        # what is said of it.
        picked += [
            c for c in children
            if c.i > picked[0].i and (c.dep_ in ("oprd", "ccomp") or (c.dep_ == "prep" and c.lower_ in OBJECT_TAIL_PREPS))
        ]
    start = min(c.left_edge.i for c in picked)
    end = max(c.right_edge.i for c in picked) + 1
    return start, end


RELATIVE_WORDS = frozenset({"who", "whom", "which", "that", "whose"})


def _object_reports(verb: Token, lemma: str) -> bool:
    """Whether a cue verb's bare object can be what it reports (see FINDING_SUBJECTS)."""
    if lemma != "find":
        return True
    subject = subject_of(verb)
    return subject is not None and subject.lemma_.lower() in FINDING_SUBJECTS


def _addressee(obj: Token) -> bool:
    """'told reporters', 'telling Halden to resign': the object of tell/urge/ask is the person
    spoken to, not what was said."""
    return (
        obj.pos_ in ("PRON", "PROPN")
        or obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or obj.lemma_.lower() in AUDIENCE_NOUNS
    )


def _verb_attribution(verb: Token) -> Attribution:
    """The verb's cue and subject; a gerund after a preposition borrows the subject of what
    it modifies ("Halden began by praising the plan"). A relative pronoun stays the speaker
    mention ("the union, which endorsed Ostrova"), as PolNeAR marks it."""
    attribution = attribution_for_verb(verb)
    if attribution.speaker_head is not None or verb.dep_ != "pcomp" or verb.head.dep_ != "prep":
        return attribution
    higher = verb.head.head
    holder = subject_of(higher) if higher.pos_ in ("VERB", "AUX") else None
    if holder is None or not same_paragraph(holder, verb):
        return attribution
    return Attribution(attribution.cue, attribution.cue_token, speaker_span(holder), holder)


def _fronted_content(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """'The ferry will resume on Monday, the ministry said.' / '..., said Piet Halden, the
    interior minister.': a report closing its sentence after a comma, which the parse did not
    tie to the clause before it. The content, a whole clause, runs from the sentence (or
    paragraph) start to that comma."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in RELATIVE_WORDS or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
        return None
    first = min(subject.left_edge.i, verb.i)
    last = max(subject.right_edge.i, verb.i)
    if first < 2 or doc[first - 1].text != ",":
        return None
    sent = verb.sent
    tail = [t for t in doc[last + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if len(tail) > 8 or any(verb not in t.ancestors for t in tail):
        return None  # the sentence goes on: the verb is not its closing attribution
    start = sent.start
    while start < first - 1 and (doc[start].is_space or "\n" in doc[start : first].text):
        start += 1
    if first - 1 - start < 3:
        return None
    # the fronted part must be a clause of its own, not a phrase leading into the verb
    roots = [t for t in doc[start : first - 1] if not (start <= t.head.i < first - 1) or t.head.i == t.i]
    if not any(r.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in r.children) for r in roots):
        return None
    return start, first - 1


def _verb_tagged_as_noun(tok: Token) -> frozenset[str]:
    """'Two-thirds support reducing the sentences', 'Halden estimates that ...': a cue verb
    the tagger read as a noun, known by its subject and its object or clause."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("ROOT", "ccomp", "conj"):
        return frozenset()
    children = list(tok.children)
    if not any(c.dep_ == "nsubj" and c.i < tok.i for c in children):
        return frozenset()
    if not any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > tok.i for c in children):
        return frozenset()
    return speech_verbs().get(tok.lemma_.lower(), frozenset())


NAMING_VERBS = frozenset({"call", "name", "dub", "know", "title", "label", "brand"})


OPENING_MARKS = frozenset({"“", "\"", "‘", "``", "''", "«"})


def _not_a_report(tok: Token) -> bool:
    """'a group called Ginbot 7', 'a firm named Veldbank': a name given, not words reported."""
    return tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.lemma_.lower() in NAMING_VERBS


def _markup_or_search(doc: Doc, tok: Token) -> bool:
    """A tag name in markup left in the text ("<tweet author=...>"), or "to find" meaning
    to look for ("trying to find a compromise"), not to conclude."""
    if tok.i > 0 and doc[tok.i - 1].text in ("<", "</"):
        return True
    if tok.lemma_.lower() == "find" and tok.dep_ in ("xcomp", "advcl", "relcl", "acl"):
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    return False


def _host_clause(verb: Token) -> tuple[int, int] | None:
    """'As the Herald reported, the ferry will resume' / 'The ferry will resume, as Halden
    noted': an "as" clause (or a bare comma-set one) reporting the clause it hangs on.
    The content is that clause on the far side of the report."""
    head = verb.head
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
    if marks and marks != ["as"]:
        return None
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not (marks and verb.tag_ == "VBN"):
        return None  # "..., adding that", "When asked about it": not a report of the host
    if not same_paragraph(head, verb, whole_phrase=True) or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
        return None
    doc = verb.doc
    lo, hi = verb.left_edge.i, verb.right_edge.i
    if lo > head.i and lo > 0 and doc[lo - 1].text == ",":
        return head.left_edge.i, lo - 1  # the report closes the clause
    if hi < head.i and hi + 1 < len(doc) and doc[hi + 1].text == ",":
        return hi + 2, head.right_edge.i + 1  # the report opens it
    return None


def _extend_right(verb: Token, start: int, end: int) -> tuple[int, int]:
    """Content after its verb runs on over the verb's trailing phrases ("said X in the end"):
    PolNeAR contents keep them, and the parse often hangs them on the verb, not the clause."""
    if start <= verb.i:
        return start, end
    cut = next((c.i for c in verb.children if c.i > start and _ground_rule(c)), None)
    if cut is not None:
        return start, min(end, cut)
    tail = [
        c for c in verb.children
        if c.i >= end and c.dep_ in TAIL_DEPS and c.lower_ != "according" and not _medium(c)
        and same_paragraph(c, verb, whole_phrase=True)
    ]
    if tail:
        end = max(end, max(c.right_edge.i for c in tail) + 1)
    more = [c for c in verb.children if c.i >= end and _continues_content(c) and same_paragraph(c, verb, whole_phrase=True)]
    if more:
        end = max(end, max(c.right_edge.i for c in more) + 1)
    return start, end


# Conjunctions that open a clause continuing what was reported ("asked voters if ...",
# "refused to testify because ...").
CONTINUING_MARKS = frozenset({"if", "whether", "because"})


def _medium(prep: Token) -> bool:
    """'in an interview', 'in a statement': where the words were said, not part of them."""
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "on", "at", "through", "via"):
        return False
    return any(g.dep_ == "pobj" and g.lemma_.lower() in MEDIUM_TAILS for g in prep.children)


MEDIUM_TAILS = MEDIUM_NOUNS | {
    "interview", "speech", "op-ed", "broadcast", "podcast", "tweet", "post", "spokesman", "spokeswoman", "lawyer"
}


def _ground_rule(child: Token) -> bool:
    """'spoke on (the) condition of anonymity', 'on background': how, not what, one spoke."""
    if child.dep_ != "prep" or child.lower_ != "on":
        return False
    return any(g.dep_ == "pobj" and g.lemma_.lower() in ("condition", "background") for g in child.children)


def _continues_content(child: Token) -> bool:
    """A phrase the parse hangs on the cue verb that belongs to the content after it: a
    "to" clause ("urged Halden to resign"), an "if"/"because" clause, a second "that"
    clause ("said that A and that B"), or a noun coordinated into the object."""
    marks = {m.lower_ for m in child.children if m.dep_ == "mark"}
    if child.dep_ == "advcl":
        if marks & CONTINUING_MARKS:
            return True
        return child.tag_ == "VB" and any(m.dep_ == "aux" and m.lower_ == "to" and m.i < child.i for m in child.children)
    if child.dep_ == "conj":
        return "that" in marks or child.pos_ in ("NOUN", "PROPN")
    return False


def _drop_trailing_aside(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Cut a comma-set relative clause or apposition that ends the content ("X, who was
    his chief of staff"): the writer's aside, outside the reported words."""
    for k in range(start + 2, end - 1):
        if doc[k].text != ",":
            continue
        node = doc[k + 1]  # climb to the highest word whose phrase starts after the comma
        while node.head.i != node.i and node.head.left_edge.i == k + 1 and node.head.i < end:
            node = node.head
        if node.right_edge.i < end - 1 or not (start <= node.head.i < k):
            continue
        if node.dep_ in ASIDE_DEPS:
            return _trim(doc, start, k)
    return start, end


def _trailing_report(doc: Doc, outer: IndirectHit, cue: Token) -> int | None:
    """Where a report that closes another's content starts ("said X, saying Y": the comma)."""
    # "said X, saying Y"; also "said X and called Y", where the parse hung the second
    # report on the content's verb (it has no subject of its own)
    second = (
        cue.tag_ in ("VBD", "VBZ") and cue.dep_ == "conj" and "say" in verb_classes(cue)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
        and outer.attribution.cue_token is not None and doc[outer.attribution.cue_token].tag_ == cue.tag_
    )
    if cue.pos_ != "VERB" or (cue.tag_ != "VBG" and not second) or cue.dep_ not in ("advcl", "conj", "xcomp", "acl"):
        return None
    if cue.head.i < outer.start:
        return None
    left = cue.left_edge.i
    if left <= outer.start or cue.right_edge.i < outer.end - 1:
        return None
    if not (doc[left - 1].text in SPLIT_MARKS or doc[left].text in SPLIT_MARKS or doc[left - 1].lower_ in ("and", "but")):
        return None
    return left


CONTRAST_MARKS = frozenset({"while", "whereas"})


def _contrasted_report(doc: Doc, outer: IndirectHit, cue: Token) -> int | None:
    """Where a contrasting report closing another's content starts ("74 percent said they
    would vote for her, while 22 percent said they might not"): the comma before "while"."""
    if "say" not in verb_classes(cue) or not any(c.dep_ == "nsubj" for c in cue.children):
        return None
    if cue.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in CONTRAST_MARKS for m in cue.children):
        return None
    left = cue.left_edge.i
    if left <= outer.start + 2 or cue.right_edge.i < outer.end - 1 or not (outer.start <= cue.head.i < left):
        return None
    return left


def _prep_content(verb: Token, children: list[Token], lemma: str) -> list[Token]:
    for child in children:
        if child.i <= verb.i or child.dep_ not in ("prep", "prt"):
            continue
        verbs = PREP_CONTENT.get(child.lower_, frozenset())
        if verbs is not None and lemma not in verbs:
            continue
        objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
        if objects and not _ground_rule(child) and objects[0].ent_type_ not in ("DATE", "TIME"):
            return objects  # "spoke on Monday" says when, not what
    return []


def _mostly_quoted(doc: Doc, start: int, end: int, inside_quote) -> bool:
    words = [t for t in doc[start:end] if not t.is_punct and not t.is_space]
    return 2 * sum(1 for t in words if not inside_quote(t.idx)) < len(words)


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].text in EDGE_PUNCT or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in EDGE_PUNCT or doc[end - 1].text in (".", "!", "?") or doc[end - 1].is_space):
        end -= 1
    return start, end


def find_indirect(doc: Doc, inside_quote) -> list[IndirectHit]:
    """Every reported content in a doc; `inside_quote(offset)` tells direct-quote text."""
    candidates: list[IndirectHit] = _stance_clauses(doc, inside_quote)
    taken = {h.attribution.cue_token for h in candidates}
    for tok in doc:
        if tok.i in taken:
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            hit = _according(doc, tok, inside_quote)
            if hit:
                candidates.append(hit)
            continue
        classes = verb_classes(tok) or _verb_tagged_as_noun(tok)
        if not classes or inside_quote(tok.idx) or _markup_or_search(doc, tok) or _not_a_report(tok):
            continue
        bounds = _content_tokens(tok, classes)
        if bounds is None and "say" in classes:
            bounds = _fronted_content(doc, tok)
        if bounds is None:
            continue
        start, end = _trim(doc, *_extend_right(tok, *bounds))
        start, end = _drop_trailing_aside(doc, start, end)
        if end <= start or end - start > MAX_CONTENT_TOKENS:
            continue
        words = [t for t in doc[start:end] if not t.is_punct and not t.is_space]
        outside = [t for t in words if not inside_quote(t.idx)]
        if not outside or "\n" in doc[start:end].text:
            continue  # the content is a direct quote: the direct pass has it
        if start > 0 and doc[start - 1].text in OPENING_MARKS and inside_quote(doc[start].idx):
            start -= 1  # a content opening with a quoted word keeps its opening mark
        if 2 * len(outside) < len(words):
            continue  # mostly quoted ("that he was “ready to serve from day one”"): a direct quote
        attribution = _verb_attribution(tok)
        if attribution.speaker is None and tok.tag_ == "VB" and ("say" not in classes or tok.dep_ == "ROOT"):
            continue  # "to endorse Ostrova", "Ask any voter": no one holds it yet
        if attribution.speaker is not None and inside_quote(attribution.speaker.start_char):
            continue
        head = attribution.speaker_head
        if head is not None and head.lower_ == "it":
            if head.dep_ == "expl" or tok.lemma_.lower() in SEEM_VERBS or any(c.dep_ == "auxpass" for c in tok.children):
                # "it seems that ...", "it is expected that ...": no one is named
                attribution = Attribution(attribution.cue, attribution.cue_token, None, None)
            # else "It says foreign nationals ...": the document or body spoken of before
        elif head is not None and head.lower_ in ("there", "this", "that", "which", "what"):
            if not (head.lower_ in RELATIVE_WORDS and tok.dep_ == "relcl"):
                continue
        candidates.append(IndirectHit(start, end, attribution))
    candidates.extend(h for h in _passive_objects(doc, inside_quote) if h.attribution.cue_token not in taken)
    candidates.extend(_hearsay_adverbs(doc, inside_quote))
    candidates.extend(_colon_headlines(doc, inside_quote))
    candidates.extend(_noun_cues(doc, inside_quote))
    candidates.extend(_copular_noun_cues(doc, inside_quote))
    candidates.extend(_in_sources(doc, inside_quote))
    taken = {h.attribution.cue_token for h in candidates}
    candidates.extend(h for h in _slot_cues(doc, inside_quote) if h.attribution.cue_token not in taken)
    # PolNeAR-style univocal attributions: a cue inside another's content is nested, drop it,
    # unless it closes that content ("said X, saying Y"): then both stand, the first cut short.
    candidates.sort(key=lambda h: h.start - h.end)
    kept: list[IndirectHit] = []
    for hit in candidates:
        cue = hit.attribution.cue_token
        outer = next((k for k in kept if k.start <= cue < k.end), None)
        if outer is not None:
            split = _trailing_report(doc, outer, doc[cue])
            if split is None:
                split = _contrasted_report(doc, outer, doc[cue])
            if split is not None and split - outer.start >= 3:
                while split > outer.start + 1 and doc[split - 1].dep_ == "cc":
                    split -= 1  # "said X and [called Y]": the "and" joins the two reports
                outer.end = _trim(doc, outer.start, split)[1]
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
        hit.start, hit.end = _drop_trailing_aside(doc, hit.start, hit.end)
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
    # stay in the paragraph of "according to" (a title line can run into the dateline)
    para_lo = doc_text(doc).rfind("\n", 0, according.idx) + 1
    para_hi = doc_text(doc).find("\n", according.idx)
    para_hi = len(doc_text(doc)) if para_hi < 0 else para_hi
    before = (next((t.i for t in doc[before[0] : before[1]] if t.idx >= para_lo), before[1]), before[1])
    after = (after[0], next((t.i for t in doc[after[0] : after[1]] if t.idx >= para_hi), after[1]))
    start, end = max((before, after), key=lambda b: b[1] - b[0])
    start, end = _trim(doc, start, end)
    if end - start < 2 or _mostly_quoted(doc, start, end, inside_quote):
        return None
    attribution = Attribution("according to", according.i, speaker_span(objects[0]), objects[0])
    return IndirectHit(start, end, attribution)


def _colon_headlines(doc: Doc, inside_quote) -> list[IndirectHit]:
    """A paragraph opening 'Name: what they said' (no quotation marks)."""
    hits = []
    for sent in doc.sents:
        first = sent[0]
        while first.is_space and first.i < sent.end - 1:
            first = doc[first.i + 1]
        if first.i > 0 and "\n" not in doc[first.i - 1].text_with_ws and not doc[first.i - 1].is_space:
            continue  # not the start of a paragraph
        colon = next((t for t in doc[first.i : min(sent.end, first.i + COLON_SOURCE_MAX_TOKENS + 1)] if t.text == ":"), None)
        if colon is None or colon.i == first.i or inside_quote(colon.idx):
            continue
        source = doc[first.i : colon.i]
        head = source[-1]
        if head.pos_ not in ("PROPN", "NOUN") or any(t.like_num or t.lower_ in NOT_COLON_SOURCES for t in source):
            continue
        named = any(t.pos_ == "PROPN" or t.ent_type_ for t in source)
        # a headline's title case hides names from the tagger ("Sanders: ...", "Insiders: ...")
        titled = all(t.text[:1].isupper() for t in source if t.is_alpha)
        if not (named or titled) and head.lower_ not in ("poll", "survey", "study", "report"):
            continue
        end = colon.i + 1
        while end < len(doc) and "\n" not in doc[end].text and end - colon.i <= MAX_CONTENT_TOKENS:
            end += 1
        start, end = _trim(doc, colon.i + 1, end)
        if end - start < 3 or _mostly_quoted(doc, start, end, inside_quote) or inside_quote(doc[start].idx):
            continue
        hits.append(IndirectHit(start, end, Attribution(":", colon.i, source, head)))
    return hits


# "In the latest poll, Ostrova leads by six points": a poll or a mind holds the clause.
IN_SOURCES = frozenset(
    {"poll", "survey", "study", "report", "analysis", "estimate", "projection", "forecast", "mind",
     "eye", "view", "opinion", "judgment", "judgement", "words", "assessment", "tally", "count"}
)


def _in_sources(doc: Doc, inside_quote) -> list[IndirectHit]:
    hits = []
    for prep in doc:
        if prep.lower_ != "in" or prep.dep_ != "prep" or inside_quote(prep.idx):
            continue
        source = next((c for c in prep.children if c.dep_ == "pobj"), None)
        head = prep.head
        if source is None or source.lemma_.lower() not in IN_SOURCES or head.pos_ not in ("VERB", "AUX"):
            continue
        if verb_classes(head) or head.dep_ not in ("ROOT", "ccomp", "conj"):
            continue  # "said in a statement": the verb's own report
        before = (head.left_edge.i, prep.left_edge.i)
        after = (prep.right_edge.i + 1, head.right_edge.i + 1)
        start, end = _trim(doc, *max((before, after), key=lambda b: b[1] - b[0]))
        if end - start < 3 or end - start > MAX_CONTENT_TOKENS or "\n" in doc[start:end].text:
            continue
        if start > head.i or end <= head.i:
            continue  # the clause's verb must be in the content
        if any(verb_classes(t) for t in doc[start:end]) or _mostly_quoted(doc, start, end, inside_quote):
            continue
        hits.append(IndirectHit(start, end, Attribution("in", prep.i, speaker_span(source), source)))
    return hits


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
        if current.dep_ not in ("pobj", "dobj", "prep", "attr") or current.head is current:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            holder = subject_of(current)
            if holder is None or holder.pos_ not in ("PROPN", "PRON", "NOUN") or holder.lower_ in NO_SPEAKERS:
                return None
            return holder if same_paragraph(holder, noun) else None
    return None


def _noun_cues(doc: Doc, inside_quote) -> list[IndirectHit]:
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
        start, end = _trim(doc, content.left_edge.i, content.right_edge.i + 1)
        if end - start < 1 or end - start > MAX_CONTENT_TOKENS or "\n" in doc[start:end].text:
            continue
        if inside_quote(doc[start].idx) or _mostly_quoted(doc, start, end, inside_quote):
            continue
        hits.append(IndirectHit(start, end, Attribution(noun.text, noun.i, speaker_span(speaker) if speaker is not None else None, speaker)))
    return hits


SLOT_DEPS = {"obj": ("dobj",), "clause": ("ccomp",), "xcomp": ("xcomp",)}
NO_SPEAKERS = frozenset({"it", "its", "this", "that", "which", "there", "what"})


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


def _slot_cues(doc: Doc, inside_quote) -> list[IndirectHit]:
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
        start, end = _trim(doc, content.left_edge.i, content.right_edge.i + 1)
        if end <= start or end - start > MAX_CONTENT_TOKENS or "\n" in doc[start:end].text:
            continue
        if inside_quote(doc[start].idx) or _mostly_quoted(doc, start, end, inside_quote):
            continue
        cue_words = cue_text(cue) if cue.pos_ == "VERB" else cue.text
        speaker = speaker_span(holder) if holder is not None else None
        hits.append(IndirectHit(start, end, Attribution(cue_words, cue.i, speaker, holder)))
    return hits


# "Halden seems ready to quit", "the plan is widely seen as doomed": the whole clause, cue
# and subject included, is what someone (often no one named) perceives.
SEEM_VERBS = frozenset({"seem", "appear"})
SEEM_COMPLEMENTS = frozenset({"xcomp", "acomp", "attr", "oprd", "ccomp"})
VIEWED_VERBS = frozenset(
    {"see", "consider", "expect", "know", "regard", "view", "deem", "believe", "think", "say", "find", "remember",
     "rumor", "rumour", "perceive"}
)


def _stance_clauses(doc: Doc, inside_quote) -> list[IndirectHit]:
    hits = []
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or inside_quote(verb.idx):
            continue
        lemma = verb.lemma_.lower()
        children = list(verb.children)
        if lemma in SEEM_VERBS:
            subjects = [c for c in children if c.dep_ == "nsubj" and c.i < verb.i]
            complements = [
                c for c in children
                if c.i > verb.i and (c.dep_ in SEEM_COMPLEMENTS or (c.dep_ == "prep" and c.lower_ == "like"))
            ]
            if not subjects or not complements:
                continue
        elif lemma in VIEWED_VERBS and verb.tag_ == "VBN":
            subjects = [c for c in children if c.dep_ == "nsubjpass" and c.i < verb.i]
            if not subjects or not any(c.dep_ == "auxpass" for c in children):
                continue
            # "seen as a victory", "known for his temper", not "seen from the ferry"
            complements = [
                c for c in children
                if c.i > verb.i and (c.dep_ in ("xcomp", "oprd", "ccomp", "attr") or (c.dep_ == "prep" and c.lower_ in ("as", "for")))
            ]
            if not complements:
                continue
        else:
            continue
        subject = subjects[0]
        if subject.lower_ in ("it", "there", "what"):
            continue  # "it seems that ...": the clause after is the content, the main pass has it
        start = subject.left_edge.i
        # the complement ends the content: a comma-set phrase after it is the writer's
        last = max(complements, key=lambda c: c.i)
        end = max(
            c.right_edge.i for c in children
            if c.i > verb.i and (c.i <= last.i or (c.dep_ in TAIL_DEPS and c.lower_ != "according"))
        ) + 1
        start, end = _trim(doc, start, end)
        if end - start < 3 or end - start > MAX_CONTENT_TOKENS or "\n" in doc[start:end].text:
            continue
        if inside_quote(doc[start].idx) or _mostly_quoted(doc, start, end, inside_quote):
            continue
        holder = next(
            (g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None
        )
        speaker = speaker_span(holder) if holder is not None else None
        hits.append(IndirectHit(start, end, Attribution(cue_text(verb), verb.i, speaker, holder)))
    return hits


def _passive_objects(doc: Doc, inside_quote) -> list[IndirectHit]:
    """'Halden was criticized by the unions', 'a candidate backed by two super PACs': in the
    passive, what an "obj" cue reports is its subject, or the noun its participle describes,
    and the speaker is the agent."""
    hits = []
    for verb in doc:
        if verb.tag_ != "VBN" or inside_quote(verb.idx):
            continue
        classes = verb_classes(verb)
        if "obj" not in classes or "say" in classes:
            continue
        children = list(verb.children)
        if any(c.dep_ in ("ccomp", "xcomp", "oprd", "dobj") for c in children):
            continue
        agent = next((g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is None:
            continue
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
            noun = verb.head
            start, end = noun.left_edge.i, verb.left_edge.i
        else:
            subject = next((c for c in children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
            if subject is None or not any(c.dep_ == "auxpass" for c in children):
                continue
            start, end = subject.left_edge.i, subject.right_edge.i + 1
        start, end = _trim(doc, start, end)
        if end <= start or end - start > MAX_CONTENT_TOKENS or "\n" in doc[start : agent.i].text:
            continue
        if doc[start].lower_ in NO_SPEAKERS or inside_quote(doc[start].idx) or _mostly_quoted(doc, start, end, inside_quote):
            continue
        hits.append(IndirectHit(start, end, Attribution(cue_text(verb), verb.i, speaker_span(agent), agent)))
    return hits


def _copular_noun_cues(doc: Doc, inside_quote) -> list[IndirectHit]:
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
        start, end = _trim(doc, complement.left_edge.i, complement.right_edge.i + 1)
        if end - start < 3 or end - start > MAX_CONTENT_TOKENS or "\n" in doc[noun.i : end].text:
            continue
        if inside_quote(doc[start].idx) or _mostly_quoted(doc, start, end, inside_quote):
            continue
        holder = next((c for c in noun.children if c.dep_ == "poss"), None)
        if holder is not None and holder.lower_ in NO_SPEAKERS:
            continue
        if holder is None and (lemma == "question" or lemma in HELD_NOUN_CUES):
            continue  # "The question is whether ...": the writer's own question
        speaker = speaker_span(holder) if holder is not None else None
        hits.append(IndirectHit(start, end, Attribution(noun.text, noun.i, speaker, holder)))
    return hits


# "Halden reportedly met the envoy": the clause is someone's report, no one named.
HEARSAY_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly", "rumoredly", "reputedly"})


def _hearsay_adverbs(doc: Doc, inside_quote) -> list[IndirectHit]:
    hits = []
    for adverb in doc:
        if adverb.lower_ not in HEARSAY_ADVERBS or inside_quote(adverb.idx):
            continue
        verb = adverb.head
        if verb.pos_ not in ("VERB", "AUX") or adverb.dep_ != "advmod":
            continue
        if verb.dep_ in ("amod", "acl", "relcl") or verb_classes(verb):
            continue  # "the allegedly stolen files"; "reportedly said": the verb's own report
        start, end = _trim(doc, verb.left_edge.i, verb.right_edge.i + 1)
        if end - start < 3 or end - start > MAX_CONTENT_TOKENS or "\n" in doc[start:end].text:
            continue
        if inside_quote(doc[start].idx) or _mostly_quoted(doc, start, end, inside_quote):
            continue
        hits.append(IndirectHit(start, end, Attribution(adverb.text, adverb.i, None, None)))
    return hits
