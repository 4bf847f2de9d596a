"""Mechanisms fixed from the errors of the blind-written event set (issue 17,
tests/fixtures/events/written.json), each checked on sentences written apart from that set."""

from __future__ import annotations

import pytest

from test_events import code, events_of, only

CASES = [
    # text, trigger, category, source code, target code, PLOVER mode (None: not checked)
    ("Jordan allowed relief convoys to enter the besieged city.", "allowed", "RETREAT", "JOR", None, "access"),
    ("Egypt allowed UN inspectors to visit the site.", "allowed", "RETREAT", "EGY", "IGO", None),
    ("The Mauritanian government gave in to the strikers' demands on Friday.", "gave", "CONCEDE", "MRT", "MRT", None),
    ("Turkey accepted Sweden's request for talks.", "accepted", "CONCEDE", "TUR", "SWE", None),
    ("Reporters Without Borders condemned the arrest of the journalist by Egyptian police.", "condemned",
     "DISAPPROVE", "NGO", "EGY", None),
    ("Rebel fighters pulled out of the northern town on Monday.", "pulled", "RETREAT", None, None, "withdraw"),
    ("Norway sent tanks to Ukraine.", "sent", "AID", "NOR", "UKR", None),
    ("Russia sent warships to the Baltic Sea.", "sent", "MOBILIZE", "RUS", None, "troops"),
    ("Teachers in Kenya walked off the job on Monday.", "walked", "PROTEST", "KEN", None, "boycott"),
    ("The Ethiopian government shut down the internet in the Amhara region.", "shut", "COERCE", "ETH", None,
     "restrict"),
    ("The embargo on North Korea was tightened by the Security Council.", "tightened", "SANCTION", "IGO", "PRK", None),
    ("Nepal sought Indian assistance to rebuild its roads.", "sought", "REQUEST", "NPL", "IND", None),
    ("The Iraqi prime minister deployed riot police in Basra.", "deployed", "MOBILIZE", "IRQ", None, "police"),
    ("Morocco and Spain launched joint patrols in the Alboran Sea.", "patrols", "COOPERATE", "MAR", None, None),
    ("Pakistan vowed to retaliate against India for the air strike.", "retaliate", "THREATEN", "PAK", "IND",
     "violence"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "category", "source", "target", "mode"), CASES,
                         ids=[case[0][:40] for case in CASES])
def test_written_set_mechanisms(text, trigger, category, source, target, mode):
    event = only(events_of(text), trigger)
    assert event.category == category
    if source is not None:
        assert code(event.source) == source
    if target is not None:
        assert code(event.target) == target
    if mode is not None:
        assert event.plover_mode == mode


@pytest.mark.slow
def test_dismissing_officials_codes_nothing():
    events = events_of("The Kazakh president dismissed the cabinet on Wednesday.")
    assert not [e for e in events if e.trigger == "dismissed"]
