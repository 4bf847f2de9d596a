"""Headlines: a page title without the site's name it carries ("... - 9to5Mac"), and
whether a line is set in title case.

Pages title themselves "Headline | Outlet" or "Headline - outlet.com": the tail is no part
of the headline, yet it went into story titles, timeline entries and the headline's names
(the outlet read as an organisation the article mentions). A tail is taken off only when it
is the outlet's own name (as the page or feed gives it, or its web address) or is shaped
like a web address itself; a section label ("| Editorial") or a headline's own last clause
("Take C.A.R.E. - comwrap auf der DMEXCO 2018") stays.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from dateline.lexicons import words

# the last " | ", " - ", " – ", " — ", " :: ", " · " or " • " of a title, with what follows
_LAST_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|•)\s+(?=[^|–—·•]*$)")
_WEB_ADDRESS = re.compile(r"^(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$", re.IGNORECASE)
_NOT_ALPHANUMERIC = re.compile(r"[\W_]+", re.UNICODE)
MIN_HEADLINE_WORDS = 2  # what is left must still read as a headline
_SITE_NAME_SEPARATOR = re.compile(r"\s+[|–—]\s+")
MIN_OUTLET_CHARS = 3
_WORD = re.compile(r"\S+")
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
_MINOR_WORDS = frozenset(words("function_words.txt"))
TITLE_CASE_SHARE = 0.8  # of a line's content words capitalised: it is set in title case
MIN_CONTENT_WORDS = 3
MAX_LOWER_CASE_WORDS = 1


def _key(text: str) -> str:
    key = _NOT_ALPHANUMERIC.sub("", text.casefold())
    return key[3:] if key.startswith("the") and len(key) > 6 else key


def site_names(source: str | None, url: str | None) -> set[str]:
    """The outlet's names as keys: its name and each part of it ("LinkNaija | Nigeria's
    popular news platform"), its web address with and without the top-level part."""
    names: set[str] = set()
    if source:
        names.add(_key(source))
        names.update(_key(part) for part in re.split(r"\s+[|\-–—:]\s+", source))
    host = (urlparse(url).hostname or "") if url else ""
    host = host[4:] if host.startswith("www.") else host
    if host:
        names.add(_key(host))
        labels = host.split(".")
        names.add(_key(".".join(labels[:-1])))
        names.update(_key(label) for label in labels[:-1] if len(label) > 3)
    names.discard("")
    return names


def outlet_name(source: str | None) -> str | None:
    """The outlet's name from a site name that is a list or a name and a tagline ("LinkNaija |
    Nigeria's popular news platform", "Autoracing | F1 | Indy | NASCAR", "The Jerusalem Post |
    JPost.com"): the first part. A name without such a separator stays whole."""
    if not source:
        return source
    first = _SITE_NAME_SEPARATOR.split(source.strip(), maxsplit=1)[0].strip()
    return first if len(first) >= MIN_OUTLET_CHARS else source.strip()


def without_site_name(title: str | None, source: str | None = None, url: str | None = None) -> tuple[str | None, str | None]:
    """(headline, tail taken off) of a page title: the tail after its last separator when it
    names the outlet; (title, None) otherwise."""
    if not title:
        return title, None
    match = _LAST_SEPARATOR.search(title)
    if match is None:
        return title, None
    head, tail = title[: match.start()].rstrip(), title[match.end():].strip()
    if len(head.split()) < MIN_HEADLINE_WORDS or not tail:
        return title, None
    if _key(tail) in site_names(source, url) or _WEB_ADDRESS.match(tail):
        return head, tail
    return title, None


def is_title_case(headline: str | None) -> bool:
    """Whether (nearly) every content word of the headline starts with a capital."""
    content = [w for w in (m.group().strip("\"'‘’“”()[]:,.!?") for m in _WORD.finditer(headline or ""))
               if _LETTERS.match(w[:1]) and w.lower() not in _MINOR_WORDS]
    if len(content) < MIN_CONTENT_WORDS:
        return False
    lower = sum(not w[0].isupper() for w in content)
    # one lower-case word is a brand's spelling ("xCloud", "e-tron"); two make a sentence
    return lower <= MAX_LOWER_CASE_WORDS and lower <= (1 - TITLE_CASE_SHARE) * len(content)
