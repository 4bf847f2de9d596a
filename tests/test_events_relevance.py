"""The relevance gate and confidence of events (analyse/events/relevance.py), over sentences we
wrote: sports, business, metaphor and headline lists code no event; political acts still do."""

from __future__ import annotations

import pytest

from dateline.analyse.events.relevance import CONFIDENCE_FLOOR, ProseDomains, party_kind
from dateline.analyse.pipeline import parse_articles
from dateline.models import Actor, Article
from test_events import code, events_of, on_trigger, only

pytestmark = pytest.mark.slow

NO_EVENT = [
    # sports: a result, a tactic, a goal are not violence or defeat
    ("Portugal beat Ghana 3-2 in their opening World Cup match on Thursday, "
     "with their striker scoring twice in the second half.", "beat"),
    ("The coach said Brazil would attack from the first minute of the semifinal against Argentina, "
     "and the team trained at the stadium on Tuesday.", "attack"),
    ("In the third set, the Spanish player fired a shot past the French goalkeeper as the league "
     "leaders pulled clear.", "fired"),
    # business: selling, buying and offering are trade
    ("The company offers free delivery to customers in Canada, and its shares rose after the "
     "quarterly earnings beat forecasts.", "offers"),
    ("Investors cheered after the Japanese retailer agreed to buy a smaller rival, its chief "
     "executive told shareholders, lifting the stock price.", "buy"),
    # metaphor: harm to an economy is no assault
    ("Higher tariffs have hurt American farmers, who sold less soy abroad this year.", "hurt"),
    ("Campaign advertisements were targeted at young voters in three states.", "targeted"),
    # offering a reminder or a glimpse, striking someone as something: no one gives or hits
    ("The senator's visit to Kyiv offers a powerful reminder of how much Ukraine depends on "
     "American weapons, the Russian ambassador said.", "offers"),
    ("The French minister's remarks about Algeria struck the Algerian envoy as hostile, "
     "diplomats said.", "struck"),
    # coming under enemy fire is being shot at, not criticism
    ("A British patrol came under intense enemy fire near Kandahar on Monday, the army said.", "came"),
    # taking over as something is taking up a post
    ("The Kenyan vice president took over as the government's point man on the Somali talks in "
     "March.", "took"),
]


@pytest.mark.parametrize(("text", "trigger"), NO_EVENT)
def test_everyday_senses_code_no_event(text, trigger):
    assert on_trigger(events_of(text), trigger) == []


def test_a_list_of_headlines_holds_no_event():
    text = ("Senators press Iran to free detained sailors | Markets slide in Asia | "
            "Ministers of Peru and Chile meet in Lima over border")
    assert events_of(text) == []


STILL_CODED = [
    # text, trigger, category, source code, target code
    ("Russian troops attacked Ukrainian positions near the border on Sunday.",
     "attacked", "FIGHT", "RUS", "UKR"),
    ("Yemeni rebels took over the Saudi consulate in Sanaa as the guards fled.",
     "took", "COERCE", "YEM", "SAU"),
    ("The Turkish foreign minister came under fire from Greek lawmakers over the maritime deal.",
     "came", "DISAPPROVE", "GRC", "TUR"),
    ("The Japanese government offered to host talks between the two Koreas.",
     "offered", "AGREE", "JPN", None),
    # a state or armed actor keeps an everyday verb political in a sports paragraph
    ("After the match at the stadium, Argentine police fired tear gas at fans who threw stones "
     "at the players' bus.", "fired", "ASSAULT", "ARG", None),
    # harm in the sentence shows the violent sense of an everyday verb
    ("A Colombian journalist was shot dead in Cali on Friday.", "shot", "ASSAULT", "COL", "COL"),
]


@pytest.mark.parametrize(("text", "trigger", "category", "source", "target"), STILL_CODED)
def test_political_acts_are_still_coded(text, trigger, category, source, target):
    event = only(events_of(text), trigger)
    assert (event.category, code(event.source)) == (category, source)
    if target is not None:
        assert code(event.target) == target


def test_confidence_reflects_the_evidence():
    events = events_of("France accused Germany of breaking the budget rules. "
                       "Officials said the firm had accused a rival of copying its design.")
    state = only(events, "accused")
    assert all(e.confidence >= CONFIDENCE_FLOOR for e in events)
    # two states on both sides, a main clause and a specific verb: among the surest
    assert state.confidence >= 0.75


def test_paragraph_domain_from_its_words_and_the_articles():
    text = ("The striker scored twice and the coach praised the team after the match.\n\n"
            "The defence minister told parliament the troops would leave the border.")
    doc = next(parse_articles([Article.from_text(text, published="2024-03-14")])).doc
    domains = ProseDomains(doc)
    assert domains.domain_at(5) == "sports"
    assert domains.domain_at(text.index("defence")) is None


@pytest.mark.parametrize(("actor", "kind"), [
    (Actor(name="Kenya", country="KEN", sector=None), "political"),
    (Actor(name="Bosnian Serbs", country="BIH", sector=None, entity_id="e1"), "political"),
    (Actor(name="the army", country="KEN", sector="MIL"), "political"),
    (Actor(name="Liberian Peace Council", country="LBR", sector=None, entity_id="e2"), "political"),
    (Actor(name="unidentified attackers in Lima", country="PER", sector=None), "stand-in"),
    (Actor(name="two farmers", country="PER", sector="AGR"), "people"),
    (Actor(name="the old port", country="PER", sector=None), "group"),
    (Actor(name="Acme Motors", country="USA", sector="BUS", entity_id="e3"), "private"),
    (Actor(name="Dana Whitfield", country="USA", sector=None, entity_id="e4"), "private"),
    (None, "none"),
])
def test_party_kinds(actor, kind):
    assert party_kind(actor) == kind


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("China's ambassador warned that the Chinese government would not sit idle if the Hong Kong "
     "situation became uncontrollable.", "warned", None),
    ("Hong Kong was threatened with Chinese military intervention, protesters said.", "threatened", "Hong Kong"),
])
def test_a_situation_or_an_intervention_is_no_party(text, trigger, target):
    event = only(events_of(text), trigger)
    assert (event.target.name if event.target else None) == target


@pytest.mark.parametrize(("text", "trigger"), [
    # a verb's default sense of an act on a party, used of a thing (figurative.py): no event
    ("Many of the demonstrators wore scarves to shield their faces from cameras.", "shield"),
    ("In the wake of the epidemic, Chad vastly improved its detection of infectious diseases.", "improved"),
    ("Authorities in northern Chad instituted a quarantine to stop the disease from spreading.", "instituted"),
    # striking someone as something is an impression, not violence
    ("\"I thought that the references to former Kenyan President Uhuru Kenyatta and his allies struck me as "
     "political in nature given that Kenyatta is a rival of the president,\" the aide said.", "struck"),
])
def test_an_act_on_a_thing_or_an_impression_is_no_event(text, trigger):
    assert on_trigger(events_of(text), trigger) == []


@pytest.mark.parametrize(("text", "trigger", "category"), [
    # the same verbs done to a party, or by partners to each other, stay events
    ("UN peacekeepers shielded the refugees from the militia in Darfur.", "shielded", "AID"),
    ("Chad and Niger improved their border cooperation against the militants.", "improved", "COOPERATE"),
    ("The Kenyan rebels struck the army base as dawn broke.", "struck", "ASSAULT"),
])
def test_the_same_verbs_done_to_a_party_stay_events(text, trigger, category):
    assert only(events_of(text), trigger).category == category


def test_a_named_firm_placed_in_a_country_is_still_a_firm():
    # a firm's offer is its business, even when the text places the firm in a country ...
    text = "American Airlines offered to fly the stranded dog to Seattle, along with a volunteer from the animal shelter."
    assert [e for e in events_of(text) if e.trigger == "offered"] == []
    # ... a government's offer stays an event
    offered = only(events_of("The Canadian government offered to fly the stranded tourists to Seattle."), "offered")
    assert offered.category == "AGREE"


@pytest.mark.parametrize("text", [
    # a need no one is named to meet is no appeal; arguing that someone needs it is no disapproval
    "Kenya needs more security, the minister said.",
    "The Kenyan senator argued that Kenya needs stronger border controls and more patrols.",
])
def test_a_stated_need_is_no_appeal_nor_disapproval(text):
    assert [(e.trigger, e.category) for e in events_of(text)] == []


def test_a_need_someone_is_asked_to_meet_and_an_argument_with_someone_stay():
    assert only(events_of("Kenya urgently needs food aid from the United Nations, the minister said."),
                "needs").category == "REQUEST"
    argued = only(events_of("The Kenyan senator argued with President William Ruto over the finance bill."), "argued")
    assert (argued.category, code(argued.target)) == ("DISAPPROVE", "KEN")


@pytest.mark.parametrize(("text", "trigger"), [
    # giving words is no aid; establishing whether something happened is no cooperation
    ("Lawyers for the victims will find the interview given by the Kenyan president a treasure trove of material.", "given"),
    ("The inquiry is an effort by Kenyan senators to establish whether President William Ruto withheld aid to Uganda.",
     "establish"),
    # restricting a thing, no one named, is no coercion of anyone
    ("Critics say Kenyan officials are restricting information about the outbreak.", "restricting"),
])
def test_words_given_a_question_or_a_thing_restricted_is_no_event(text, trigger):
    assert on_trigger(events_of(text), trigger) == []


def test_aid_a_partner_and_an_allegation_stay():
    assert only(events_of("The European Union gave 50 million euros in aid to Kenya."), "gave").category == "AID"
    restricted = only(events_of("Kenyan police restricted the opposition leaders' movements in Nairobi."), "restricted")
    assert restricted.category == "COERCE"
    alleged = only(events_of("Kenyan opposition leaders are alleging that President William Ruto's call with the "
                             "Ugandan leader was improper."), "alleging")
    assert (alleged.category, code(alleged.source)) == ("DISAPPROVE", "KEN")


def test_attacking_a_politician_with_no_doer_named_and_no_harm_is_criticism():
    attack = only(events_of("Since January, the committee has done nothing but attack President William Ruto."), "attack")
    assert (attack.category, code(attack.target)) == ("DISAPPROVE", "KEN")
    # a politician attacked in the passive, or by gunmen, was assaulted
    passive = only(events_of("Kenyan President William Ruto was attacked in his car in Nairobi on Monday."), "attacked")
    assert passive.category == "ASSAULT"


def test_an_order_of_jets_is_business():
    text = ("In addition to its order of 30 Boeing jets on Wednesday, the airline announced an order of 50 "
            "Airbus jets on Monday at a value of $16 billion at list prices.")
    assert [e for e in events_of(text) if e.trigger == "order"] == []
    # craft a body owns stand for the body
    delivered = only(events_of("African Union helicopters delivered food to displaced Somali families on Sunday."),
                     "delivered")
    assert (delivered.category, code(delivered.source)) == ("AID", "IGO")


def test_an_airlines_purchase_of_jets_is_business():
    text = ("Dubai's flagship carrier Emirates Airline finalized a deal to purchase 30 Boeing jets, executives of "
            "both companies said at the Dubai Air Show.")
    assert [(e.trigger, e.category) for e in events_of(text)] == []


def test_meetings_won_are_a_contest_talks_held_are_not():
    won = "The United States had won all 15 previous meetings with their Canadian neighbours, though they had not met since 1965."
    assert [e for e in events_of(won) if e.trigger == "meetings"] == []
    held = only(events_of("The United States held talks with their Canadian neighbours on Monday."), "talks")
    assert (held.category, code(held.target)) == ("CONSULT", "CAN")
