"""Does the coder generalise? Sentences we wrote in the style of CAMEO-manual and wire examples
(fictional or paraphrased, none taken from the evaluation data), covering each PLOVER category
with verbs, nominalisations and constructions the PLOVER dev sentences do not use: synonyms
("lambasted", "upbraided"), passives, named office holders up to 2026, ministries, IGOs,
demonym groups and capitals standing for governments (issue 17)."""

from __future__ import annotations

import pytest

from test_events import code, events_of, on_trigger

# PLOVER 0.5 names the finer categories fold into (as the PLOVER scorer reads them)
SCORED_AS = {"REQUEST": "DEMAND", "ACCUSE": "DISAPPROVE"}

CASES = [
    # check, text, trigger, category, source code, target code (None: not checked)
    # --- DISAPPROVE / ACCUSE (CAMEO 11)
    ("synonym: lambast", "Chinese Foreign Minister Wang Yi lambasted Japan over its new defence budget.",
     "lambasted", "DISAPPROVE", "CHN", "JPN"),
    ("synonym: rebuke", "The French president rebuked Algeria for expelling twelve French diplomats.",
     "rebuked", "DISAPPROVE", "FRA", "DZA"),
    ("synonym: upbraid", "Turkish President Recep Tayyip Erdogan upbraided Sweden for tolerating Kurdish militants.",
     "upbraided", "DISAPPROVE", "TUR", "SWE"),
    ("capital as government: complain", "Tokyo protested to Beijing over the incursion of Chinese coast guard vessels.",
     "protested", "DISAPPROVE", "JPN", "CHN"),
    ("ministry as actor", "The Indian foreign ministry condemned the attack on its embassy in Kabul.",
     "condemned", "DISAPPROVE", "IND", None),
    # denouncing sanctions supports whom they fall on only when the text names them
    ("building as government", "The Kremlin denounced the new British sanctions as illegal.",
     "denounced", "DISAPPROVE", "RUS", None),
    ("accuse of", "Ukraine accused Russia of shelling a nuclear power plant.",
     "accused", "DISAPPROVE", "UKR", "RUS"),
    ("named head of government: blame", "Israeli Prime Minister Benjamin Netanyahu blamed Iran for the drone strike on Eilat.",
     "blamed", "DISAPPROVE", "ISR", "IRN"),
    ("lawsuit", "Nicaragua sued Germany at the International Court of Justice.",
     "sued", "DISAPPROVE", "NIC", "DEU"),
    ("synonym: castigate", "Ankara castigated the Greek government over the treatment of migrants.",
     "castigated", "DISAPPROVE", "TUR", "GRC"),
    ("passive criticism", "Hungary was criticised by the European Commission for its new media law.",
     "criticised", "DISAPPROVE", "IGO", "HUN"),
    # --- DEMAND / REQUEST (CAMEO 02, 10)
    ("appeal for aid", "Lebanon appealed to the United Nations for humanitarian aid.",
     "appealed", "DEMAND", "LBN", "IGO"),
    ("named leader: urge", "Volodymyr Zelensky urged Germany to supply more air defence systems.",
     "urged", "DEMAND", "UKR", "DEU"),
    ("ask to withdraw", "Iraq asked Turkey to withdraw its troops from the north.",
     "asked", "DEMAND", "IRQ", "TUR"),
    ("demand release", "Egypt demanded the immediate release of its fishermen held by Eritrea.",
     "demanded", "DEMAND", "EGY", None),
    ("call on", "The Polish foreign minister called on Belarus to free the detained journalist.",
     "called", "DEMAND", "POL", "BLR"),
    ("synonym: implore", "The Haitian prime minister implored the United States to send more police.",
     "implored", "DEMAND", "HTI", "USA"),
    # --- CONSULT (CAMEO 04)
    ("visit a capital", "Indian Prime Minister Narendra Modi visited Moscow for two days of talks.",
     "visited", "CONSULT", "IND", "RUS"),
    ("meet a named leader", "Emmanuel Macron met Xi Jinping in Beijing on Thursday.",
     "met", "CONSULT", "FRA", "CHN"),
    ("host a visitor", "Kenya hosted the Somali president in Nairobi.",
     "hosted", "CONSULT", "KEN", "SOM"),
    ("receive a minister", "Brazilian President Luiz Inacio Lula da Silva received the Chinese foreign minister in Brasilia.",
     "received", "CONSULT", "BRA", "CHN"),
    # a light verb carries its object's event ("paid a visit", "vowed to supply", "imposed an embargo")
    ("pay a visit", "Sergei Lavrov paid a visit to Pyongyang last week.",
     "paid", "CONSULT", "RUS", "PRK"),
    ("mediate", "Qatar mediated between the Congolese government and the M23 rebels.",
     "mediated", "CONSULT", "QAT", None),
    ("telephone", "Saudi Crown Prince Mohammed bin Salman spoke by telephone with the Iranian president.",
     "spoke", "CONSULT", "SAU", "IRN"),
    # the two parties of a joint subject are each a source; the venue is no party
    ("negotiate", "Armenian and Azerbaijani diplomats negotiated a border deal in Washington.",
     "negotiated", "CONSULT", "ARM", None),
    # --- AGREE (CAMEO 03: intent to cooperate)
    ("pledge aid", "Germany pledged 500 million euros in aid to Ukraine.",
     "pledged", "AGREE", "DEU", "UKR"),
    ("vow to supply", "Japan vowed to supply the Philippine coast guard with new patrol boats.",
     "supply", "AGREE", "JPN", "PHL"),
    ("offer to mediate", "India offered to mediate between Russia and Ukraine.",
     "offered", "AGREE", "IND", None),
    ("agree to talks", "Armenia agreed to hold peace talks with Azerbaijan.",
     "agreed", "AGREE", "ARM", "AZE"),
    ("promise help", "Australia promised to help Papua New Guinea rebuild its police force.",
     "promised", "AGREE", "AUS", "PNG"),
    # --- SUPPORT (CAMEO 05)
    ("praise", "Argentine President Javier Milei praised Israel for its response.",
     "praised", "SUPPORT", "ARG", "ISR"),
    ("recognise a state", "Spain formally recognised the State of Palestine.",
     "recognised", "SUPPORT", "ESP", "PSE"),
    ("apologise", "Japan apologised to South Korea for wartime forced labour.",
     "apologised", "SUPPORT", "JPN", "KOR"),
    ("endorse a bid", "Poland endorsed Ukraine's bid to join the European Union.",
     "endorsed", "SUPPORT", "POL", "UKR"),
    ("synonym: commend", "The Kenyan president commended Ethiopia for hosting the peace talks.",
     "commended", "SUPPORT", "KEN", "ETH"),
    # --- COOPERATE (CAMEO 06)
    ("extradite", "Colombia extradited a drug trafficker to the United States.",
     "extradited", "COOPERATE", "COL", "USA"),
    ("share intelligence", "Jordan shared intelligence with Iraq on Islamic State cells.",
     "shared", "COOPERATE", "JOR", "IRQ"),
    # the ocean where they exercise is no party (it passed as India's once); both navies are sources
    ("joint exercises", "French and Indian warships held joint naval exercises in the Indian Ocean.",
     "exercises", "COOPERATE", "FRA", None),
    # --- AID (CAMEO 07)
    ("send food aid", "Saudi Arabia sent 200 tonnes of food aid to Yemen.",
     "sent", "AID", "SAU", "YEM"),
    ("deliver arms", "The United States delivered artillery shells to Ukraine.",
     "delivered", "AID", "USA", "UKR"),
    ("grant asylum", "Turkey granted asylum to a former Afghan minister.",
     "granted", "AID", "TUR", "AFG"),
    ("donate", "China donated two million vaccine doses to Cambodia.",
     "donated", "AID", "CHN", "KHM"),
    ("IGO provides", "The European Union provided 50 million euros to flood victims in Pakistan.",
     "provided", "AID", "IGO", None),
    # --- RETREAT / CONCEDE (CAMEO 08)
    ("release a person", "Iran released a French tourist held for two years.",
     "released", "RETREAT", "IRN", "FRA"),
    ("free prisoners", "Israel freed 90 Palestinian prisoners on Sunday.",
     "freed", "RETREAT", "ISR", "PSE"),
    ("withdraw troops", "Russian troops withdrew from the town of Kherson.",
     "withdrew", "RETREAT", "RUS", None),
    ("ease sanctions", "Washington eased sanctions on Venezuelan oil.",
     "eased", "RETREAT", "USA", "VEN"),
    # rebels the text places nowhere face the state's troops at home
    ("surrender", "Hundreds of rebels surrendered to Congolese troops.",
     "surrendered", "RETREAT", "COD", "COD"),
    ("lift a curfew", "The Sri Lankan government lifted the curfew in Colombo.",
     "lifted", "RETREAT", "LKA", None),
    ("declare a truce", "Azerbaijan declared a ceasefire in Nagorno-Karabakh.",
     "ceasefire", "RETREAT", "AZE", None),
    # --- REJECT (CAMEO 12)
    ("veto", "Hungary vetoed the EU aid package for Ukraine.",
     "vetoed", "REJECT", "HUN", None),
    ("reject a proposal", "Israel rejected an Egyptian truce proposal.",
     "rejected", "REJECT", "ISR", "EGY"),
    ("refuse to allow", "North Korea refused to allow UN inspectors into the Yongbyon site.",
     "refused", "REJECT", "PRK", None),
    ("turn down", "Iran turned down a European offer to resume nuclear talks.",
     "turned", "REJECT", "IRN", None),
    ("defy", "Serbia defied a UN resolution on Kosovo.",
     "defied", "REJECT", "SRB", None),
    # walking out of talks halts negotiations (CAMEO 164), a sanction
    ("walk out of talks", "The Malian government walked out of talks with the Tuareg rebels.",
     "walked", "SANCTION", "MLI", None),
    # --- THREATEN (CAMEO 13)
    ("threaten to retaliate", "China threatened to retaliate against the Philippines over the reef.",
     "threatened", "THREATEN", "CHN", "PHL"),
    ("threaten with", "Donald Trump threatened Canada with 25 percent tariffs.",
     "threatened", "THREATEN", "USA", "CAN"),
    ("armed group threatens", "Hezbollah threatened to attack Israeli gas platforms.",
     "threatened", "THREATEN", "LBN", "ISR"),
    ("warn of force", "Vladimir Putin warned NATO that Russia would strike Western arms depots.",
     "warned", "THREATEN", "RUS", "IGO"),
    # --- PROTEST (CAMEO 14)
    ("rally", "Thousands of Serbian students rallied in Belgrade against corruption.",
     "rallied", "PROTEST", "SRB", None),
    # the tagger splits "sit-in"; the act is coded on its last part
    ("sit-in", "Kenyan activists staged a sit-in outside parliament in Nairobi.",
     "in", "PROTEST", "KEN", None),
    ("strike", "Greek dockworkers went on strike over pay.",
     "went", "PROTEST", "GRC", None),
    ("march", "Hundreds of Georgians marched on parliament in Tbilisi.",
     "marched", "PROTEST", "GEO", None),
    ("demonstrate", "Indonesian students demonstrated in Jakarta against the new law.",
     "demonstrated", "PROTEST", "IDN", None),
    # --- SANCTION (CAMEO 16)
    ("expel diplomats", "Russia expelled two Estonian diplomats.",
     "expelled", "SANCTION", "RUS", "EST"),
    ("recall ambassador", "Algeria recalled its ambassador from France.",
     "recalled", "SANCTION", "DZA", "FRA"),
    ("break off relations", "Morocco broke off relations with Iran.",
     "broke", "SANCTION", "MAR", "IRN"),
    ("impose an embargo", "The United States imposed an embargo on Cuban sugar.",
     "embargo", "SANCTION", "USA", "CUB"),
    ("sever ties", "Saudi Arabia severed diplomatic ties with Qatar.",
     "severed", "SANCTION", "SAU", "QAT"),
    ("suspend aid", "Canada suspended aid to the Rwandan government.",
     "suspended", "SANCTION", "CAN", "RWA"),
    # --- MOBILIZE (CAMEO 15)
    ("mass troops", "Russia massed troops along the Ukrainian border.",
     "massed", "MOBILIZE", "RUS", None),
    ("mobilise reservists", "Israel mobilised 300,000 reservists.",
     "mobilised", "MOBILIZE", "ISR", None),
    ("deploy", "India deployed additional troops to Ladakh.",
     "deployed", "MOBILIZE", "IND", None),
    # --- COERCE (CAMEO 17)
    ("arrest", "Iranian police arrested twelve suspected smugglers in Tehran.",
     "arrested", "COERCE", "IRN", "IRN"),
    # PETRARCH2 codes arresting protesters as violent repression (CAMEO 175), which is ASSAULT
    ("arrest protesters", "Iranian police arrested twelve protesters in Tehran.",
     "arrested", "ASSAULT", "IRN", "IRN"),
    ("detain", "Belarusian authorities detained an opposition journalist.",
     "detained", "COERCE", "BLR", "BLR"),
    ("deport", "Thailand deported 40 Cambodian migrants.",
     "deported", "COERCE", "THA", "KHM"),
    # a vessel seized, even by a navy, is confiscated property (1711), not occupied land (192)
    ("seize a ship", "The Iranian navy seized a British-flagged tanker in the Gulf.",
     "seized", "COERCE", "IRN", None),
    ("seize a town", "Russian troops seized the town of Avdiivka.",
     "seized", "FIGHT", "RUS", None),
    ("ban parties", "The Nicaraguan government banned three opposition parties.",
     "banned", "COERCE", "NIC", None),
    ("impose a curfew", "The Pakistani government imposed a curfew in Karachi.",
     "curfew", "COERCE", "PAK", None),
    ("passive arrest", "A Chinese businessman was detained by Vietnamese police in Hanoi.",
     "detained", "COERCE", "VNM", "CHN"),
    # --- ASSAULT (CAMEO 18, 20)
    ("kidnap", "Gunmen kidnapped five Chinese engineers in northern Nigeria.",
     "kidnapped", "ASSAULT", None, "CHN"),
    ("abduct", "Boko Haram militants abducted two Cameroonian teachers.",
     "abducted", "ASSAULT", None, "CMR"),
    ("torture", "Myanmar soldiers tortured detained villagers.",
     "tortured", "ASSAULT", "MMR", None),
    # --- FIGHT (CAMEO 19)
    ("shell", "Russian forces shelled the Ukrainian city of Kharkiv.",
     "shelled", "FIGHT", "RUS", "UKR"),
    ("bombard", "Israeli jets bombarded Hamas positions in Gaza.",
     "bombarded", "FIGHT", "ISR", None),
    ("clash", "Pakistani troops clashed with Afghan border guards.",
     "clashed", "FIGHT", "PAK", "AFG"),
    ("fire on", "Azerbaijani troops fired on Armenian positions.",
     "fired", "FIGHT", "AZE", "ARM"),
    ("shoot down", "Ukraine shot down 30 Russian drones overnight.",
     "shot", "FIGHT", "UKR", "RUS"),
    ("airstrike", "Turkish warplanes struck Kurdish militants in northern Iraq.",
     "struck", "FIGHT", "TUR", None),
    # --- INVESTIGATE (CAMEO 09)
    ("open an investigation", "The International Criminal Court opened an investigation into alleged war crimes in Myanmar.",
     "investigation", "INVESTIGATE", "IGO", None),
    ("investigate", "South African police investigated the killing of a Zimbabwean migrant.",
     "investigated", "INVESTIGATE", "ZAF", None),
    ("probe", "Kenyan prosecutors probed the disappearance of two Ugandan activists.",
     "probed", "INVESTIGATE", "KEN", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("check", "text", "trigger", "category", "source", "target"), CASES,
                         ids=[case[0] for case in CASES])
def test_general_sentences(check, text, trigger, category, source, target):
    found = on_trigger(events_of(text), trigger)
    assert found, f"no event on {trigger!r}"
    event = found[0]
    assert SCORED_AS.get(event.category, event.category) == category
    if source is not None:
        assert code(event.source) == source
    if target is not None:
        assert code(event.target) == target


MORE = [
    # check, text, trigger, category, source, target, mode (None: not checked)
    # passives: the agent acts, the subject is acted on
    ("passive: summon", "The French ambassador was summoned by the Algerian foreign ministry.",
     "summoned", "DISAPPROVE", "DZA", "FRA", None),
    ("passive: shell", "Kharkiv was shelled by Russian artillery overnight.", "shelled", "FIGHT", "RUS", "UKR", None),
    ("passive: free", "Seven Indian fishermen were freed by Sri Lanka on Sunday.", "freed", "RETREAT", "LKA", "IND", None),
    ("passive: reject", "The peace plan was rejected by the Sudanese army.", "rejected", "REJECT", "SDN", None, None),
    ("passive: seize", "A Ukrainian cargo ship was seized by the Russian navy in the Black Sea.",
     "seized", "COERCE", "RUS", "UKR", None),
    # nominalisations
    ("noun: release", "Egypt announced the release of 30 Sudanese detainees.", "release", "RETREAT", "EGY", "SDN", None),
    ("noun: protest lodged", "Vietnam lodged a formal protest with Beijing over the ramming of its fishing boat.",
     "protest", "DISAPPROVE", "VNM", "CHN", None),
    ("noun: deployment", "The Pentagon announced the deployment of 3,000 troops to Poland.",
     "deployment", "MOBILIZE", "USA", None, None),
    # capitals and seats of government
    ("capital offers", "Pretoria offered to host the next round of talks between Kinshasa and Kigali.",
     "offered", "AGREE", "ZAF", None, "offered"),
    ("capital sanctions", "Canberra imposed financial sanctions on six Russian officials.",
     "sanctions", "SANCTION", "AUS", "RUS", None),
    ("capital accuses capital", "Seoul accused Pyongyang of launching a cyberattack on its banks.",
     "accused", "DISAPPROVE", "KOR", "PRK", None),
    ("seat praises", "The Elysee praised Morocco's reform of its family code.", "praised", "SUPPORT", "FRA", "MAR", None),
    ("Holy See appeals", "The Vatican appealed for a ceasefire in Sudan.", "appealed", "DEMAND", "VAT", None, None),
    # international bodies, also where they serve ("an African Union convoy in Somalia")
    ("IGO condemns", "NATO condemned the missile test by North Korea.", "condemned", "DISAPPROVE", "IGO", "PRK", None),
    ("IGO embargo", "The UN Security Council imposed an arms embargo on South Sudan.",
     "embargo", "SANCTION", "IGO", "SSD", None),
    ("IGO delivers", "The World Food Programme delivered food to refugees in Chad.", "delivered", "AID", "IGO", "TCD", None),
    ("IGO where it serves", "Al-Shabaab fighters ambushed an African Union convoy in Somalia.",
     "ambushed", "ASSAULT", "SOM", "IGO", None),
    ("IGO inspects", "The IAEA inspected the Zaporizhzhia nuclear plant.", "inspected", "INVESTIGATE", "IGO", None, None),
    # modes
    ("mode: refused", "Greece refused to extradite the eight Turkish officers.", "refused", "REJECT", "GRC", "TUR", "refused"),
    ("mode: negated", "Brazil did not condemn the Russian invasion of Ukraine.",
     "condemn", "DISAPPROVE", "BRA", "RUS", "negated"),
    ("mode: threatened", "Russia threatened to expel the Moldovan ambassador.",
     "threatened", "THREATEN", "RUS", "MDA", "threatened"),
    # an intent to meet is AGREE in PLOVER (CAMEO 036)
    ("mode: intended meeting", "Egypt plans to send a delegation to Khartoum next week.",
     "plans", "AGREE", "EGY", "SDN", "intended"),
    ("mode: hypothetical", "Poland is considering closing its border with Belarus.",
     "closing", "COERCE", "POL", "BLR", "hypothetical"),
    ("mode: demanded", "Japan urged China to release the detained Japanese businessman.",
     "urged", "DEMAND", "JPN", "CHN", "demanded"),
    ("vow to retaliate", "Turkey vowed to retaliate against Syrian government forces.",
     "retaliate", "THREATEN", "TUR", "SYR", None),
    # synonyms and phrasal verbs
    ("hail", "Hungarian Prime Minister Viktor Orban hailed the election of Donald Trump.",
     "hailed", "SUPPORT", "HUN", "USA", None),
    ("pound", "Ethiopian troops pounded rebel positions in Amhara.", "pounded", "FIGHT", "ETH", None, None),
    ("round up", "Indian police rounded up dozens of Kashmiri activists.", "rounded", "COERCE", "IND", "IND", None),
    ("blockade roads", "Colombian farmers blockaded roads in Cauca to protest coca eradication.",
     "blockaded", "PROTEST", "COL", None, None),
    ("execute", "Myanmar's junta executed four pro-democracy activists.", "executed", "ASSAULT", "MMR", None, None),
    ("broker", "Qatar brokered a prisoner exchange between the United States and Iran.",
     "brokered", "CONSULT", "QAT", None, None),
    ("airlift", "Germany airlifted medical supplies to Gaza.", "airlifted", "AID", "DEU", "PSE", None),
    ("steal data", "Chinese hackers stole data from the Czech foreign ministry.", "stole", "COERCE", "CHN", "CZE", None),
    ("recall an envoy", "Nigeria recalled its envoy to Niger for consultations.", "recalled", "SANCTION", "NGA", "NER", None),
    ("accuse of ramming", "The Philippine coast guard accused Chinese vessels of ramming its boat.",
     "accused", "DISAPPROVE", "PHL", "CHN", None),
    ("sign a treaty", "Armenia and Azerbaijan signed a peace treaty in Washington.", "treaty", "SUPPORT", "ARM", None, None),
    ("give weapons", "Iran gave drones to Russia.", "gave", "AID", "IRN", "RUS", None),
    ("deliver via quantity", "Saudi Arabia sent 200 tonnes of food aid to Yemen.", "sent", "AID", "SAU", "YEM", None),
    # armed groups that rose after PETRARCH2's dictionaries (2014)
    ("Houthis", "Houthi rebels seized a cargo ship in the Red Sea.", "seized", "COERCE", "YEM", None, None),
    # people of two countries, one harming the other: the violent sense of an everyday verb
    ("peoples apart", "Israeli settlers attacked Palestinian villagers near Nablus.", "attacked", "ASSAULT", "ISR", "PSE", None),
    ("M23", "M23 rebels captured the town of Goma.", "captured", "FIGHT", "COD", None, None),
    # a nationality is the people's own country, not where they are
    ("nationals abroad", "Gunmen kidnapped five Chinese engineers in northern Nigeria.",
     "kidnapped", "ASSAULT", None, "CHN", None),
    ("hostages' nationality places no one", "The rebels released two Italian hostages.",
     "released", "RETREAT", "REB", "ITA", None),
    # the parser made the only finite verb a modifier of its subject
    ("verb read as modifier", "The Polish foreign minister called on Belarus to free the detained journalist.",
     "called", "DEMAND", "POL", "BLR", None),
    # CAMEO-manual style: older office holders and actors
    ("manual: shell a town", "Serb forces shelled the Bosnian town of Gorazde on Tuesday.",
     "shelled", "FIGHT", "SRB", "BIH", None),
    # approving an act is deciding it: the object's event
    ("approve a release", "The Israeli cabinet approved the release of 400 Palestinian prisoners.",
     "release", "RETREAT", "ISR", "PSE", None),
    ("express readiness", "Syria expressed its readiness to resume peace negotiations with Israel.",
     "negotiations", "AGREE", "SYR", "ISR", None),
    ("pledge support", "Jordan's King Abdullah pledged support for the Iraqi interim government.",
     "pledged", "AGREE", "JOR", "IRQ", None),
    ("reject calls", "Russian Foreign Minister Igor Ivanov rejected calls for a NATO role in Chechnya.",
     "rejected", "REJECT", "RUS", None, None),
    ("appeal for restraint", "The Pakistani government appealed to India for restraint in Kashmir.",
     "appealed", "DEMAND", "PAK", "IND", None),
    ("past president accuses", "Colombian President Alvaro Uribe accused Venezuela of harbouring FARC rebels.",
     "accused", "DISAPPROVE", "COL", "VEN", None),
    ("host talks between others", "Egyptian President Hosni Mubarak hosted talks between Israeli and Palestinian negotiators.",
     "hosted", "CONSULT", "EGY", None, None),
    ("IGO offers monitors", "The European Union offered to send election monitors to Zimbabwe.",
     "offered", "AGREE", "IGO", "ZWE", None),
    ("warn against", "China warned Taiwan against any move toward independence.", "warned", "THREATEN", "CHN", "TWN", None),
    ("expel inspectors", "North Korea expelled UN nuclear inspectors from the Yongbyon complex.",
     "expelled", "SANCTION", "PRK", "IGO", None),
    ("passive: expel diplomats", "Two Estonian diplomats were expelled by Moscow on Friday.",
     "expelled", "SANCTION", "RUS", "EST", None),
    ("break relations", "Venezuelan President Hugo Chavez broke diplomatic relations with Colombia.",
     "broke", "SANCTION", "VEN", "COL", None),
    ("ethnic community and country", "Greek Cypriot leaders rejected the UN reunification plan.",
     "rejected", "REJECT", "CYP", "IGO", None),
    ("send troops into", "Ethiopia sent troops into Somalia to back the transitional government.",
     "sent", "MOBILIZE", "ETH", "SOM", None),
    ("grant asylum to refugees", "Uganda granted asylum to 300 Congolese refugees.", "granted", "AID", "UGA", "COD", None),
    ("order an investigation", "The Lebanese government ordered an investigation into the killing of the journalist.",
     "investigation", "INVESTIGATE", "LBN", None, None),
    ("detain members", "Chinese police detained dozens of Falun Gong members in Beijing.",
     "detained", "COERCE", "CHN", "CHN", None),
    ("meet in a capital", "Afghan President Hamid Karzai met Pakistani President Pervez Musharraf in Islamabad.",
     "met", "CONSULT", "AFG", "PAK", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("check", "text", "trigger", "category", "source", "target", "mode"), MORE,
                         ids=[case[0] for case in MORE])
def test_more_general_sentences(check, text, trigger, category, source, target, mode):
    found = on_trigger(events_of(text), trigger)
    assert found, f"no event on {trigger!r}"
    event = found[0]
    assert SCORED_AS.get(event.category, event.category) == category
    if source is not None:
        assert code(event.source) == source
    if target is not None:
        assert code(event.target) == target
    if mode is not None:
        assert event.mode == mode


NOTHING = [
    # a verb's generic sense with a thing as object, sport, weather, economics: a wrong event is
    # worse than none
    ("release a video", "The rebel group released two videos showing the hostages."),
    ("release a report", "The ministry released its annual report on Tuesday."),
    ("release footage", "The Taliban released footage of the captured soldiers."),
    ("release a product", "Apple released a new iPhone in Cupertino."),
    ("fire an employee", "The company fired its chief executive on Monday."),
    ("kick a ball", "The striker shot the ball past the Spanish goalkeeper."),
    ("curb inflation", "The central bank cut interest rates to curb inflation."),
    ("weather kills", "Heavy rains killed twelve people in Kenya."),
    ("launch a website", "The Kenyan government launched a new website for tax payments."),
    ("fire employees", "Microsoft fired 10,000 employees last year."),
    # opening something new inaugurates it: no easing of a blockade
    ("open a new bridge", "The Brazilian president opened a new bridge in Manaus."),
    ("release figures", "The French army released its annual recruitment figures."),
    ("issue a statement", "The Russian foreign ministry issued a statement on Monday."),
    ("launch a satellite", "Indian scientists launched a satellite into orbit."),
    ("defeat in sport", "The Chinese team defeated Japan in the volleyball final."),
    ("flood destroys", "Flooding destroyed 300 homes in Bangladesh."),
    ("attend a match", "The German chancellor attended a football match in Berlin."),
    ("raise prices", "The Egyptian government raised fuel prices by 15 percent."),
    ("seize an opportunity", "The Turkish central bank seized the opportunity to cut rates."),
    # a visit to a place at home is no meeting of two parties
    ("tour at home", "King Charles visited a school in Wales on Monday."),
    ("tour a region", "The Indian prime minister visited flood-hit areas in Assam."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("check", "text"), NOTHING, ids=[case[0] for case in NOTHING])
def test_nothing_coded(check, text):
    assert not [(e.trigger, e.category) for e in events_of(text)]


KINGS = [
    # a title in the name of a place or institution names no office holder
    ("King's College London", "GBR", "EDU"),
    ("the King Fahd Causeway", None, None),
    ("Prince Sultan Air Base", None, None),
    # reigning monarchs and leaders in office to 2026
    ("King Felipe", "ESP", "GOV"),
    ("the Moroccan king", "MAR", "GOV"),
    ("President Tebboune", "DZA", "GOV"),
    ("Nikol Pashinyan", "ARM", "GOV"),
    ("Kassym-Jomart Tokayev", "KAZ", "GOV"),
    # an international body is where it serves, not that country's
    ("UN peacekeepers in Mali", None, "IGO"),
    ("the UN envoy in Khartoum", None, "IGO"),
    ("Kenyan troops in Somalia", "KEN", "MIL"),
    ("ethnic Albanians in southern Serbia", "SRB", "ETH"),
]


@pytest.mark.parametrize(("text", "country", "sector"), KINGS, ids=[k[0] for k in KINGS])
def test_actor_phrases(text, country, sector):
    from dateline.analyse.events.actors import actor_for

    found = actor_for(text, "2025-10-01")
    assert ((found.country, found.sector) if found else (None, None)) == (country, sector)


# Categories with few dev examples (CONCEDE, COOPERATE, INVESTIGATE, MOBILIZE ...): the category
# may be one of a few PLOVER readings where CAMEO itself hesitates (lifting a ban: ease
# restrictions 081 CONCEDE, or 0813/0814 RETREAT).
SPREAD = [
    # check, text, trigger, accepted categories, source, target
    ("lift a ban", "The Egyptian government lifted its ban on the Muslim Brotherhood.", "lifted", ("CONCEDE", "RETREAT"), "EGY", None),
    ("bow to demands", "The Algerian president bowed to protesters' demands and dropped his bid for a fifth term.",
     "bowed", ("CONCEDE",), "DZA", None),
    ("resign", "The Thai prime minister resigned after weeks of street protests.", "resigned", ("CONCEDE",), "THA", None),
    ("pardon", "Belarus pardoned 30 political prisoners on Independence Day.", "pardoned", ("CONCEDE", "RETREAT"), "BLR", "BLR"),
    ("ease restrictions", "Myanmar's military government eased restrictions on the press.", "eased", ("CONCEDE", "RETREAT"), "MMR", None),
    ("hand over a suspect", "Kenya handed over a terror suspect to Ugandan authorities.", "handed", ("COOPERATE", "RETREAT"), "KEN", "UGA"),
    ("exchange information", "Egyptian and Israeli intelligence officials exchanged information on arms smuggling.",
     "exchanged", ("COOPERATE",), "EGY", None),
    ("intelligence sharing", "South Korea and Japan resumed military intelligence sharing.", "sharing", ("COOPERATE",), "KOR", None),
    ("IGO inquiry", "Interpol launched an inquiry into the smuggling network.", "inquiry", ("INVESTIGATE",), "IGO", None),
    ("look into", "UN investigators looked into allegations of torture in Libya.", "looked", ("INVESTIGATE",), "IGO", "LBY"),
    ("open a probe", "Turkish prosecutors opened a probe into the journalist's death.", "probe", ("INVESTIGATE",), "TUR", None),
    ("high alert", "Venezuela put its armed forces on high alert.", "put", ("MOBILIZE",), "VEN", None),
    ("military drills", "China staged large-scale military drills around Taiwan.", "drills", ("MOBILIZE",), "CHN", "TWN"),
    ("call up reservists", "The Nigerian government called up army reservists.", "called", ("MOBILIZE",), "NGA", None),
    ("reinforce troops", "Sudan reinforced its troops along the border with Chad.", "reinforced", ("MOBILIZE",), "SDN", None),
    ("pull out", "Israeli forces pulled out of the Jenin refugee camp.", "pulled", ("RETREAT",), "ISR", None),
    ("lay down arms", "The rebels laid down their arms under the peace deal.", "laid", ("RETREAT",), None, None),
    ("return persons", "Russia returned 20 Ukrainian children to their families.", "returned", ("RETREAT",), "RUS", "UKR"),
    ("allow aid ships", "The Houthis allowed aid ships to dock at Hodeidah.", "allowed", ("RETREAT", "CONCEDE"), "YEM", None),
    ("extend a loan", "Japan extended a 500 million dollar loan to Sri Lanka.", "loan", ("AID", "COOPERATE"), "JPN", "LKA"),
    ("supply with", "The United States supplied Israel with precision-guided bombs.", "supplied", ("AID", "COOPERATE"), "USA", "ISR"),
    ("ship aid", "Turkey shipped humanitarian supplies to earthquake victims in Syria.", "shipped", ("AID",), "TUR", "SYR"),
    ("freeze assets", "Britain froze the assets of three Iranian banks.", "froze", ("SANCTION", "COERCE"), "GBR", "IRN"),
    ("ban imports", "The United States banned imports of Russian oil.", "banned", ("SANCTION", "COERCE"), "USA", "RUS"),
    # ordering another state's diplomat out is breaking relations, not a demand
    ("order a diplomat out", "Mali ordered the French ambassador to leave the country.", "ordered", ("SANCTION",), "MLI", "FRA"),
    ("close a border", "Lithuania closed its border crossings with Belarus.", "closed", ("SANCTION", "COERCE"), "LTU", "BLR"),
    ("dismiss a proposal", "Ukraine dismissed the Russian ceasefire proposal as a ploy.", "dismissed", ("REJECT",), "UKR", "RUS"),
    ("refuse to hand over", "Iran refused to hand over the suspects to Argentina.", "refused", ("REJECT",), "IRN", "ARG"),
    ("threaten migrants", "Erdogan threatened to open the gates for migrants to Europe.", "threatened", ("THREATEN",), "TUR", None),
    ("warn of a response", "Pyongyang warned of a nuclear response to the joint drills.", "warned", ("THREATEN",), "PRK", None),
    ("ultimatum", "Kosovo gave Serbia an ultimatum to remove the barricades.", "ultimatum", ("THREATEN",), "XKX", "SRB"),
    # a boycott by people is protest (143); a state's, a sanction (163)
    ("people boycott", "Tunisian lawyers boycotted the courts over the arrest of a colleague.", "boycotted", ("PROTEST",), "TUN", None),
    ("state boycotts", "Lithuania boycotted the summit in Minsk.", "boycotted", ("SANCTION", "REJECT"), "LTU", None),
    ("torch buildings", "Rioters torched government buildings in Dhaka.", "torched", ("PROTEST", "ASSAULT", "COERCE"), "BGD", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("check", "text", "trigger", "categories", "source", "target"), SPREAD,
                         ids=[case[0] for case in SPREAD])
def test_sparse_categories(check, text, trigger, categories, source, target):
    found = on_trigger(events_of(text), trigger)
    assert found, f"no event on {trigger!r}"
    event = found[0]
    assert SCORED_AS.get(event.category, event.category) in categories
    if source is not None:
        assert code(event.source) == source
    if target is not None:
        assert code(event.target) == target


# Seats of government, IGOs and NGOs, armed groups placed by a city, office holders to 2025
# (the article's date matters: Merz is chancellor from May 2025, Takaichi prime minister from
# October 2025)
ACTORS_2025 = [
    # check, text, trigger, category, source, target
    ("Downing Street", "Downing Street condemned the attack on the British embassy in Tehran.", "condemned", "DISAPPROVE", "GBR", None),
    ("White House", "The White House welcomed the ceasefire between Israel and Hezbollah.", "welcomed", "SUPPORT", "USA", None),
    # what one is criticised for is the reason, not an object that makes it support (052)
    ("criticise for", "The State Department criticised Cambodia for jailing opposition leaders.",
     "criticised", "DISAPPROVE", "USA", "KHM"),
    ("foreign ministry rebukes", "The Chinese foreign ministry rebuked the Philippines over the reef incident.",
     "rebuked", "DISAPPROVE", "CHN", "PHL"),
    # a group named before the place it is in keeps its sector; a state bombs from the air
    ("group in a city", "The Saudi-led coalition bombed Houthi positions in Sanaa.", "bombed", "FIGHT", "SAU", "YEM"),
    ("separatists", "Pro-Russian separatists shelled Ukrainian positions near Donetsk.", "shelled", "FIGHT", "UKR", "UKR"),
    ("IGO suspends", "The Arab League suspended Syria's membership.", "suspended", "SANCTION", "IGO", "SYR"),
    ("NGO accuses", "Amnesty International accused Saudi Arabia of executing political prisoners.",
     "accused", "DISAPPROVE", "NGO", "SAU"),
    ("NGO urges", "Human Rights Watch urged Bangladesh to free detained journalists.", "urged", "DEMAND", "NGO", "BGD"),
    ("IGO loan", "The IMF approved a 3 billion dollar loan for Egypt.", "loan", "AID", "IGO", "EGY"),
    ("IGO ministers", "ASEAN foreign ministers urged Myanmar's junta to end the violence.", "urged", "DEMAND", "IGO", "MMR"),
    ("de facto government", "The Taliban government banned women from universities.", "banned", "COERCE", "AFG", "AFG"),
    ("army chief", "Sudan's army chief rejected talks with the paramilitary forces.", "rejected", "REJECT", "SDN", None),
    ("capitals accuse", "Kyiv accused Moscow of attacking civilian infrastructure.", "accused", "DISAPPROVE", "UKR", "RUS"),
    ("capitals protest", "New Delhi lodged a strong protest with Islamabad over the ceasefire violation.",
     "protest", "DISAPPROVE", "IND", "PAK"),
    ("restore ties", "Riyadh restored diplomatic ties with Tehran after seven years.", "restored", "SUPPORT", "SAU", "IRN"),
    ("recall from a city", "Ankara recalled its ambassador from Tel Aviv.", "recalled", "SANCTION", "TUR", "ISR"),
    ("regime executes", "The Iranian regime executed a British-Iranian dual national.", "executed", "ASSAULT", "IRN", None),
    ("chancellor 2025", "German Chancellor Friedrich Merz met French President Emmanuel Macron in Paris.",
     "met", "CONSULT", "DEU", "FRA"),
    ("president 2025 visits", "Indonesian President Prabowo Subianto visited Beijing in November.", "visited", "CONSULT", "IDN", "CHN"),
    ("new Syrian president", "Syrian President Ahmed al-Sharaa met Saudi Crown Prince Mohammed bin Salman in Riyadh.",
     "met", "CONSULT", "SYR", "SAU"),
    ("prime minister pledges", "British Prime Minister Keir Starmer pledged more military aid to Ukraine.",
     "pledged", "AGREE", "GBR", "UKR"),
    ("prime minister 2025", "Japanese Prime Minister Sanae Takaichi criticised China over its coast guard incursions.",
     "criticised", "DISAPPROVE", "JPN", "CHN"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("check", "text", "trigger", "category", "source", "target"), ACTORS_2025,
                         ids=[case[0] for case in ACTORS_2025])
def test_actors_to_2025(check, text, trigger, category, source, target):
    found = on_trigger(events_of(text, published="2025-12-01"), trigger)
    assert found, f"no event on {trigger!r}"
    event = found[0]
    assert SCORED_AS.get(event.category, event.category) == category
    assert code(event.source) == source
    if target is not None:
        assert code(event.target) == target


# PLOVER's own modes (the 2021 table's third column) for forms the dev sentences do not hold
MODES = [
    # check, text, trigger, PLOVER mode
    ("by phone", "Putin spoke with Erdogan by phone on Tuesday.", "spoke", "phone"),
    ("telephone conversation", "Macron held a telephone conversation with Zelensky.", "conversation", "phone"),
    # flying to a capital for talks is a visit (042), not PETRARCH2's intent to meet (036)
    ("fly to talks", "Lavrov flew to Ankara for talks with Turkish officials.", "flew", "visit"),
    ("third place", "Chinese and American negotiators met in Geneva.", "met", "third-party"),
    ("firearms", "Gunmen shot dead a Mexican journalist in Tijuana.", "shot", "firearms"),
    ("explosives", "A car bomb killed nine Iraqi policemen in Mosul.", "killed", "explosives"),
    ("artillery", "Russian artillery pounded Ukrainian positions near Bakhmut.", "pounded", "heavy-weapons"),
    ("barrel bombs", "Syrian government helicopters dropped barrel bombs on Aleppo.", "dropped", "heavy-weapons"),
    ("abduct", "Boko Haram militants abducted 200 schoolgirls in Chibok.", "abducted", "abduct"),
    # beating people is physical assault (182), not defeat (190)
    ("beat", "Egyptian police beat protesters in Cairo.", "beat", "beat"),
    ("suicide attack", "A suicide bomber blew himself up at a checkpoint in Kabul.", "blew", "suicide-attack"),
    ("assassinate", "Gunmen assassinated the Haitian president in his home.", "assassinated", "assassinate"),
    ("hunger strike", "Palestinian prisoners began a hunger strike in Israeli jails.", "strike", "hunger"),
    ("obstruct", "French farmers blocked highways around Paris.", "blocked", "obstruct"),
    ("riot", "Protesters rioted in the Kenyan capital.", "rioted", "riot"),
    ("demonstrate", "Thousands of Chileans marched through Santiago.", "marched", "demo"),
    ("arrest", "Hong Kong police arrested six pro-democracy activists.", "arrested", "arrest"),
    ("state of emergency", "The Thai government declared a state of emergency in Bangkok.", "emergency", "martial-law"),
    ("curfew", "The Ethiopian government imposed a curfew in Addis Ababa.", "curfew", "curfew"),
    ("release", "Hamas freed three Israeli hostages on Saturday.", "freed", "release"),
    ("access", "Israel allowed UN aid convoys into northern Gaza.", "allowed", "access"),
    ("expel diplomats", "Moscow expelled two Finnish diplomats.", "expelled", "withdraw"),
    ("cut off aid", "The United States cut off military aid to Egypt.", "cut", "discontinue"),
    # a demanded act gives the demand its kind: withdrawing troops is de-escalation (1056, yield)
    ("demand a withdrawal", "Iraq called on Turkey to withdraw its troops.", "called", "yield"),
    ("threaten to close", "Iran threatened to close the Strait of Hormuz.", "threatened", "restrict"),
    # a state accusing another of crimes accuses (1124); only prosecutors' charges are legal action
    ("accuse of war crimes", "Serbia accused Kosovo of war crimes.", "accused", "allege"),
    ("investigate", "The UN launched an investigation into the killings in Darfur.", "investigation", "investigate"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("check", "text", "trigger", "plover_mode"), MODES, ids=[case[0] for case in MODES])
def test_plover_modes(check, text, trigger, plover_mode):
    found = on_trigger(events_of(text), trigger)
    assert found, f"no event on {trigger!r}"
    assert found[0].plover_mode == plover_mode


def test_beating_back_an_attack_is_fighting():
    assert [e.category for e in events_of("Russian forces beat back a Ukrainian attack.") if e.trigger == "beat"] == ["FIGHT"]


def test_prosecutors_accusing_is_legal_action():
    events = events_of("Kenyan prosecutors accused the former minister of corruption.")
    assert [e.category for e in events if e.trigger == "accused"] == ["COERCE"]


# Reported and framed acts, CAMEO-manual style
REPORTED = [
    # check, text, trigger, accepted categories, source, target, mode (None: not checked)
    ("would never give up", "Iran said on Sunday it would never give up its right to enrich uranium.",
     "give", ("REJECT",), "IRN", None, None),
    ("ready to meet", "The Sudanese president said he was ready to meet the rebel leader.", "meet", ("AGREE",), "SDN", None, "offered"),
    ("officials said", "Officials in Kabul said Pakistani troops had shelled Afghan border villages.",
     "shelled", ("FIGHT",), "PAK", "AFG", None),
    ("denied bombing", "Turkey has denied that its warplanes bombed Kurdish villages in Iraq.", "bombed", ("FIGHT",), "TUR", None, "denied"),
    ("would not extradite", "Colombia said it would not extradite the rebel commander to Venezuela.",
     "extradite", ("REJECT",), "COL", None, None),
    # expressing support for a policy is CAMEO 032, intent to cooperate diplomatically (AGREE)
    ("express support", "Ghana expressed its support for Nigeria's bid for a permanent Security Council seat.",
     "expressed", ("AGREE", "SUPPORT"), "GHA", "NGA", None),
    # blocking others' text or decision is rejecting it, not coercion
    ("block a statement", "Hungary blocked an EU statement criticising China.", "blocked", ("REJECT",), "HUN", None, None),
    ("block a bid", "Turkey blocked Sweden's NATO membership bid.", "blocked", ("REJECT",), "TUR", "SWE", None),
    ("refused to hand over", "The Afghan Taliban refused to hand over Osama bin Laden to the United States.",
     "refused", ("REJECT",), "AFG", "USA", "refused"),
    ("lash out", "Zimbabwe's President Robert Mugabe lashed out at Britain over land reform criticism.",
     "lashed", ("DISAPPROVE",), "ZWE", "GBR", None),
    ("grant asylum to a person", "Ecuador granted WikiLeaks founder Julian Assange political asylum.", "granted", ("AID",), "ECU", None, None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("check", "text", "trigger", "categories", "source", "target", "mode"), REPORTED,
                         ids=[case[0] for case in REPORTED])
def test_reported_and_framed(check, text, trigger, categories, source, target, mode):
    found = on_trigger(events_of(text), trigger)
    assert found, f"no event on {trigger!r}"
    event = found[0]
    assert SCORED_AS.get(event.category, event.category) in categories
    assert code(event.source) == source
    if target is not None:
        assert code(event.target) == target
    if mode is not None:
        assert event.mode == mode
