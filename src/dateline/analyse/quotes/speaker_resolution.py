"""Resolve a speaker as written ("he", "the palace spokeswoman", "Mr Halden") to a name.

Works from the article's speaker index (speaker_index.py). Pronouns go to the last compatible
person ("they" and "it" to an organisation, in pronoun_speakers, once every quote is known);
roles go to the person the article names in that role, before or after.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from dateline.analyse.parsed import doc_text
from dateline.analyse.quotes.lexicon import (
    ORGANISATION_ANAPHORS,
    PRONOUNS_FEMALE,
    PRONOUNS_MALE,
    PRONOUNS_PLURAL,
    PRONOUNS_SKIP,
    TITLES,
    speech_verbs,
)
from dateline.analyse.quotes.org_kinds import kind_of, of_kind, topic_organisation
from dateline.analyse.quotes.role_speakers import acronym, spoken_for
from dateline.analyse.quotes.speaker_index import ROLE_NOUN_POS, Mention, SpeakerIndex, clean_name
from dateline.analyse.quotes.speakers import can_report, can_speak, people_noun

RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})


def resolve_speaker(head: Token, span: Span, index: SpeakerIndex) -> str | None:
    """The speaker's name as the article gives it, or None when it cannot be told."""
    low = head.lower_
    if _several(head):
        return None  # "Ana Ruiz and Tom Bell said": two speakers, neither of them alone
    # "Mira Kovach of the Workers' Federation": the name at the head speaks, not the one after it.
    mention = index.mention_at(head.idx, head.idx + len(head)) or _name_in(span, index)
    if mention is not None and low not in PRONOUNS_MALE | PRONOUNS_FEMALE | PRONOUNS_PLURAL:
        return _named(mention.name, index) if mention.name.isupper() else mention.name
    name = acronym(head) if low in PRONOUNS_SKIP | PRONOUNS_PLURAL | RELATIVE_PRONOUNS | {"us"} else None
    if name is not None:
        return name  # "according to WHO": the health organisation, no pronoun
    antecedent = _relative_antecedent(head)
    if antecedent is not None:
        # "Piet Halden, the port's director, who said ...": whoever the clause is about
        return resolve_speaker(antecedent, _phrase_of(antecedent), index)
    if low in PRONOUNS_SKIP:
        return None
    if low in PRONOUNS_MALE or low in PRONOUNS_FEMALE:
        want = "m" if low in PRONOUNS_MALE else "f"
        return subject_before(head, index, want) or _last_person(index, head.idx, want, doc_text(head.doc))
    if low in PRONOUNS_PLURAL:
        # "they", "it": resolved once every quote is known (pronoun_speakers), or not at all
        return None
    apposed = _apposed(head, index)
    if apposed is not None and apposed.type == "ORG" and head.pos_ == "PROPN" and head.lower_ not in TITLES:
        apposed = None  # "Teodor Vasko, long time Harbourliner,": a name is no organisation beside it
    if apposed is not None:
        return apposed.name  # "Veldoria's President, Anna Ostrova," and "the group, WeWorkers Coalition,"
    if head.pos_ == "PROPN" or head.is_upper and len(head) > 1:
        name = clean_name(span.text)
        if name.lower() in TITLES:
            # "The President said": a title alone is the person the article names in it
            # (or stays the title, never a person called "President")
            return _by_role_word(name.lower(), head.idx, index) or _role_text(span)
        # a name in capitals may be tagged a noun ("HALDEN: ..."); it is still a name
        return _named(name, index)
    if head.pos_ in ROLE_NOUN_POS:
        # "Morrison's lawyer" is not whoever the article calls a lawyer
        named = None if _named_possessor(head) else _by_role(head, index)
        if named:
            return named
        named = _organisation_spoken_for(head, index)
        if named:
            return named  # "a spokeswoman for the ministry": the ministry speaks
        words = _definite_words(head)
        if words:
            named = _organisation_by_words(words, head.idx, index)
            if named:
                return named
            # "the agency" after NASA: the one organisation of that kind named before (never
            # "the companies", which stands for several)
            named = None if head.tag_ == "NNS" else of_kind(kind_of(head), head.idx, index.mentions)
            named = named or topic_organisation(head, index.mentions)
            if named:
                return named
            if len(words) == 1 and words[0] & ORGANISATION_ANAPHORS:
                # "the group" names no one the article has tied to it: the last organisation
                # named before is as often another one (the firm it deals with)
                return None
        elif any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts):
            # "the German automaker": a name-like modifier, still the kind
            named = topic_organisation(head, index.mentions)
            if named:
                return named
        if not (can_speak(head) or people_noun(head) or can_report(head) or _speaks(head)):
            return None  # "its decision to no longer consider", "the benefits ... supporting": a thing
        return clean_name(_role_text(span))
    return None


def _organisation_spoken_for(head: Token, index: SpeakerIndex) -> str | None:
    """The organisation the article names that a spokesperson with no name speaks for: named
    in the phrase, or a definite noun standing for one named ("the ministry")."""
    organisations = {m.name for m in index.mentions if m.type in ("ORG", "GPE", "NORP")}
    for token in spoken_for(head):
        mention = index.mention_at(token.idx, token.idx + len(token))
        if mention is not None:
            name = mention.name if mention.type in ("ORG", "GPE", "NORP") else None
        else:
            name = resolve_speaker(token, _phrase_of(token), index) if token.pos_ == "NOUN" else None
        if name in organisations:
            return name
    return None


def _speaks(head: Token) -> bool:
    """The noun is the subject of a speech verb or the source of "according to": whatever the
    noun ("the brokerage said", "the US military said"), the article makes it speak."""
    verb = head.head
    if head.dep_ == "pobj":
        return verb.lower_ in ("to", "by")
    return head.dep_ == "nsubj" and verb.lemma_.lower() in speech_verbs()


def _several(head: Token) -> bool:
    """The speaker is people joined by "and" ("Ana Ruiz and her husband", "he and his wife")."""
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children):
        return False
    return any(child.dep_ == "conj" and _someone(child) for child in head.children)


def _someone(token: Token) -> bool:
    """A name, a pronoun, or a noun with its own determiner ("her husband"): another speaker,
    where "the singer and guitarist" is one person with two roles."""
    if token.pos_ in ("PROPN", "PRON"):
        return True
    return token.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") for c in token.children)


def _relative_antecedent(head: Token) -> Token | None:
    """The noun a relative pronoun speaking stands for: "Halden, who said" -> Halden, "the
    authority, which said" -> authority; a cleft ("It was Ostrova who said") -> Ostrova. None for
    anything else, and for a pronoun or another relative pronoun as the noun."""
    if head.lower_ not in RELATIVE_PRONOUNS or head.head.dep_ != "relcl" or head.is_upper and len(head) > 1:
        return None  # "says WHO" is the health organisation, no pronoun
    noun = head.head.head  # in a cleft too: "It was Ostrova who said" hangs the clause from the name
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ in RELATIVE_PRONOUNS or not can_speak(noun):
        return None  # "a blog post that said", "the blood work, which showed": no one speaks
    return noun


def _phrase_of(noun: Token) -> Span:
    """The noun's phrase up to the noun itself (its relative clause and appositions left out)."""
    return noun.doc[noun.left_edge.i : noun.i + 1]


def _named_possessor(head: Token) -> bool:
    return any(child.dep_ == "poss" and child.pos_ == "PROPN" for child in head.children)


def _name_in(span: Span, index: SpeakerIndex) -> Mention | None:
    """A name inside the speaker's phrase that is the speaker: not a possessor or a
    modifier ("China's ambassador" is not China), nor the object of a preposition."""
    mention = index.mention_at(span.start_char, span.end_char)
    if mention is None or mention.modifier:
        return None
    inner = span.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if inner is not None and len(inner) and inner.root.dep_ == "pobj":
        return None
    return mention


def _definite_words(head: Token) -> list[set[str]] | None:
    """ "the federation", "the central bank": a definite noun phrase of lower-case words, each
    as its forms (text and lemma); None for anything else ("her office", "Sarn's aide")."""
    lefts = list(head.lefts)
    if not lefts or lefts[0].dep_ != "det" or lefts[0].lower_ not in ("the", "this"):
        return None
    modifiers = lefts[1:]
    if not all(t.dep_ in ("amod", "compound") and t.is_lower and t.is_alpha for t in modifiers):
        return None
    return [{t.lower_, t.lemma_.lower()} for t in [*modifiers, head]]


def _apposed(head: Token, index: SpeakerIndex) -> Mention | None:
    """A person or organisation named beside the speaker's noun: "Veldoria's President, Anna
    Ostrova" (the parse ends the phrase at the title), "The group, WeWorkers Coalition, said"."""
    for child in head.children:
        if child.dep_ == "appos":
            mention = index.mention_at(child.idx, child.idx + len(child))
            if mention is not None and mention.type in ("PERSON", "ORG"):
                return mention
    return _named_after_clause(head, index)


def _named_after_clause(head: Token, index: SpeakerIndex) -> Mention | None:
    """ "The group that owns her catalogue, Harbour Records, says ...": a name set off by
    commas between the speaker's relative clause and its verb is the speaker's (the parse
    hangs it from the clause's last noun)."""
    verb = head.head
    doc = head.doc
    if not any(c.dep_ == "relcl" for c in head.children) or verb.i <= head.i + 3 or doc[verb.i - 1].text != ",":
        return None
    last = doc[verb.i - 2]
    mention = index.mention_at(last.idx, last.idx + len(last))
    if mention is None or mention.type not in ("PERSON", "ORG"):
        return None
    first = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if first is None or first.start == 0 or doc[first.start - 1].text != ",":
        return None
    return mention


def _organisation_by_words(words: list[set[str]], offset: int, index: SpeakerIndex) -> str | None:
    """ "the federation" after "the Federation of Veldorian Workers", "the central bank" for
    "the Central Bank of Veldoria": the organisation whose name holds every word, the
    nearest one named before, else the first one after."""
    before = after = None
    for mention in index.mentions:
        if mention.type != "ORG" or mention.modifier:
            continue
        name_words = set(mention.name.lower().split())
        if not all(forms & name_words for forms in words):
            continue
        if mention.end <= offset:
            before = mention.name
        elif after is None and mention.start > offset:
            after = mention.name
    return before or after


def _named(name: str, index: SpeakerIndex) -> str:
    """The person the article names with this surname ("Halden", a transcript's "HALDEN:"),
    else the name as written."""
    words = name.split()
    if words and (len(words) == 1 or name.isupper()):
        return index.by_surname.get(words[-1].lower(), name)
    return name


def _role_text(span: Span) -> str:
    words = [t.text_with_ws for t in span]
    return "".join(words).strip()


def subject_before(head: Token, index: SpeakerIndex, gender: str) -> str | None:
    """ "Morrison testified that he ignored suggestions from Sondland. He said ...": a
    sentence opening with "he" continues the person the sentence before was about (its
    subject), not the last man it named."""
    sent = head.sent
    if head.i != sent.start or head.dep_ != "nsubj" or sent.start == 0:
        return None
    before = head.doc[sent.start - 1].sent
    lo, hi = bisect.bisect_left(index.starts, before.start_char), bisect.bisect_left(index.starts, before.end_char)
    subjects = set()
    for m in index.mentions[lo:hi]:
        span = head.doc.char_span(m.start, m.end, alignment_mode="expand")
        if m.type == "PERSON" and span is not None and span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head == before.root:
            subjects.add(m.name)
    if len(subjects) != 1:
        return None
    name = subjects.pop()
    known = index.gender.get(name)
    if known == gender:
        return name
    # a name of unknown gender ("Scooter Braun") as the one subject of the sentence just
    # before, and no one of the pronoun's gender named in it: the text goes on about them
    others = {m.name for m in index.mentions[lo:hi] if m.type == "PERSON" and m.name != name}
    if known is None and not any(index.gender.get(o) == gender for o in others):
        return name
    return None


def _last_person(index: SpeakerIndex, before: int, gender: str, text: str = "") -> str | None:
    """The nearest person of that gender (else of unknown gender) named before: first one of that
    gender among those named as someone, not as a possessor or modifier ("Morrison listened in
    on President Trump's call. He said ..." is Morrison), then among all. Not when someone of
    unknown gender was named as someone in a later paragraph than that person and the
    pronoun's paragraph is not theirs: in a long feature "he" is as often that other person
    (one whose first name we cannot tell)."""
    found = _last_person_among(index, before, gender, modifiers=False)
    if found is None or index.gender.get(found) != gender:
        found = _last_person_among(index, before, gender, modifiers=True)
    if found is None:
        return None
    last = _last_mention(index, found, before)
    if last is None:
        return found
    paragraph_end = text.find("\n", last.end)
    if paragraph_end < 0 or paragraph_end >= before:
        return found  # named in the pronoun's own paragraph
    if index.gender.get(found) != gender:
        # a person of unknown gender, from an earlier paragraph: only the one just before
        return found if not _paragraphs_between(text, paragraph_end, before) else None
    return None if _unknown_between(index, paragraph_end, before, found) else found


def _paragraphs_between(text: str, start: int, offset: int) -> int:
    """Paragraphs wholly between a paragraph ending at `start` and the one holding `offset`."""
    own = text.rfind("\n", 0, offset)
    return sum(1 for line in text[start:own].split("\n") if line.strip())


def _last_mention(index: SpeakerIndex, name: str, before: int) -> Mention | None:
    i = bisect.bisect_left(index.starts, before) - 1
    while i >= 0:
        if index.mentions[i].name == name:
            return index.mentions[i]
        i -= 1
    return None


def _unknown_between(index: SpeakerIndex, start: int, end: int, name: str) -> bool:
    """Someone else, of unknown gender, named as someone between two offsets."""
    lo, hi = bisect.bisect_left(index.starts, start), bisect.bisect_left(index.starts, end)
    return any(
        m.type == "PERSON" and not m.modifier and m.name != name and m.name not in name and name not in m.name
        and index.gender.get(m.name) is None
        for m in index.mentions[lo:hi]
    )



def _last_person_among(index: SpeakerIndex, before: int, gender: str, *, modifiers: bool) -> str | None:
    i = bisect.bisect_left(index.starts, before) - 1
    fallback = None
    seen = 0
    while i >= 0 and seen < 12:
        m = index.mentions[i]
        i -= 1
        if m.type != "PERSON" or (m.modifier and not modifiers):
            continue
        seen += 1
        g = index.gender.get(m.name)
        if g == gender:
            return m.name
        if g is None and fallback is None:
            fallback = m.name
    return fallback


def _by_role(head: Token, index: SpeakerIndex) -> str | None:
    """The person named in this role: nearest before, else nearest after."""
    return _by_role_word(head.lemma_.lower(), head.idx, index)


def _by_role_word(word: str, offset: int, index: SpeakerIndex) -> str | None:
    entries = index.roles.get(word)
    if not entries:
        return None
    # "a spokesman for Mr Halden" is not Mr Halden: only names tied to the role count.
    before = [e for e in entries if e[0] <= offset]
    if before:
        return max(before)[1]
    return min(entries)[1]
