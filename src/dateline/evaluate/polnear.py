"""Score quotations and speakers against PolNeAR (Newell et al., LREC 2018).

PolNeAR is brat standoff: `<split>/text/<article>.txt` and
`<split>/attributions/<article>_<annotator>.ann`, whose T-lines give Source, Cue and
Content spans (character offsets, `;` between the pieces of a split span) and whose
E-lines tie them into attributions. Where several annotators did an article we take
the lowest annotator id.

What is compared (words, not characters: quotation marks and punctuation are ignored,
so `“We won,”` in the gold and `We won,` from us are the same content):

- direct: for each gold attribution, the words of its content that sit inside
  quotation marks (a split quote `“A,” he said, “B.”` is one item; so are the quoted
  words of a mixed content `that he was “ready”`). Our direct quotes and fragments
  sharing one speaker mention and cue within one paragraph are one predicted item (that
  is how a split quote comes out; PolNeAR keeps each paragraph of a long quote, and each
  cue of one speaker, as its own attribution: 99% of its contents sit in one paragraph);
  fragments with no speaker are scare quotes, not attributions, and are left out.
- indirect: gold contents mostly outside quotation marks; our indirect quotes.
- direct per utterance (the headline): one of our quote records is one item, all its
  pieces (`parts`, a quote split by its attribution or run over paragraphs) together;
  fragments with a speaker join the record of the same mention and cue in their paragraph.
  A gold utterance joins consecutive gold direct contents (nothing attributed between)
  with the same Source span and the same Cue span, the way our records join pieces.
  The per-piece figures above (`direct_*`) cut our records back into paragraphs.

Whether a word is inside quotation marks is read from its paragraph, not from the content
span alone: a transcript turn ('"HALDEN: We will ...') is annotated without its opening mark,
and a closing glyph typed where a quotation opens ('”Fear. I am ...') opens it.

Matches are one-to-one, best overlap first: "exact" when the word sets are equal,
"overlap" when the shared words are at least half of the larger set. Speaker accuracy
is over overlap-matched items whose gold has a Source: our speaker mention must
overlap the Source span.
"""

from __future__ import annotations

import pathlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from dateline.errors import DataNotFound, EvaluationError
from dateline.evaluate.common import check_split, extracted, require_data
from dateline.models import Article, Quote

SPLITS = ("train", "dev", "test")
OVERLAP = 0.5
# A gold content is "indirect" when at least this share of its words is outside marks.
INDIRECT_SHARE = 0.5
_WORDS = re.compile(r"\w+(?:['’]\w+)*")
_OPEN = {"“", "«", "„"}
_CLOSE = {"”", "»"}


@dataclass
class GoldAttribution:
    content: list[tuple[int, int]]
    sources: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class PolnearArticle:
    name: str
    text: str
    attributions: list[GoldAttribution]


@dataclass
class Item:
    """One thing to match: a set of word start offsets, and the speaker spans."""

    words: frozenset[int]
    speakers: list[tuple[int, int]]


# ----------------------------------------------------------------------------- reading


def _spans(field_text: str) -> list[tuple[int, int]]:
    spans = []
    for piece in field_text.split(";"):
        parts = piece.split()
        if len(parts) == 2:
            spans.append((int(parts[0]), int(parts[1])))
    return spans


def read_ann(text_path: pathlib.Path, ann_path: pathlib.Path) -> PolnearArticle:
    """One article's text and its attributions."""
    text = text_path.read_text(encoding="utf-8")
    labelled: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    links: list[dict[str, str]] = []
    for line in ann_path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 2:
            continue
        if cols[0].startswith("T"):
            label, _, offsets = cols[1].partition(" ")
            labelled[cols[0]] = (label, _spans(offsets))
        elif cols[0].startswith("E"):
            links.append(dict(part.split(":", 1) for part in cols[1].split() if ":" in part))
    attributions = []
    for link in links:
        content = labelled.get(link.get("Content", ""))
        if content is None:
            continue
        source = labelled.get(link.get("Source", ""), ("", []))[1]
        cue = labelled.get(link.get("Cue", ""), ("", []))[1]
        attributions.append(GoldAttribution(content=content[1], sources=source, cue=cue))
    return PolnearArticle(name=text_path.stem, text=text, attributions=attributions)


def read_split(path: pathlib.Path, split: str | None = None, *, limit: int | None = None) -> list[PolnearArticle]:
    """Articles of a split (`path` is the PolNeAR root, its `data/` folder, or a split folder)."""
    check_split(split, SPLITS, dataset="PolNeAR")
    path = require_data(pathlib.Path(path), what="PolNeAR data", expected="its root (holding data/<split>/text)")
    candidates = [path / "data" / split, path / split] if split else []
    candidates.append(path)
    root = next((c for c in candidates if (c / "text").is_dir() and (c / "attributions").is_dir()), None)
    if root is None and split is None:
        raise EvaluationError(f"{path} holds no text/ and attributions/: pick a split ({', '.join(SPLITS)})")
    if root is None:
        raise DataNotFound(f"no PolNeAR split {split!r} under {path} (expected text/ and attributions/)")
    annotators: dict[str, list[pathlib.Path]] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        stem, _, _annotator = ann.stem.rpartition("_")
        annotators.setdefault(stem, []).append(ann)
    articles = []
    for stem in sorted(annotators):
        text_path = root / "text" / f"{stem}.txt"
        if not text_path.exists():
            continue
        ann_path = min(annotators[stem], key=lambda p: p.stem.rpartition("_")[2])
        articles.append(read_ann(text_path, ann_path))
        if limit is not None and len(articles) >= limit:
            break
    return articles


# ----------------------------------------------------------------------------- items


def _walk_marks(text: str, start: int, end: int, inside: bool) -> tuple[list[tuple[int, int, bool]], bool]:
    """Pieces (start, end, inside_marks) of text[start:end], and whether its end is inside marks."""
    pieces = []
    run_start = i = start
    while i < end:
        ch = text[i]
        two = text[i : i + 2]
        toggles = ch == '"' or two == "''" or two == "``"
        opens = ch in _OPEN or (ch == "‘" and not inside and (i == start or not text[i - 1].isalnum()))
        # a closing glyph typed where a quotation opens ('\n”Fear. I am ...'): an opening mark
        opens = opens or (ch in _CLOSE and (i == 0 or text[i - 1].isspace()) and text[i + 1 : i + 2].isalnum())
        closes = ch in _CLOSE and not opens
        if toggles or opens or closes:
            pieces.append((run_start, i, inside))
            inside = (not inside) if toggles else opens
            i += 2 if two in ("''", "``") else 1
            run_start = i
            continue
        i += 1
    pieces.append((run_start, end, inside))
    return pieces, inside


def _quoted_mask(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """Pieces (start, end, inside_marks) of the content, walking its spans in order.

    Whether the content starts inside marks is read from its paragraph: a transcript
    turn ('"WALLACE: Let's start ...') is annotated without the mark and the name before it."""
    if not spans:
        return []
    spans = sorted(spans)
    paragraph_start = text.rfind("\n", 0, spans[0][0]) + 1
    _, inside = _walk_marks(text, paragraph_start, spans[0][0], False)
    pieces = []
    for start, end in spans:
        walked, inside = _walk_marks(text, start, end, inside)
        pieces.extend(walked)
    return pieces


def _words(text: str, start: int, end: int) -> set[int]:
    return {m.start() for m in _WORDS.finditer(text, start, end)}


def _quoted_and_plain(article: PolnearArticle, attribution: GoldAttribution) -> tuple[set[int], set[int]]:
    """Words of a content inside quotation marks, and outside them."""
    quoted, plain = set(), set()
    for start, end, inside in _quoted_mask(article.text, attribution.content):
        (quoted if inside else plain).update(_words(article.text, start, end))
    return quoted, plain


def gold_items(article: PolnearArticle) -> tuple[list[Item], list[Item]]:
    """(direct items, indirect items) of one article."""
    direct, indirect = [], []
    for attribution in article.attributions:
        quoted, plain = _quoted_and_plain(article, attribution)
        if quoted:
            direct.append(Item(frozenset(quoted), attribution.sources))
        every = quoted | plain
        if every and len(plain) >= INDIRECT_SHARE * len(every):
            indirect.append(Item(frozenset(every), attribution.sources))
    return direct, indirect


def gold_utterances(article: PolnearArticle) -> list[Item]:
    """Gold direct items with consecutive contents of one Source span and one Cue span joined."""
    ordered = sorted((a for a in article.attributions if a.content), key=lambda a: min(a.content))
    items: list[Item] = []
    previous: GoldAttribution | None = None
    for attribution in ordered:
        quoted, _ = _quoted_and_plain(article, attribution)
        if not quoted:
            previous = None  # something attributed between: not consecutive
            continue
        joins = (
            previous is not None
            and attribution.sources
            and sorted(attribution.sources) == sorted(previous.sources)
            and sorted(attribution.cue) == sorted(previous.cue)
        )
        if joins:
            items[-1] = Item(items[-1].words | frozenset(quoted), items[-1].speakers)
        else:
            items.append(Item(frozenset(quoted), attribution.sources))
        previous = attribution
    return items


def _speakers(quote: Quote) -> list[tuple[int, int]]:
    if quote.speaker_start is None or quote.speaker_end is None:
        return []
    return [(quote.speaker_start, quote.speaker_end)]


def predicted_items(text: str, quotes: Iterable[Quote]) -> tuple[list[Item], list[Item]]:
    """(direct items, indirect items) from our quotes (body field only), direct per piece:
    the pieces of one speaker mention and cue in one paragraph are one item."""
    grouped: dict[tuple, set[int]] = {}
    direct: list[Item] = []
    indirect: list[Item] = []
    for quote in quotes:
        if quote.field != "text":
            continue
        speakers = _speakers(quote)
        if quote.kind == "indirect":
            words = _words(text, quote.start, quote.end)
            if words:
                indirect.append(Item(frozenset(words), speakers))
            continue
        for start, end in quote.parts:
            words = _words(text, start, end)
            if not words:
                continue
            if speakers:
                paragraph = text.count("\n", 0, start)
                key = (quote.speaker_start, quote.speaker_end, quote.cue, paragraph)
                grouped.setdefault(key, set()).update(words)
            elif quote.kind == "direct":
                direct.append(Item(frozenset(words), []))
    direct.extend(Item(frozenset(words), [key[:2]]) for key, words in grouped.items())
    return direct, indirect


def predicted_utterances(text: str, quotes: Iterable[Quote]) -> list[Item]:
    """Direct items per utterance: one per direct quote record, all its pieces together;
    a fragment with a speaker joins the record of its mention and cue in its paragraph
    (PolNeAR annotates 'said he was “ready” and that “...”' as one content), or the other
    fragments of that mention, cue and paragraph."""
    quotes = [q for q in quotes if q.field == "text" and q.kind != "indirect"]
    items: list[set[int]] = []
    speakers: list[list[tuple[int, int]]] = []
    by_key: dict[tuple, int] = {}
    for quote in sorted(quotes, key=lambda q: q.kind != "direct"):  # records first, then fragments
        words = set().union(*(_words(text, start, end) for start, end in quote.parts))
        if not words or (quote.kind == "fragment" and not _speakers(quote)):
            continue
        keys = [(quote.speaker_start, quote.speaker_end, quote.cue, text.count("\n", 0, start)) for start, _ in quote.parts]
        known = next((by_key[k] for k in keys if k in by_key), None) if quote.kind == "fragment" else None
        if known is not None:
            items[known] |= words
            continue
        items.append(words)
        speakers.append(_speakers(quote))
        if speakers[-1]:
            for key in keys:
                by_key.setdefault(key, len(items) - 1)
    return [Item(frozenset(words), spk) for words, spk in zip(items, speakers)]


# ----------------------------------------------------------------------------- matching


def _overlap(gold: Item, pred: Item) -> float:
    shared = len(gold.words & pred.words)
    return shared / max(len(gold.words), len(pred.words)) if shared else 0.0


def match(gold: list[Item], pred: list[Item], *, exact: bool) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, best overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if exact:
                if g.words == p.words:
                    pairs.append((1.0, gi, pi))
            else:
                score = _overlap(g, p)
                if score >= OVERLAP:
                    pairs.append((score, gi, pi))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def _spans_overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def _count(counts: dict[str, int], gold: list[Item], pred: list[Item]) -> None:
    counts["gold"] += len(gold)
    counts["pred"] += len(pred)
    counts["exact"] += len(match(gold, pred, exact=True))
    for gi, pi in match(gold, pred, exact=False):
        counts["overlap"] += 1
        if gold[gi].speakers:
            counts["with_source"] += 1
            counts["speaker_ok"] += _spans_overlap(gold[gi].speakers, pred[pi].speakers)


# What is scored: direct per piece and indirect (the names kept since the first figures),
# and direct per utterance.
SCORED = ("direct", "indirect", "direct_utterance")


def score(pairs: Iterable[tuple[PolnearArticle, list[Quote]]]) -> dict:
    """Figures for (article, our quotes) pairs."""
    counts = {
        kind: {"gold": 0, "pred": 0, "exact": 0, "overlap": 0, "with_source": 0, "speaker_ok": 0}
        for kind in SCORED
    }
    articles = 0
    for article, quotes in pairs:
        articles += 1
        gold = dict(zip(("direct", "indirect"), gold_items(article)))
        pred = dict(zip(("direct", "indirect"), predicted_items(article.text, quotes)))
        gold["direct_utterance"] = gold_utterances(article)
        pred["direct_utterance"] = predicted_utterances(article.text, quotes)
        for kind in SCORED:
            _count(counts[kind], gold[kind], pred[kind])
    figures: dict = {"articles": articles}
    for kind, c in counts.items():
        figures[f"{kind}_gold"] = c["gold"]
        figures[f"{kind}_predicted"] = c["pred"]
        for mode in ("exact", "overlap"):
            p, r, f = _prf(c[mode], c["pred"], c["gold"])
            figures[f"{kind}_{mode}_precision"] = p
            figures[f"{kind}_{mode}_recall"] = r
            figures[f"{kind}_{mode}_f1"] = f
        figures[f"{kind}_speaker_accuracy"] = round(c["speaker_ok"] / c["with_source"], 4) if c["with_source"] else 0.0
        figures[f"{kind}_speaker_judged"] = c["with_source"]
    return figures


# ----------------------------------------------------------------------------- entry points


def article_for(doc: PolnearArticle) -> Article:
    """The raw PolNeAR text as a dateline Article (no cleaning: offsets must match)."""
    return Article.from_text(doc.text, origin=doc.name)


def evaluate(
    path: pathlib.Path,
    *,
    split: str | None = None,
    limit: int | None = None,
    model: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict:
    """Run the real parse and the registry's quotes (with the entities they require) over a
    PolNeAR split and score them. `path` is the PolNeAR root (then `split` says which) or a
    split folder."""
    docs = read_split(pathlib.Path(path), split, limit=limit)
    articles = [article_for(d) for d in docs]
    pairs = []
    for n, (doc, (_, quotes)) in enumerate(zip(docs, extracted("quotes", articles, model=model)), start=1):
        pairs.append((doc, quotes))
        if progress:
            progress(n, len(docs))
    figures = score(pairs)
    figures["split"] = split or "all"
    return figures


_LABELS = {"direct_utterance": "direct, per utterance", "direct": "direct, per piece", "indirect": "indirect"}


def format_figures(figures: dict) -> str:
    lines = [f"PolNeAR {figures.get('split', '')}: {figures.get('articles', 0)} articles"]
    # the headline first: one quote record per utterance
    for kind in ("direct_utterance", "direct", "indirect"):
        if f"{kind}_gold" not in figures:
            continue
        lines.append(
            f"  {_LABELS[kind]:22} gold {figures[f'{kind}_gold']:5}  predicted {figures[f'{kind}_predicted']:5}"
        )
        for mode in ("exact", "overlap"):
            lines.append(
                f"    {mode:7} P {figures[f'{kind}_{mode}_precision']:.3f}"
                f"  R {figures[f'{kind}_{mode}_recall']:.3f}  F1 {figures[f'{kind}_{mode}_f1']:.3f}"
            )
        lines.append(
            f"    speaker accuracy {figures[f'{kind}_speaker_accuracy']:.3f}"
            f" (over {figures[f'{kind}_speaker_judged']} matched with a gold source)"
        )
    return "\n".join(lines)
