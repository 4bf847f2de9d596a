"""Word senses by object and frame, attempted acts, and a partner the dashes hide (issue 17,
fourth round). Sentences written for these tests."""

from __future__ import annotations

from test_events import events_of, on_trigger


def test_awarding_contracts_is_no_demand():
    events = events_of("The Defence Ministry awarded contracts to two Kenyan firms for new patrol boats.")
    assert not on_trigger(events, "awarded")


def test_bids_from_firms_are_no_demand():
    events = events_of("The Kenyan ports authority chose to receive bids from three Turkish companies.")
    assert not on_trigger(events, "bids")


def test_breaking_with_a_resolution_is_no_threat():
    events = events_of("The ruling breaks with earlier United Nations resolutions on the border.")
    assert not on_trigger(events, "breaks")


def test_breaking_off_relations_keeps_its_code():
    events = events_of("Somalia broke off diplomatic relations with Kenya on Tuesday.")
    assert [e.category for e in on_trigger(events, "broke")] == ["SANCTION"]


def test_a_video_containing_an_edit_coerces_no_one():
    events = events_of("The opposition posted a video containing a doctored clip of an interview "
                       "with President Ruto.")
    assert not on_trigger(events, "containing")


def test_taking_part_in_an_effort_is_no_act():
    events = events_of("The envoy said he never took part in an effort to pressure Ethiopia.")
    assert not [e for e in on_trigger(events, "took") if e.category in ("REJECT", "AGREE")]


def test_treaty_partner_before_a_dash_list():
    events = events_of("The only two states to have signed peace treaties with Kenya - Somalia and "
                       "Ethiopia - also criticised the move.")
    treaties = on_trigger(events, "treaties")
    assert {e.source.country for e in treaties} == {"SOM", "ETH"}
    assert {e.target.country for e in treaties if e.target} == {"KEN"}
    assert all(e.target is not None for e in treaties)


def test_an_act_one_tries_to_force_is_not_asserted():
    events = events_of("Uganda has tried to force the rebels to surrender their weapons.")
    surrender = on_trigger(events, "surrender")
    assert surrender and all(e.mode == "hypothetical" for e in surrender)


def test_a_forced_act_keeps_its_mode_without_trying():
    events = events_of("Uganda forced the rebels to surrender their weapons.")
    assert all(e.mode != "hypothetical" for e in on_trigger(events, "surrender"))


def test_a_wanted_raid_is_no_threat():
    events = events_of("The Americans wanted to raid a rebel base near the border.")
    assert [e.category for e in on_trigger(events, "raid")] == ["FIGHT"]
    assert on_trigger(events, "raid")[0].mode == "intended"


def test_a_vowed_attack_stays_a_threat():
    events = events_of("The rebel commander vowed to attack government positions in the north.")
    assert [e.category for e in on_trigger(events, "vowed")] == ["THREATEN"]
