"""The events extractor over sentences we wrote: category, mode, source and target."""

from __future__ import annotations

import pytest

from dateline.analyse.events import extract_events
from dateline.analyse.pipeline import analyse_parsed, parse_articles
from dateline.clean import clean
from dateline.models import Article


def events_of(text: str, published: str | None = "2024-03-14", *, cleaned: bool = False):
    """The events of one article; `cleaned`: read as a run does, its wire dateline removed."""
    article = Article.from_text(text, published=published)
    parsed = next(parse_articles([clean(article) if cleaned else article]))
    analysis = analyse_parsed(parsed)
    return extract_events(parsed, entities=analysis.entities, quotes=analysis.quotes,
                          timexes=analysis.timexes, places=analysis.places)


def described(events):
    """Each event as (category, mode, source name, target name): what assertion messages show."""
    return [(e.category, e.mode, e.source and e.source.name, e.target and e.target.name) for e in events]


def on_trigger(events, trigger):
    """The events coded on one trigger word."""
    return [e for e in events if e.trigger == trigger]


def only(events, trigger):
    found = on_trigger(events, trigger)
    assert found, f"no event on {trigger!r}: {[(e.trigger, e.category) for e in events]}"
    return found[0]


def code(actor):
    return None if actor is None else (actor.country or actor.sector)


CASES = [
    # text, trigger, category, mode, source code, target code
    ("Chile's foreign minister Ana Soto accused Peru of violating the border agreement.",
     "accused", "ACCUSE", "asserted", "CHL", "PER"),
    ("Peruvian troops shelled positions held by rebel fighters near the border.",
     "shelled", "FIGHT", "asserted", "PER", "REB"),
    ("Norway is ready to host talks between the two governments.",
     "host", "AGREE", "offered", "NOR", None),
    ("Brazil has never refused to negotiate with the Argentine government.",
     "refused", "REJECT", "negated", "BRA", "ARG"),
    ("The UN envoy held talks with Sudanese officials in Khartoum.",
     "talks", "CONSULT", "asserted", "IGO", "SDN"),
    ("Two Kenyan journalists were arrested by Ugandan police on Tuesday.",
     "arrested", "COERCE", "asserted", "UGA", "KEN"),
    ("Kenya demanded that Somalia withdraw its troops from the border.",
     "demanded", "DEMAND", "demanded", "KEN", "SOM"),
    ("Iran threatened to impose sanctions on Azerbaijan over the pipeline dispute.",
     "threatened", "THREATEN", "threatened", "IRN", "AZE"),
    ("Gunmen killed three Nigerian soldiers in an ambush near the village.",
     "killed", "ASSAULT", "asserted", "UAF", "NGA"),
    ("Thousands of Chilean students protested against the government in Santiago.",
     "protested", "PROTEST", "asserted", "CHL", None),
    ("Japan will give Ghana a grant of 20 million dollars for new clinics.",
     "grant", "AGREE", "intended", "JPN", "GHA"),
    # reported speech: "would" is the speaker's intent, not a hypothetical
    ("Chile said it would allow the return of UN inspectors.",
     "allow", "AGREE", "intended", "CHL", "IGO"),
    # a light or aspectual verb's object is the act, a nominalisation or the verb as a noun
    ("Opposition parties in Kenya organised a general strike on Monday.",
     "strike", "PROTEST", "asserted", "KEN", "KEN"),  # a domestic protest is against its state
    ("The Kenyan government ordered patrols by police along the border.",
     "patrols", "MOBILIZE", "asserted", "KEN", "KEN"),  # the police are Kenya's
    ("Ghana speeded up the withdrawal of its troops from Togo on Wednesday.",
     "withdrawal", "RETREAT", "asserted", "GHA", "TGO"),
    # a protest by people the text places nowhere is of the country it happens in
    ("Hundreds of people blocked roads in Nairobi on Monday.",
     "blocked", "PROTEST", "asserted", "KEN", "KEN"),
    # a state's coercion of a group the text places nowhere is domestic
    ("Kenyan police arrested 30 members of a banned separatist movement.",
     "arrested", "COERCE", "asserted", "KEN", "KEN"),
    ("Rebel fighters demanded that the Kenyan government release their commander.",
     "demanded", "DEMAND", "demanded", "KEN", "KEN"),
    # a participle describing the subject's means is no event of its own
    ("Ugandan aircraft using guided missiles killed 12 rebel fighters near the border.",
     "killed", "FIGHT", "asserted", "UGA", "REB"),
    # a statement's words are its issuer's; who is told to act is the target
    ("Kenyan opposition leaders issued a declaration demanding that the government free the detained journalists.",
     "demanding", "DEMAND", "demanded", "KEN", "KEN"),
    # violence no one is named for is by unidentified attackers of the country it happens in;
    # a nationality the victims carry ("U.S. soldiers") is not where it happened
    ("A roadside bomb near the town of Kirkuk killed three U.S. soldiers on Sunday.",
     "killed", "ASSAULT", "asserted", "IRQ", "USA"),
    ("A radio reporter was shot dead in Nairobi on Tuesday.",
     "shot", "ASSAULT", "asserted", "KEN", "KEN"),
    # a state's opponents it arrests are its own (the role noun makes them a group actor)
    ("Zambian police arrested political opponents of the president on Friday.",
     "arrested", "COERCE", "asserted", "ZMB", "ZMB"),
    # an infinitive hung on a noun ("walked off the job to demand") is done by the clause's subject
    ("Thousands of Bangladeshi garment workers walked off the job to demand higher pay.",
     "demand", "DEMAND", "asserted", "BGD", None),
    # protesting as the purpose of a rally is the street protest; a state's protest is verbal
    ("Thousands of Kenyans gathered for a rally in Nairobi to protest the human rights violations by the police.",
     "protest", "PROTEST", "asserted", "KEN", None),
    ("Kenya protested the human rights violations by Ugandan police.",
     "protested", "DISAPPROVE", "asserted", "KEN", "UGA"),
    # talks are "on" their topic wherever the parse hangs it; a demonym in the topic is no party
    ("Ghana and Togo resumed negotiations on Monday on a Togolese troop withdrawal from the border.",
     "negotiations", "CONSULT", "asserted", "GHA", None),
    # calling for a strike organises a protest, still to come (intended: promised.object_mode);
    # calling for an end to something is an appeal
    ("Opposition leader Ana Soto called for a general strike on Monday.",
     "called", "PROTEST", "intended", "OPP", None),
    ("The Vatican called for an end to the fighting in the north.",
     "called", "REQUEST", "asserted", "VAT", None),
    # a possessive relates the actor to others ("its European partners"), not to its belongings
    ("Veldoria accused its European partners of breaking the fisheries accord.",
     "accused", "ACCUSE", "asserted", None, "IGO"),
    # a protest no one is named for is by people where it happens
    ("Inmates rioted at a prison in Lusaka on Monday.",
     "rioted", "PROTEST", "asserted", "ZMB", None),
    # a verb of violence needs no victim actor ("the village"); a verb with peaceful senses does
    ("Kivu rebels from Uganda attacked the village at dawn.",
     "attacked", "ASSAULT", "asserted", "UGA", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "category", "mode", "source", "target"), CASES)
def test_sentence_events(text, trigger, category, mode, source, target):
    event = only(events_of(text), trigger)
    assert event.category == category
    assert event.mode == mode
    assert code(event.source) == source
    if target is not None:
        assert code(event.target) == target


@pytest.mark.slow
def test_a_heading_between_paragraphs_joins_no_event_sentence():
    # the parser read "Most watched in health" as the start of the next paragraph's sentence
    # and took its words into the actor; each paragraph is a sentence of its own (paragraph_breaks.py)
    text = ("The fever killed two herders last week.\n\nMost watched in health\n\n"
            "Authorities in Mongolia arrested two smugglers near the Russian border.")
    event = only(events_of(text), "arrested")
    assert event.sentence.strip() == "Authorities in Mongolia arrested two smugglers near the Russian border."
    assert event.source.name == "Authorities in Mongolia"
    assert text[event.start:event.end] == "arrested"  # offsets into the article, as before


@pytest.mark.slow
def test_an_agreement_between_two_parties_as_the_subject():
    events = [e for e in events_of("A ceasefire agreement between Ethiopia and Eritrea was reached in Algiers.")
              if e.trigger == "agreement"]
    assert [(code(e.source), code(e.target)) for e in events] == [("ETH", "ERI")]


@pytest.mark.slow
def test_killing_a_leader_is_an_assassination():
    killed = only(events_of("Veldorian rebels killed the deputy commander of the Kenyan army on Sunday."), "killed")
    assert killed.plover_mode == "assassinate"
    others = only(events_of("Veldorian rebels killed twelve Kenyan soldiers on Sunday."), "killed")
    assert others.plover_mode != "assassinate"


@pytest.mark.slow
def test_a_group_in_a_city_is_of_the_country_the_article_places_the_city_in():
    # the actor table reads Tripoli as Libya's capital; this sentence says it is Lebanon's
    text = ("Syrian envoys ended talks with rival militias in Tripoli as shells kept falling on "
            "the north Lebanese port on Monday.")
    [ended] = [e for e in events_of(text) if e.trigger == "ended"] or [None]
    assert ended is not None and ended.target is not None and ended.target.country == "LBN"
    [attacked] = [e for e in events_of("Gunmen in Tripoli attacked a convoy of Libyan officials.") if e.trigger == "attacked"]
    assert attacked.source.country == "LBY"


@pytest.mark.slow
def test_force_with_no_named_object_falls_on_the_people_where_it_happens():
    import dataclasses

    from dateline.analyse.events.placement import placed_by_location

    [fired] = [e for e in events_of("Kenyan troops opened fire in Kismayo, Somalia, on Monday.") if e.trigger == "fire"]
    assert fired.target is not None and fired.target.name == "Kismayo"  # a named object stays the object
    unnamed = dataclasses.replace(fired, target=None)  # as when the object names no actor ("at targets in ...")
    placed_by_location(unnamed)
    assert unnamed.target.country == "SOM" and unnamed.target.sector == "CVL"
    assert unnamed.source == fired.source


@pytest.mark.slow
def test_a_border_places_no_one():
    # a border lies between two countries: "near the Venezuelan border" places no troops there
    killed = only(events_of("Troops killed 12 guerrillas in clashes near the Venezuelan border."), "killed")
    assert killed.source is not None and killed.source.country is None


@pytest.mark.slow
def test_the_topic_of_talks_is_no_party():
    events = [e for e in events_of("Ghana and Togo resumed negotiations on Monday on a Togolese troop "
                                   "withdrawal from the border.") if e.trigger == "negotiations"]
    assert events and all(e.target is None for e in events)


@pytest.mark.slow
def test_a_verb_with_peaceful_senses_needs_a_victim():
    assert [e for e in events_of("The Kenyan minister struck a conciliatory tone on Monday.")
            if e.trigger == "struck"] == []


@pytest.mark.slow
def test_no_actor_no_event():
    assert events_of("The weather was mild in the capital on Sunday, and the markets were quiet.") == []


@pytest.mark.slow
def test_date_from_the_clause_else_the_publication_date():
    dated = only(events_of("Ugandan police arrested two Kenyan journalists on March 2, 2024."), "arrested")
    assert (dated.date, dated.date_from) == ("2024-03-02", "text")
    undated = only(events_of("Ugandan police arrested two Kenyan journalists."), "arrested")
    assert (undated.date, undated.date_from) == ("2024-03-14", "published")


@pytest.mark.slow
def test_events_in_quotes_carry_the_quote_and_its_speaker():
    text = ('"We will never negotiate with the rebels," the Colombian defence minister said on Monday. '
            'Colombian troops attacked a rebel camp the same day.')
    events = events_of(text)
    attack = only(events, "attacked")
    assert attack.category == "FIGHT" and code(attack.source) == "COL" and attack.quote_id is None
    negotiate = only(events, "negotiate")
    # "will never negotiate": a refusal to negotiate (REJECT) stated, not a rejection denied
    assert negotiate.quote_id is not None and (negotiate.category, negotiate.mode) == ("REJECT", "asserted")


@pytest.mark.slow
def test_several_events_in_one_sentence():
    events = events_of("Turkish jets bombed Kurdish rebel positions in Iraq, and Baghdad condemned the raids.")
    categories = {e.trigger: e.category for e in events}
    assert categories.get("bombed") in ("FIGHT", "ASSAULT")
    assert categories.get("condemned") == "DISAPPROVE"
    condemned = only(events, "condemned")
    assert code(condemned.source) == "IRQ"


@pytest.mark.slow
def test_quote_speakers_get_country_and_sector():
    text = ('The Chilean defence minister said on Monday that the army would stay in its barracks. '
            '"We will not send troops," said Ana Soto, a spokeswoman for the UN refugee agency.')
    parsed = next(parse_articles([Article.from_text(text, published="2024-03-14")]))
    quotes = analyse_parsed(parsed).quotes
    by_text = {q.text[:12]: q for q in quotes}
    minister = next(q for q in quotes if "barracks" in q.text)
    assert (minister.country, minister.sector) == ("CHL", "GOV")
    soto = next(q for q in quotes if "send troops" in q.text)
    assert soto.sector == "IGO" and soto.country is None, by_text


@pytest.mark.slow
def test_a_role_resolves_to_the_person_the_article_names_in_it():
    text = ("Chilean Foreign Minister Ana Soto arrived in Lima on Monday. "
            "The Chilean foreign minister accused Peru of violating the fishing agreement.")
    accused = only(events_of(text), "accused")
    assert accused.source.name == "Ana Soto" and accused.source.country == "CHL"
    assert code(accused.target) == "PER"


@pytest.mark.slow
def test_conjoined_country_modifiers_are_one_event_each():
    events = [e for e in events_of("French and Egyptian warships shelled rebel positions near the port.")
              if e.trigger == "shelled"]
    assert {code(e.source) for e in events} == {"FRA", "EGY"}
    assert all(e.category == "FIGHT" and e.source.sector == "MIL" for e in events)


@pytest.mark.slow
def test_unplaced_groups_take_the_country_they_act_in_and_demand_frames_code_demands():
    arrest = only(events_of("Kenyan police arrested 20 protesters in Nairobi on Tuesday."), "arrested")
    assert code(arrest.source) == "KEN" and arrest.target.sector == "OPP" and arrest.target.country == "KEN"
    call = only(events_of("Japan called on North Korea to halt its missile tests."), "called")
    assert (call.category, call.mode, code(call.source), code(call.target)) == ("DEMAND", "demanded", "JPN", "PRK")


def quotes_of(text: str, published: str | None = "2024-03-14"):
    parsed = next(parse_articles([Article.from_text(text, published=published)]))
    return analyse_parsed(parsed)


@pytest.mark.slow
def test_a_speaker_is_never_a_bare_demonym_and_an_unnamed_role_stays_a_group():
    analysis = quotes_of('Chilean officials said on Tuesday that the border would stay closed. '
                         '"We will respect the result," the Peruvian leader told reporters.')
    officials = next(q for q in analysis.quotes if "border" in q.text)
    assert officials.speaker == "Chilean officials" and (officials.country, officials.sector) == ("CHL", "GOV")
    leader = next(q for q in analysis.quotes if "respect" in q.text)
    assert leader.speaker != "Peruvian" and (leader.country, leader.sector) == ("PER", "GOV")


@pytest.mark.slow
def test_entity_mentions_carry_the_sector_their_roles_give():
    analysis = quotes_of("Interior Minister Piet Halden rejected the union's demands on Monday. "
                         "Rebel commander Ana Duarte said her fighters would hold the bridge.")
    sectors = {m.name: m.sector for m in analysis.entities if m.type == "PERSON"}
    assert sectors.get("Piet Halden") == "GOV" and sectors.get("Ana Duarte") == "REB"


@pytest.mark.slow
def test_in_a_speakers_own_words_they_is_someone_else():
    events = events_of('"They attacked our villages with rockets," said Kenyan army spokesman Paul Njoroge. '
                       '"We will defend every village," Njoroge added.')
    attacks = [e for e in events if e.trigger == "attacked"]
    assert all(e.source is None or "Njoroge" not in e.source.name for e in attacks)
    defend = [e for e in events if e.trigger == "defend"]
    assert all(e.source is not None and "Njoroge" in e.source.name for e in defend)


@pytest.mark.slow
def test_each_article_gets_its_own_title_parse_even_when_two_share_a_body():
    body = "The harbour board of Tessel met on Monday to discuss the ferry schedule."
    first = Article.from_text(body, title="Tessel board meets")
    second = Article.from_text(body, title="Ferry schedule under review in Tessel")
    assert first.id == second.id  # one body, one id: pairing by id would swap a title
    parsed = list(parse_articles([first, second, Article.from_text("No title here.")]))
    assert [p.title_doc.text if p.title_doc is not None else None for p in parsed] == [
        "Tessel board meets", "Ferry schedule under review in Tessel", None]


PLOVER_MODES = [
    # text, trigger, PLOVER category, PLOVER mode: the trigger's own cue, else one in its clause
    ("Kenyan opposition leader Ruth Wanjiku staged a hunger strike outside parliament on Monday.",
     "strike", "PROTEST", "hunger"),
    ("Kenya threatened to launch a military offensive against the rebels near the border.",
     "threatened", "THREATEN", "violence"),
    ("Ugandan police sexually abused Kenyan migrants at the crossing, a rights group said.",
     "abused", "ASSAULT", "sexual"),
    ("The Bolivian government banned two opposition parties from the election.",
     "banned", "COERCE", "ban"),
    ("Peruvian troops remained on alert along the border with Ecuador on Tuesday.",
     "remained", "MOBILIZE", "troops"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "category", "plover_mode"), PLOVER_MODES)
def test_plover_modes_from_cue_words(text, trigger, category, plover_mode):
    event = only(events_of(text), trigger)
    assert (event.category, event.plover_mode) == (category, plover_mode)


@pytest.mark.slow
def test_an_ethnic_group_takes_the_country_it_acts_in():
    event = only(events_of("Thousands of ethnic Uzbeks demonstrated in southern Kyrgyzstan on Sunday."), "demonstrated")
    assert event.category == "PROTEST" and code(event.source) == "KGZ" and event.source.sector == "ETH"


@pytest.mark.slow
def test_a_domestic_role_takes_its_counterparts_country():
    # an opposition leader the dictionary cannot place, allowed to rally by Bolivia's minister
    allowed = only(events_of("Bolivian Interior Minister Tomas Reyes allowed opposition leader Ivan Petrak "
                             "to hold a rally in the capital."), "allowed")
    assert code(allowed.source) == "BOL" and code(allowed.target) == "BOL"


@pytest.mark.slow
def test_circumstances_and_languages_are_no_targets():
    resigned = [e for e in events_of("The Bolivian president agreed to resign without returning to Peru.")
                if e.trigger == "agreed"]
    assert resigned and all(code(e.target) != "PER" for e in resigned)
    cancelled = [e for e in events_of("The Latvian parliament lifted restrictions on the use of the Russian "
                                      "language in schools.") if e.trigger == "lifted"]
    assert cancelled and all(code(e.target) != "RUS" for e in cancelled)


HALTED = [
    # text, trigger, CAMEO code: ending a cooperative act is its reduction (CAMEO 16)
    ("Chile broke off diplomatic relations with Peru on Monday.", "broke", "161"),
    ("Chilean diplomats ended their mediation between the rival factions in Peru.", "ended", "165"),
    ("The Kenyan government suspended talks with the Somali rebels.", "suspended", "164"),
    ("Uganda halted aid to the Kenyan rebels.", "halted", "162"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "cameo"), HALTED)
def test_ending_cooperation_is_a_sanction(text, trigger, cameo):
    event = only(events_of(text), trigger)
    assert (event.category, event.cameo) == ("SANCTION", cameo)


@pytest.mark.slow
def test_a_visit_that_ends_is_no_sanction():
    events = events_of("The Kenyan president ended his visit to Uganda on Tuesday.")
    assert all(e.category != "SANCTION" for e in events)


CAUSED = [
    # text, trigger, category, source, target: what one orders one's own side to do is one's act
    ("The Bolivian government ordered the opposition newspaper El Faro to suspend publication.",
     "ordered", "COERCE", "BOL", "BOL"),
    ("The Kenyan president ordered troops to withdraw from the border town.",
     "ordered", "RETREAT", "KEN", None),
    # ... and what one orders another state to do, a demand
    ("Chile ordered Peru to pay compensation for the damaged vessels.", "ordered", "DEMAND", "CHL", "PER"),
    # forcing people from their homes is displacement
    ("Kenyan troops forced hundreds of Somali refugees from their homes near the border.",
     "forced", "COERCE", "KEN", "SOM"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "category", "source", "target"), CAUSED)
def test_orders_are_the_orderers_act_or_a_demand(text, trigger, category, source, target):
    event = only(events_of(text), trigger)
    assert (event.category, code(event.source)) == (category, source)
    if target is not None:
        assert code(event.target) == target


NOUN_SUBJECTS = [
    # text, trigger, category, source, target: an event noun as subject of a verb of going on
    ("Kenyan riots against the new tax law are still continuing in the capital.",
     "riots", "PROTEST", "KEN", "KEN"),
    ("Clashes between Kenyan police and protesters erupted in Nairobi on Monday.",
     "Clashes", "FIGHT", "KEN", "KEN"),
    ("Talks between Chile and Peru resumed in Lima on Monday.", "Talks", "CONSULT", "CHL", "PER"),
    ("Fighting between Somali troops and rebel fighters continued on Tuesday.",
     "Fighting", "FIGHT", "SOM", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "category", "source", "target"), NOUN_SUBJECTS)
def test_an_event_noun_that_goes_on_is_the_event(text, trigger, category, source, target):
    events = events_of(text)
    event = only(events, trigger)
    assert (event.category, code(event.source)) == (category, source)
    if target is not None:
        assert code(event.target) == target
    assert not [e for e in events if e.trigger in ("continuing", "erupted", "resumed", "continued")]


VERB_GAPS = [
    # verbs and phrases PETRARCH2 leaves uncoded: handing over aid, human shields, cyber attacks
    ("Swiss doctors handed over 700 kg of medicine to the Kenyan Red Cross in Nairobi.",
     "handed", "AID", "CHE"),
    ("Kenyan police handed over the prisoners to Ugandan authorities.", "handed", "RETREAT", "KEN"),
    ("The Kenyan army has been holding hundreds of Somali civilians as human shields near the border.",
     "holding", "ASSAULT", "KEN"),
    ("Chinese hackers defaced hundreds of Taiwanese government websites.", "defaced", "COERCE", "CHN"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "category", "source"), VERB_GAPS)
def test_verbs_petrarch_leaves_uncoded(text, trigger, category, source):
    event = only(events_of(text), trigger)
    assert (event.category, code(event.source)) == (category, source)


PHRASAL = [
    # a phrasal verb's particle, also where the parser hangs it as a preposition or an adverb
    ("Kenyan forces pulled out of the Somali port town on Friday.", "pulled", "RETREAT", "KEN"),
    ("The Malawian finance minister stepped down after the audit.", "stepped", "CONCEDE", "MWI"),
    ("The Ghanaian government turned down the loan offer.", "turned", "REJECT", "GHA"),
    ("The Chadian delegation walked out of the talks in Niamey.", "walked", "SANCTION", "TCD"),
    ("Ugandan police rounded up forty opposition activists.", "rounded", "COERCE", "UGA"),
    ("Tuareg rebels in northern Mali laid down their weapons on Sunday.", "laid", "RETREAT", "MLI"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "category", "source"), PHRASAL)
def test_phrasal_verbs_code_as_their_phrase(text, trigger, category, source):
    event = only(events_of(text), trigger)
    assert (event.category, code(event.source)) == (category, source)


NOMINAL = [
    # an event named by a noun, with no event verb of its own
    ("Zambian opposition supporters staged a sit-in outside parliament in Lusaka.",
     "in", "PROTEST", "ZMB", None),  # "sit-in": the hyphened noun (its last token)
    ("Kenya announced the suspension of talks with Somalia on Monday.", "suspension", "SANCTION", "KEN", "SOM"),
    ("Ghana announced an end to its cooperation with Togo.", "end", "SANCTION", "GHA", "TGO"),
    ("Indian and Japanese warships began a week of naval exercises in the Bay of Bengal.",
     "exercises", "COOPERATE", "IND", None),
    ("Militants launched a wave of attacks on police stations in Kano.", "attacks", "ASSAULT", "NGA", "NGA"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "category", "source", "target"), NOMINAL)
def test_nominal_events_with_no_event_verb(text, trigger, category, source, target):
    event = only(events_of(text), trigger)
    assert (event.category, code(event.source)) == (category, source)
    if target is not None:
        assert code(event.target) == target


@pytest.mark.slow
def test_a_meetings_venue_is_no_party_but_a_visits_destination_is():
    talks = [e for e in events_of("Serbia and Kosovo held talks in Brussels on Tuesday.") if e.trigger == "talks"]
    assert talks and all(code(e.target) != "BEL" for e in talks)
    signed = only(events_of("The Zambian and Angolan presidents signed a border accord in Geneva."), "accord")
    assert code(signed.source) != "CHE" and code(signed.target) != "CHE"  # nor does it place them
    visit = only(events_of("The Malian president arrived in Dakar on a visit."), "arrived")
    assert (visit.category, visit.plover_mode, code(visit.target)) == ("CONSULT", "visit", "SEN")


PEOPLES = [
    # a people living across borders is placed by the event's other side or the sentence
    ("Kurdish rebels ambushed Turkish soldiers in the mountains.", "ambushed", "TUR"),
    ("Tuareg rebels seized the town of Kidal from the Malian army.", "seized", "MLI"),
    ("Pashtun elders called on Pakistan to end the military operation.", "called", "PAK"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "source"), PEOPLES)
def test_a_people_across_borders_is_placed_by_the_text(text, trigger, source):
    assert code(only(events_of(text), trigger).source) == source


@pytest.mark.slow
def test_a_people_the_text_does_not_place_has_no_country():
    event = only(events_of("Kurdish fighters attacked a convoy on the highway."), "attacked")
    assert event.source is not None and event.source.country is None


@pytest.mark.slow
def test_a_weapons_test_shows_force_and_conduct_alone_codes_nothing():
    event = only(events_of("North Korea conducted a nuclear test on Monday."), "test")
    assert (event.category, code(event.source)) == ("MOBILIZE", "PRK")
    assert not [e for e in events_of("The Kenyan electoral board conducted a survey of voters.")
                if e.trigger == "conducted"]


@pytest.mark.slow
def test_an_actor_is_of_its_own_country_before_where_it_is():
    hosted = only(events_of("The Ethiopian prime minister hosted his Kenyan counterpart in Addis Ababa."), "hosted")
    assert code(hosted.target) == "KEN"
    signed = [e for e in events_of("Peru and Ecuador signed a border agreement in Brasilia.") if e.trigger == "agreement"]
    assert signed and all(code(e.target) != "BRA" for e in signed)
    shelled = only(events_of("Kenyan troops in Somalia shelled al-Shabaab positions near Kismayo."), "shelled")
    assert code(shelled.source) == "KEN"


VERB_CLASSES = [
    # prepositional verbs, recognition, executions, breaking up protests, declared emergencies
    ("The Malawian president called for an international conference on the refugee crisis.",
     "called", "REQUEST", "MWI"),
    ("Ghana will look into the killings of two opposition activists.", "look", "INVESTIGATE", "GHA"),
    ("Nigerian unions called a general strike for Monday.", "called", "PROTEST", "NGA"),  # not "call for"
    ("Two Kenyan airlines have asked the government for compensation.", "asked", "REQUEST", "KEN"),
    ("Bolivia recognized the independence of South Sudan in 2011.", "recognized", "SUPPORT", "BOL"),
    ("Iranian authorities executed four Kurdish activists on Thursday.", "executed", "ASSAULT", "IRN"),
    ("Riot police broke up a rally by opposition supporters in Lusaka.", "broke", "ASSAULT", "ZMB"),
    ("The Malian government imposed a state of emergency after the attack.", "emergency", "COERCE", "MLI"),
    ("The Bolivian army declared a state of siege in La Paz.", "siege", "COERCE", "BOL"),  # martial law
    ("The Ugandan army declared a ceasefire with the rebels.", "ceasefire", "RETREAT", "UGA"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "category", "source"), VERB_CLASSES)
def test_verb_classes_petrarch_leaves_to_patterns(text, trigger, category, source):
    event = only(events_of(text), trigger)
    assert (event.category, code(event.source)) == (category, source)


@pytest.mark.slow
def test_naming_an_event_is_not_calling_it():
    assert not [e for e in events_of("The Ghanaian president called the nationwide strike a mistake.")
                if e.category == "PROTEST"]


@pytest.mark.slow
def test_executing_a_plan_is_no_violence():
    assert not [e for e in events_of("The Kenyan ministry executed the budget plan quickly.") if e.trigger == "executed"]


@pytest.mark.slow
def test_an_event_noun_that_is_the_purpose_of_going_is_the_goers_act():
    events = [e for e in events_of("Kenyan and Ugandan negotiators returned to Arusha this week for talks "
                                   "on the border dispute.") if e.trigger == "talks"]
    assert {(e.category, code(e.source)) for e in events} == {("CONSULT", "KEN"), ("CONSULT", "UGA")}
    assert all(e.target is None for e in events)  # Arusha is the venue


@pytest.mark.slow
@pytest.mark.parametrize(("text", "main"), [
    ("Rwandan troops, who attacked Congolese rebels last month, pulled out of the border town of Goma on Sunday.",
     "pulled"),
    ("After Kenyan police arrested six opposition leaders, thousands of Kenyans protested in Nairobi.", "protested"),
])
def test_the_main_clauses_event_is_surer_than_an_embedded_one(text, main):
    events = events_of(text)
    assert max(events, key=lambda e: e.confidence).trigger == main


@pytest.mark.slow
@pytest.mark.parametrize(("text", "category", "source", "target"), [
    ("The Zambian opposition protested that the vote count had been rigged.", "DISAPPROVE", "ZMB", None),
    ("Chile protested to Peru over the detention of its fishermen.", "ACCUSE", "CHL", "PER"),
    ("Ugandan police are failing to protect journalists, a rights group protested on Monday.",
     "DISAPPROVE", None, "UGA"),
    ("Thousands of students protested in Santiago against the education reform.", "PROTEST", "CHL", None),
])
def test_protesting_in_words_is_a_complaint_not_a_street_protest(text, category, source, target):
    event = only(events_of(text), "protested")
    assert event.category == category
    if source is not None:
        assert code(event.source) == source
    if target is not None:
        assert code(event.target) == target


@pytest.mark.slow
def test_a_noun_that_frames_an_infinitive_gives_its_mode_and_its_owner_acts():
    talks = only(events_of("Ghana expressed willingness to resume talks with Togo."), "talks")
    assert (talks.category, talks.mode, code(talks.source), code(talks.target)) == ("AGREE", "offered", "GHA", "TGO")
    proposed = only(events_of("Kenya rejected a Somali proposal to hold talks."), "talks")
    assert code(proposed.source) == "SOM"


MORE_VERBS = [
    # military retreat, closing borders, dissolving parliaments, house arrest, returning remains
    ("Ugandan forces withdrew from the Congolese town of Bunia.", "withdrew", "RETREAT", "UGA"),
    ("Niger sealed its border with Libya on Friday.", "sealed", "COERCE", "NER"),
    ("The Thai king dissolved parliament on Monday.", "dissolved", "COERCE", "THA"),
    ("Police in Harare placed the opposition leader under house arrest.", "placed", "COERCE", "ZWE"),
    ("Ecuador returned the remains of three Peruvian soldiers to Peru.", "returned", "RETREAT", "ECU"),
    ("Ghana hosted talks between Liberian and Ivorian officials.", "hosted", "CONSULT", "GHA"),
    ("Tajikistan reopened the border crossing to allow the delivery of food aid.", "reopened", "RETREAT", "TJK"),
    ("Sudan allowed UN relief convoys into Darfur on Monday.", "allowed", "RETREAT", "SDN"),
    ("The African Union withdrew its monitors from Darfur on Friday.", "withdrew", "SANCTION", "IGO"),
    ("The OSCE said it would withdraw its election observers from Belarus.", "withdraw", "THREATEN", "IGO"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "category", "source"), MORE_VERBS)
def test_more_verb_phrases_of_the_cameo_families(text, trigger, category, source):
    event = only(events_of(text), trigger)
    assert (event.category, code(event.source)) == (category, source)


@pytest.mark.slow
def test_violence_is_of_its_victims_and_by_its_doers():
    event = only(events_of("The killing of Tamil civilians by Sri Lankan troops continued in Jaffna."), "killing")
    assert code(event.source) == "LKA" and event.target is not None and "civilians" in event.target.name


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "mode"), [
    ("Ethiopian and Eritrean negotiators held talks in Algiers on Monday.", "talks", "third-party"),
    ("The Malawian president met Zambian ministers in Lusaka on Friday.", "met", "visit"),
    ("The Malawian president met Zambian ministers during a state visit.", "met", "visit"),
    ("The Malawian president met Zambian ministers on Friday.", "met", None),
])
def test_where_a_consultation_is_held_gives_its_mode(text, trigger, mode):
    assert only(events_of(text), trigger).plover_mode == mode


@pytest.mark.slow
def test_a_protest_that_is_the_purpose_of_gathering_is_against_the_gatherers_state():
    rally = only(events_of("Thousands of Kenyans gathered in Nairobi on Friday for a rally."), "rally")
    assert (rally.category, code(rally.source), code(rally.target)) == ("PROTEST", "KEN", "KEN")


@pytest.mark.slow
def test_an_actor_named_in_defiance_of_is_the_target_not_a_thing_placed_by_its_city():
    event = only(events_of("Thousands of Georgians blocked roads in Tbilisi in defiance of Russian authorities."),
                 "blocked")
    assert (event.category, code(event.source), code(event.target)) == ("PROTEST", "GEO", "RUS")
    razed = only(events_of("Israeli bulldozers demolished homes in the West Bank village of Beit Ummar."),
                 "demolished")
    assert code(razed.target) == "PSE"  # with no actor proper, the placed thing stays the target


@pytest.mark.slow
def test_a_light_verbs_passive_subject_is_its_event():
    event = only(events_of("A ceasefire was declared by Tuareg rebels in Mali on Friday."), "ceasefire")
    assert (event.category, code(event.source)) == ("RETREAT", "MLI")
    aid = only(events_of("Aid to Burundi was suspended by the European Union."), "suspended")
    assert (aid.category, code(aid.source)) == ("SANCTION", "IGO")
    # with no agent, never the subject of another clause, nor the city that names the accord
    assert not events_of("The refugee camps will be empty within a month, a day after the Geneva accord was signed.")


@pytest.mark.slow
def test_what_talks_and_agreements_are_on_is_their_topic_not_a_party():
    talks = [e for e in events_of("Chile and Peru held talks on the maritime border with Bolivia.") if e.trigger == "talks"]
    assert talks and all(code(e.target) != "BOL" for e in talks)
    sanctions = only(events_of("Kenya imposed sanctions on Somalia."), "sanctions")
    assert code(sanctions.target) == "SOM"


@pytest.mark.slow
def test_a_counted_group_with_conjoined_nationalities_is_one_target_each():
    events = [e for e in events_of("Kenyan police tortured dozens of Somali and Ethiopian refugees.")
              if e.trigger == "tortured"]
    assert {code(e.target) for e in events} == {"SOM", "ETH"}


@pytest.mark.slow
def test_a_purpose_clause_acts_on_where_its_main_action_went():
    monitor = only(events_of("The IAEA sent inspectors to a nuclear plant in central Iran to monitor the work."),
                   "monitor")
    assert (monitor.category, code(monitor.source), code(monitor.target)) == ("INVESTIGATE", "IGO", "IRN")


def analysed_events(text: str, published: str | None = "2024-03-14"):
    """Events as the registered extractor gives them: with the places extractor's output."""
    parsed = next(parse_articles([Article.from_text(text, published=published)]))
    return analyse_parsed(parsed)["events"]


@pytest.mark.parametrize(
    "text, trigger, place",
    [
        # the city over the country that holds it
        ("Prisoners rioted at a jail in Kenya's capital Nairobi on Monday.", "rioted", "Nairobi"),
        # the actor's own country is not the scene
        ("Zambia extradited the suspect, Piet Halden, to Britain on Sunday, officials said.",
         "extradited", "United Kingdom"),
        # the place of the event's own clause, not of the speaker's
        ("The French president, speaking in Berlin, said French troops would withdraw from Mali.",
         "withdraw", "Mali"),
        ("Police arrested 40 protesters in Lagos on Friday, Nigerian officials said.", "arrested", "Lagos"),
    ],
)
def test_an_event_takes_the_place_of_its_own_clause(text, trigger, place):
    event = only(analysed_events(text), trigger)
    assert event.location is not None and event.location.name == place


def test_a_sentence_naming_only_its_actors_gives_no_place():
    event = only(analysed_events("Zambia extradited the suspect, Piet Halden, on Sunday."), "extradited")
    assert event.location is None


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Japan's Nikkei index declined 0.3% on Tuesday, while bond yields rose.",
    "Foreign buying supported the Indian market's high valuations through the summer.",
    "Analysts expect retaliatory Chinese tariffs to hit hardest in the autumn.",
])
def test_a_country_named_only_by_a_thing_of_it_makes_no_actor(text):
    assert events_of(text) == []


@pytest.mark.slow
def test_a_country_s_people_and_a_named_role_holder_s_sector_still_make_actors():
    protest = only(events_of("Protesters in Yangon blocked the main road on Monday."), "blocked")
    assert code(protest.source) == "MMR"
    # "Sarn" alone takes the sector the article's own words gave him earlier
    text = ("Defence Minister Viktor Sarn of Veldoria signed the contract in March. On Tuesday, "
            "Sarn resigned.")
    resigned = only(events_of(text), "resigned")
    assert resigned.source.sector == "GOV"


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Travellers were stranded in Mongolia after an outbreak of plague killed a couple who ate a marmot.",
    "The storm destroyed 40 homes in Kerala on Tuesday.",
    "Niederreiter scored twice as Carolina beat Chicago for their fourth straight win.",
])
def test_harm_done_by_no_actor_is_no_event(text):
    assert [e for e in events_of(text) if e.category in ("ASSAULT", "FIGHT", "COERCE")] == []


@pytest.mark.slow
def test_a_weapon_or_no_one_named_still_stands_for_unidentified_attackers():
    bomb = only(events_of("A car bomb killed 12 people in Kabul on Friday."), "killed")
    assert bomb.category == "ASSAULT" and code(bomb.source) == "AFG"
    shot = only(events_of("A journalist was shot dead in Nairobi on Monday."), "shot")
    assert code(shot.source) == "KEN"


@pytest.mark.slow
def test_a_name_the_article_gives_no_country_or_role_is_no_party_to_an_event():
    assert events_of("Hollis told friends that his mother disapproved of his novels. "
                     "Dunmore was studying how the lungs repair themselves.") == []
    rejected = only(events_of("Interior Minister Piet Halden rejected the unions' demands on Friday."), "rejected")
    assert rejected.source.sector == "GOV"
