"""Events on wire prose (issue 17): sentences we wrote in the style of Reuters, AP and AFP copy
(datelines, passives, nominalisations, "said on Tuesday", quotes, several events a sentence,
collective actors), fictional or paraphrased, none taken from a publication or the evaluation
data. Each names the category, both actors and the mode; a few must code nothing, and acts
embedded in a charge, a permission or a request must not be coded as having happened.

An actor is given as its code (`code`: the country, else the sector), as "CTY/SEC" to check
both, or None when the sentence leaves it open."""

from __future__ import annotations

import pytest

from test_events import code, events_of, on_trigger
from test_events_general import SCORED_AS

# a category the reading may give in either of two PLOVER senses (a rebel attack on an army
# base is fighting or an assault by the codebook's modes; a state's aircraft, missiles or drones
# use conventional military force, CAMEO 19)
VIOLENT = ("ASSAULT", "FIGHT")

WIRE = [
    # check, text, trigger, category (or accepted categories), source, target, mode; a light
    # verb's event is coded on its noun ("imposed sanctions" on "sanctions", "went on strike" on
    # "went", "vowed to launch an offensive" on "offensive"), what one urges another to do is
    # "demanded", what one agrees to do "intended", a denied act "denied" on its own verb; a
    # joint subject ("Indian and Pakistani troops exchanged fire") is two sources, no target
    # --- acronyms the actor dictionary knows, which the tagger reads as verbs or adjectives
    ("acronym subject: ECOWAS",
     "ABUJA, Feb 25 (Reuters) - ECOWAS imposed sanctions on Niger on Sunday, closing borders and freezing the country's assets at the regional central bank.",
     "sanctions", "SANCTION", "IGO", "NER", "asserted"),
    ("acronym subject: NATO",
     "NATO deployed 4,000 more troops to its eastern flank on Wednesday, the alliance said.",
     "deployed", "MOBILIZE", "IGO", None, "asserted"),
    ("acronym subject: IAEA",
     "VIENNA (AP) - The IAEA criticised Iran on Thursday for failing to explain uranium traces found at two undeclared sites.",
     "criticised", "DISAPPROVE", "IGO", "IRN", "asserted"),
    ("acronym subject: AU",
     "The AU suspended Gabon from all its activities on Thursday after soldiers seized power in Libreville.",
     "suspended", "SANCTION", "IGO", "GAB", "asserted"),
    ("acronym subject: SADC",
     "SADC leaders urged Mozambique on Saturday to open talks with the opposition after weeks of deadly unrest.",
     "urged", "DEMAND", "IGO", "MOZ", "demanded"),
    # --- a diplomatic protest is verbal (CAMEO 11), not a street protest
    ("protest note",
     "HANOI, July 9 (Reuters) - Vietnam sent a note protesting the seizure of a Vietnamese fishing boat by Chinese coast guard vessels near the Paracel Islands.",
     "protesting", "DISAPPROVE", "VNM", None, "asserted"),
    ("lodge a protest",
     "Beijing lodged a formal protest with Tokyo on Monday over the visit of Japanese lawmakers to the shrine.",
     "protest", "DISAPPROVE", "CHN", "JPN", "asserted"),
    ("summon to protest",
     "Poland summoned the Russian ambassador on Thursday to protest a drone incursion into its airspace.",
     "protest", "DISAPPROVE", "POL", "RUS", "asserted"),
    # --- verbal attacks between politicians are criticism
    ("verbal attack: senators",
     "WASHINGTON (AP) - Republican senators attacked Democratic leaders on Tuesday over the stalled spending bill.",
     "attacked", "DISAPPROVE", "USA", "USA", "asserted"),
    ("verbal attack: opposition leader",
     "Kenya's opposition leader attacked President William Ruto on Sunday over the new finance law.",
     "attacked", "DISAPPROVE", "KEN/OPP", "KEN/GOV", "asserted"),
    ("armed attack: rebels on a base",
     "Rebels attacked an army base in northern Mali on Tuesday, killing 12 soldiers, the army said.",
     "attacked", VIOLENT, "MLI", "MLI", "asserted"),
    # --- demobilising, massing and showing force
    ("hand over weapons",
     "GOMA, Congo (AP) - Some 300 militia fighters handed over their weapons to the Congolese army on Saturday at a ceremony in North Kivu province.",
     "handed", "RETREAT", "COD", "COD", "asserted"),
    ("lay down arms",
     "Hundreds of separatist fighters laid down their arms in southern Cameroon this week, the governor said.",
     "laid", "RETREAT", "CMR", None, "asserted"),
    ("mass troops",
     "Russian troops massed near the border with Ukraine in the weeks before the invasion, satellite images showed.",
     "massed", "MOBILIZE", "RUS", None, "asserted"),
    ("mass troops, transitive",
     "Azerbaijan has massed troops and armour along the frontier, Armenian officials said on Monday.",
     "massed", "MOBILIZE", "AZE", None, "asserted"),
    ("test-fire missiles",
     "SEOUL, March 14 (Reuters) - North Korea test-fired two short-range ballistic missiles into the sea on Thursday, South Korea's military said.",
     "test-fired", "MOBILIZE", "PRK", None, "asserted"),
    ("test-fire during drills",
     "Iran test-fired a new cruise missile during naval drills in the Gulf of Oman on Saturday, state television reported.",
     "test-fired", "MOBILIZE", "IRN", None, "asserted"),
    ("mobilise, British spelling",
     "China mobilised dozens of warships around Taiwan on Monday in what Taipei called a rehearsal for a blockade.",
     "mobilised", "MOBILIZE", "CHN", None, "asserted"),
    ("scramble jets",
     "Japan's defence ministry scrambled fighter jets after two Russian bombers flew close to its airspace.",
     "scrambled", "MOBILIZE", "JPN", None, "asserted"),
    ("deployment, nominal",
     "Britain's defence secretary announced the deployment of 900 troops to Estonia on Tuesday.",
     "deployment", "MOBILIZE", "GBR", None, None),
    # --- labour strikes are protests; air and missile strikes are violence
    ("go on strike",
     "LAGOS, June 3 (Reuters) - Nigerian workers went on strike on Monday over the removal of fuel subsidies, shutting banks and airports.",
     "went", "PROTEST", "NGA", None, "asserted"),
    ("stage a strike",
     "Dockworkers in Antwerp staged a 24-hour strike against the pension reform on Thursday.",
     "strike", "PROTEST", "BEL", None, "asserted"),
    ("air strikes kill",
     "GAZA (Reuters) - Israeli air strikes killed at least 30 people in Gaza overnight, Palestinian health officials said.",
     "killed", VIOLENT, "ISR", "PSE", "asserted"),
    ("missile strikes, nominal",
     "Russia launched missile strikes on Ukraine's energy grid overnight, the Ukrainian air force said.",
     "strikes", VIOLENT, "RUS", "UKR", "asserted"),
    ("carry out a strike",
     "The U.S. military carried out an air strike on an Islamic State leader in northwest Syria, the Pentagon said on Friday.",
     "strike", VIOLENT, "USA", None, "asserted"),
    # --- claiming an attack is owning it
    ("claim responsibility: bombing",
     "BAGHDAD (AP) - Islamic State claimed responsibility for the suicide bombing, which killed 14 people at a market in Baghdad.",
     "claimed", "ASSAULT", None, None, "asserted"),
    ("claim responsibility: attack",
     "Al-Shabaab claimed responsibility for the attack on a hotel in Mogadishu that killed nine people.",
     "claimed", "ASSAULT", "SOM", None, "asserted"),
    # --- halting talks, revoking, cutting supplies
    ("walk out of talks",
     "The Houthi delegation walked out of the UN-sponsored talks in Geneva on Saturday.",
     "walked", "SANCTION", "YEM", None, "asserted"),
    ("leave talks",
     "Iran's negotiators left the talks in Vienna on Friday without an agreement, Western diplomats said.",
     "left", "SANCTION", "IRN", None, "asserted"),
    ("revoke accreditation",
     "Moscow revoked the accreditation of two German journalists on Thursday in retaliation for a ban on Russian state media.",
     "revoked", "SANCTION", "RUS", "DEU", "asserted"),
    ("revoke a licence",
     "BAMAKO (AFP) - Mali's junta revoked the licence of French broadcaster RFI on Wednesday.",
     "revoked", "SANCTION", "MLI", "FRA", "asserted"),
    ("revoke visas",
     "India revoked the visas of three Chinese journalists, leaving Beijing without a reporter in the country.",
     "revoked", "SANCTION", "IND", "CHN", "asserted"),
    ("cut gas supplies",
     "Russia cut off gas supplies to Moldova on New Year's Day, citing unpaid debts.",
     "cut", "SANCTION", "RUS", "MDA", "asserted"),
    ("halt gas exports",
     "Algeria halted gas exports to Spain after Madrid backed Morocco's plan for Western Sahara.",
     "halted", "SANCTION", "DZA", "ESP", "asserted"),
    ("re-imposed",
     "WASHINGTON, April 17 (Reuters) - The United States re-imposed sanctions on Venezuela's oil sector on Wednesday.",
     "re-imposed", "SANCTION", "USA", "VEN", "asserted"),
    ("suspend arms exports",
     "Germany suspended arms exports to Israel on Friday, the chancellor's office said.",
     "suspended", "SANCTION", "DEU", "ISR", "asserted"),
    ("ban imports",
     "China banned imports of Japanese seafood after the release of treated water from the Fukushima plant.",
     "banned", "SANCTION", "CHN", "JPN", "asserted"),
    ("visa restrictions",
     "The United States imposed visa restrictions on 20 Ugandan officials over the conduct of the election.",
     "restrictions", "SANCTION", "USA", "UGA", "asserted"),
    ("freeze assets",
     "The European Union froze the assets of 15 Russian businessmen on Friday.",
     "froze", "SANCTION", "IGO", "RUS", "asserted"),
    ("expel an ambassador",
     "Mexico expelled the North Korean ambassador on Monday over Pyongyang's missile tests.",
     "expelled", "SANCTION", "MEX", "PRK", "asserted"),
    ("recall an ambassador",
     "Brazzaville recalled its ambassador from Kinshasa on Tuesday after a border incident.",
     "recalled", "SANCTION", "COG", "COD", "asserted"),
    # --- British spellings and the defence ministry
    ("criticise, defence minister",
     "CANBERRA (Reuters) - Australia's defence minister criticised China on Monday for an unsafe intercept of a navy helicopter.",
     "criticised", "DISAPPROVE", "AUS", "CHN", "asserted"),
    ("criticise: shelling across a border",
     "Bangladesh criticised Myanmar for the shelling across its border, which killed two people.",
     "criticised", "DISAPPROVE", "BGD", "MMR", "asserted"),
    ("apologise",
     "Seoul apologised to Hanoi on Wednesday for the killing of civilians by South Korean troops during the war.",
     "apologised", "SUPPORT", "KOR", "VNM", "asserted"),
    ("honour",
     "Kenya's president honoured Ugandan peacekeepers killed in Somalia at a ceremony in Nairobi.",
     "honoured", "SUPPORT", "KEN", "UGA", "asserted"),
    # --- "-backed": the backer is not the group
    ("Rwanda-backed rebels",
     "Rwanda-backed M23 rebels seized the town of Goma on Monday after a lightning offensive.",
     "seized", ("COERCE", "FIGHT"), "COD", None, "asserted"),
    ("Iran-backed Houthis",
     "Iran-backed Houthi militants fired missiles at a Greek-owned tanker in the Red Sea on Monday.",
     "fired", VIOLENT, "YEM", None, "asserted"),
    ("Russian-backed separatists",
     "Russian-backed separatists shelled Ukrainian positions near Donetsk overnight.",
     "shelled", VIOLENT, "UKR", "UKR", "asserted"),
    # --- former office holders are elites, not the government today
    ("former prime minister",
     "ISLAMABAD (Reuters) - Former prime minister Imran Khan was sentenced on Friday to 14 years in prison by an anti-corruption court.",
     "sentenced", "COERCE", "PAK", "PAK/ELI", "asserted"),
    ("former president",
     "Former U.S. President Barack Obama criticised the Hungarian government on Tuesday for curbing press freedom.",
     "criticised", "DISAPPROVE", "USA/ELI", "HUN", "asserted"),
    # --- a country in apposition is the actor
    ("apposition of a country",
     "Its western neighbour, Chad, accused Sudan on Monday of arming rebels along their border.",
     "accused", "DISAPPROVE", "TCD", "SDN", "asserted"),
    ("nation, apposition",
     "The West African nation, Burkina Faso, expelled three French diplomats on Thursday.",
     "expelled", "SANCTION", "BFA", "FRA", "asserted"),
    # --- popes are the Holy See
    ("pope meets",
     "Pope Francis met the Iraqi prime minister in Baghdad on Friday at the start of a three-day visit.",
     "met", "CONSULT", "VAT", "IRQ", "asserted"),
    ("pope condemns",
     "VATICAN CITY (AP) - The pope on Sunday condemned the bombing of a Catholic church in Gaza.",
     "condemned", "DISAPPROVE", "VAT", None, "asserted"),
    ("pope urges",
     "Pope Francis urged Russia and Ukraine on Sunday to exchange all their prisoners.",
     "urged", "DEMAND", "VAT", None, "demanded"),
    # --- conditions and mediators are no targets; two parties agreeing together are both
    # sources, with no target (as the PLOVER gold codes a joint subject)
    ("under the deal",
     "Israel freed 90 Palestinian prisoners on Sunday under the ceasefire deal brokered by Qatar and Egypt.",
     "freed", "RETREAT", "ISR", "PSE", "asserted"),
    ("brokered swap",
     "Russia and Ukraine exchanged 95 prisoners each in a swap brokered by the United Arab Emirates, both sides said.",
     "exchanged", ("RETREAT", "COOPERATE"), "RUS", "UKR", "asserted"),
    ("release under a deal",
     "Hamas released three Israeli hostages on Saturday under the terms of the truce.",
     "released", "RETREAT", "PSE", "ISR", "asserted"),
    ("clash near the border",
     "Pakistani troops clashed with Afghan Taliban forces near the border on Friday, officials said.",
     "clashed", VIOLENT, "PAK", "AFG", "asserted"),
    ("ceasefire brokered by",
     "Israel and Hezbollah agreed to a ceasefire brokered by the United States and France on Tuesday.",
     "agreed", "AGREE", "ISR", None, "asserted"),
    # --- Congo: the republic (Brazzaville) and the Democratic Republic (Kinshasa)
    ("Republic of the Congo",
     "The Republic of the Congo's president met his Angolan counterpart in Luanda on Monday.",
     "met", "CONSULT", "COG", "AGO", "asserted"),
    ("DR Congo",
     "KINSHASA (Reuters) - DR Congo accused Rwanda on Monday of backing the M23 rebels.",
     "accused", "DISAPPROVE", "COD", "RWA", "asserted"),
    ("bare Congo",
     "Congo's army shelled rebel positions outside Goma on Sunday, a military spokesman said.",
     "shelled", VIOLENT, "COD", "COD", "asserted"),
    ("Kinshasa",
     "Kinshasa expelled the Rwandan ambassador on Saturday as the rebels advanced.",
     "expelled", "SANCTION", "COD", "RWA", "asserted"),
    # --- North Korean read as one demonym
    ("North Korean state media",
     "North Korean state media criticised the South Korean president on Saturday for the joint drills with Washington.",
     "criticised", "DISAPPROVE", "PRK", "KOR", "asserted"),
    ("North Korean soldier detained",
     "South Korean troops detained a North Korean soldier who crossed the border on Tuesday.",
     "detained", "COERCE", "KOR", "PRK", "asserted"),
    # --- protests no one is named for are the country's people
    ("protests erupted",
     "DUBAI, Nov 16 (Reuters) - Protests erupted across Iran on Friday after the government raised fuel prices.",
     "Protests", "PROTEST", "IRN/CVL", None, "asserted"),
    ("demonstrations broke out",
     "Demonstrations broke out in several Kenyan cities on Tuesday against the finance bill.",
     "Demonstrations", "PROTEST", "KEN", None, "asserted"),
    # --- "the country" is the last country named
    ("the country",
     "Mali's junta expelled the French ambassador in January. The country also suspended two French broadcasters.",
     "suspended", "SANCTION", "MLI", "FRA", "asserted"),
    ("the country's president",
     "Gunmen stormed a television studio in Ecuador on Tuesday. The country's president ordered the army to neutralise the gangs.",
     "stormed", "ASSAULT", "ECU", None, "asserted"),
    # --- wire prose: datelines, passives, nominalisations, quotes, several events
    ("missiles at cities",
     "KYIV, Oct 10 (Reuters) - Russia fired more than 80 missiles at Ukrainian cities on Monday, killing at least 19 people, Ukrainian officials said.",
     "fired", VIOLENT, "RUS", "UKR", "asserted"),
    ("passive: carried out by",
     "The Russian defence ministry said the attack was carried out by Ukrainian drones.",
     "attack", VIOLENT, "UKR", None, None),
    ("passive: detained by police",
     "KARACHI (Reuters) - Three Chinese nationals were detained by Pakistani police in Karachi on Wednesday, a police spokesman said.",
     "detained", "COERCE", "PAK", "CHN", "asserted"),
    ("summon an ambassador",
     "Germany's foreign ministry summoned the Iranian ambassador on Thursday after the execution of a German-Iranian dual national.",
     "summoned", "DISAPPROVE", "DEU", "IRN", "asserted"),
    ("quote then rejection",
     "\"We will not negotiate under fire,\" Israeli Prime Minister Benjamin Netanyahu said on Sunday, rejecting a Hamas proposal for a truce.",
     "rejecting", "REJECT", "ISR", "PSE", "asserted"),
    ("joint drills",
     "The United States and the Philippines began joint military exercises in the South China Sea on Monday, a move Beijing condemned as provocative.",
     "exercises", "COOPERATE", "USA", None, "asserted"),
    ("second event: condemned",
     "The United States and the Philippines began joint military exercises in the South China Sea on Monday, a move Beijing condemned as provocative.",
     "condemned", "DISAPPROVE", "CHN", None, "asserted"),
    ("collective: Group of Seven",
     "The Group of Seven pledged $50 billion to Ukraine on Thursday, backed by frozen Russian assets.",
     "pledged", "AGREE", "IGO", "UKR", "intended"),  # a sum pledged is still to be paid (promised.object_mode)
    ("hold talks",
     "Ethiopian Prime Minister Abiy Ahmed held talks with Kenyan President William Ruto in Nairobi on Monday.",
     "talks", "CONSULT", "ETH", "KEN", "asserted"),
    ("nominal arrest",
     "The arrest of two opposition leaders by Tanzanian police on Tuesday drew sharp criticism from the United States.",
     "arrest", "COERCE", "TZA", "TZA", "asserted"),
    ("nominal criticism",
     "The arrest of two opposition leaders by Tanzanian police on Tuesday drew sharp criticism from the United States.",
     "criticism", "DISAPPROVE", "USA", None, "asserted"),
    ("army said it had killed",
     "MAIDUGURI, Nigeria (Reuters) - Nigeria's army said on Sunday it had killed 50 Boko Haram fighters in an operation in Borno state.",
     "killed", VIOLENT, "NGA", "NGA", "asserted"),
    ("release detainees",
     "CARACAS (AP) - Venezuela's government released 110 people detained after the disputed election, a rights group said on Saturday.",
     "released", "RETREAT", "VEN", "VEN", "asserted"),
    ("tear gas",
     "NAIROBI (Reuters) - Police fired tear gas at protesters in Nairobi on Tuesday as thousands marched on parliament.",
     "fired", ("ASSAULT", "COERCE"), "KEN", "KEN", "asserted"),
    ("rally outside parliament",
     "TBILISI (AFP) - Thousands of Georgians rallied outside parliament on Sunday against the foreign agents bill.",
     "rallied", "PROTEST", "GEO", None, "asserted"),
    ("block roads",
     "Opposition supporters blocked roads in Dhaka on Monday to demand the prime minister's resignation.",
     "blocked", "PROTEST", "BGD", None, "asserted"),
    ("kidnap",
     "BOGOTA (Reuters) - ELN rebels kidnapped two oil workers in Colombia's Arauca province on Saturday, the army said.",
     "kidnapped", "ASSAULT", "COL", "COL", "asserted"),
    ("abduct schoolchildren",
     "Gunmen abducted more than 200 schoolchildren from a school in Nigeria's Kaduna state, residents said on Friday.",
     "abducted", "ASSAULT", "NGA", "NGA", "asserted"),
    # PETRARCH2 codes arresting a journalist as repression (175, ASSAULT), as it does protesters
    ("arrest a journalist",
     "Belarusian authorities arrested a Polish journalist on Tuesday on charges of espionage.",
     "arrested", ("COERCE", "ASSAULT"), "BLR", "POL", "asserted"),
    ("court sentences",
     "A Moscow court sentenced an American reporter to 16 years in prison on Friday for spying.",
     "sentenced", "COERCE", "RUS", "USA", "asserted"),
    # appealing to a party to act is a frame of demand, as urging is (issue 17 mode sweep)
    ("appeal to warring parties",
     "U.N. Secretary-General Antonio Guterres appealed to Sudan's warring parties on Monday to lay down their arms.",
     "appealed", "DEMAND", "IGO", "SDN", "demanded"),
    ("meet in Doha",
     "DOHA (Reuters) - Qatar's prime minister met Hamas leaders in Doha on Wednesday to press for a deal.",
     "met", "CONSULT", "QAT", "PSE", "asserted"),
    ("host for talks",
     "Russian President Vladimir Putin hosted Chinese President Xi Jinping for three days of talks in Moscow.",
     "hosted", "CONSULT", "RUS", "CHN", "asserted"),
    ("vow an offensive",
     "ANKARA (Reuters) - Erdogan vowed on Friday to launch a new ground offensive against Kurdish militants in northern Syria.",
     "offensive", "THREATEN", "TUR", None, "intended"),
    ("security service detains",
     "Ukraine's security service said on Tuesday it had detained a Russian agent suspected of plotting to kill Zelenskiy.",
     "detained", "COERCE", "UKR", "RUS", "asserted"),
    ("thank for aid",
     "Zelenskiy thanked Britain on Wednesday for the new military aid package.",
     "thanked", "SUPPORT", "UKR", "GBR", "asserted"),
    ("agree a truce",
     "Sudan's army and the Rapid Support Forces agreed to a week-long truce in talks mediated by Saudi Arabia.",
     "agreed", "AGREE", "SDN", None, "asserted"),
    ("exchange fire",
     "Indian and Pakistani troops exchanged fire across the Line of Control on Thursday, the Indian army said.",
     "exchanged", VIOLENT, "IND", None, "asserted"),
    ("ratify membership",
     "Turkey's parliament ratified Sweden's NATO membership on Tuesday.",
     "ratified", ("AGREE", "SUPPORT", "COOPERATE", "CONCEDE"), "TUR", "SWE", "asserted"),
    ("deport migrants",
     "Tunisia deported hundreds of migrants to the Libyan border last month, aid groups said.",
     "deported", ("COERCE", "ASSAULT", "SANCTION"), "TUN", None, "asserted"),
    ("send aid",
     "The United Arab Emirates sent 50 tonnes of medical supplies to Sudan on Thursday.",
     "sent", "AID", "ARE", "SDN", "asserted"),
    ("investigate",
     "The International Criminal Court opened an investigation into alleged war crimes in Venezuela.",
     "investigation", "INVESTIGATE", "IGO", "VEN", None),
    ("deny",
     "The Kremlin denied on Monday that Russian forces had targeted civilians in Kharkiv.",
     "targeted", VIOLENT, "RUS", None, "denied"),
    ("warn",
     "China warned the Philippines on Tuesday to stop provocations in the South China Sea.",
     "warned", ("THREATEN", "DEMAND", "DISAPPROVE"), "CHN", "PHL", None),
    ("will visit",
     "Indian Prime Minister Narendra Modi will visit Kyiv next week, the foreign ministry said on Monday.",
     "visit", ("CONSULT", "AGREE"), "IND", "UKR", None),
    ("offer to mediate",
     "Turkey offered on Tuesday to host talks between Russia and Ukraine.",
     "offered", "AGREE", "TUR", None, None),
    ("refuse to extradite",
     "Pakistan refused to extradite the suspect to India.",
     "refused", "REJECT", "PAK", "IND", None),
    ("seize a tanker",
     "Iran's Revolutionary Guards seized a British-flagged tanker in the Strait of Hormuz on Friday.",
     "seized", "COERCE", "IRN", "GBR", "asserted"),
    ("impose a curfew",
     "Bangladesh imposed a nationwide curfew on Friday after days of deadly clashes between students and police.",
     "curfew", "COERCE", "BGD", None, "asserted"),
    ("sue at the court",
     "South Africa filed a case against Israel at the International Court of Justice, accusing it of genocide.",
     "filed", ("DISAPPROVE", "ACCUSE", "COERCE"), "ZAF", "ISR", "asserted"),
    ("restore ties",
     "Saudi Arabia and Iran agreed on Friday to restore diplomatic ties in a deal brokered by China.",
     "agreed", "AGREE", "SAU", None, "intended"),
]


# Documented gaps: what the coder still gets wrong on these sentences, and why
GAPS = {
    "scramble jets": "the parser reads 'Japan's defence ministry scrambled fighter jets' as one noun phrase",
    "brokered swap": "prisoners of war exchanged are coded as an unplaced group, not the other side's",
    "Republic of the Congo": "the parse hangs 'president' under 'Republic of the Congo's' and the clause codes nothing",
    "nominal criticism": "a noun event needs a target: 'drew criticism from the United States' names none",
}


def _known_gaps(cases):
    return [pytest.param(*case, id=case[0], marks=pytest.mark.xfail(strict=True, reason=GAPS[case[0]]))
            if case[0] in GAPS else pytest.param(*case, id=case[0]) for case in cases]


def _matches(actor, expected):
    """`expected` is the actor's code, or "CTY/SEC" for both its country and its sector."""
    if "/" not in expected:
        return code(actor) == expected
    country, sector = expected.split("/")
    return actor is not None and (actor.country, actor.sector) == (country, sector)


@pytest.mark.slow
@pytest.mark.parametrize(("check", "text", "trigger", "category", "source", "target", "mode"), _known_gaps(WIRE))
def test_wire_sentences(check, text, trigger, category, source, target, mode):
    found = on_trigger(events_of(text, cleaned=True), trigger)
    assert found, f"no event on {trigger!r}"
    event = found[0]
    accepted = (category,) if isinstance(category, str) else category
    assert SCORED_AS.get(event.category, event.category) in accepted
    if source is not None:
        assert _matches(event.source, source), event.source
    if target is not None:
        assert _matches(event.target, target), event.target
    if mode is not None:
        assert event.mode == mode


# An act inside a charge, a permission or a request has not happened (the charge, permission or
# request itself may be coded)
EMBEDDED = [
    # check, text, trigger of the embedded act
    ("accused of attacking",
     "KYIV (Reuters) - Ukraine accused Russia on Tuesday of attacking a children's hospital with a cruise missile.",
     "attacking"),
    ("accused of ordering",
     "The former general was accused of ordering the killing of protesters in 2019.",
     "killing"),
    ("allowed to visit",
     "Turkey allowed Swedish investigators to visit the crash site on Wednesday.",
     "visit"),
    ("requested to withdraw",
     "Iraq requested that Turkey withdraw its troops from the Bashiqa camp.",
     "withdraw"),
    ("asked to release",
     "The Red Cross asked Hamas to release the remaining hostages, a spokesman said.",
     "release"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("check", "text", "trigger"), EMBEDDED, ids=[case[0] for case in EMBEDDED])
def test_embedded_acts_not_asserted(check, text, trigger):
    assert [e.category for e in on_trigger(events_of(text, cleaned=True), trigger) if e.mode == "asserted"] == []


# Finance, sport, weather and business: no party does anything to another
NOTHING = [
    ("markets", "LONDON (Reuters) - Shares in European defence firms rose sharply on Monday after the summit."),
    ("rates", "The central bank raised interest rates by half a percentage point on Thursday, its fourth increase this year."),
    ("football clubs", "Manchester City beat Real Madrid 4-0 in the Champions League semi-final on Wednesday."),
    ("national teams", "Nigeria beat Ghana 2-1 in Abidjan on Sunday to reach the Africa Cup of Nations final."),
    ("floods", "Heavy rain flooded parts of southern Brazil on Saturday, forcing thousands from their homes."),
    ("job cuts", "The carmaker said on Tuesday it would cut 4,000 jobs in Germany by the end of next year."),
    ("oil prices", "Oil prices fell 2% on Tuesday as traders weighed the outlook for Chinese demand."),
    ("storm", "Hurricane Milton hit the coast of Florida on Wednesday night with winds of 200 km/h."),
    ("film review", "The film attacked the hypocrisy of the art world, critics said."),
    ("report", "Researchers released a report on Tuesday on the state of the world's forests."),
    ("factory", "The company will open a new factory in Mexico next year, its chief executive said."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("check", "text"), _known_gaps(NOTHING))
def test_wire_nothing_coded(check, text):
    assert not [(e.trigger, e.category) for e in events_of(text, cleaned=True)]
