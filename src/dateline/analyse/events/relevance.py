"""Whether the prose around a coded event can hold a political event, and how sure the event is.

The verb patterns (coding.py) were written for political news; on a web page they also fire on
sports results ("Spain beat Croatia"), business ("Amazon offers", "agreed to buy"), metaphor
("tariffs hurt farmers", "ads targeted at voters") and lifestyle prose. Coders of news at scale
(GDELT, POLECAT) put a relevance filter before coding; here the filter is per event, from its
evidence, because a political story holds a paragraph on prices and a sports page a line on a
minister. A wrong event is worse than none, so an event the evidence does not carry is dropped:

1. A list of headlines left in the body ("A | B | C") holds no sentence: nothing is coded in it.
2. Parties (party_kind): one side at least must be a party to politics. A political actor always
   is: a state, armed, judicial, legislative, international, ethnic or religious actor or an
   office holder (by sector), a country or its people by name ("Ukraine", "the Americans",
   "Bosnian Serbs"), a body whose name says it is political ("the Electoral Commission"). A
   country's people by role ("Kenyan students", "American farmers") are, unless the verb has an
   everyday reading ("tariffs hurt American farmers"). Any other unnamed group, person or place
   of a country ("a journalist", "the port"), and the stand-ins the coder puts for agentless
   violence ("unidentified attackers in X", "people in X"), are parties only to contentious acts
   (protest, violence, coercion, demands, threats) with a verb that is violent in this sentence.
   A firm, a named private person, a product or a thing is never a party on its own, and its
   dealings (agreeing, supporting, offering, consulting, asking) with a state are its business or
   opinion, not a political event (PRIVATE_DEALINGS).
3. Everyday verbs (data/events/everyday_verbs.txt: "beat", "attack", "offer", "buy", "target",
   "hurt", "shoot") are read in their everyday sense unless the sentence shows harm ("shot
   dead", "hit by a roadside bomb": data/events/violent_sense_cues.txt, weapons, violence verbs).
   In a paragraph whose sports, business, culture or science words outweigh its political words
   (data/events/domain_words.tsv; the article's words count a quarter) such a verb codes nothing
   unless a state or armed actor named as such is a party: "Croatia" in a match report is a
   team, "Argentine police" are not.
4. Confidence: the coder's own (0.6, +0.1 for each word of a specific pattern matched, up to two,
   +0.1 both sides found, -0.15 in an embedded clause), then -0.1 an everyday verb with no state
   or armed party, -0.15 a non-political paragraph, -0.1 for each side that is a firm or private
   person, -0.1 for each stand-in side, -0.05 a supposed (hypothetical) act, +0.05 when both
   sides are parties. An event under CONFIDENCE_FLOOR (0.4) is dropped, not stored: on the
   articlebench pages most events under it were wrong, and no PLOVER gold event falls under it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from dateline.analyse.events import lexicon
from dateline.lexicons import table, words
from dateline.models import Actor, Event

CONFIDENCE_FLOOR = 0.4

# The stand-ins the coder puts for the unnamed side of agentless violence and protest
# (placement.placed_by_location): event data's convention, not something the text says.
STAND_INS = ("unidentified attackers in ", "protesters in ", "people in ")

# Sectors that make an actor political on its own: the state and its arms, those who fight or
# oppose it, parties, courts, legislatures, international bodies, rights groups, ethnic groups,
# religious bodies and clerics (as extract.ACTOR_SECTORS: "the Vatican", "Shiite clerics"),
# office holders past (ELI, with a country) and present.
POLITICAL_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "IGO", "NGO", "IMG", "HRI",
                               "REB", "UAF", "OPP", "PTY", "INS", "ETH",
                               "MUS", "CHR", "JEW", "HIN", "BUD", "REL"})
# The state and armed actors that keep an everyday verb political in a sports or business
# paragraph ("the army hit positions ..." beside a football score, "the government offered ...").
ARMED_OR_STATE = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "IGO", "REB", "UAF", "INS"})
# Sectors of a country's people that its name can give ("Kenyan students", "Bosnian Serbs"):
# named as the people of a country, they are the country's.
PEOPLE_SECTORS = frozenset({"CVL", "LAB", "EDU", "REF", "AGR", "CRM"})
# Sectors of people and bodies that are no political actor whatever their name says.
PRIVATE_SECTORS = frozenset({"BUS", "MNC", "MED", "HLH", "EDU", "ENT", "SPT", "PPL", "CRM"})
# A country's people as an unnamed group are a party to contentious acts ("Chilean students
# protested", "a journalist was killed"), not to diplomacy ("the American people vote").
CONTENTIOUS = frozenset({"PROTEST", "ASSAULT", "FIGHT", "COERCE", "DEMAND", "THREATEN", "MOBILIZE"})
# What a firm or private person does towards a state in these categories is its business or
# its opinion ("Blue Origin will offer NASA a lander", "Carlineo said he supported Trump"), not
# a political event; their threats, attacks, protests and accusations still are.
PRIVATE_DEALINGS = frozenset({"AGREE", "SUPPORT", "COOPERATE", "AID", "CONSULT", "CONCEDE", "RETREAT",
                              "REQUEST", "INVESTIGATE"})
FIRM_SECTORS = frozenset({"BUS", "MNC"})
NON_POLITICAL_DOMAINS = ("sports", "business", "culture", "science")

# A line of other stories' headlines run together: "A | B | C" (two bars or more).
HEADLINE_LIST = re.compile(r"\|[^|]+\|")
PARAGRAPH_BREAK = re.compile(r"\n\s*")


@lru_cache(maxsize=1)
def domain_words() -> dict[str, str]:
    return dict(table("events/domain_words.tsv", 2))


@lru_cache(maxsize=1)
def political_name_words() -> frozenset[str]:
    return frozenset(words("events/political_name_words.txt"))


@lru_cache(maxsize=1)
def violent_sense_cues() -> frozenset[str]:
    return frozenset(words("events/violent_sense_cues.txt")) | frozenset(words("events/violence_verbs.txt")) \
        | lexicon.weapon_heads()


@lru_cache(maxsize=1)
def everyday_verbs() -> frozenset[str]:
    return frozenset(words("events/everyday_verbs.txt"))


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    domains: Counter


class ProseDomains:
    """The domain word counts of each paragraph of an article and of the whole article."""

    def __init__(self, doc: Doc):
        cues = domain_words()
        self.paragraphs: list[Paragraph] = []
        self.article: Counter = Counter()
        starts = [0] + [m.end() for m in PARAGRAPH_BREAK.finditer(doc.text)]
        bounds = list(zip(starts, starts[1:] + [len(doc.text)]))
        counts = [Counter() for _ in bounds]
        index = 0
        for token in doc:
            if token.pos_ not in ("NOUN", "PROPN"):
                continue  # "scored", "shares" as verbs say less than the nouns
            domain = cues.get(token.lemma_.lower()) or cues.get(token.lower_)
            if domain is None:
                continue
            while index < len(bounds) - 1 and token.idx >= bounds[index][1]:
                index += 1
            counts[index][domain] += 1
            self.article[domain] += 1
        self.paragraphs = [Paragraph(s, e, c) for (s, e), c in zip(bounds, counts)]

    def domain_at(self, char: int) -> str | None:
        """The non-political domain of the paragraph holding `char`, or None: the domain whose
        words (the paragraph's, and a quarter of the article's) are at least 2 and outweigh the
        paragraph's political words."""
        paragraph = next((p for p in self.paragraphs if p.start <= char < p.end), None)
        local = paragraph.domains if paragraph is not None else Counter()

        def weight(domain: str) -> float:
            return local[domain] + self.article[domain] / 4

        best = max(NON_POLITICAL_DOMAINS, key=weight)
        if weight(best) >= 2 and weight(best) > weight("politics"):
            return best
        return None


def party_kind(actor: Actor | None) -> str:
    """'political' (a state, armed or international actor by sector, a country or its people by
    name, a body whose name says it is political), 'people' (a country's people by their role:
    "Kenyan students", "American farmers"), 'group' (another unnamed group, person or place of a
    country: "Serbian nationalists", "a journalist", "the port"), 'stand-in', 'private' (a firm,
    a named private person, a thing no country owns) or 'none'."""
    if actor is None:
        return "none"
    name = lexicon.plain(actor.name or "")
    if name.startswith(STAND_INS) and not actor.entity_id:
        return "stand-in"
    if actor.sector in POLITICAL_SECTORS or (actor.sector == "ELI" and actor.country):
        return "political"
    if actor.country and actor.sector in (None, *PEOPLE_SECTORS) and (_bare_country(name) or _names_a_people(name)):
        return "political"  # the country, its capital as its government, or its people
    if actor.entity_id and actor.sector not in PRIVATE_SECTORS and set(name.split()) & political_name_words():
        return "political"  # "the Electoral Commission", "Liberian Peace Council"
    if actor.country and actor.sector in (None, *PEOPLE_SECTORS) and lexicon.names_a_country(actor.name):
        return "people"  # "Kenyan students", "the Nigerian Union of Teachers", "American farmers"
    if actor.country and not actor.entity_id:
        return "group"
    return "private"


def _unowned_weapon(actor: Actor | None) -> bool:
    """A weapon or craft whose phrase names no country or body as its owner ('50 Airbus jets',
    'the missiles', whatever country the clause places them in; not 'two Ugandan helicopters',
    nor 'U.N. helicopters', whose sector is the UN's)."""
    if actor is None or actor.entity_id or actor.sector not in (None, "MIL"):
        return False
    words_ = lexicon.plain(actor.name or "").split()
    if any(w in lexicon.countries() or w in lexicon.demonym_words() for w in words_):
        return False
    heads = lexicon.weapon_heads()
    return bool(words_) and (words_[-1] in heads or (words_[-1].endswith("s") and words_[-1][:-1] in heads))


def _peoples_apart(event: Event, kinds: list[str]) -> bool:
    """Both sides are a country's people or groups, of two different countries."""
    source, target = event.source, event.target
    return all(k in ("people", "group") for k in kinds) and source is not None and target is not None \
        and bool(source.country) and bool(target.country) and source.country != target.country


def _firm_or_private_person(actor: Actor | None) -> bool:
    """A named firm, or a firm or a name with no role and no political word (a private person,
    a product) that the article places in no country; not a people or group it places ("Iraqi Kurds",
    "Swiss doctors", "two Kenyan airlines"), nor "the Ceasefire Violations Committee"."""
    if actor is not None and actor.entity_id and actor.sector in FIRM_SECTORS:
        return True  # a named firm, wherever it is based ("American Airlines offered to fly ...")
    if actor is None or actor.country:
        return False
    return actor.sector in FIRM_SECTORS or (not actor.sector and party_kind(actor) != "political")


def _bare_country(name: str) -> bool:
    """'Portugal', 'the Kremlin', 'Americans': the phrase is only a country's name, its seat or
    its people's (which is also how a sports page names a team), not 'American farmers'."""
    phrase = name[4:] if name.startswith("the ") else name
    demonyms = lexicon.demonym_words()
    return phrase in lexicon.countries() or phrase in demonyms or (phrase.endswith("s") and phrase[:-1] in demonyms)


def _names_a_people(name: str) -> bool:
    """'Bosnian Serbs', 'ethnic Albanians': the phrase's head is a people's name."""
    head = name.split()[-1] if name.split() else ""
    return head in lexicon.demonym_words() or head[:-1] in lexicon.demonym_words() and head.endswith("s")


SCORE_DASHES = frozenset({"-", "–", "—"})
SCORE_WINDOW = 4


def _score_follows(trigger: Token) -> bool:
    """A match score ("2-1", "4-0") within a few words after the verb: a sports result."""
    doc = trigger.doc
    end = min(trigger.i + SCORE_WINDOW + 3, len(doc), trigger.sent.end)
    for i in range(trigger.i + 1, end - 2):
        if doc[i].like_num and doc[i + 1].text in SCORE_DASHES and doc[i + 2].like_num \
                and len(doc[i].text) <= 2 and len(doc[i + 2].text) <= 2:
            return True
        if "-" in doc[i].text and all(part.isdigit() and len(part) <= 2 for part in doc[i].text.split("-")):
            return True  # "2-1" as one token
    return False


def _violent_sense(trigger: Token) -> bool:
    """The trigger's sentence says someone was harmed ("shot dead", "hit by a bomb")."""
    return any(t.lemma_.lower() in violent_sense_cues() or t.lower_ in violent_sense_cues()
               for t in trigger.sent if t.i != trigger.i)


def _party(kind: str, social: bool, category: str, everyday: bool) -> bool:
    """Whether a side of this kind is a party to politics in this event."""
    if kind == "political" or (kind == "people" and not everyday):
        return True
    if category in CONTENTIOUS and not everyday and kind in ("group", "stand-in"):
        # violence, protest and coercion by or on a country's people are event data's own
        # matter ("a journalist was killed in Beirut"); an everyday verb needs a political party
        return True
    # a social group's protest or criticism (social.py: "nationalists denounced the deal"); a
    # verb coded as protest is in its protest sense ("unions staged a strike", "farmers blocked roads")
    return social and (not everyday or category == "PROTEST")


def assess(event: Event, trigger: Token | None, domains: ProseDomains, *, spoken: bool = False,
           social: tuple[bool, bool] = (False, False)) -> float | None:
    """The event's confidence from its evidence, or None when the evidence does not carry it.
    `spoken`: the source is the speaker of a quotation saying "I" or "we" (a spokesperson the
    article names without a role: "'We thank the Afghan government,' Grisham said"). `social`:
    whether each side is a social group of a contentious act or criticism (social.py: "unions",
    "striking dockers"), a party as a country's unnamed group is."""
    if HEADLINE_LIST.search(event.sentence):
        return None
    # a craft or weapon no country owns is a thing outside violence ("an order of 50 Airbus jets"),
    # where it stands for who used it ("the drones struck a depot")
    kinds = [party_kind(a) if event.category in ("ASSAULT", "FIGHT") or not _unowned_weapon(a) else "private"
             for a in (event.source, event.target)]
    kinds = ["group" if is_social and kind in ("private", "none") else kind for kind, is_social in zip(kinds, social)]
    lemma = trigger.lemma_.lower() if trigger is not None else ""
    # a verb with an everyday reading is in its everyday sense unless the sentence shows harm
    everyday = lemma in everyday_verbs() and not (trigger is not None and _violent_sense(trigger))
    parties = [k for k, is_social in zip(kinds, social) if _party(k, is_social, event.category, everyday)]
    if not parties and everyday and event.category in ("ASSAULT", "FIGHT") and _peoples_apart(event, kinds):
        # "Israeli settlers attacked Palestinian villagers": people of two countries, one harming
        # the other, is the violent sense (a verbal attack stays among one country's people)
        parties = kinds
    if not parties:
        return None  # firms, private people, things and stand-ins only: no political event
    if everyday and trigger is not None and _score_follows(trigger):
        return None  # "Nigeria beat Ghana 2-1": a match result, whoever the teams are named for
    if _firm_or_private_person(event.source) and event.category in PRIVATE_DEALINGS and not spoken:
        return None  # "Blue Origin will offer NASA its lander", "he supported Trump": business or opinion
    domain = domains.domain_at(event.start)
    # a state or armed actor named as such ("the army", "Argentine police", "the Kenyan
    # government"), not a bare country name, which a sports page gives its teams
    state_party = any(a is not None and a.sector in ARMED_OR_STATE and kind != "private"
                      and not _bare_country(lexicon.plain(a.name or ""))
                      for a, kind in zip((event.source, event.target), kinds))
    if domain is not None and everyday and not state_party:
        return None  # "Croatia beat Spain", "Sony offered its service": the everyday sense
    if domain is not None and not any(a is not None and a.country for a in (event.source, event.target)):
        return None  # "the Steelers' defensive captain did not offer a response": a role in a game, a firm or a review, no state's
    confidence = event.confidence
    # a state or armed party makes the political sense of "meet", "offer", "hit" the likely one
    confidence -= 0.1 if everyday and not state_party else 0.0
    confidence -= 0.15 if domain is not None else 0.0
    confidence -= 0.1 * kinds.count("private") + 0.1 * kinds.count("stand-in")
    confidence -= 0.05 if event.mode == "hypothetical" else 0.0
    confidence += 0.05 if len(parties) == 2 else 0.0
    confidence = round(max(0.0, min(confidence, 0.95)), 2)
    return confidence if confidence >= CONFIDENCE_FLOOR else None
