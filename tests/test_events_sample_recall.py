"""Events the sample corpus gold showed missing, second round (issue 17): findings of fault as
accusations, agentless arrests of counted people, threats with no one threatened, visits named
by a noun, 'called for X to be done' with no one named, and opposition deputies as the
opposition. Our own sentences, fictional; each class with controls that must code nothing."""

from __future__ import annotations

import pytest

from test_events import events_of

CODED = [
    # text, category, source's name (None: no source), target's name (None: no target)
    ("An independent inquiry found that the transport ministry had ignored safety warnings for years.",
     "ACCUSE", None, "transport ministry"),
    ("Judge Helga Marn found that the health ministry failed to order enough vaccines.",
     "ACCUSE", "Helga Marn", "the health ministry"),
    ("A parliamentary inquiry blamed the health ministry for the delays.", "ACCUSE", None, "health ministry"),
    ("Riot police said 40 people had been detained in the capital.", "COERCE", None, "40 people"),
    ("More than 300 people were arrested over the two weeks of unrest.", "COERCE", None, "More than 300 people"),
    ("Police cleared protesters from the square outside parliament.", "COERCE", "Police", "protesters"),
    ("The teachers' union has threatened further action next month.", "THREATEN", "The teachers' union", None),
    ("The union has warned that the strike will spread to the airports unless the plan is dropped.",
     "THREATEN", "The union", None),
    ("President Ilona Varsh returned home on Friday at the end of her three-day visit to Chile.",
     "CONSULT", "Ilona Varsh", "Chile"),
    ("President Ilona Varsh, who is on a state visit to Chile, did not comment.", "CONSULT", "Ilona Varsh", "Chile"),
    ("Opposition deputies have called for the arms contract to be suspended.", "DEMAND", "Opposition deputies", None),
]

NOTHING = [
    "The inquiry found that sales rose in the second quarter.",
    "Researchers found that the ministry had ignored the warnings.",
    "A man was questioned by the company's guards.",
    "The union warned that prices could rise unless the bank acts.",
    "The farmers said the drought threatened their livelihoods.",
    "The visit of the Pope drew large crowds.",
    "Opposition deputies did not call for the minister to resign.",
    "Auditors will establish whether the mayor ignored the warnings.",
]


def _pairs(events):
    return [(e.category, e.source and e.source.name, e.target and e.target.name) for e in events]


@pytest.mark.parametrize("text, category, source, target", CODED)
def test_coded(text, category, source, target):
    events = events_of(text)
    assert (category, source, target) in _pairs(events), _pairs(events)


@pytest.mark.parametrize("text", NOTHING)
def test_codes_nothing(text):
    assert events_of(text) == [], _pairs(events_of(text))


def test_her_visit_is_not_the_police():
    """A possessive stands for the clause's subject only when it can: 'her' is no police force."""
    events = events_of("Police arrested two men during her visit to Chile.")
    assert not [e for e in events if e.category == "CONSULT"], _pairs(events)


def test_opposition_deputies_are_no_police():
    events = events_of("Opposition deputies have demanded the resignation of the minister.")
    assert [e.source.sector for e in events if e.source is not None] == ["OPP"], _pairs(events)
