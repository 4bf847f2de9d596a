"""An event's quote and date: the quotation it is reported in (whose speaker is its source when
the clause names none) and the time expression of its sentence, else the publication date."""

from __future__ import annotations

import re

from spacy.tokens import Span

from dateline.analyse.events.actors import actor_for
from dateline.analyse.events.arguments import SOMEONE, SOMEONE_PERSON, SPEAKER_WE, SPEAKERS
from dateline.analyse.events.speaking_for import body_spoken_for
from dateline.analyse.events.phrases import ActorFinder
from dateline.lexicons import words
from dateline.models import Actor, Event, Quote, Timex


def attach_quote(event: Event, quotes: list[Quote], finder: ActorFinder) -> bool:
    """An event inside a quotation is reported by its speaker, who is its source when the
    clause names none ("We will retaliate," the minister said; she said she would resign);
    in the speaker's own words "they" and "he" are someone else ("They attacked us," he said).
    Whether the source is the speaker of the quotation (one who speaks for a body: "we thank")."""
    pronoun = event.source.name if event.source is not None else None
    if pronoun in (*SPEAKERS, SOMEONE, SOMEONE_PERSON):
        event.source = None
    for quote in quotes:
        if quote.start <= event.start < quote.end:
            event.quote_id = quote.id
            speaking = pronoun in SPEAKERS or (pronoun == SOMEONE and quote.kind != "direct") or (
                pronoun == SOMEONE_PERSON and quote.kind != "direct" and not _body(quote.speaker, finder))
            if speaking and quote.speaker:
                ref = actor_for(quote.speaker, finder.date, person=True)
                # one saying "we" speaks for their body: a speaker the dictionary lacks keeps the
                # role the article gives them elsewhere ("Interior Minister Piet Halden" ... "'We
                # will not back down,' he said"); what "I" or "he" says is their own (on real
                # pages, claims and wishes: "he visited Epstein", "I would've expected")
                # "he denied that he would resign": yielding with no other party (stepping
                # down) is done in the role the article gives them; other acts of "I" or "he"
                # are their own ("I have met every family", "he visited Epstein")
                own_role = pronoun == SPEAKER_WE or (event.category == "CONCEDE" and event.target is None)
                country, sector = (ref.country, ref.sector) if ref else (
                    finder.named_role(quote.speaker) if own_role else (None, None))
                event.source = Actor(name=quote.speaker, country=country, sector=sector,
                                     entity_id=quote.speaker_entity_id)
                if pronoun == SPEAKER_WE:
                    # "'We thank ...,' the White House press secretary said": the White House's
                    event.source = body_spoken_for(quote, quotes, finder.date) or event.source
                return pronoun in SPEAKERS  # "we thank ...": one speaking for a body; "he said he ..." is himself
            return False
    return False


def _body(speaker: str | None, finder: ActorFinder) -> bool:
    """Whether the article names the speaker as an organisation or a country, or the speaker's
    words name a body or a group (data/events/body_heads.txt): "he" in what it says is someone
    else ("charges he threatened to kill ..., the U.S. Attorney's Office for ... announced")."""
    if not speaker:
        return False
    if any(m.type in ("ORG", "GPE", "NORP", "FAC") for m in finder.entities if m.name == speaker):
        return True
    return speaker_head(speaker) in BODY_HEADS


BODY_HEADS = frozenset(words("events/body_heads.txt"))


def speaker_head(name: str) -> str:
    """The last word of a name before its 'of' or 'for' phrase ('Office' in 'the Attorney's
    Office for the Western District of New York')."""
    head = re.split(r"\s(?:of|for)\s", name, maxsplit=1)[0].split()
    return head[-1].lower() if head else ""


def attach_date(event: Event, sent: Span, timexes: list[Timex], published: str | None) -> None:
    inside = [t for t in timexes if sent.start_char <= t.start < sent.end_char]
    if inside:
        nearest = min(inside, key=lambda t: abs(t.start - event.start))
        event.date, event.date_from = nearest.value, "text"
    elif published:
        event.date, event.date_from = published, "published"
