"""A sweep of the forms English news prose uses to mark an event's mode (issue 17, mode
generalisation): modals and semi-modals, offers and promises, threats, refusals and denials,
demands, conditions and questions, negation, reported plans and past counterfactuals.

Sentences written for dateline (fictional), about eight per form group; the larger list is kept
outside the project for measuring (docs/accuracy.md gives the figures). Each names the words an
event may be coded on and the modes accepted: a negated act of cooperation is coded as its
rejection (REJECT, asserted: CAMEO's convention, see test_events_modes), so either is accepted
where the act is one of cooperation. CONTROLS: a cue that must not reach the event."""

from __future__ import annotations

import pytest

from test_events import events_of

FORMS = [
    # group, text, words the event may be coded on, accepted modes
    ("will", "The Japanese prime minister will visit Jakarta next week.", "visit", "intended"),
    ("will", "The Nigerian army will deploy additional troops to Borno state.", "deploy", "intended"),
    ("will", "Chile will host a regional summit on migration in May.", "host summit", "intended"),
    ("would", "Ecuador said it would expel the Mexican ambassador.", "expel", "intended"),
    ("would", "Sweden might recognise a Palestinian state next year.", "recognise", "hypothetical"),
    ("would", "Beijing may impose sanctions on American arms makers.", "impose sanctions", "hypothetical"),
    ("would", "Analysts say Turkey could launch a new offensive in northern Syria.", "launch offensive",
     "hypothetical"),
    # semi-modals: be to, be going to, be about to, be set/due/expected/poised to, keen to
    ("semi-modal", "The French president is to visit Algeria in the spring.", "visit", "intended"),
    ("semi-modal", "Washington is going to impose tariffs on Mexican steel.", "impose tariffs", "intended"),
    ("semi-modal", "Canada is about to expel three Indian diplomats.", "expel", "intended"),
    ("semi-modal", "The Dutch government is keen to resume talks with Venezuela.", "resume talks", "intended"),
    ("semi-modal", "The Ethiopian prime minister is due to meet Sudanese leaders in Khartoum on Sunday.",
     "meet", "intended"),
    ("semi-modal", "Nepal is expected to sign a power trade deal with India.", "sign deal", "intended"),
    ("semi-modal", "Russia is poised to annex two more regions of Ukraine.", "annex", "intended"),
    ("semi-modal", "Mali's junta is likely to expel the French ambassador.", "expel", "hypothetical"),
    ("semi-modal", "Japan is considering imposing sanctions on Russian banks.", "considering imposing sanctions",
     "hypothetical"),
    # offers and promises
    ("offer", "Norway offered to mediate between Venezuela and Guyana.", "offered mediate", "offered"),
    ("offer", "Qatar has offered to host talks between the two sides.", "offered host talks", "offered"),
    ("offer", "The Swiss government proposed holding peace talks in Geneva.", "proposed holding talks", "offered"),
    ("offer", "Iran is willing to resume nuclear talks with the United States.", "resume talks", "offered"),
    ("offer", "India has volunteered to send a medical team to Turkey.", "volunteered send", "offered"),
    ("offer", "Japan pledged to provide $2 billion in reconstruction aid to Ukraine.", "pledged provide", "intended"),
    ("offer", "Armenia agreed to resume border talks with Azerbaijan.", "agreed resume talks", "intended"),
    ("offer", "Seoul promised to provide food aid to the North.", "promised provide", "intended"),
    # threats
    ("threat", "North Korea threatened to conduct a seventh nuclear test.", "threatened conduct", "threatened"),
    ("threat", "Russia warned it would respond to any deployment of NATO troops in Finland.", "warned respond",
     "threatened"),
    ("threat", "Azerbaijan warned Armenia that it would use force to clear the road.", "warned use", "threatened"),
    ("threat", "Tehran has threatened to close the Strait of Hormuz.", "threatened close", "threatened"),
    ("threat", "The junta threatened to expel the United Nations mission.", "threatened expel", "threatened"),
    ("threat", "China vowed to retaliate if Washington imposed new chip controls.", "vowed retaliate",
     "intended threatened"),
    # refusals and denials
    ("refusal", "Israel refused to negotiate with Hamas.", "refused negotiate", "refused"),
    ("refusal", "The Iraqi government declined to extend the UN mission's mandate.", "declined extend", "refused"),
    ("refusal", "The Spanish government ruled out sending troops to Ukraine.", "ruled sending", "refused"),
    ("refusal", "The prime minister is reluctant to impose new sanctions on Moscow.", "impose sanctions", "refused"),
    ("refusal", "The British government will not send troops to Ukraine.", "send", "negated"),
    ("denial", "The ministry denied that its troops had shelled the village.", "denied shelled", "denied"),
    ("denial", "Rwanda denied supporting the M23 rebels.", "denied supporting", "denied"),
    ("denial", "Police denied beating the detained students.", "denied beating", "denied"),
    # demands
    ("demand", "The UN Security Council demanded that Israel halt its offensive in Rafah.", "demanded halt",
     "demanded"),
    ("demand", "Washington urged Beijing to release the detained journalists.", "urged release", "demanded"),
    ("demand", "The African Union called on Sudan's warring parties to agree to a ceasefire.", "called agree",
     "demanded"),
    ("demand", "Germany pressed Turkey to approve Sweden's NATO membership.", "pressed approve", "demanded"),
    ("demand", "Kenya told Somalia to withdraw its troops from the border town.", "told withdraw", "demanded"),
    ("demand", "The United Nations appealed to both sides to stop the fighting.", "appealed stop", "demanded"),
    ("demand", "The Pope implored the rebels to release the kidnapped nuns.", "implored release", "demanded"),
    ("demand", "Opposition leaders insisted that the president must resign.", "insisted resign", "demanded"),
    # conditions and questions
    ("condition", "If Russia attacks a NATO member, the alliance will respond.", "attacks", "hypothetical"),
    ("condition", "Unless Hamas releases the hostages, Israel will not halt its offensive.", "releases",
     "hypothetical"),
    ("condition", "Should Iran close the strait, the US Navy would intervene.", "close intervene", "hypothetical"),
    ("condition", "Were Turkey to invade, the Kurdish forces would fight back.", "invade fight", "hypothetical"),
    ("condition", "It is unclear whether the Taliban will attend the talks in Doha.", "attend talks",
     "hypothetical"),
    ("condition", "The army would have stormed the town if the rebels had not surrendered.", "stormed",
     "hypothetical"),
    ("condition", "Analysts are debating whether Beijing would blockade Taiwan.", "blockade", "hypothetical"),
    ("condition", "The ministry should have evacuated the town earlier.", "evacuated", "hypothetical"),
    # negation
    ("negation", "Russian troops did not attack the city.", "attack", "negated"),
    ("negation", "The rebels failed to capture the airport.", "failed capture", "negated"),
    ("negation", "Police have not arrested anyone over the bombing.", "arrested", "negated"),
    ("negation", "The Indian navy has not deployed any ships to the Red Sea.", "deployed", "negated"),
    ("negation", "Neither Israel nor Hamas attacked the aid convoy.", "attacked", "negated"),
    ("negation", "None of the Kenyan protesters were detained by the police.", "detained", "negated"),
    ("negation", "The two leaders did not meet during the summit.", "meet", "negated REJECT"),
    ("negation", "The Chinese navy has yet to withdraw its ships from the shoal.", "withdraw", "negated REJECT"),
    ("refusal", "The Kenyan president balked at sending more troops to Somalia.", "balked sending", "refused"),
    ("demand", "Washington is pushing Israel to allow more aid into Gaza.", "pushing allow", "demanded"),
    ("demand", "The European Commission has instructed Hungary to repay the funds.", "instructed repay",
     "demanded"),
    ("offer", "Seoul would like to resume talks with Tokyo on the dispute.", "resume talks", "intended"),
    # reported plans and premodifiers
    ("plan", "Talks between Kabul and Islamabad are scheduled for next week.", "Talks", "intended"),
    ("plan", "The upcoming visit of the Chinese premier to Canberra was announced on Monday.", "visit", "intended"),
    ("plan", "Kabul announced the potential exchange of prisoners with the Taliban.", "exchange",
     "hypothetical"),
    ("plan", "Lithuania is planning to close two border crossings with Belarus.", "planning close", "intended"),
]


@pytest.mark.parametrize(("group", "text", "triggers", "modes"), FORMS)
def test_each_form_gives_its_mode(group, text, triggers, modes):
    events = [e for e in events_of(text) if e.trigger in triggers.split()]
    assert events, f"{group}: no event on {triggers!r}: {[(e.trigger, e.mode) for e in events_of(text)]}"
    accepted = modes.split()
    for e in events:
        assert e.mode in accepted or (e.category in accepted and e.mode == "asserted"), (group, e.trigger, e.mode)


CONTROLS = [
    # a cue that must not reach the event: "offered" meaning "gave", a cue in a relative clause or
    # another conjunct about someone else, a premodifier of an act carried out
    ("The Pope offered condolences to the families of the victims.", "offered condolences"),
    ("Jordan offered shelter to thousands of Syrian refugees.", "offered"),
    ("The interior ministry offered a reward for information on the attackers.", "offered"),
    ("Japan, which will host the summit next year, condemned the missile launch.", "condemned"),
    ("Iran, which has refused to release the tanker, summoned the British envoy.", "summoned"),
    ("The minister who will visit Beijing next week met the Chinese ambassador on Tuesday.", "met"),
    ("Police arrested the man who had threatened to bomb the embassy.", "arrested"),
    ("Peru recalled its ambassador and said it would review ties with Mexico.", "recalled"),
    ("After refusing to negotiate for months, the union met with ministers on Friday.", "met"),
    ("The army attacked the town, not the village.", "attacked"),
    ("The Israeli army mounted its planned offensive in southern Lebanon on Monday.", "offensive mounted"),
    ("Had Egyptian mediators not been present, the talks would have collapsed.", "present"),
]


@pytest.mark.parametrize(("text", "triggers"), CONTROLS)
def test_a_cue_that_does_not_govern_the_event_leaves_it_asserted(text, triggers):
    events = [e for e in events_of(text) if e.trigger in triggers.split()]
    assert all(e.mode == "asserted" for e in events), [(e.trigger, e.mode) for e in events]


@pytest.mark.parametrize("text", [
    # a forecast or advice is no threat; a question is no demand
    "The IMF warned that inflation could rise further this year.",
    "Forecasters warned residents to stay away from the coast.",
    "Reporters asked whether the army would withdraw from the town.",
])
def test_no_threat_or_demand_where_none_is_made(text):
    events = events_of(text)
    assert not [e for e in events if e.mode in ("threatened", "demanded") or e.category in ("THREATEN", "DEMAND")], \
        [(e.trigger, e.category, e.mode) for e in events]
