"""Attributions carried by a phrase rather than a speech verb: "according to", colon
headlines, "in X's view", "reportedly", "seems ready to", passives with an agent."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.analyse.parsed import doc_text
from dateline.analyse.quotes.attribution import (
    Attribution,
    cue_text,
    speaker_span,
    verb_classes,
)
from dateline.analyse.quotes.indirect.content import (
    MAX_CONTENT_TOKENS,
    NO_SPEAKERS,
    TAIL_DEPS,
    IndirectHit,
    mostly_quoted,
    trim,
)
from dateline.analyse.quotes.indirect.interviews import INTERVIEW_LABELS, interview_answer
from dateline.analyse.quotes.lexicon import TITLES, first_names
from dateline.analyse.quotes.speakers import can_report, lowercase_name, name_words, people_noun
from dateline.lexicons import words

# "Ostrova: Border stays open" — a headline or lead-in that names its source before a colon.
COLON_SOURCE_MAX_TOKENS = 6

NOT_COLON_SOURCES = frozenset(words("quotes/not_colon_sources.txt"))
LIST_MARKS = frozenset({"-", "–", "—", "•", "*", "·"})


def according_hit(doc: Doc, according: Token, inside_quote) -> IndirectHit | None:
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
    start, end = trim(doc, start, end)
    if end - start < 2 or mostly_quoted(doc, start, end, inside_quote):
        return None
    attribution = Attribution("according to", according.i, speaker_span(objects[0]), objects[0])
    return IndirectHit(start, end, attribution)


def colon_headlines(doc: Doc, inside_quote) -> list[IndirectHit]:
    """A paragraph opening 'Name: what they said' (no quotation marks)."""
    hits = []
    for sent in doc.sents:
        first = sent[0]
        while first.is_space and first.i < sent.end - 1:
            first = doc[first.i + 1]
        if first.i > 0 and "\n" not in doc[first.i - 1].text_with_ws and not doc[first.i - 1].is_space:
            continue  # not the start of a paragraph
        colon = next((t for t in doc[first.i : min(sent.end, first.i + COLON_SOURCE_MAX_TOKENS + 1)] if t.text == ":"), None)
        if colon is None or colon.i == first.i or inside_quote(colon.idx) or first.text in LIST_MARKS:
            continue  # "- Keck Observatory: Twin Telescopes on Mauna Kea": a list of links
        source = doc[first.i : colon.i]
        if source.text in INTERVIEW_LABELS:
            hit = interview_answer(doc, source, colon, inside_quote)
            if hit is not None:
                hits.append(hit)
            continue
        head = source[-1]
        if head.pos_ not in ("PROPN", "NOUN") or any(t.like_num or t.lower_ in NOT_COLON_SOURCES for t in source):
            continue
        if not _colon_source(source):
            continue
        end = colon.i + 1
        while end < len(doc) and "\n" not in doc[end].text and end - colon.i <= MAX_CONTENT_TOKENS:
            end += 1
        start, end = trim(doc, colon.i + 1, end)
        if end - start < 3 or mostly_quoted(doc, start, end, inside_quote) or inside_quote(doc[start].idx):
            continue
        if not _says_something(doc[start:end], head):
            continue  # "Cover image: the lander on the pad": a caption, nobody's words
        if _listing_entry(doc, first, doc[start:end]):
            continue  # "Ann Bell: Possession of cocaine, held on bond": a charge sheet
        hits.append(IndirectHit(start, end, Attribution(":", colon.i, source, head)))
    return hits


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SPEAKING_PRONOUNS = frozenset({"i", "we", "you", "me", "us", "my", "our", "your"})


def _listing_entry(doc: Doc, first: Token, content) -> bool:
    """One entry of a list under a heading ("... on the following charges:" then "Name: charges"
    a paragraph each): this entry and every other label paragraph next to it hold no verb with
    tense and no one speaking in the first or second person. A transcript's turns have tense
    somewhere ("Halden: We will not close the port")."""
    if _speaks(content):
        return False
    text = doc_text(doc)
    run = [p for p in _label_run(text, first.idx) if p is not None]
    if len(run) < 2:
        return False
    for para_start, para_end in run:
        span = doc.char_span(para_start, para_end, alignment_mode="expand")
        if span is None or _speaks(span[_colon_at(span) + 1 :]):
            return False
    return True


def _speaks(tokens) -> bool:
    return any(t.tag_ in _FINITE_TAGS or t.lower_ in _SPEAKING_PRONOUNS for t in tokens)


def _colon_at(span) -> int:
    return next((i for i, t in enumerate(span) if t.text == ":"), len(span))


def _label_run(text: str, offset: int) -> list[tuple[int, int]]:
    """The paragraphs around the one at `offset` that open "Label: ..." (a label of a few words)."""
    paragraphs = []
    pos = 0
    for line in text.split("\n"):
        paragraphs.append((pos, pos + len(line)))
        pos += len(line) + 1
    here = next(i for i, (a, b) in enumerate(paragraphs) if a <= offset <= b)

    def labelled(i: int) -> bool:
        a, b = paragraphs[i]
        label, colon, _ = text[a:b].partition(":")
        return bool(colon) and 0 < len(label.split()) <= COLON_SOURCE_MAX_TOKENS

    run = [paragraphs[here]]
    for step in (-1, 1):
        i = here + step
        while 0 <= i < len(paragraphs):
            if not text[paragraphs[i][0] : paragraphs[i][1]].strip():
                i += step
                continue
            if not labelled(i):
                break
            run.append(paragraphs[i])
            i += step
    return run


def _colon_source(source) -> bool:
    """The label of "Label: what they said" is a source when its head (its root) or its last
    word is a name ("Sanders:", "Schilling told WEEI:"), its head a noun for people
    ("Insiders:") or something that reports ("Poll:"), or the whole label is in title case,
    which hides names from the tagger ("Milbank:"); not a topic ("Hong Kong chaos:",
    "NASA's moon shot:", "Pro tip:", "Anger with police:")."""
    head = source.root
    if _heading(source) or _place_line(source):
        return False
    if _a_name(head):
        return True
    if _a_name(source[-1]) and not (head.pos_ == "NOUN" and not people_noun(head)):
        return True  # "Schilling told WEEI:", not "The promise of Google Stadia:"
    if all(t.text[:1].isupper() for t in source if t.is_alpha):
        return True
    return people_noun(head) or (head.pos_ == "NOUN" and can_report(head))


_NAME_TYPES = ("PERSON", "ORG", "NORP", "GPE")


def _heading(source) -> bool:
    """ "Portion Fix Containers:", "New Price Drop:", "High School Roundup:": two or more words
    in title case of which the tagger names none (here or elsewhere in the article), not opened
    by a title or a first name: a heading over a list or a section, not someone speaking (the
    tagger calls every title-case word a proper noun, so that alone shows no name)."""
    words_ = [t for t in source if t.is_alpha]
    if len(words_) < 2 or not all(t.text[:1].isupper() for t in words_):
        return False
    if all(t.is_upper for t in words_):
        return False  # a transcript's "JAKE TAPPER:" names its speaker in capitals
    opener = words_[0].lower_
    if opener in TITLES or opener + "." in TITLES or opener in first_names():
        return False
    names = name_words(source.doc)
    common = _lowercase_words(source.doc)
    # a word the article also writes in lower case is an ordinary word, whatever the tagger
    # made of it in the heading ("New Price Drop:" with "Drop" tagged a person)
    return not any((t.ent_type_ in _NAME_TYPES or t.text in names) and t.lower_ not in common for t in words_)


_LOWER_OF: list = [None, frozenset()]  # the last doc seen and its lower-case words


def _lowercase_words(doc: Doc) -> frozenset[str]:
    if _LOWER_OF[0] is not doc:
        _LOWER_OF[0] = doc
        _LOWER_OF[1] = frozenset(t.text for t in doc if t.is_alpha and t.is_lower)
    return _LOWER_OF[1]


def _place_line(source) -> bool:
    """ "Washington, DC, United States:": places set off by commas, a dateline, no speaker."""
    names = [t for t in source if t.is_alpha]
    return any(t.text == "," for t in source) and bool(names) and all(t.ent_type_ == "GPE" for t in names)


def _a_name(tok: Token) -> bool:
    if lowercase_name(tok):
        return False  # "biadab", "my6sense": the tagger's guess at a foreign word or a brand
    return tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.pos_ == "PROPN" or tok.text in name_words(tok.doc)


def _says_something(content, head: Token) -> bool:
    """What follows a label is words someone said: it has a verb, or it is a headline in
    title case (whose verbs the tagger reads as names), or the label is a name other than a
    place's ("Halden: 'Not on my watch'")."""
    if any(t.pos_ in ("VERB", "AUX") for t in content):
        return True
    if head.ent_type_ == "PERSON" or (head.pos_ == "PROPN" and head.ent_type_ in ("", "ORG", "NORP")):
        return True  # a place before a colon heads a list ("Iowa: Tim Albrecht, ..."), a person speaks
    alpha = [t for t in content if t.is_alpha and len(t) > 3]
    return len(alpha) >= 2 and all(t.text[:1].isupper() for t in alpha)


# "In the latest poll, Ostrova leads by six points": a poll or a mind holds the clause.
IN_SOURCES = frozenset(words("quotes/in_sources.txt"))


def in_sources(doc: Doc, inside_quote) -> list[IndirectHit]:
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
        start, end = trim(doc, *max((before, after), key=lambda b: b[1] - b[0]))
        if end - start < 3 or end - start > MAX_CONTENT_TOKENS or "\n" in doc[start:end].text:
            continue
        if start > head.i or end <= head.i:
            continue  # the clause's verb must be in the content
        if any(verb_classes(t) for t in doc[start:end]) or mostly_quoted(doc, start, end, inside_quote):
            continue
        hits.append(IndirectHit(start, end, Attribution("in", prep.i, speaker_span(source), source)))
    return hits


# "Halden reportedly met the envoy": the clause is someone's report, no one named.
HEARSAY_ADVERBS = frozenset(words("quotes/hearsay_adverbs.txt"))


def hearsay_adverbs(doc: Doc, inside_quote) -> list[IndirectHit]:
    hits = []
    for adverb in doc:
        if adverb.lower_ not in HEARSAY_ADVERBS or inside_quote(adverb.idx):
            continue
        verb = adverb.head
        if verb.pos_ not in ("VERB", "AUX") or adverb.dep_ != "advmod":
            continue
        if verb.dep_ in ("amod", "acl", "relcl") or verb_classes(verb):
            continue  # "the allegedly stolen files"; "reportedly said": the verb's own report
        start, end = trim(doc, verb.left_edge.i, verb.right_edge.i + 1)
        if end - start < 3 or end - start > MAX_CONTENT_TOKENS or "\n" in doc[start:end].text:
            continue
        if inside_quote(doc[start].idx) or mostly_quoted(doc, start, end, inside_quote):
            continue
        hits.append(IndirectHit(start, end, Attribution(adverb.text, adverb.i, None, None)))
    return hits


# "Halden seems ready to quit", "the plan is widely seen as doomed": the whole clause, cue
# and subject included, is what someone (often no one named) perceives.
SEEM_VERBS = frozenset(words("quotes/seem_verbs.txt"))

SEEM_COMPLEMENTS = frozenset({"xcomp", "acomp", "attr", "oprd", "ccomp"})

VIEWED_VERBS = frozenset(words("quotes/viewed_verbs.txt"))


def stance_clauses(doc: Doc, inside_quote) -> list[IndirectHit]:
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
        start, end = trim(doc, start, end)
        if end - start < 3 or end - start > MAX_CONTENT_TOKENS or "\n" in doc[start:end].text:
            continue
        if inside_quote(doc[start].idx) or mostly_quoted(doc, start, end, inside_quote):
            continue
        holder = next(
            (g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None
        )
        speaker = speaker_span(holder) if holder is not None else None
        hits.append(IndirectHit(start, end, Attribution(cue_text(verb), verb.i, speaker, holder)))
    return hits


def passive_objects(doc: Doc, inside_quote) -> list[IndirectHit]:
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
        start, end = trim(doc, start, end)
        if end <= start or end - start > MAX_CONTENT_TOKENS or "\n" in doc[start : agent.i].text:
            continue
        if doc[start].lower_ in NO_SPEAKERS or inside_quote(doc[start].idx) or mostly_quoted(doc, start, end, inside_quote):
            continue
        hits.append(IndirectHit(start, end, Attribution(cue_text(verb), verb.i, speaker_span(agent), agent)))
    return hits
