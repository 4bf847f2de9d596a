"""Where an event's actors belong: groups the text places nowhere take a country from their
clause's place, their counterpart, the state where the event happens or the article's places;
a consultation's PLOVER mode from where its parties are (visit, third-party)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dateline.analyse.events import lexicon
from dateline.analyse.events.actors import ActorRef, actor_for
from dateline.analyse.events.arguments import prep_object
from dateline.analyse.events.placed import placed_in
from dateline.analyse.events.phrases import ActorFinder
from dateline.lexicons import table, words
from dateline.models import Actor, Event

# Protest and violence: groups the text places nowhere ("people", "prisoners", "gunmen") are of
# the country the clause happens in ("... blocked streets in Hong Kong").
LOCAL_CODES = frozenset({"14", "18", "19", "20"})
CLAUSE_BREAKS = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "xcomp"})


def placed_peoples(actors: list[ActorRef], others: list[ActorRef], sent: Span) -> list[ActorRef]:
    """A group of a people living across borders ('Kurdish fighters', data/events/peoples.tsv)
    that nothing placed is of the state on the event's other side when that is one of theirs
    ('Kurdish rebels attacked Turkish troops' -> TUR), else of the one of their states the
    sentence names ('... near the Turkish border'), else of none."""
    placed = []
    for actor in actors:
        states = lexicon.people_states(actor.name) if not actor.country and not actor.entity_id else ()
        if states:
            country = next((o.country for o in others if o.country in states), None)
            if country is None:
                named = {code for code in countries_named(sent) if code in states}
                country = named.pop() if len(named) == 1 else None
            if country is not None:
                actor = ActorRef(actor.name, country, actor.sector, actor.entity_id)
        placed.append(actor)
    return placed


def countries_named(sent: Span) -> set[str]:
    """The countries a sentence names by a country name or a demonym (capitalised words)."""
    table = lexicon.country_codes()
    return {table[t.lower_] for t in sent if t.text[:1].isupper() and t.lower_ in table}


def own_state(sources: list[ActorRef]) -> list[ActorRef]:
    """'Egyptian demonstrators rioted': a protest that names no target is against the
    protesters' own state (event data's convention for domestic protest)."""
    countries = {s.country for s in sources if s.country and s.sector not in ("GOV", "MIL", "COP")}
    if len(countries) != 1:
        return []
    country = countries.pop()
    return [ActorRef(lexicon.country_names().get(country, country), country, "GOV")]


# Fighting is often across a border ("Peruvian troops shelled rebel positions near the border"):
# there one side's country says nothing of the other's.
VIOLENCE_CODES = frozenset({"18", "19", "20"})
VIOLENCE_VERBS = frozenset(words("events/violence_verbs.txt"))


def domestic(sources: list[ActorRef], targets: list[ActorRef]) -> tuple[list[ActorRef], list[ActorRef]]:
    """Groups the text places nowhere act among the placed actors of their clause: "Nigerian
    authorities jailed 52 members of a banned movement" (NGA), "traditional elders demanded that
    the Nigerian ministry ..." (NGA). One country on the other side places them (event data's
    domestic default); named actors and international bodies keep their own."""
    source_countries = {a.country for a in sources if _places_others(a)}
    if len(source_countries) == 1:
        targets = placed_in(targets, next(iter(source_countries)))
    target_countries = {a.country for a in targets if _places_others(a)}
    if len(target_countries) == 1:
        sources = placed_in(sources, next(iter(target_countries)))
    return placed_by_counterpart(targets, sources), placed_by_counterpart(sources, targets)


def _places_others(actor: ActorRef) -> bool:
    """Whether the actor's country may place the other side: a body or a sector of its country
    does, and a place ("villages near Macedonia's border"); people known only by their
    nationality do not ("rebels released two Italian hostages": the rebels are not Italian;
    "gunmen kidnapped Chinese engineers")."""
    if not actor.country or actor.sector not in (None, "CVL"):
        return bool(actor.country)
    demonyms = lexicon.demonym_words()
    return not any(w in demonyms for w in (actor.name or "").lower().split())


# Roles that act only inside their own country, and the sides they face there: an opposition
# leader the interior minister allows to rally, a president who concedes to a rebel movement.
DOMESTIC_ROLES = frozenset({"OPP", "PTY", "JUD", "LEG"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP"})
CHALLENGER_SECTORS = frozenset({"REB", "OPP", "PTY", "ETH"})


def placed_by_counterpart(actors: list[ActorRef], others: list[ActorRef]) -> list[ActorRef]:
    """A named person or body the dictionary cannot place, in a domestic role facing a placed
    counterpart (opposition before the state, the state before its challengers), is of the
    counterpart's country; a president meeting a foreign minister is not."""
    countries = {o.country for o in others if o.country}
    if len(countries) != 1:
        return actors
    country = next(iter(countries))
    placed = []
    for actor in actors:
        if actor.country is None and actor.entity_id and any(domestic_pair(actor.sector, o.sector) for o in others):
            actor = ActorRef(actor.name, country, actor.sector, actor.entity_id)
        placed.append(actor)
    return placed


def police_at_home(sources: list[ActorRef], targets: list[ActorRef]) -> list[ActorRef]:
    """Police act in their own country: unplaced police using force on a party of one placed
    country are that country's ('a university in Hong Kong was besieged by police'), where
    soldiers or gunmen may be foreign."""
    countries = {t.country for t in targets if t.country}
    if len(countries) != 1:
        return sources
    country = next(iter(countries))
    return [ActorRef(a.name, country, a.sector, a.entity_id) if a.sector == "COP" and not a.country else a
            for a in sources]


def domestic_pair(sector: str | None, other: str | None) -> bool:
    return (sector in DOMESTIC_ROLES and other in STATE_SECTORS) or (
        sector in STATE_SECTORS and other in CHALLENGER_SECTORS)



def clause_place(verb: Token, finder: ActorFinder) -> ActorRef | None:
    """The nearest place named in the verb's own clause (not in a clause it reports or
    relates, nor in its subject's description) with its country, or None."""
    places = []
    # the subject's own places are its description ("settlers in Hebron"), not the scene
    stack = [c for c in verb.children if c.dep_ not in CLAUSE_BREAKS and c.dep_ not in ("nsubj", "nsubjpass")]
    while stack:
        token = stack.pop()
        if (_place_token(token) and not names_a_modifier(token)) or _described_place(token):
            places.append(token)
        stack.extend(c for c in token.children if c.dep_ not in CLAUSE_BREAKS)
    for token in sorted(places, key=lambda t: abs(t.i - verb.i)):
        span = next((e for e in token.doc.ents if e.start == token.i), None)
        name = span.text if span is not None else token.text
        demonym = _described_place(token)
        if demonym is not None:
            name = f"{demonym.text} {token.text}"  # "several Kenyan cities": Kenya's
        found = actor_for(demonym.text if demonym is not None else name, finder.date)
        if found is not None and found.country:
            return ActorRef(name, found.country, None)
    return None


PLACE_KIND_NOUNS = frozenset(row[0] for row in table("place_type_words.tsv", 2))


def _described_place(token: Token) -> Token | None:
    """The demonym of a kind of place ("several Kenyan cities", "a Syrian village"), or None."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in PLACE_KIND_NOUNS:
        return None
    return next((c for c in token.children if c.dep_ in ("amod", "compound") and c.lower_ in lexicon.demonym_words()), None)


def _place_token(token: Token) -> bool:
    """A place's name: as the tagger labels it, or a one-word proper noun the country table
    knows that the tagger left unlabelled or took for a person ("in northern Mali", "near Donetsk")."""
    if token.ent_type_ in ("GPE", "LOC"):
        return token.ent_iob_ == "B"
    if token.pos_ != "PROPN" or token.lower_ not in lexicon.countries():
        return False
    span = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return span is None or len(span) == 1


# A place that modifies a noun ("three U.S. soldiers", "Iraq's oil") describes it: no scene.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def names_a_modifier(token: Token) -> bool:
    span = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    root = span.root if span is not None else token
    return root.dep_ in MODIFIER_DEPS and root.head.pos_ in ("NOUN", "PROPN")


def placed_as_the_article_places(event: Event, sent: Span, places: list | None) -> None:
    """An actor placed by a city's name takes the country the places extractor resolved that
    name to in this article, not the actor table's reading of it: "militias in Tripoli" beside
    "the north Lebanese port" are Lebanon's, though the table's Tripoli is Libya's capital."""
    table = lexicon.countries()
    for place in places or ():
        if place.field != "text" or not place.country or not sent.start_char <= place.start < sent.end_char:
            continue
        read_as = table.get(place.text.lower())
        if read_as is None or read_as == place.country:
            continue
        for side in ("source", "target"):
            actor = getattr(event, side)
            if actor is not None and actor.country == read_as and re.search(
                rf"\b(?:in|of|from|near|at)\s+{re.escape(place.text)}\b", actor.name or ""
            ):
                actor.country = place.country


VISIT_CUES = frozenset({"visit", "trip", "tour", "host", "arrive"})


def consult_mode(event: Event, sent: Span) -> None:
    """PLOVER's mode of a consultation the trigger does not name: held where one side is at home
    and the other is not, a visit; where neither is, a meeting at a third location ('U.S. and
    Russian negotiators met in Geneva'); in a sentence that speaks of a visit, a visit."""
    if event.category != "CONSULT" or event.plover_mode:
        return
    parties = {a.country for a in (event.source, event.target) if a is not None and a.country}
    place = event.location.country if event.location is not None else None
    if place and parties and place not in parties:
        event.plover_mode = "third-party"
    elif place and place in parties and len(parties) == 2:
        event.plover_mode = "visit"
    elif any(t.lemma_.lower() in VISIT_CUES for t in sent):
        event.plover_mode = "visit"


def domestic_tour(event: Event) -> bool:
    """'King Charles visited a school in Wales', 'the president toured flood-hit areas in Assam':
    a visit (CAMEO 042) to a place or building in the visitor's own country is no meeting of two
    parties; only a visit abroad, or to a named body at home, is CONSULT's 'make a visit'."""
    source, target = event.source, event.target
    if event.cameo != "042" or source is None or target is None or not source.country \
            or source.country != target.country:
        return False
    place = event.location.name if event.location is not None else None
    return target.entity_id is None or bool(place and place.lower() in (target.name or "").lower())


def placed_by_location(event: Event, *, doer_known: bool = False, patient_known: bool = False) -> None:
    """Violence no one is named for is by unidentified attackers of the country it happens in
    ('a journalist was shot dead in Nairobi' -> KEN); a protest no one is named for, by people
    there ('prisoners rioted at a jail in Dili'): event data's convention for agentless events.
    Violence no one is named as the object of falls on the people where it happens.
    (Named groups the text places nowhere are placed by their clause's place, in _event_for.)
    `doer_known`, `patient_known`: the clause names that side by a pronoun ('where he held her
    captive'): a person the text knows, so no stand-in is put for them."""
    place = event.location
    if event.cameo[:2] not in LOCAL_CODES or place is None or not place.country:
        return
    if event.source is None and doer_known:
        return
    if event.source is None:
        who = "unidentified attackers" if event.cameo[:2] in VIOLENCE_CODES else "protesters"
        event.source = Actor(name=f"{who} in {place.name}", country=place.country, sector=None)
    elif event.target is None and event.cameo[:2] in VIOLENCE_CODES and not patient_known:
        # force used at a place with no one named as its object falls on the people there
        # ("tanks fired at targets in Jericho")
        event.target = Actor(name=f"people in {place.name}", country=place.country, sector="CVL")


def state_of_place(verb: Token, finder: ActorFinder) -> list[ActorRef]:
    """'was arrested in Lebanon': an arrest, ban or seizure with no agent is the state's where
    it happened (CAMEO's convention for agentless coercion)."""
    place = prep_object(verb, ("in",))
    found = finder.actor(place) if place is not None else None
    if found is not None and found.country:
        return [ActorRef(f"authorities in {place.text}", found.country, "GOV")]
    return []


def dateline_country(place: str | None, date: str | None) -> str | None:
    """The country of the article's wire dateline ("WASHINGTON (AP) -"), or None."""
    found = actor_for(place, date) if place else None
    return found.country if found is not None else None


def placed_by_dateline(event: Event, country: str | None) -> None:
    """'WASHINGTON (AP) - Republican senators attacked Democratic leaders': legislators, parties,
    courts and the opposition act only at home (DOMESTIC_ROLES), so when no side is placed the
    dateline's country is theirs, and a government's facing them. A party of another country, or
    a side that is not a domestic role or a government, leaves them as they are."""
    sides = [a for a in (event.source, event.target) if a is not None]
    if country is None or any(a.country for a in sides) or not any(a.sector in DOMESTIC_ROLES for a in sides):
        return
    if all(a.sector in DOMESTIC_ROLES or a.sector == "GOV" for a in sides):
        for actor in sides:
            actor.country = country
