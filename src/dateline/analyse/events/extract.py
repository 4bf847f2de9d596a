"""Events: who did what to whom in each sentence, coded CAMEO -> PLOVER, with mode and date.

For every verb the PETRARCH2 patterns code (coding.py), and every event noun a light verb
carries ("held talks", "launched an offensive"): the source is the clause's subject (the
`by`-agent in the passive, the governing clause's subject for "continued to shell"), the target
its object or a prepositional object ("talks with", "an attack on"). A verb that frames another
("offered to mediate", "refused to negotiate", "demanded that X withdraw") codes the event
itself when the dictionary gives it a code (REJECT, DEMAND, THREATEN), and gives its complement
a mode when it does not ("is ready to host talks" -> CONSULT, offered). An event needs a
confident code and an actor on at least one side; a wrong event is worse than none.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dateline.analyse.events import lexicon
from dateline.analyse.events.actors import ActorRef, actor_for
from dateline.analyse.events.coding import Coded, code_noun, code_verb
from dateline.analyse.events.phrases import ActorFinder
from dateline.analyse.parsed import ParsedArticle, doc_text
from dateline.models import Actor, EntityMention, Event, Location, Quote, Timex, stable_id

TARGET_PREPS = ("with", "to", "against", "on", "at", "from", "into", "toward", "towards", "over", "upon", "for")
HYPOTHETICAL_MODALS = frozenset({"would", "could", "might", "may"})
INTENT_MODALS = frozenset({"will", "shall", "'ll"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
ISO_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
MAX_EVENTS = 2000
MAX_PAIRS = 6


def extract_events(
    parsed: ParsedArticle,
    *,
    entities: list[EntityMention],
    quotes: list[Quote],
    timexes: list[Timex],
    places: list | None = None,
) -> list[Event]:
    """Every coded event in the article's body."""
    article = parsed.article
    published = (article.published or "")[:10] or None
    finder = ActorFinder(date=published, entities=entities)
    body_quotes = [q for q in quotes if q.field == "text"]
    body_timexes = [t for t in timexes if t.field == "text" and t.value and ISO_DATE.match(t.value)]
    events: list[Event] = []
    text = doc_text(parsed.doc)
    for sent in parsed.doc.sents:
        for event in _sentence_events(sent, finder, article.id, text):
            _attach_quote(event, body_quotes, finder)
            _attach_date(event, sent, body_timexes, published)
            _attach_place(event, sent, places)
            if not _has_actor(event):
                continue
            events.append(event)
            if len(events) >= MAX_EVENTS:
                return events
    return events


NOMINAL_DEPS = frozenset({"dobj", "pobj", "compound", "nsubj", "nsubjpass", "attr", "appos"})
PRONOUN_SUBJECTS = frozenset({"i", "we", "it", "they", "he", "she"})
SPEAKER = "\x00speaker"  # stands for a first-person subject until the quote's speaker is known


# Sectors that make a phrase an actor on its own; people in general (CVL) and unplaced groups
# ("two men", "our reporter") need a country or a name.
ACTOR_SECTORS = frozenset({"GOV", "MIL", "REB", "OPP", "COP", "IGO", "NGO", "JUD", "LEG", "PTY",
                           "UAF", "IMG", "SPY", "ELI"})


def _has_actor(event: Event) -> bool:
    """A wrong event is worse than none: one side at least must be a real actor (a country,
    an international body, a named person or organisation, or a state or armed sector)."""
    for actor in (event.source, event.target):
        if actor is not None and (actor.country or actor.entity_id or actor.sector in ACTOR_SECTORS):
            return True
    return False


def _sentence_events(sent: Span, finder: ActorFinder, article_id: str, text: str) -> list[Event]:
    coded: dict[int, Coded] = {}
    for token in sent:
        if token.dep_ in NOMINAL_DEPS:
            continue  # a verb tag on a noun's slot ("signed a peace accord") is a tagging slip
        if token.dep_ == "relcl" and token.tag_ in ("VBZ", "VBP"):
            continue  # "X, who oversees the police": a standing role, not an event
        if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "ROOT"):
            found = code_verb(token) or _demand_frame(token)
            if found is not None and lexicon.category_of(found.code) is not None:
                coded[token.i] = found
    events = []
    obliged = _obligations(sent)
    for index, found in coded.items():
        verb = sent.doc[index]
        if _framed_by_coded(verb, coded) or index in obliged or index in obliged.values():
            continue
        events.extend(_event_for(verb, found, finder, article_id, sent, text))
    for inner, speech in obliged.items():
        events.extend(_demand_event(sent.doc[speech], sent.doc[inner], finder, article_id, sent, text))
    events.extend(_noun_events(sent, coded, finder, article_id, text))
    return events


# An offered or intended action of cooperation is CAMEO's "express intent to ..." (03x):
# "will give a grant", "is willing to withdraw", "agreed to meet" -> AGREE.
INTENT_CODES = {"03": None, "04": "036", "045": "039", "046": "036", "05": "032",
                "057": "030", "06": "031", "07": "033", "071": "0331", "072": "0332",
                "073": "0333", "074": "0334", "075": "033", "08": "035", "081": "0351",
                "0841": "0353", "0842": "0353", "085": "0354", "086": "0355", "087": "0356"}


# An intended hostile action is a threat (CAMEO 13): "plans to impose restrictions".
THREAT_CODES = {"12": "130", "14": "133", "16": "131", "163": "1312", "166": "136",
                "17": "132", "172": "132", "173": "132", "18": "138", "19": "138", "20": "1385"}
# A refused or negated act of cooperation is a rejection (CAMEO 12): "will not accept refugees".
REJECT_CODES = {"03": "120", "04": "125", "045": "126", "05": "120", "06": "121", "07": "122",
                "08": "124", "0841": "1243", "085": "1244", "086": "1245", "087": "1246"}


COOPERATIVE_FRAMES = frozenset({"agree", "accept", "offer", "volunteer", "propose"})


def _mapped(code: str, table: dict) -> str | None:
    for size in (4, 3, 2):
        if code[:size] in table:
            return table[code[:size]] or code
    return None


def _is_state(actor: ActorRef | None) -> bool:
    return bool(actor and actor.country and actor.sector in ("MIL", "GOV", "COP", None))


def _framed_code(verb: Token, found: Coded, mode: str, source: ActorRef | None) -> str:
    """The code of a verb given the frame around it: an intent frame takes its complement's
    action as an intent (AGREE) or a threat (THREATEN); a refusal of cooperation is REJECT;
    state violence is CAMEO 19 (FIGHT), anyone else's 18 (ASSAULT)."""
    code = found.code
    complement = _complement(verb)
    if complement is not None and _frame_mode(verb) in ("offered", "intended"):
        inner = code_verb(complement)
        # agreeing or offering to do something is cooperation, whatever the something
        tables = (INTENT_CODES,) if verb.lemma_.lower() in COOPERATIVE_FRAMES else (INTENT_CODES, THREAT_CODES)
        if inner is not None and any(_mapped(inner.code, t) for t in tables):
            code = inner.code
    if mode in ("offered", "intended") and source is not None:
        code = _mapped(code, INTENT_CODES) or _mapped(code, THREAT_CODES) or code
    elif mode in ("negated", "refused") and not code.startswith("12"):
        code = _mapped(code, REJECT_CODES) or code
    if code in ("190", "193") and not _is_state(source) and _weapon_mode(verb, verb.sent) != "heavy-weapons":
        code = "180"  # small-scale violence by anyone but a state's forces is CAMEO's unconventional kind
    if _frame_mode(verb) == "demanded" and complement is not None and not code.startswith(("10", "02")):
        code = "100"  # "pressured workers to cancel the strike": a demand, whatever the verb's sense
    return code


OBLIGATION_AUX = frozenset({"must", "should"})


def _obligations(sent: Span) -> dict[int, int]:
    """'X declared that China must drop barriers', 'a reminder to Iraq that it must cooperate':
    what someone says another must do is a demand of them. Inner verb -> the verb of saying."""
    found = {}
    for token in sent:
        if token.pos_ not in ("VERB", "AUX") or token.dep_ not in ("ccomp", "acl"):
            continue
        aux = {c.lower_ for c in token.children if c.dep_ == "aux"}
        if not aux & OBLIGATION_AUX or _negated(token):
            continue
        head = token.head
        if head.pos_ == "NOUN" and head.head.pos_ == "VERB":
            head = head.head
        if head.pos_ == "VERB" and head.i != token.i:
            found[token.i] = head.i
    return found


def _demand_event(speech: Token, inner: Token, finder: ActorFinder, article_id: str,
                  sent: Span, text: str) -> list[Event]:
    sources = _with_conjuncts(_subject(speech), finder)
    subject = next((c for c in inner.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    targets = [t for t in _with_conjuncts(subject, finder) if t.code or t.sector]
    if subject is not None and subject.lower_ in ("it", "they"):
        targets = _arguments(speech, finder)[1]  # "a reminder to Iraq that it must ..."
    category = lexicon.category_of("100")
    found = Coded("100", speech, 1)
    return [_make_event(found, category, "demanded", source, target, article_id, sent, text)
            for source in sources or [None] for target in targets or [None]][:MAX_PAIRS]


def _demand_frame(verb: Token) -> Coded | None:
    """'called on North Korea to halt its tests', 'pressed Iran to free ...': a demand frame
    with an infinitive complement is a demand (CAMEO 10) even where its verb codes nothing."""
    if _frame_mode(verb) == "demanded" and any(c.dep_ == "xcomp" for c in verb.children):
        return Coded("100", verb, 1)
    return None


def _frame_mode(word: Token) -> str | None:
    kind = "adj" if word.pos_ == "ADJ" else "verb"
    return lexicon.frames().get((word.lemma_.lower(), kind))


def _framed_by_coded(verb: Token, coded: dict[int, Coded]) -> bool:
    """A complement of a coded frame ('refused to ALLOW', 'demanded that X WITHDRAW') is part of
    the frame's event, not an event of its own."""
    head = verb.head
    if _is_complement(verb) and head.i in coded and head.i != verb.i:
        return _frame_mode(head) is not None
    return False


def _is_complement(verb: Token) -> bool:
    """A clause completing its head: 'refused to GO', 'demanded that X GO', and the
    infinitive the parser sometimes attaches as an adverbial ('have sworn to FIGHT')."""
    if verb.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children):
        return False  # "asked whether she would meet them": a question, not a demand
    if verb.dep_ in ("xcomp", "ccomp"):
        return True
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _complement(verb: Token) -> Token | None:
    return next((c for c in verb.children if _is_complement(c) and c.dep_ != "ccomp"), None)


def _event_for(verb: Token, found: Coded, finder: ActorFinder, article_id: str,
               sent: Span, text: str) -> list[Event]:
    """The verb's events: one per source and target pair when either side is a compound
    ("The United States and Jordan agreed ..."), as event data codes compound actors."""
    if lexicon.category_of(found.code) is None:
        return []
    sources, targets = _arguments(verb, finder)
    mode = _mode(verb)
    code = _framed_code(verb, found, mode, sources[0] if sources else None)
    category = lexicon.category_of(code)
    if category is None:
        return []
    found = Coded(code, found.trigger, found.specific)
    if not sources and code.startswith("17") and _passive_subject(verb) is not None:
        sources = _state_of_place(verb, finder)
    if code[:2] in ("18", "19", "20") and not found.specific and not targets and _has_object(verb):
        return []  # "struck a softer tone": violence needs a victim or a pattern
    if category.name in ("FIGHT", "ASSAULT"):
        category = lexicon.Category(category.name, _weapon_mode(verb, sent) or category.mode, category.context)
    events = []
    for source in sources or [None]:
        for target in targets or [None]:
            events.append(_make_event(found, category, mode, source, target, article_id, sent, text))
    return events[:MAX_PAIRS]


def _state_of_place(verb: Token, finder: ActorFinder) -> list[ActorRef]:
    """'was arrested in Lebanon': an arrest, ban or seizure with no agent is the state's where
    it happened (CAMEO's convention for agentless coercion)."""
    place = _prep_object(verb, ("in",))
    found = finder.actor(place) if place is not None else None
    if found is not None and found.country:
        return [ActorRef(f"authorities in {place.text}", found.country, "GOV")]
    return []


def _has_object(verb: Token) -> bool:
    return any(c.dep_ in ("dobj", "obj") for c in verb.children)


def _weapon_mode(verb: Token, sent: Span) -> str | None:
    """The means of violence named in the verb's clause ('tanks fired', 'killed in a car bomb
    explosion'), as PLOVER's mode of a FIGHT or ASSAULT event."""
    table = lexicon.weapons()
    words = [t for t in sent if t.i == verb.i or t.head.i == verb.i or verb in t.ancestors
             or (verb.head.i == t.i) or t.head.i == verb.head.i]
    best = None
    for token in words:
        lemma = token.lemma_.lower()
        pair = f"{token.nbor(-1).lemma_.lower()} {lemma}" if token.i > sent.start else ""
        mode = table.get(pair) or table.get(lemma) or table.get(token.lower_)
        if mode and (best is None or abs(token.i - verb.i) < best[0]):
            best = (abs(token.i - verb.i), mode)
    return best[1] if best else None


def _make_event(found: Coded, category, mode: str, source, target, article_id: str,
                sent: Span, text: str, confidence: float | None = None) -> Event:
    trigger = found.trigger
    start, end = trigger.idx, trigger.idx + len(trigger.text)
    if confidence is None:
        confidence = 0.6 + 0.1 * min(found.specific, 2) + (0.1 if source and target else 0.0)
    return Event(
        id=stable_id("event", article_id, "text", start, end, source.name if source else "",
                     target.name if target else ""),
        article_id=article_id, sentence=text[sent.start_char:sent.end_char], start=start, end=end,
        category=category.name, cameo=found.code, mode=mode, source=_as_actor(source),
        target=_as_actor(target), date=None, date_from=None, confidence=round(min(confidence, 0.95), 2),
        trigger=trigger.text, plover_mode=category.mode or None, context=category.context or None,
    )


def _noun_events(sent: Span, coded: dict[int, Coded], finder: ActorFinder, article_id: str,
                 text: str) -> list[Event]:
    """'talks with Veldoria', 'an attack on the base' where no coded verb carries the noun."""
    events = []
    taken = {c.trigger.i for c in coded.values()}
    for token in sent:
        if token.pos_ != "NOUN" or token.i in taken or token.head.i in coded:
            continue
        code = code_noun(token)
        if not code or lexicon.category_of(code) is None:
            continue
        target_token = _prep_object(token, ("with", "on", "against", "to", "between"))
        source_token = next((c for c in token.children if c.dep_ == "poss"), None)
        if target_token is None or source_token is None and token.dep_ not in ("dobj", "nsubj", "pobj"):
            continue
        if source_token is None and token.dep_ == "dobj":
            source_token = _subject(token.head)
        found = Coded(code, token, 1)
        event = _event_for_tokens(found, source_token, target_token, finder, article_id, sent, text)
        if event is not None:
            events.append(event)
    return events


def _event_for_tokens(found, source_token, target_token, finder, article_id, sent, text):
    category = lexicon.category_of(found.code)
    source, target = _actor(source_token, finder), _actor(target_token, finder)
    if source is None or target is None:
        return None
    return _make_event(found, category, _noun_mode(found.trigger), source, target, article_id,
                       sent, text, confidence=0.6)


# ------------------------------------------------------------------ arguments


def _subject(verb: Token, depth: int = 0) -> Token | None:
    """The clause's acting subject; a complement or conjunct verb borrows its head's."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            if child.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
                return verb.head
            return child
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if verb.dep_ == "relcl" and not any(c.dep_ == "nsubjpass" for c in verb.children):
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return verb.head
    if depth < 3 and verb.dep_ in ("xcomp", "conj", "advcl", "acomp") and verb.head.i != verb.i:
        head = verb.head
        if head.pos_ == "ADJ" and head.dep_ == "acomp":
            head = head.head
        return _subject(head, depth + 1)
    return None


def _passive_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _prep_object(token: Token, preps=TARGET_PREPS) -> Token | None:
    for child in token.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


# Dependents walked to find a target, and how early each kind is tried at equal depth.
TARGET_RANK = {"nsubjpass": 0, "dobj": 1, "obj": 1, "dative": 1, "iobj": 1, "nsubj": 2, "pobj": 3}
WALK_DEPS = frozenset({"dobj", "obj", "dative", "iobj", "nsubjpass", "prep", "pobj", "xcomp", "agent",
                       "ccomp", "nsubj", "acl", "pcomp", "appos", "compound", "amod", "advcl"})
# A threat's or demand's condition names its target: "... unless Israel rescinded ...".
CONDITION_MARKS = frozenset({"unless", "if", "until"})
PLACE_PREPS = frozenset({"in", "into", "inside"})
# Prepositions of time, cause and comparison: what follows them is no party to the action.
SKIP_PREPS = frozenset({"following", "after", "before", "despite", "during", "since", "until",
                        "amid", "because", "like", "including", "according", "as", "than", "unlike"})
MAX_DEPTH = 6


def _target_candidates(verb: Token) -> list[tuple[Token, bool]]:
    """Tokens that may name the target, best first: nearest to the verb in the parse, the
    passive subject and objects before subjects of complement clauses ("demanded that X
    withdraw") and prepositional objects ("talks with X", "cut off power to X"); a place the
    action happens in ("arrived in Amman") only last."""
    found: list[tuple[int, int, int, Token]] = []
    frontier = [(child, 1, False) for child in verb.children]
    while frontier:
        token, depth, in_place = frontier.pop()
        if depth > MAX_DEPTH or token.dep_ not in WALK_DEPS:
            continue
        if token.dep_ == "nsubj" and token.head.i == verb.i:
            continue  # the source
        if token.dep_ == "prep" and token.lower_ in SKIP_PREPS:
            continue
        place = in_place or (token.dep_ == "prep" and token.lower_ in PLACE_PREPS)
        if token.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in token.children):
            continue
        if token.dep_ in TARGET_RANK and token.pos_ in ("NOUN", "PROPN"):
            found.append((1 if place else 0, depth, TARGET_RANK[token.dep_], token))
        # a complement clause is the frame's own action: its arguments are as near as the frame's
        step = 0 if token.dep_ in ("xcomp", "ccomp") else 1
        frontier.extend((child, depth + step, place) for child in token.children)
    return [(token, bool(place)) for place, *_key, token in sorted(found, key=lambda f: (f[0], f[1], f[2], f[3].i))]


def _arguments(verb: Token, finder: ActorFinder) -> tuple[list[ActorRef], list[ActorRef]]:
    """(sources, targets) of a verb: the subject and the best-resolving target candidate,
    each with its conjuncts."""
    subject = _subject(verb)
    sources = _with_conjuncts(subject, finder)
    if subject is not None and subject.lower_ in PRONOUN_SUBJECTS:
        # "Syria says it will not accept ...": the reporting clause's subject; "we will
        # retaliate," she said: the quote's speaker, once known
        reporter = _reporting_subject(verb)
        sources = _with_conjuncts(reporter, finder) if reporter is not None else [ActorRef(SPEAKER, None, None)]
    if subject is not None and _own_possession(subject) and not any(s.code for s in sources):
        # "Bosnian Serbs said their forces had withdrawn": the forces of the speaking subject
        sources = _with_conjuncts(_subject(verb.head), finder) if verb.dep_ == "ccomp" else sources
    names = {s.name for s in sources}
    fallback: list[ActorRef] = []
    place_country = None
    for token, is_place in _target_candidates(verb):
        if _own_possession(token):
            continue
        found = [t for t in _with_conjuncts(token, finder) if t.name not in names]
        if is_place:
            if found and found[0].country and place_country is None:
                place_country = found[0].country
            if fallback:
                continue  # "arrested 20 protesters in Nairobi": the protesters, not the city
        if any(t.code for t in found):
            return _placed(sources, place_country), [t for t in found if t.code or t.sector]
        if not fallback and found and found[0].sector and found[0].sector != "CVL":
            fallback = found[:1]  # "rebel fighters": a sector without a country, if nothing better
    return _placed(sources, place_country), _placed(fallback, place_country)


def _placed(actors: list[ActorRef], country: str | None) -> list[ActorRef]:
    """Groups the text places nowhere ('protesters', 'riot police') acting in a country are that
    country's ('... in Santiago' -> CHL)."""
    if country is None:
        return actors
    return [ActorRef(a.name, country, a.sector, a.entity_id)
            if not a.country and not a.entity_id and a.sector not in (None, "IGO", "NGO") else a
            for a in actors]


def _with_conjuncts(token: Token | None, finder: ActorFinder) -> list[ActorRef]:
    if token is None:
        return []
    tokens = [token] + [c for c in token.conjuncts if c.i > token.i][:3]
    found = [a for a in (finder.actor(t) for t in tokens) if a is not None]
    return found + _modifier_conjuncts(token, found, finder)


def _modifier_conjuncts(token: Token, found: list[ActorRef], finder: ActorFinder) -> list[ActorRef]:
    """'French and Egyptian warships', 'U.S. and Russian negotiators': one actor per country
    the conjoined modifiers name, each with the head's sector."""
    if not found:
        return []
    extra = []
    for modifier in token.children:
        if modifier.dep_ not in ("amod", "compound", "nmod") or modifier.i > token.i:
            continue
        for conj in modifier.conjuncts:
            placed = actor_for(conj.text, finder.date)
            if placed is not None and placed.country and placed.country != found[0].country:
                extra.append(ActorRef(f"{conj.text} {token.text}", placed.country, found[0].sector))
    return extra[:3]


def _reporting_subject(verb: Token) -> Token | None:
    """The subject of the clause that reports this one ('X said it would ...')."""
    node = verb
    for _ in range(3):
        if node.dep_ not in ("ccomp", "xcomp", "conj") or node.head.i == node.i:
            return None
        node = node.head
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ not in PRONOUN_SUBJECTS:
            return subject
    return None


def _own_possession(token: Token) -> bool:
    """'its troops', 'their forces': the source's own, not a target."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our", "my") for c in token.children)


def _actor(token: Token | None, finder: ActorFinder) -> ActorRef | None:
    if token is None:
        return None
    found = finder.actor(token)
    if found is None:
        conj = next((c for c in token.children if c.dep_ == "conj"), None)
        if conj is not None:
            found = finder.actor(conj)
    return found


def _as_actor(ref: ActorRef | None) -> Actor | None:
    if ref is None or not (ref.country or ref.sector or ref.entity_id or ref.name == SPEAKER):
        return None
    return Actor(name=ref.name, country=ref.country, sector=ref.sector, entity_id=ref.entity_id)


# ------------------------------------------------------------------ mode


def _negated(word: Token) -> bool:
    return any(c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.dep_ in ("advmod", "neg")) for c in word.children)


def _mode(verb: Token) -> str:
    """asserted, or what keeps the action from having happened (offered, refused, threatened ...)."""
    own = _frame_mode(verb) if any(_is_complement(c) for c in verb.children) else None
    head = verb.head
    framed = None
    if _is_complement(verb) and head.i != verb.i:
        framed = _frame_mode(head)
        if framed and _negated(head):
            framed = "negated" if framed in ("refused", "denied") else framed
    elif verb.dep_ == "acl" and head.pos_ == "NOUN":
        framed = lexicon.frames().get((head.lemma_.lower(), "verb"))
    if _negated(verb):
        return "negated"
    if own:
        return own
    if framed:
        return framed
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    clause_has_if = any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children)
    if clause_has_if or aux & HYPOTHETICAL_MODALS:
        return "hypothetical"
    if aux & INTENT_MODALS:
        return "intended"
    return "asserted"


def _noun_mode(noun: Token) -> str:
    head = noun.head
    if head.pos_ == "VERB" and _negated(head):
        return "negated"
    framed = _frame_mode(head) if head.pos_ == "VERB" else None
    return framed or "asserted"


# ------------------------------------------------------------------ quote, date, place


def _attach_quote(event: Event, quotes: list[Quote], finder: ActorFinder) -> None:
    """An event inside a quotation is reported by its speaker, who is its source when the
    clause names none ("We will retaliate," the minister said)."""
    speaking = event.source is not None and event.source.name == SPEAKER
    if speaking:
        event.source = None
    for quote in quotes:
        if quote.start <= event.start < quote.end:
            event.quote_id = quote.id
            if speaking and quote.speaker:
                ref = actor_for(quote.speaker, finder.date, person=True)
                event.source = Actor(name=quote.speaker, country=ref.country if ref else None,
                                     sector=ref.sector if ref else None,
                                     entity_id=quote.speaker_entity_id)
            return


def _attach_date(event: Event, sent: Span, timexes: list[Timex], published: str | None) -> None:
    inside = [t for t in timexes if sent.start_char <= t.start < sent.end_char]
    if inside:
        nearest = min(inside, key=lambda t: abs(t.start - event.start))
        event.date, event.date_from = nearest.value, "text"
    elif published:
        event.date, event.date_from = published, "published"


def _attach_place(event: Event, sent: Span, places: list | None) -> None:
    """The place named in the event's sentence, when the places extractor's output is given
    (never the dateline by default)."""
    for place in places or ():
        start = getattr(place, "start", None)
        if getattr(place, "field", "text") != "text" or start is None:
            continue
        if sent.start_char <= start < sent.end_char:
            event.location = Location(
                name=getattr(place, "name", None) or getattr(place, "text", ""),
                country=getattr(place, "country", None), admin1=getattr(place, "admin1", None),
                lat=getattr(place, "lat", None), lon=getattr(place, "lon", None),
                geonameid=getattr(place, "geonameid", None),
            )
            return
