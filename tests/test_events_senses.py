"""Word senses by object and frame, attempted acts, and a partner the dashes hide (issue 17,
fourth round). Sentences written for these tests."""

from __future__ import annotations

from test_events import events_of, on_trigger, only


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


def test_distancing_from_a_thing_is_no_disapproval():
    events = events_of("Kenya's foreign minister spent the week distancing himself from a bitter family feud.")
    assert not on_trigger(events, "distancing")


def test_distancing_from_a_party_position_is_disapproval():
    events = events_of("Several African Union members distanced themselves from the Kenyan position.")
    assert [e.category for e in on_trigger(events, "distanced")] == ["DISAPPROVE"]


def test_musicians_touring_together_visit_no_one():
    events = events_of("The four musicians will tour together for the first time in a decade.")
    assert not on_trigger(events, "tour")


def test_touring_a_country_is_a_visit():
    events = events_of("The Kenyan president toured Uganda last week.")
    assert [e.category for e in on_trigger(events, "toured")] == ["CONSULT"]


def test_embroiled_in_controversy_rejects_no_one():
    events = events_of("The ruling party became embroiled in controversy over campaign funds.")
    assert not on_trigger(events, "embroiled")


def test_deployed_force_is_the_source():
    events = events_of("The minister said Kenyan troops could be deployed in Mogadishu.")
    deployed = only(events, "deployed")
    assert deployed.category == "MOBILIZE" and deployed.source.country == "KEN" and deployed.target is None


def test_a_rescue_mission_to_free_hostages_is_no_release():
    events = events_of("Kenyan officials said special forces had launched a rescue mission to free the hostages.")
    assert not on_trigger(events, "free")


def test_captors_freeing_hostages_is_a_release():
    events = events_of("The rebels freed the hostages on Monday.")
    assert [e.category for e in on_trigger(events, "freed")] == ["RETREAT"]


def test_soldiers_on_the_streets_do_not_protest():
    events = events_of("Kenyan soldiers took to the streets of Nairobi to clear barricades on Sunday.")
    assert not [e for e in on_trigger(events, "took") if e.category == "PROTEST"]


def test_supporters_on_the_streets_protest():
    events = events_of("Opposition supporters took to the streets of Nairobi on Sunday.")
    assert [e.category for e in on_trigger(events, "took")] == ["PROTEST"]


def test_a_denied_apology_is_no_rejection():
    events = events_of("We make no apology for defending our borders, Kenya's defence minister said.")
    apology = on_trigger(events, "apology")
    assert all(e.category != "REJECT" and e.mode == "negated" for e in apology)
