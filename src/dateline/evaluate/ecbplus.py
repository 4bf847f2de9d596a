"""Score story and happening clustering on ECB+ (topics and sub-topics).

ECB+ (Cybulska & Vossen, LREC 2014): tokenised news articles (CAT XML) in topics, each
topic holding two real happenings of one kind: the `ecb` files report one, the `ecbplus`
files the other. Every article of the chosen topics is clustered unlabelled by the story
linker; stories are scored against topics, happenings against sub-topics (topic + ecb or
ecbplus), with B-cubed P/R/F1 and the adjusted Rand index.

Articles are rebuilt as text: sentence 0 of the ecbplus files (the source URL) is left out,
tokens are joined back into text, the first sentence is the title. There is no publication
date: the first full date the opening lines give (a dateline, "First Published: ...") is
taken as the publication date and the time expressions are resolved against it; otherwise
the article is undated. Entities and time expressions come from our own analysis
(one spaCy pass per article, a few minutes for the 772 articles on two cores).

Stories are also scored at a third level, `subject`: the topics, except that the topics
listed in data/stories/ecbplus_subjects.tsv (halves about different people in different towns) count as
two subjects each. A story is one subject (issue 18's definition), while ECB+ pairs two
happenings of one kind, so the topic level rewards joining unrelated subjects of one kind.

Themes (link.stories.themes: stories of one kind grouped) are scored against the topics, the
level ECB+ pairs its happenings at; stories against the subjects (and, for the record, the topics).

Runs: all topics, odd topics (where the settings were tuned) and even topics, each
clustered on its own as one batch; and all topics linked online in batches of 50 articles
in a shuffled order (seeded), to show what arrival in batches costs.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline.evaluate.common import check_split
from dateline.evaluate.clustering import clustering_figures
from dateline.lexicons import table
from dateline.link.stories import LinkerSettings, StoryDoc, StoryLinker
from dateline.link.stories.themes import ThemeSettings, form_themes

ONLINE_BATCH = 50
ONLINE_SEED = 13
DATELINE_SENTENCES = 3  # a publication date is looked for in the first lines only
_NO_SPACE_BEFORE = re.compile(r" ([.,;:!?%)\]}]|'s\b|n't\b|'re\b|'ll\b|'ve\b|'m\b|'d\b)")
_NO_SPACE_AFTER = re.compile(r"([(\[{$]) ")


@dataclass(frozen=True)
class EcbDocument:
    doc_id: str  # file name without .xml ("1_3ecbplus")
    topic: str
    subtopic: str  # "1/ecb", "1/ecbplus"
    sentences: tuple[str, ...]


def detokenise(tokens: Iterable[str]) -> str:
    text = " ".join(t for t in tokens if t)
    text = text.replace("``", '"').replace("''", '"')
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    return _NO_SPACE_AFTER.sub(r"\1", text)


def read_document(path: Path, topic: str) -> EcbDocument:
    from lxml import etree

    plus = path.stem.endswith("ecbplus")
    sentences: dict[int, list[str]] = {}
    for token in etree.parse(str(path)).getroot().iter("token"):
        sentences.setdefault(int(token.get("sentence")), []).append(token.text or "")
    kept = [detokenise(sentences[n]) for n in sorted(sentences) if not (plus and n == 0)]
    return EcbDocument(path.stem, topic, f"{topic}/{'ecbplus' if plus else 'ecb'}", tuple(s for s in kept if s))


SPLITS = ("odd", "even")  # topics by number; "all" or none scores every topic


def read_corpus(path: Path, *, split: str | None = None) -> list[EcbDocument]:
    root = path / "ECB+" if (path / "ECB+").is_dir() else path
    if not root.is_dir():
        raise FileNotFoundError(f"no ECB+ corpus at {path}")
    topics = sorted((d for d in root.iterdir() if d.is_dir() and d.name.isdigit()), key=lambda d: int(d.name))
    if split in ("odd", "even"):
        topics = [d for d in topics if int(d.name) % 2 == (1 if split == "odd" else 0)]
    else:
        check_split(split, SPLITS, dataset="ecbplus")
    documents = []
    for topic in topics:
        for file in sorted(topic.glob("*.xml")):
            documents.append(read_document(file, topic.name))
    if not documents:
        raise FileNotFoundError(f"no ECB+ articles under {root}")
    return documents


def story_docs(
    documents: list[EcbDocument], *, model: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[StoryDoc]:
    """Our analysis of each article (entities, places, time expressions), as the linker's input."""
    from dateline.analyse.entities import extract_entities
    from dateline.analyse.places import extract_places
    from dateline.analyse.pipeline import parse_articles
    from dateline.analyse.time import extract_timexes, reanchor
    from dateline.link.stories.adapter import story_doc

    articles = [_article(d) for d in documents]
    docs = []
    for done, parsed in enumerate(parse_articles(articles), start=1):
        timexes = extract_timexes(parsed)
        published = _opening_date(parsed.article, timexes)
        if published:
            timexes = reanchor(timexes, published)
        article = parsed.article
        article.published = published
        entities = extract_entities(parsed)
        places = extract_places(parsed, entities=entities)
        docs.append(story_doc(article, entities=entities, timexes=timexes, places=places))
        if progress:
            progress(done, len(articles))
    return [_with_id(doc, d.doc_id) for doc, d in zip(docs, documents)]


def _article(document: EcbDocument) -> Any:
    """The first sentence as the title, the rest as the body; an article of one sentence
    (many ECB files hold only their annotated sentences) is all body: an empty body would
    give every such article the same id, and their analyses would be mixed up."""
    from dateline.models import Article

    if len(document.sentences) == 1:
        return Article.from_text(document.sentences[0], origin=document.doc_id)
    return Article.from_text(" ".join(document.sentences[1:]), title=document.sentences[0], origin=document.doc_id)


def _opening_date(article: Any, timexes: list[Any]) -> str | None:
    """The first day-precise date in the title or the first lines of the body."""
    limit = sum(len(s) + 1 for s in re.split(r"(?<=[.!?])\s+", article.text)[:DATELINE_SENTENCES])
    for timex in sorted(timexes, key=lambda t: (t.field != "title", t.start)):
        if timex.field == "text" and timex.start > limit:
            break
        if timex.type == "DATE" and timex.value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", timex.value):
            return timex.value
    return None


def _with_id(doc: StoryDoc, doc_id: str) -> StoryDoc:
    from dataclasses import replace

    return replace(doc, article_id=doc_id)


def link_all(docs: list[StoryDoc], *, batch: int | None = None, seed: int | None = None,
             settings: LinkerSettings | None = None, themes: ThemeSettings | None = None
             ) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(article -> story, article -> happening, article -> theme), linking in one batch or in
    shuffled batches; themes formed over the stories at the end, as a stored run forms them
    after its last batch."""
    order = list(docs)
    if seed is not None:
        random.Random(seed).shuffle(order)
    by_id = {doc.article_id: doc for doc in docs}
    linker = StoryLinker(settings=settings, documents=lambda ids: {a: by_id[a] for a in ids if a in by_id})
    step = batch or len(order)
    rows = []
    for start in range(0, len(order), step):
        rows.extend(linker.link(order[start : start + step]))
    members = linker.state.members  # every article's final place (later batches move some)
    theme_of = {s: t.id for t in form_themes(linker.state.stories(), themes) for s in t.story_ids}
    return ({a: m.story_id for a, m in members.items()}, {a: m.happening_id for a, m in members.items()},
            {a: theme_of[m.story_id] for a, m in members.items()})


def split_subjects() -> frozenset[str]:
    """The topics whose two halves are unrelated subjects (data/stories/ecbplus_subjects.tsv)."""
    return frozenset(topic for topic, _ in table("stories/ecbplus_subjects.tsv", 2))


def subject_of(document: EcbDocument, split: frozenset[str]) -> str:
    return document.subtopic if document.topic in split else document.topic


def score(docs: list[StoryDoc], documents: list[EcbDocument], **options: Any) -> dict[str, Any]:
    stories, happenings, themes = link_all(docs, **options)
    split = split_subjects()
    topics = {d.doc_id: d.topic for d in documents}
    subjects = {d.doc_id: subject_of(d, split) for d in documents}
    subtopics = {d.doc_id: d.subtopic for d in documents}
    # what the gold subjects themselves score against the topics: the most a clustering that
    # keeps every subject whole and apart can reach at the topic level
    ceiling = clustering_figures(subjects, topics)["bcubed_f1"]
    return {"articles": len(documents), "theme": clustering_figures(themes, topics),
            "topic": clustering_figures(stories, topics),
            "subject": clustering_figures(stories, subjects),
            "subtopic": clustering_figures(happenings, subtopics),
            "topic_f1_of_gold_subjects": ceiling}


def evaluate(path: Path, *, split: str | None = None, limit: int | None = None,
             model: str | None = None, progress: Callable[[int, int], None] | None = None,
             settings: LinkerSettings | None = None) -> dict[str, Any]:
    documents = read_corpus(Path(path), split=split)
    if limit is not None:
        documents = documents[:limit]
    docs = story_docs(documents, model=model, progress=progress)
    by_id = {d.doc_id: d for d in documents}
    figures: dict[str, Any] = {}
    runs = [("all", lambda t: True), ("odd", lambda t: int(t) % 2 == 1), ("even", lambda t: int(t) % 2 == 0)]
    for name, keep in runs:
        chosen = [doc for doc in docs if keep(by_id[doc.article_id].topic)]
        if chosen and (name == "all" or split in (None, "all")):
            figures[name] = score(chosen, [by_id[d.article_id] for d in chosen], settings=settings)
    figures["online"] = score(docs, documents, batch=ONLINE_BATCH, seed=ONLINE_SEED, settings=settings)
    figures["online"]["batch"] = ONLINE_BATCH
    return figures


def format_figures(figures: dict[str, Any]) -> str:
    lines = []
    for name in ("all", "odd", "even", "online"):
        run = figures.get(name)
        if not run:
            continue
        label = f"{name} ({run['articles']} articles" + (f", batches of {run['batch']})" if "batch" in run else ")")
        lines.append(f"ecbplus {label}")
        for level in ("theme", "topic", "subject", "subtopic"):
            f = run[level]
            lines.append(
                f"  {level:<9} B3 P {f['bcubed_precision']:.3f} R {f['bcubed_recall']:.3f} "
                f"F1 {f['bcubed_f1']:.3f}  ARI {f['ari']:.3f}  clusters {f['clusters']} (gold {f['gold_clusters']})"
            )
        if "topic_f1_of_gold_subjects" in run:
            lines.append(f"  (the gold subjects themselves score topic B3 F1 {run['topic_f1_of_gold_subjects']:.3f})")
    return "\n".join(lines)
