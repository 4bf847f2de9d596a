"""Feature vectors of one article: text terms (TF-IDF), names, and time.

Each group is a sparse vector {term: weight} with unit length, so the similarity of two
articles in a group is a dot product and the group-average similarity of two clusters is
the dot product of their summed vectors over both sizes (see vectors.py).

Time is a set of calendar bins at three resolutions (year, month, ISO week) for the
article's own date and, weaker, for the dates it mentions: two articles of the same week
share all three bins, of the same year only one. That is how two happenings of one story
that share every actor and place can still be told apart.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

from dateline.link.stories.records import ArticleTerms, StoryDoc
from dateline.link.stories.vectors import DATED, heaviest
from dateline.lexicons import words
from dateline.vocabulary.stop_words import stop_words_of

TEXT_TERMS_KEPT = 80  # strongest terms kept per article: enough for cosine, bounded memory
TITLE_REPEAT = 2  # a headline word counts as this many body words
# what a word every article holds weighs (IDF log((N + 1) / (df + 1)) + this), on the scale of
# the log ratio. Early in an online run the frequencies rest on few articles, whose log ratios
# span little (at most log((N + 1) / 2): 3.2 over the first 50), so a floor of 1 weighs the kind
# words two subjects share ('rehab', 'shooting') nearly as much as the names that part them, and
# lone reports of two subjects join before either has fellows. ECB+ subjects online (batches of
# 50, mean of six orders) 1 -> 0.75: odd topics (where chosen) 0.903 -> 0.910, even 0.964 ->
# 0.964, all 0.931 -> 0.934 (min 0.921 -> 0.924); sub-topics online 0.923 -> 0.924; one batch
# unchanged (all, odd, even, at every level). Lower floors part more online (0 at story level
# alone: odd 0.937, all 0.943) but join too little in small corpora, where every shared word is
# common (below 0.7 the linker tests' few-article stories fall apart; docs/accuracy.md).
IDF_FLOOR = 0.75
_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|\d{4}", re.UNICODE)
_EXTRA_STOP = frozenset(words("stories/extra_stop_words.txt"))
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
# weights of the bins of the article's own date and of a date it mentions
_OWN_DATE_WEIGHT = 1.0
_MENTIONED_DATE_WEIGHT = 0.35
_BIN_WEIGHTS = {"y": 1.0, "m": 1.0, "w": 1.0}


@functools.lru_cache(maxsize=64)
def stop_words(language: str | None = None) -> frozenset[str]:
    """English stop words and ours, and the article's own language's where spaCy has a list:
    two German posts of one blog about different things otherwise shared 'und die der über auf
    für' as their strongest terms and made one story (the English list leaves them, and in a
    mostly English corpus they are rare, so weighty). English ones stay for every language:
    foreign pages quote English phrases."""
    return frozenset(STOP_WORDS | _EXTRA_STOP | stop_words_of(language))


def words(text: str, language: str | None = None) -> list[str]:
    """Lower-case content words (and four-digit numbers: years) of a text in `language`
    (ISO 639-1; None: English)."""
    found = []
    stop = stop_words(language)
    for word in _WORD.findall(text.lower()):  # whole matches (the pattern has no groups)
        word = word.replace("’", "'")
        if word.endswith("'s"):
            word = word[:-2]
        if len(word) > 2 and word not in stop:
            found.append(word)
    return found


def term_counts(doc: StoryDoc) -> Counter[str]:
    counts = Counter(words(doc.text, doc.language))
    for word in words(doc.title, doc.language):
        counts[word] += TITLE_REPEAT
    return counts


def counted(doc: StoryDoc) -> ArticleTerms:
    """The article's words and names counted, with the dates its vectors read."""
    return ArticleTerms(doc.article_id, term_counts(doc), name_terms(doc), doc.published, doc.dates)


def name_terms(doc: StoryDoc) -> Counter[str]:
    """Names as terms ("e:piet halden", "p:kirov", "r:usa/california"): one count per article and
    name; the regions of its resolved places count as names too, so two articles about towns
    of one state share a term, and two towns of one name in two countries differ in theirs."""
    terms: Counter[str] = Counter()
    for name in doc.entity_names:
        if name.strip():
            terms["e:" + name.strip().lower()] = 1
    for name in doc.place_names:
        if name.strip():
            terms["p:" + name.strip().lower()] = 1
    for region in doc.regions:
        if region.strip():
            terms["r:" + region.strip().lower()] = 1
    return terms


def unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {t: w / norm for t, w in vector.items()} if norm else {}


def strongest(vector: Mapping[str, float], keep: int) -> dict[str, float]:
    """The `keep` heaviest terms (ties by term, so the choice is stable)."""
    if len(vector) <= keep:
        return dict(vector)
    return {term: vector[term] for term in heaviest(vector, keep)}


def weighted(counts: Mapping[str, int], document_frequency: dict[str, int], documents: int) -> dict[str, float]:
    """TF (1 + log count) times IDF (log((N + 1) / (df + 1)) + IDF_FLOOR). The frequencies are read
    with dict.get itself, not a subclass's own get (a stored state's reads a missing key from
    the store, a Python call per term, a tenth of preparing an article): a stored state's
    must hold every term asked for (the linker prefetches them, _prepare)."""
    log, frequency, total = math.log, functools.partial(dict.get, document_frequency), documents + 1
    return {term: (1.0 + log(count)) * (log(total / (frequency(term, 0) + 1)) + IDF_FLOOR)
            for term, count in counts.items()}


def parse_date(value: str | None) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of an ISO/TIMEX3 date value, as precise as it is; None otherwise."""
    match = _DATE.match(value or "")
    if not match:
        return None
    year, month, day = int(match.group(1)), match.group(2), match.group(3)
    return year, int(month) if month else None, int(day) if day else None


def date_bins(value: str | None) -> list[str]:
    parsed = parse_date(value)
    if not parsed:
        return []
    year, month, day = parsed
    bins = [f"y:{year}"]
    if month:
        bins.append(f"m:{year}-{month:02d}")
        if day:
            try:
                iso = dt.date(year, month, day).isocalendar()
            except ValueError:
                return bins
            bins.append(f"w:{iso[0]}-{iso[1]:02d}")
    return bins


def time_vector(own_date: str | None, mentioned: Iterable[str], *, centred: bool = False) -> dict[str, float]:
    """Unit vector of calendar bins; with `centred`, a DATED count the similarity uses to
    make far-apart dates count against a merge (vectors.centred_dot)."""
    vector: dict[str, float] = {}
    for value in mentioned:
        for name in date_bins(value):
            weight = _MENTIONED_DATE_WEIGHT * _BIN_WEIGHTS[name[0]]
            vector[name] = max(vector.get(name, 0.0), weight)
    for name in date_bins(own_date):
        vector[name] = vector.get(name, 0.0) + _OWN_DATE_WEIGHT * _BIN_WEIGHTS[name[0]]
    vector = unit(vector)
    if vector and centred:
        vector[DATED] = 1.0
    return vector


def article_date(doc: StoryDoc) -> str | None:
    """The day an article is about: its publication date, else the latest day-precise
    date it mentions (reports are written within days of what they report)."""
    if parse_date(doc.published):
        return doc.published[:10] if doc.published else None
    days = sorted(v[:10] for v in doc.dates if (p := parse_date(v)) and p[2])
    return days[-1] if days else None


def doc_vectors(
    doc: StoryDoc, document_frequency: dict[str, int], documents: int, *, centred_time: bool = False,
    terms: tuple[Counter[str], Counter[str]] | None = None,
) -> dict[str, dict[str, float]]:
    """The three unit vectors of one article, weighted by the current document frequencies;
    `terms`: its (term_counts, name_terms) when the caller has them already."""
    counts, named = terms or (term_counts(doc), name_terms(doc))
    text = strongest(weighted(counts, document_frequency, documents), TEXT_TERMS_KEPT)
    names = weighted(named, document_frequency, documents)
    mentioned = [v for v in doc.dates if parse_date(v)]
    return {
        "text": unit(text),
        "entities": unit(names),
        "time": time_vector(article_date(doc), mentioned, centred=centred_time),
    }


def document_terms(doc: StoryDoc) -> set[str]:
    """The terms whose document frequency this article raises."""
    return set(term_counts(doc)) | set(name_terms(doc))


def salient_terms(vector: Mapping[str, float], keep: int) -> tuple[str, ...]:
    return tuple(strongest(vector, keep))


def simhash(text: str, *, shingle: int = 3) -> int:
    """64-bit simhash of the word shingles: near-identical texts differ in few bits."""
    tokens = re.findall(r"\w+", text.lower())
    grams = [" ".join(tokens[i : i + shingle]) for i in range(max(1, len(tokens) - shingle + 1))]
    hashes = np.array(
        [int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=8).digest(), "big") for g in grams],
        dtype=np.uint64,
    )
    bits = np.unpackbits(hashes.view(np.uint8).reshape(-1, 8), axis=1, bitorder="little")
    votes = bits.sum(axis=0) * 2 > len(grams)
    return sum(1 << int(i) for i in np.flatnonzero(votes))


def hamming(a: int, b: int) -> int:
    return bin(a ^ b).count("1")
