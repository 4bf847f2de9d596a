"""Speech and stance verbs: the clause or complement a verb reports, with its subject
("Halden said that ...", "Ostrova urged voters to ...", "accused Halden of ...")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.analyse.quotes.attribution import (
    MEDIUM_NOUNS,
    Attribution,
    attribution_for_verb,
    same_paragraph,
    speaker_span,
    subject_of,
    verb_classes,
)
from dateline.analyse.quotes.indirect.content import (
    MAX_CONTENT_TOKENS,
    TAIL_DEPS,
    IndirectHit,
    drop_trailing_aside,
    trim,
)
from dateline.analyse.quotes.indirect.phrases import SEEM_VERBS
from dateline.analyse.quotes.lexicon import speech_verbs
from dateline.lexicons import table, words

CLAUSE_DEPS = frozenset({"ccomp"})

THINK_DEPS = frozenset({"ccomp", "xcomp"})

OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "dative", "oprd", "attr", "prep", "acomp"})

OBJECT_PREPS = frozenset({"of", "for", "as", "on", "to", "about", "against", "over"})

# Speech verbs whose object is the person spoken to, not what was said ("told reporters").
ADDRESSEE_VERBS = frozenset(words("quotes/addressee_verbs.txt"))

# Cue verbs whose direct object is a thing kept, added, spoken or known, not a report
# ("maintains a lead", "added 6,000 jobs", "speaks Spanish", "knew Halden for decades").
NO_OBJECT_VERBS = frozenset(words("quotes/no_object_verbs.txt"))

# "found" reports a finding when a study, poll or court found it ("the survey found wide
# support"); a person who "found a way" or "found sanctuary" reports nothing.
FINDING_SUBJECTS = frozenset(words("quotes/finding_subjects.txt"))

# Nouns for the people a speaker addresses ("told reporters", "telling the crowd").
AUDIENCE_NOUNS = frozenset(words("quotes/audience_nouns.txt"))

# Verbs whose "to ..." complement is not what they report ("continued to rise").
NO_XCOMP_VERBS = frozenset(words("quotes/no_xcomp_verbs.txt"))


def prep_content_verbs() -> dict[str, frozenset[str] | None]:
    """preposition -> the cue verbs whose object of it is the content (None: any cue verb)."""
    verbs: dict[str, set[str] | None] = {}
    for prep, verb in table("quotes/prep_content.tsv", 2):
        if verb == "*":
            verbs[prep] = None
        elif verbs.get(prep, set()) is not None:
            verbs.setdefault(prep, set()).add(verb)  # type: ignore[union-attr]
    return {prep: None if found is None else frozenset(found) for prep, found in verbs.items()}


# "talked about X", "commented on X", "spoke of X", "warned against X": the object of the
# preposition is the content when the verb has no clause or object of its own.
PREP_CONTENT = prep_content_verbs()

OBJECT_TAIL_PREPS = frozenset({"as", "for", "with"})

SPLIT_MARKS = frozenset({",", ";", "-", "—"})


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


NAMING_VERBS = frozenset(words("quotes/naming_verbs.txt"))

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


MEDIUM_TAILS = MEDIUM_NOUNS | frozenset(words("quotes/medium_tails.txt"))


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


def trailing_report(doc: Doc, outer: IndirectHit, cue: Token) -> int | None:
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


def contrasted_report(doc: Doc, outer: IndirectHit, cue: Token) -> int | None:
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


def verb_hit(doc: Doc, tok: Token, inside_quote) -> IndirectHit | None:
    """What `tok`, a speech or stance verb, reports, with its speaker; None when it reports nothing."""
    classes = verb_classes(tok) or _verb_tagged_as_noun(tok)
    if not classes or inside_quote(tok.idx) or _markup_or_search(doc, tok) or _not_a_report(tok):
        return None
    bounds = _content_tokens(tok, classes)
    if bounds is None and "say" in classes:
        bounds = _fronted_content(doc, tok)
    if bounds is None:
        return None
    start, end = trim(doc, *_extend_right(tok, *bounds))
    start, end = drop_trailing_aside(doc, start, end)
    if end <= start or end - start > MAX_CONTENT_TOKENS:
        return None
    words = [t for t in doc[start:end] if not t.is_punct and not t.is_space]
    outside = [t for t in words if not inside_quote(t.idx)]
    if not outside or "\n" in doc[start:end].text:
        return None  # the content is a direct quote: the direct pass has it
    if start > 0 and doc[start - 1].text in OPENING_MARKS and inside_quote(doc[start].idx):
        start -= 1  # a content opening with a quoted word keeps its opening mark
    if 2 * len(outside) < len(words):
        return None  # mostly quoted ("that he was “ready to serve from day one”"): a direct quote
    attribution = _verb_attribution(tok)
    if attribution.speaker is None and tok.tag_ == "VB" and ("say" not in classes or tok.dep_ == "ROOT"):
        return None  # "to endorse Ostrova", "Ask any voter": no one holds it yet
    if attribution.speaker is not None and inside_quote(attribution.speaker.start_char):
        return None
    head = attribution.speaker_head
    if head is not None and head.lower_ == "it":
        if head.dep_ == "expl" or tok.lemma_.lower() in SEEM_VERBS or any(c.dep_ == "auxpass" for c in tok.children):
            # "it seems that ...", "it is expected that ...": no one is named
            attribution = Attribution(attribution.cue, attribution.cue_token, None, None)
        # else "It says foreign nationals ...": the document or body spoken of before
    elif head is not None and head.lower_ in ("there", "this", "that", "which", "what"):
        if not (head.lower_ in RELATIVE_WORDS and tok.dep_ == "relcl"):
            return None
    return IndirectHit(start, end, attribution)
