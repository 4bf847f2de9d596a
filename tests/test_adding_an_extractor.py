"""docs/adding-an-extractor.md, kept true: a toy extractor and a toy linker, defined in this
file only, run through `dateline.run.analyze_paths` on two sample articles; their rows are
stored, exported and counted, and relinking everything gives what the incremental link gave.

Every ```python block of the walk-through is a piece of this file (the test checks it), so the
page shows code that runs.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

# --- the record (the walk-through's step 1)
from dateline.analyse.parsed import ParsedArticle, doc_text
from dateline.models import EntityMention


@dataclass
class Question:
    """A paragraph that asks something: how many question marks, and the people it names."""

    article_id: str
    field: str  # "text" or "title"
    start: int  # the paragraph's offsets in that field
    end: int
    marks: int
    people: list[str] = field(default_factory=list)  # a list: stored as JSON


# --- the extractor (step 2)
def find_questions(parsed: ParsedArticle, *, entities: list[EntityMention]) -> list[Question]:
    """Each paragraph with a question mark, with the people the entities extractor found in it."""
    found = []
    for field_name, doc in parsed.docs():
        text = doc_text(doc)
        start = 0
        for paragraph in text.split("\n"):
            end = start + len(paragraph)
            if "?" in paragraph:
                people = sorted({
                    m.name for m in entities
                    if m.field == field_name and m.type == "PERSON" and start <= m.start < end
                })
                found.append(Question(parsed.article.id, field_name, start, end, paragraph.count("?"), people))
            start = end + 1
    return found


# --- its registry entry (step 3)
from dateline.analyse.registry import Extractor

QUESTIONS = Extractor(
    name="questions",
    function=find_questions,
    record=Question,
    table="questions",
    requires=("entities",),
    doc="paragraphs that ask something",
)


# --- a linker over it (step 5)
from dateline.link.registry import LinkBatch, Linker
from dateline.store import Store, TableSpec


@dataclass
class SourceQuestions:
    source: str
    articles: int  # articles of this source with a question
    marks: int


SOURCE_QUESTIONS = TableSpec.from_record(
    "source_questions", SourceQuestions, key=("source",), per_article=False
)


def count_questions_per_source(store: Store, batch: LinkBatch) -> dict[str, int]:
    """Question marks per source: the batch's new articles added to the running totals
    (everything counted again on `dateline relink`)."""
    if batch.full:
        totals: dict[str, SourceQuestions] = {}
        articles = list(store.articles())
        questions = list(store.rows("questions"))
    else:
        totals = {row["source"]: SourceQuestions(**row) for row in store.rows("source_questions")}
        articles = store.articles_by_id(batch.article_ids)
        questions = list(store.rows_for_articles("questions", batch.article_ids))
    source_of = {a.id: a.source or "(none)" for a in articles}
    asking = {}
    for row in questions:
        asking.setdefault(row["article_id"], 0)
        asking[row["article_id"]] += row["marks"]
    for article_id, marks in asking.items():
        source = source_of[article_id]
        total = totals.setdefault(source, SourceQuestions(source, 0, 0))
        total.articles += 1
        total.marks += marks
    store.replace_rows("source_questions", totals.values(), article_ids=None)
    return {"sources_asking": len(totals)}


QUESTIONS_PER_SOURCE = Linker(
    name="questions_per_source",
    function=count_questions_per_source,
    requires=("questions",),
    tables=(SOURCE_QUESTIONS,),
    exports=("source_questions",),
    doc="question marks per source",
)


# --- running them (step 6)
from dateline.components import DEFAULT
from dateline.present.export import export_tables
from dateline.present.stats import corpus_stats
from dateline.run import analyze_paths

COMPONENTS = DEFAULT.with_extractors(QUESTIONS).with_linkers(QUESTIONS_PER_SOURCE)

# --- end of the walk-through's code

DOC = Path(__file__).resolve().parent.parent / "docs" / "adding-an-extractor.md"
CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus" / "txt"
SAMPLES = [CORPUS / "pension-reform-explainer.txt", CORPUS / "20190621_strike-deal-reaction.txt"]


def _squeezed(text: str) -> str:
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def test_every_code_block_of_the_walk_through_is_code_of_this_test():
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)
    assert len(blocks) >= 5
    source = _squeezed(Path(__file__).read_text(encoding="utf-8"))
    for block in blocks:
        assert _squeezed(block) in source, f"docs/adding-an-extractor.md shows code this test does not run:\n{block}"


def test_the_registry_derives_the_table_from_the_record():
    spec = QUESTIONS.table_spec
    assert spec.column_names == ("article_id", "field", "start", "end", "marks", "people")
    assert spec.key == ("article_id", "field", "start", "end")
    assert spec.json_columns == {"people"}
    assert COMPONENTS.extractors.names.index("questions") > COMPONENTS.extractors.names.index("entities")
    assert "questions" in COMPONENTS.export_tables and "source_questions" in COMPONENTS.export_tables


@pytest.mark.slow
def test_toy_extractor_and_linker_are_stored_exported_and_counted(tmp_path):
    with COMPONENTS.open(tmp_path / "toy.db") as store:
        summary = analyze_paths([str(p) for p in SAMPLES], store=store, components=COMPONENTS)
        assert summary.stored == 2
        assert summary.link.figures["questions_per_source"] == {"sources_asking": 1}

        questions = list(store.rows("questions"))
        assert {row["marks"] for row in questions} == {1}
        asked = [row for row in questions if row["people"]]
        assert [row["people"] for row in asked] == [["Ivan Rusk"]]
        article = store.articles_by_id([asked[0]["article_id"]])[0]
        assert "?" in article.text[asked[0]["start"] : asked[0]["end"]]
        incremental = list(store.rows("source_questions"))
        assert sum(row["marks"] for row in incremental) == len(questions)

        written = dict((path.name, count) for path, count in export_tables(store, tmp_path / "out", components=COMPONENTS))
        assert written["questions.jsonl"] == len(questions)
        assert written["source_questions.jsonl"] == len(incremental)
        exported = [json.loads(line) for line in (tmp_path / "out" / "questions.jsonl").read_text().splitlines()]
        assert ["Ivan Rusk"] in [row["people"] for row in exported]

        totals = corpus_stats(store, components=COMPONENTS)["totals"]
        assert totals["questions"] == len(questions) and totals["source_questions"] == len(incremental)

        from dateline.run import link

        link(store, LinkBatch.everything(), components=COMPONENTS)
        assert list(store.rows("source_questions")) == incremental
