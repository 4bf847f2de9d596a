"""A wire dateline opening a sentence ("NAIROBI, June 3 (Reuters) - Moscow attacked ..."):
where the story was filed, never a party to its events.

Cleaning keeps the dateline in the body (the places reader uses it), so the parser sees
'NAIROBI' as one more subject of the first verb, before the real one, and the first subject
wins. The dateline is read from the surface with the cleaner's own reader."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.clean import find_dateline

# a dateline is short: place, region, date, agency ("WASHINGTON, D.C., Jan. 5 (AP) --")
MAX_TOKENS = 16


def in_dateline(token: Token) -> bool:
    """Whether the token lies in a wire dateline opening its sentence."""
    sent = token.sent
    if token.i - sent.start > MAX_TOKENS:
        return False
    found = find_dateline(sent.text)
    if found is None or not (found.place or found.agency):
        return False
    opening = len(sent.text) - len(found.rest)
    return token.idx - sent.start_char < opening
