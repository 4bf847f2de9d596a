"""Hover cards inside running text: markup a page shows only under the mouse pointer.

Some outlets wrap a person's name in a paragraph with a card that pops up on hover: the full
name again, links to stories about the person, a "MORE" link. The card is in the markup, so
text extraction ran it into the sentence ("Gov. Jane DoeJane Ann DoeHeadline one Headline two
MORE (R) said ..."), and the extractors read the headlines as part of the sentence. The card is
the innermost element, inside a paragraph, whose class names a rollover, tooltip, popover or
hover card and which holds a link or an image; the wrapper around the name and the name's own
link stay, so the sentence reads "Gov. Jane Doe (R) said ...".
"""

from __future__ import annotations

import re

import lxml.html

# Class names of pop-up cards. A bare "hover" is left alone: style classes such as
# "hover-white" or "theme__accent-hover" name colours, not cards.
CARD_CLASS = re.compile(r"(?<![a-z])(?:rollover|tool-?tip|pop-?over|hover-?card)", re.IGNORECASE)


def _holds_links(node: lxml.html.HtmlElement) -> bool:
    return bool(node.xpath(".//a | .//img"))


def _is_card(node: lxml.html.HtmlElement) -> bool:
    """A non-link element with a card class that holds a link or an image. The link that
    opens the card (the name) is never the card."""
    return (
        node.tag != "a"
        and bool(CARD_CLASS.search(node.get("class") or ""))
        and _holds_links(node)
    )


def inline_cards(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The hover cards inside paragraphs of `root`: the innermost of nested card elements, so
    a wrapper that holds the name beside its card is kept."""
    candidates = [n for n in root.xpath(".//p//*[@class]") if _is_card(n)]
    return [n for n in candidates if not any(_is_card(d) for d in n.iterdescendants())]


def drop_inline_cards(root: lxml.html.HtmlElement) -> bool:
    """Remove every hover card inside a paragraph of `root` (its tail text stays); whether any
    was found."""
    cards = inline_cards(root)
    for card in cards:
        card.drop_tree()
    return bool(cards)
