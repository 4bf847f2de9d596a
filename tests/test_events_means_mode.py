"""A gerund that is the means or a step of another act takes that act's mode when the act has
not (yet) happened (issue 17): "the government can end it by withdrawing the bill" withdraws
nothing yet; "the army retaliated by shelling rebel positions" shelled them."""

from __future__ import annotations

import pytest

from test_events import events_of, only

pytestmark = pytest.mark.slow

MEANS = [
    ("The Spanish government can end the strike tomorrow by withdrawing the bill, the union leader said.",
     "withdrawing", "hypothetical"),
    ("Israel could retaliate by bombing Iranian oil facilities.", "bombing", "hypothetical"),
    ("The Brazilian foreign minister will travel to Kyiv after meeting NATO leaders in Brussels.",
     "meeting", "intended"),
    ("The Pakistani army retaliated by shelling Indian positions along the border.", "shelling", "asserted"),
    ("The French government ended the strike by withdrawing the pension bill.", "withdrawing", "asserted"),
]


@pytest.mark.parametrize(("text", "trigger", "mode"), MEANS)
def test_a_means_gerund_takes_the_mode_of_its_act(text, trigger, mode):
    assert only(events_of(text), trigger).mode == mode
