"""The actor a noun in the parse stands for: its phrase, the entity it names, its country/sector.

"Israeli troops" -> (ISR, MIL); "the besieged Bosnian town of Gorazde" -> (BIH); "Salaheddine
Sidhoum, Algeria's leading human rights activist" -> (DZA, OPP, from the apposition); "members of
the banned Movement ..." -> the movement; "Kenzo Oshima, the United Nations ... Coordinator" -> IGO.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from dateline.analyse.events.actors import ActorRef, acceptable_name, actor_for, role_of
from dateline.analyse.events.body_anaphors import with_body_named
from dateline.analyse.events.coding import code_noun
from dateline.analyse.events.pair_anaphors import pair_text
from dateline.analyse.events.lexicon import country_codes, country_names, demonym_words, names_a_country
from dateline.analyse.events.local_states import article_states
from dateline.analyse.events.named_spans import named_spans
from dateline.models import Entity, EntityMention
from dateline.lexicons import words
from dateline.analyse.events.framing import SPEECH_VERBS

# Modifiers that belong to a noun's phrase (its name, role and country words).
LEFT_DEPS = frozenset({"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "case", "punct"})
# Heads that only count or group: the actor is their "of" complement.
GENERIC_HEADS = frozenset(words("events/generic_heads.txt"))
# Words that are never actors even when the parse makes them subjects or objects.
NON_ACTORS = frozenset(words("events/non_actors.txt"))
# Names of laws and treaties end in these words ("... Democracy Act"): texts, not actors.
LEGISLATION_HEADS = frozenset(words("events/legislation_heads.txt"))
# "Bolivia, a close ally of the West": an apposition headed by a relation noun names another
# party the actor is related to, never what the actor is
RELATION_NOUNS = frozenset(words("events/relation_nouns.txt"))
# "Turkey, a member of NATO": a coded party's membership of a body, which it does not act for
MEMBERSHIP_NOUNS = frozenset(words("events/membership_nouns.txt"))


@dataclass
class ActorFinder:
    """Resolves parse tokens to actors within one article, for its publication date."""

    date: str | None
    entities: list[EntityMention] = field(default_factory=list)
    # the article's parse, for the names it shows to be states the country table lacks
    # (local_states.py): found only when a phrase names no known actor, since most articles
    # never need them and finding them reads the whole article
    doc: Doc | None = None
    _states: frozenset[str] | None = field(default=None, init=False)
    _by_offset: dict[int, EntityMention] = field(default_factory=dict, init=False)

    _by_role: dict[tuple[str | None, str], EntityMention] = field(default_factory=dict, init=False)
    # each name's sector as the article's own words give it elsewhere ("Defence Minister Viktor
    # Sarn" ... "Sarn resigned"): the most frequent one among its mentions
    _sector_by_name: dict[str, str] = field(default_factory=dict, init=False)
    # each person's country as their titled mentions give it ("White House press secretary Jo
    # Ames" ... "Ames said"): only when all such mentions agree
    _country_by_name: dict[str, str] = field(default_factory=dict, init=False)
    # each sentence's dictionary names (by its first token), found once (named_spans.py)
    _names_by_sentence: dict[int, list[tuple[int, int]]] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        sectors: dict[str, Counter[str]] = {}
        for mention in self.entities:
            if mention.sector and not mention.in_caption:
                sectors.setdefault(mention.name, Counter())[mention.sector] += 1
        self._sector_by_name = {name: counts.most_common(1)[0][0] for name, counts in sectors.items()}
        self._country_by_name = titled_countries(self.entities, self.date)
        for mention in self.entities:
            if mention.field != "text":
                continue
            for offset in range(mention.start, mention.end):
                self._by_offset.setdefault(offset, mention)
            if mention.type == "PERSON" and not mention.in_caption:
                for descriptor in mention.descriptors:
                    role = role_of(descriptor)
                    if role is not None:
                        self._by_role.setdefault(role, mention)
                        self._by_role.setdefault((None, role[1]), mention)

    def role_holder(self, text: str) -> ActorRef | None:
        """'the Peruvian leader', 'the president': the person this article names in that role
        (its body, never a photo caption), before the dictionary's holder for the date."""
        role = role_of(text)
        mention = self._by_role.get(role) if role is not None else None
        if mention is None:
            return None
        placed = actor_for(mention.name, self.date, person=True)
        country = role[0] or (placed.country if placed else None)
        if country is None and mention.country:
            country_ref = actor_for(mention.country, self.date)
            country = country_ref.country if country_ref else None
        return ActorRef(mention.name, country, "GOV", Entity.make_id(mention.type, mention.name))

    def named_role(self, name: str) -> tuple[str | None, str | None]:
        """(country, sector) the article's own words give a name elsewhere ("Interior Minister
        Piet Halden" ... "he said": GOV), for a speaker the dictionary does not know."""
        return self._country_by_name.get(name), self._sector_by_name.get(name)

    def mention_at(self, token: Token) -> EntityMention | None:
        return self._by_offset.get(token.idx)

    def organisation_named(self, token: Token) -> EntityMention | None:
        """The organisation the token's phrase names, here or (read as something else here:
        'investigating WeWork' tagged a product) where the article names it as one."""
        here = self.mention_at(token)
        if here is not None:
            return here if here.type == "ORG" else None
        text = _phrase_text(token)
        return next((m for m in self.entities if m.type == "ORG" and m.field == "text" and m.name == text), None)

    def actor(self, token: Token) -> ActorRef | None:
        """The actor a noun (or pronoun-free noun phrase head) names, or None."""
        if token.pos_ in ("PRON", "NUM") or (token.lower_ in NON_ACTORS and token.pos_ != "PROPN"):
            return None
        if token.pos_ == "PROPN" and token.lower_ in LEGISLATION_HEADS and token.text[:1].isupper():
            return None  # "the Hong Kong Human Rights and Democracy Act would impose sanctions"
        if code_noun(token):
            return self._event_noun_actor(token)
        if token.lemma_.lower() in GENERIC_HEADS or token.lower_ in GENERIC_HEADS:
            inner = of_object(token)
            if inner is not None:
                found = self.actor(inner)
                if found:
                    own = self._phrase_actor(token)
                    if own and own.sector and not found.sector:
                        return ActorRef(found.name, found.country or own.country, own.sector, found.entity_id)
                    return found
        found = self._phrase_actor(token)
        if found is None and pair_text(_phrase_text(token)):
            return ActorRef(_phrase_text(token), None, None)  # "both sides": the two named before (pair_anaphors.py)
        if (found is None or not found.code) and token.pos_ == "NOUN":
            # "President Reagan's latest statement", "a Security Council resolution": the
            # thing is the possessor's or the named body's
            owner = self._modifier_actor(token)
            if owner is not None:
                return owner
        appos = next((c for c in token.children if c.dep_ == "appos"), None)
        if appos is not None and appos.pos_ == "NOUN" and appos.lemma_.lower() in RELATION_NOUNS:
            appos = None
        if appos is not None and appos.lemma_.lower() in MEMBERSHIP_NOUNS \
                and _a_member_body(found, self.mention_at(token)):
            appos = None
        named = self.mention_at(appos) if appos is not None and token.pos_ == "NOUN" else None
        if named is not None and named.type == "PERSON" and found is not None \
                and found.name.lower() not in _phrase_text(token).lower() and _other_person(named.name, found.name):
            # "the son of former President X, Fritz Y, was stabbed": the phrase's words made
            # another person of it (the office's holder); the name says who it is
            return self._phrase_actor(appos)
        if appos is not None:
            extra = self._phrase_actor(appos)
            if extra and extra.sector in ("IGO", "NGO") and not extra.country and found is not None:
                # "X, the United Nations relief coordinator": X acts for the organisation
                return ActorRef(found.name, None, extra.sector, found.entity_id)
            if extra and (found is None or not found.country):
                name = found.name if found else _phrase_text(token)
                if named is not None and named.type == "PERSON" and extra.entity_id:
                    # "Sweden's justice minister, Ebba Lind, faced ...": the person the role names
                    return ActorRef(extra.name, extra.country or (found.country if found else None),
                                    extra.sector or (found.sector if found else None), extra.entity_id)
                # "Groupe LAPS (France)", "Jan Kool, Netherlands": a bare country's name says
                # where the name is from, not that it is the state
                sector = None if names_a_country(_phrase_text(appos)) and appos.pos_ == "PROPN" else extra.sector
                return ActorRef(name, extra.country or (found.country if found else None),
                                (found.sector if found and found.sector else sector),
                                found.entity_id if found else None)
        return found

    def _modifier_actor(self, token: Token) -> ActorRef | None:
        for child in token.children:
            if child.dep_ in ("poss", "compound") and child.i < token.i and child.pos_ == "PROPN":
                found = self._phrase_actor(child)
                if found is not None and found.code:
                    return found
        return None

    def _event_noun_actor(self, token: Token) -> ActorRef | None:
        """'a U.S. request', 'an appeal from President X', 'calls by X', 'the removal of X':
        an event noun stands for the actor its modifiers or its of/by/from phrase name."""
        # "international and Palestinian criticism": a conjoined modifier names the doer too
        modifiers = [m for c in token.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < token.i
                     for m in (c, *(j for j in c.conjuncts if j.i < token.i and j.dep_ == "conj"))]
        for child in modifiers:
            adjective = child.dep_ == "amod" or (child.dep_ == "conj" and child.pos_ == "ADJ")
            found = actor_for(child.text, self.date) if adjective else self._phrase_actor(child)
            if found is not None and adjective and child.pos_ == "ADJ" and found.sector == "GOV":
                # "Palestinian criticism": the country's people or its state, which one the
                # adjective does not say (a government is named: "the Palestinian Authority")
                found = ActorRef(found.name, found.country, None, found.entity_id)
            if found is not None and found.code:
                return found
        doer = _doer_of_force(token)
        if doer is not None:
            return self.actor(doer)  # "the arrest of two leaders by police": the police's
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "by", "from"):
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and not code_noun(obj):
                    return self.actor(obj)
        return None

    def states(self) -> frozenset[str]:
        """The names (lower case) the article shows to be states the table does not know."""
        if self._states is None:
            self._states = article_states(self.doc) if self.doc is not None else frozenset()
        return self._states

    def whole_name(self, token: Token) -> Span | None:
        """The dictionary's organisation name the token lies in, written whole in the sentence."""
        sent = token.sent
        spans = self._names_by_sentence.get(sent.start)
        if spans is None:
            spans = self._names_by_sentence[sent.start] = named_spans(sent)
        return next((token.doc[start:end] for start, end in spans if start <= token.i < end), None)

    def _phrase_actor(self, token: Token) -> ActorRef | None:
        found = self._known_phrase_actor(token)
        if found is None or not (found.country or found.sector):
            # "Veldoria" where the article speaks of "Veldoria's government": that state (a
            # one-word name, so the article's states are looked for only for one)
            name = " ".join(_phrase_text(token).replace("’", "'").split())
            key = name.lower().removeprefix("the ").removesuffix("'s").removesuffix("'")
            if name[:1].isupper() and key.isalpha() and key in self.states():
                mention = self.mention_at(token)
                entity_id = found.entity_id if found is not None else (
                    Entity.make_id(mention.type, mention.name) if mention is not None else None)
                return ActorRef(found.name if found is not None else name, None, "GOV", entity_id)
        return found

    def _known_phrase_actor(self, token: Token) -> ActorRef | None:
        text = _phrase_text(token)
        mention = self.mention_at(token)
        whole = self.whole_name(token)
        if whole is not None and whole.text not in text:
            # "Groups of Cordoba and Uraba", "People against Gangsterism ...": the parse cut a
            # name the dictionary knows whole; its pieces (a place, a common word) are not the actor
            text = whole.text
            if mention is not None and not (mention.start <= whole.start_char and whole.end_char <= mention.end):
                mention = None
        text = with_body_named(_with_country_named(text, token), token, self.date)  # 'the agency': UNHCR
        holder = self.role_holder(text)
        if holder is not None:
            return holder
        person = mention is not None and mention.type == "PERSON"
        found = actor_for(text, self.date, person=person)
        if person and found is not None and _other_person(mention.name, found.name):
            # "Garrett" after "Myles Garrett": the article's person, not the office holder
            # whose surname it is
            found = actor_for(mention.name, self.date, person=True)
        if mention is not None and mention.type in ("PERSON", "ORG", "NORP", "GPE"):
            entity_id = Entity.make_id(mention.type, mention.name)
            name = mention.name if acceptable_name(mention.name) else text
            titled = self._country_by_name.get(mention.name) if person else None
            if titled and (found is None or not found.country):
                found = ActorRef(found.name if found else name, titled, found.sector if found else None)
            if person and (found is None or not found.country):
                by_name = actor_for(mention.name, self.date, person=True)
                if by_name is not None and by_name.country:
                    found = ActorRef(by_name.name, by_name.country,
                                     (found.sector if found and found.sector else by_name.sector))
            if found is None:
                country = actor_for(mention.country, self.date) if mention.country else None
                if country is None and mention.type not in ("PERSON", "ORG"):
                    return None
                return ActorRef(name, country.country if country else None,
                                self._sector_by_name.get(mention.name), entity_id)
            if person:
                name = found.name if found.name.lower() != text.lower() else name
            return ActorRef(name, found.country, found.sector or self._sector_by_name.get(mention.name), entity_id)
        return found


# Roles that say where someone works, not whom they act for ("White House correspondent")
PLACED_BY_WORK_ONLY = frozenset({"MED"})
# "envoy to Ukraine", "ambassador in Kabul": the place a role is held at is the host's, not the holder's
_HOSTED_AT = re.compile(r"\b(?:to|in|at|on)\b", re.IGNORECASE)


def titled_countries(entities: list[EntityMention], date: str | None) -> dict[str, str]:
    """Each person's country as their body mentions' roles give it ("Rep." -> USA, "Kremlin
    spokesman" -> RUS); a person whose roles give two countries gets none."""
    found: dict[str, set[str]] = {}
    for mention in entities:
        if mention.type != "PERSON" or mention.in_caption or mention.field != "text":
            continue
        for descriptor in mention.descriptors:
            if _HOSTED_AT.search(descriptor):
                continue
            role = actor_for(descriptor, date)
            whole = actor_for(f"{descriptor} {mention.name}", date, person=True)
            if any(a is not None and a.sector in PLACED_BY_WORK_ONLY for a in (role, whole)):
                continue
            country = (whole.country if whole else None) or (role.country if role else None)
            if country:
                found.setdefault(mention.name, set()).add(country)
    return {name: next(iter(countries)) for name, countries in found.items() if len(countries) == 1}


COUNTRY_ANAPHORS = tuple(words("events/country_anaphors.txt"))


def _with_country_named(text: str, token: Token) -> str:
    """'the country', "the country's president": the phrase with the last country named before
    it in the article put for the anaphor ("Mali's president"), or the phrase as it is."""
    low = text.lower().replace("’", "'")
    anaphor = next((a for a in COUNTRY_ANAPHORS if low == a or low.startswith(a + "'s ")), None)
    if anaphor is None or (token.dep_ in ("dobj", "dative") and token.head.lemma_.lower() in SPEECH_VERBS):
        return text
    country = _last_country_before(token)
    return country + text[len(anaphor):] if country else text


def _last_country_before(token: Token) -> str | None:
    """The last name of a country (not a city nor a people: "French") before the token; the
    tagger's label is not trusted ("Mali's junta" came out a PERSON)."""
    codes = country_codes()
    for ent in reversed([e for e in token.doc.ents if e.end <= token.i and e.label_ != "NORP"]):
        code = codes.get(" ".join(ent.text.lower().split()).removeprefix("the "))
        if code and ent.text.lower() not in demonym_words():
            return country_names().get(code)
    return None


# force, coercion and violence are done 'by' their doers to those they are 'of'
FORCE_FAMILIES = ("15", "16", "17", "18", "19", "20")


def _doer_of_force(noun: Token) -> Token | None:
    """The 'by' object of a force noun, on the noun or on its 'of' object as the parse may hang it."""
    if not (code_noun(noun) or "").startswith(FORCE_FAMILIES):
        return None
    patient = of_object(noun)
    for head in (noun, patient):
        for prep in (head.children if head is not None else ()):
            if prep.dep_ == "prep" and prep.lower_ == "by":
                return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _other_person(article_name: str, holder_name: str) -> bool:
    """Two full names with different first names are two people."""
    ours, theirs = article_name.lower().split(), holder_name.lower().split()
    return len(ours) >= 2 and len(theirs) >= 2 and ours[0] != theirs[0] and ours[0] not in theirs


def _phrase_text(token: Token) -> str:
    """The noun with its left modifiers ('the Chilean defence minister'), as written."""
    left = [t for t in token.lefts if t.dep_ in LEFT_DEPS]
    start = min([token.i] + [t.left_edge.i for t in left])
    end = token.i + 1
    # keep a flat name's right part ("Forces for Defence of Democracy" stays whole via compounds)
    doc = token.doc
    words = doc[start:end]
    text = words.text
    for prep in token.children:
        # a capitalised preposition inside a title-case phrase is a name's own word ("Doctors
        # Without Borders"), whatever the preposition
        named = prep.text.istitle() and token.text[:1].isupper()
        if prep.dep_ == "prep" and (prep.lower_ in ("in", "of", "from") or named) and prep.i == end:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and (obj.ent_type_ in ("GPE", "NORP", "ORG") or obj.pos_ == "PROPN") \
                    and not (prep.lower_ == "in" and token.ent_type_ == "PERSON"):
                text = doc[start:obj.i + 1].text
    return text.strip(" ,'\"“”")


def of_object(token: Token) -> Token | None:
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _a_member_body(found: ActorRef | None, mention: EntityMention | None) -> bool:
    """A state, group or body its own words already code ("Turkey", "Komando Jihad"): a
    person's membership ("X, a member of the UN panel") still says whom the person acts for,
    a body's does not."""
    return found is not None and bool(found.sector) and (mention is None or mention.type != "PERSON")
