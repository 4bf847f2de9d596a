"""States the country table does not know (issue 17, branch states): a one-word proper name the
article itself treats as a state ('Corvania's government', 'the army of Corvania', 'Corvanian
troops', 'the Talmerese president') is a state actor for that article, sector GOV with no
country code. Controls: a town or region ('Brenholm's flood barriers', 'talks in Pellburg',
'Pellburg's city government'), a firm or club with a president ('Norvik's president'), a
person's surname ('Ostrander's government'), and a name with no evidence stay no state.
The names are our own inventions."""

from __future__ import annotations

from dateline.analyse.events.local_states import article_states
from dateline.analyse.pipeline import parse_articles
from dateline.models import Article

from test_events import events_of


def _states(text: str) -> frozenset[str]:
    return article_states(next(parse_articles([Article.from_text(text)])).doc)


def _parties(events):
    return [(e.category, e.source and (e.source.name, e.source.country, e.source.sector),
             e.target and (e.target.name, e.target.country, e.target.sector)) for e in events]


TALKS = ("Talks between Corvania and Talmere ended in Oslo on Friday. The talks were the first since "
         "Corvanian and Talmerese troops clashed over the river last spring.")


def test_demonyms_with_troops_make_both_names_states():
    assert _states(TALKS) == {"corvania", "talmere"}
    events = [e for e in events_of(TALKS) if e.category == "CONSULT"]
    assert _parties(events) == [("CONSULT", ("Corvania", None, "GOV"), ("Talmere", None, "GOV"))], \
        _parties(events_of(TALKS))


def test_possessive_state_head():
    text = ("Corvania's foreign minister arrived in Oslo on Monday. "
            "Corvania accused the rebels of shelling border villages.")
    assert _states(text) == {"corvania"}
    accused = [e for e in events_of(text) if e.category == "ACCUSE"]
    assert accused and accused[0].source.name == "Corvania" and accused[0].source.country is None \
        and accused[0].source.sector == "GOV", _parties(events_of(text))


def test_of_state_head():
    assert _states("The ministry of Corvania closed the border. Corvania said it would not retreat.") == {"corvania"}


def test_armed_forces_need_the_peoples_adjective():
    """A warlord's or a militia's troops are no state's: 'Dravko's troops' alone names none."""
    assert _states("Dravko's troops shelled the village. Dravko said the town was his.") == frozenset()
    assert _states("The army of Corvania crossed the river. Corvanian officers said it would not retreat.") == {"corvania"}


def test_leader_needs_the_peoples_adjective():
    """A president is a firm's or a club's too: only with 'Talmerese' in the article is Talmere's a state's."""
    assert _states("Talmere's president, Ana Vell, spoke in Oslo. A Talmerese fishing boat sank.") == {"talmere"}
    assert _states("Talmere's president, Ana Vell, spoke in Oslo on Monday.") == frozenset()
    assert _states("The Talmerese president arrived in Oslo. Talmere signed the accord.") == {"talmere"}


def test_towns_firms_and_people_stay_no_state():
    assert _states("Brenholm's flood barriers failed. Talks in Pellburg ended on Friday.") == frozenset()
    assert _states("Pellburg's city government said the barriers had failed.") == frozenset()
    assert _states("Kestrel Dynamics' president said the plant would close.") == frozenset()
    assert _states("Norvik's president, Ola Brand, criticised the new tax. Norvik accused the regulator.") == frozenset()
    assert _states("Prime Minister Lena Ostrander spoke on Monday. Ostrander's government fell.") == frozenset()


def test_a_name_with_no_evidence_is_no_actor():
    text = "Brenholm accused the rebels of shelling border villages. Brenholm's flood barriers failed."
    assert not [e for e in events_of(text) if e.source is not None and e.source.name == "Brenholm"
                and (e.source.sector or e.source.country)], \
        _parties(events_of(text))


def test_a_known_country_keeps_its_code():
    """The table's reading stands: 'Kenya' is KEN, whatever the article says."""
    text = "Kenya's government accused Uganda of shelling border villages."
    assert _states(text) == frozenset()
    accused = [e for e in events_of(text) if e.category == "ACCUSE"]
    assert accused and accused[0].source.country == "KEN", _parties(events_of(text))


def test_new_and_accented_spellings_of_listed_states():
    """'Türkiye' is the table's 'Turkiye'; 'Eswatini' is Swaziland's name since 2018."""
    from dateline.analyse.events.actors import actor_for
    assert actor_for("Türkiye", "2024-03-14").country == "TUR"
    assert actor_for("Côte d'Ivoire", "2024-03-14").country == "CIV"
    assert actor_for("the Eswatini government", "2024-03-14").country == "SWZ"
    text = "Türkiye accused Eswatini of breaking the trade accord."
    accused = [e for e in events_of(text) if e.category == "ACCUSE"]
    assert [(e.source.country, e.target.country) for e in accused] == [("TUR", "SWZ")], _parties(events_of(text))


def test_a_common_word_is_no_name():
    """'the People's Army' in an article that also says 'people': a common word, no state."""
    assert _states("The People's Army fired on crowds. Many people fled the city.") == frozenset()
    assert _states("Officials said the People's Liberation Army could be deployed.") == frozenset()


def test_a_shadow_cabinet_is_no_state():
    assert _states("Marlow's shadow cabinet met on Monday.") == frozenset()
