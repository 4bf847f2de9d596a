"""'Label: what follows' lines that are no one speaking: a heading whose words the article
writes in lower case elsewhere, a section word, a dateline of places, a list of links, a topic
with a name inside it."""

from __future__ import annotations

import pytest
from quote_helpers import quotes_in

pytestmark = pytest.mark.slow


def _speakers(text: str) -> set[str | None]:
    return {q.speaker_mention for q in quotes_in(text)}


@pytest.mark.parametrize("line", [
    "New Price Drop: Apple Watch Series 3 38mm Smart Watch for $169.99 (Originally $200)",
    "Summary: Keetan Munsell won the state championship in the event with a score of 409.30.",
    "Washington, DC, United States: Getting to the Moon has been done before by several crews.",
    "- Keck Observatory: Twin Telescopes Watch the Skies Over Mauna Kea",
    "The promise of Google Stadia: high quality visuals and rock-solid performance streamed to you.",
    "Lakers vs Nets: NBA makes final decision on game amid China turmoil",
])
def test_a_label_that_is_no_one_speaking(line):
    text = ("Retailers cut the price of the watch again this week, a drop of 15 per cent.\n\n"
            f"{line}\n\nShoppers should hurry, the store said.")
    assert _speakers(text) <= {None, "store", "the store"}


def test_a_name_before_a_colon_still_speaks():
    text = "Sanders: The rich must pay their fair share of taxes, and they will.\n\nThe crowd cheered."
    assert "Sanders" in _speakers(text)
