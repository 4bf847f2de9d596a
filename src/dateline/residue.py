"""Page residue judged in context: which paragraphs of scraped text are not the article.

Scraped text keeps lines of the page around and inside the body: menu items ("Asia Markets"),
section labels, headlines of other stories, dates and counts, captions. The furniture patterns
(`dateline/data/furniture.txt`) catch the lines whose wording alone gives them away; this module
judges the rest by their shape and their place in the article:

- shape: words, whether the line ends a sentence, how many function words it has (prose has
  several; a label has none), whether it is a list item or a dated/numbered entry;
- topic: how many of its content words (or words of their family, `Topic`) the article's prose uses too (a subheading "Tuft cells
  in the lung" shares words with the paragraphs; "Letters to the Editor" does not), and whether
  the paragraph right after it picks them up;
- place: before the first or after the last paragraph of prose (the page edges), alone between
  two paragraphs of prose, or inside a run of similar short lines (a list or a table: kept);
- repetition: lines that recur across many articles of one outlet (`outlet_repeats`, pure).

- the story's opening: a paragraph a wire dateline opens ("MADRID (AP) —") starts the story, the
  lines above it are the page's (`strip_residue(opens_story=...)`);
- truncation: a blurb the page cut short ("... or create a…") is another story's teaser; a line
  that starts mid-sentence ("! And if you ...") is a fragment;
- headline shapes: a headline run into its standfirst ("... rich again. Economists disagree"), or
  a headline-long line that ends no sentence beyond the story's last one, is a teaser;
- structure kept: conventional subheadings ("The bottom line", `clean/section_heads.txt`), Title
  Case subheadings on the story's topic, references and notes in square brackets.

What a paragraph's shape and topic words are is read by `dateline.residue_lines` (`describe`,
`Topic`). `judge(paragraphs)` gives a reason or None per paragraph; `strip_residue` applies it until
nothing more goes, so that cleaning cleaned text removes nothing. Text in scripts written without
spaces (Chinese, Japanese, Thai) has no words to count: its topic words are pairs of characters,
and its short lines are judged by topic alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from dateline.ingest.language import detect_language
from dateline.residue_lines import (
    DEK_MAX_WORDS, WORD, Line, Topic, dangling_words, describe, function_words, headline_support,
    is_section_head, site_words, support,
)

# "Page | Site", "Outlet | Section": the title of a page or a site, not a sentence of the story.
# (Parts may hold a year when they have two words besides: "Design Week 2018 | Review"; "Kirov |
# 45 | 12" is a table, "29 November 2018 | 20 January 2019" a span of dates.)
_TITLE_PART = r"(?:[^\d|]{2,60}|(?=(?:[^|]*?[^\W\d_]{3,}\b){2})[^|]{2,80})"
_SITE_TITLE = re.compile(rf"{_TITLE_PART}( \| {_TITLE_PART})+")
# A dateline on a line of its own ("BAAR, SWITZERLAND"): part of the story.
_CAPS_DATELINE = re.compile(r"[A-Z][A-Z .'’-]+, [A-Z][A-Z .'’-]+")
_DIGITS = re.compile(r"\d")
# A line in square brackets, or the end of one split over lines ("... no. 178]"): the writer's
# reference or an editor's note, part of the text.
_BRACKETED = re.compile(r"\[[^\[\]]+\]|[^\[\]]+\]")
# A piece of a sentence whose start the page took away ("! And if you...", ", or the"), or a
# footnote's disclaimer ("+Results vary ..."): no paragraph of a story starts so.
_FRAGMENT = re.compile(r"[!?,;:)\]}]|\+(?=[^\W\d_])")
# A paragraph wholly in double quotation marks: a quotation, the story's own words.
_QUOTED = re.compile(r"[\"“„«].+[\"”»“]")

# Paragraphs this long are never judged residue by shape (only by the patterns).
MAX_RESIDUE_WORDS = 40
# A label: a short line without a sentence (menu item, section name, tag).
LABEL_MAX_WORDS = 6
# Share of a line's content words the article's prose must use for the line to be on topic.
ON_TOPIC = 0.5
# A headline-like line (no sentence end) sharing fewer of its words than this is another story's.
TEASER_SUPPORT = 0.34
# A label with this many topic words the article uses, and this share of its own, is its subheading.
TOPIC_LABEL_WORDS = 2
TOPIC_LABEL_SHARE = 0.7
# An article with this many on-topic subheadings is written in sections.
SUBHEADINGS = 2
# Languages that capitalise nouns, where a Title Case line is not a sign of a label.
NOUN_CAPITALISING = frozenset({"de"})
# This many short lines written alike (case, length) are a series: the article's subheadings.
SERIES = 3
# List items are looked for this many lines away (lists alternate with other lines).
LIST_REACH = 3
# This many short lines in a row are a list (or a table), not residue.
LIST_RUN = 3
# A story is taken to open with a wire dateline found among this many paragraphs at the top.
STORY_OPENING_REACH = 4
# A truncated line this long is a blurb (a writer's own "…" closes a shorter line).
BLURB_MIN_WORDS = 12
# A Title Case line this long that ends no sentence reads as a headline, not a subheading.
HEADLINE_MIN_WORDS = 7
# A line written without spaces up to this many characters long is a label, longer a headline.
UNSPACED_LABEL_CHARS = 12
# Headlines are terse: at most this share of their words are function words.
HEADLINE_FUNCTION_SHARE = 0.35


# ----------------------------------------------------------------------------- context


def _article_topic(line: Line, counts: Topic) -> bool:
    """Two or more of a line's topic words, and most of them, are the article's: a subheading of
    its own ("Range and Charging" over paragraphs on range and charging), not a link elsewhere."""
    used = sum(1 for w in line.content if counts.uses(w))
    return used >= TOPIC_LABEL_WORDS and used >= TOPIC_LABEL_SHARE * len(line.content)


def _subheadings(lines: list[Line], counts: Topic, prose: list[int]) -> int:
    """How many short lines inside the story head a paragraph of prose on the story's topic."""
    found = 0
    for i in range(prose[0] + 1, prose[-1]):
        line = lines[i]
        if (line.short and line.content and not line.list_item and lines[i + 1].prose and not is_site_label(line)
                and (support(line, counts) == 1 or _heads_next(lines, i, edge=False))):
            found += 1
    return found


def _shape(line: Line) -> tuple:
    """A coarse signature: items of one list share it ("June 10 – Tampa", "June 17 – Nashville")."""
    first = line.words[0] if line.words else ""
    return (
        line.list_item,
        first if not first.isdigit() else "#",
        bool(_DIGITS.search(line.text)),
    )


def _similar(a: Line, b: Line, *, by_topic: bool = True, by_first_word: bool = True) -> bool:
    if not (a.short and b.short):
        return False
    shape_a, shape_b = _shape(a), _shape(b)
    if shape_a[0] and shape_b[0]:
        return True
    if by_first_word and shape_a[1] == shape_b[1] and shape_a[1]:
        return True
    if shape_a[2] and shape_b[2] and abs(a.n_words - b.n_words) <= 3:
        return True
    return by_topic and bool(a.content & b.content)


def _in_list(lines: list[Line], index: int, *, edge: bool, above_story: bool = False) -> bool:
    """Part of a list, a table or a schedule: next to a similar short line, or in a run with
    LIST_RUN other short lines that are not site labels (a menu's run is caught before this; a
    label dropped between a subheading and a one-line paragraph makes no list).
    Above the story, neighbours must share a list's shape, not merely a word: the site's name
    ("Browse Velda Herald" / "Velda Herald Archives") is what a page's top lines share."""
    line = lines[index]
    # Two away as well: lists alternate ("Sonos Move for $400" / "See it now" / "Ring Cam for $60").
    neighbours = [lines[i] for i in (index - 1, index + 1) if 0 <= i < len(lines)]
    if any(_similar(line, other, by_topic=not above_story) for other in neighbours):
        return True
    # Lists that alternate with other lines ("Sonos Move for $400" / "See it now" / a paragraph /
    # "Ring Cam for $60") show in the shape of their items a few lines apart.
    near = [lines[i] for i in range(index - LIST_REACH, index + LIST_REACH + 1)
            if 0 <= i < len(lines) and abs(i - index) > 1]
    # (Items apart share marks or figures; a first word alone is often the site's name, "CTV News ...".)
    if not edge and any(_similar(line, other, by_topic=False, by_first_word=False) for other in near):
        return True
    if edge:
        return False  # at the page's edges menus and link lists come in runs too
    # (Looking no further than a run's length keeps long tables cheap.)
    start = end = index
    while start > max(0, index - LIST_RUN) and _list_like(lines[start - 1]):
        start -= 1
    while end + 1 < min(len(lines), index + LIST_RUN + 1) and _list_like(lines[end + 1]):
        end += 1
    return end - start >= LIST_RUN


def _list_like(line: Line) -> bool:
    return line.short and not is_site_label(line)


def _heads_next(lines: list[Line], index: int, *, edge: bool) -> bool:
    """A subheading: the next paragraph picks up a third or more of its topic words (two thirds
    at the page's edges, where a section label often shares one word with the story)."""
    if index + 1 >= len(lines) or not lines[index].content:
        return False
    shared = lines[index].content & lines[index + 1].content
    return len(shared) * (3 if not edge else 1.5) >= len(lines[index].content)


# ----------------------------------------------------------------------------- judging


def is_site_label(line: Line) -> bool:
    """Every topic word names a part of the site ("Asia Markets", "Terms of Use")."""
    # ("About Us" has no topic word at all: its site words stand in.)
    words = line.content or frozenset(w for w in line.words if w in site_words())
    return bool(words) and words <= site_words()


def _reason(
    lines: list[Line], index: int, counts: Topic, repeats: Counter, *, first_prose: int, last_prose: int,
    latin: bool, styles: Counter, capitals_tell: bool, sectioned: bool = False,
) -> str | None:
    line = lines[index]
    if _BRACKETED.fullmatch(line.text) or _QUOTED.fullmatch(line.text):
        return None  # a reference or an editor's note; a quotation
    if _FRAGMENT.match(line.text):
        return "fragment"
    if first_prose < index < last_prose and is_section_head(line):
        return None  # a conventional subheading of the story ("The bottom line")
    title_case = line.title_case and capitals_tell
    edge = index < first_prose or index > last_prose
    if edge and not line.sentence_end and (line.no_space_script or line.latin != latin) and not line.prose:
        # Words cannot be counted or matched here; at the page's edges a line in another script,
        # or without a sentence's end, is the page's (a language menu, related links).
        return None if _in_list(lines, index, edge=True, above_story=index < first_prose) else "page-edge"
    if line.no_space_script and not line.prose:
        return _unspaced_reason(lines, index, counts, edge=edge)
    if line.dek and not line.sentence_end and not line.list_item:
        return "teaser"  # another story's headline with its standfirst
    if edge and line.prose and _unended_headline(line):
        return "teaser"  # a headline outside the story, long as it is: another story's link
    if line.truncated and (edge or line.words[-1] in dangling_words()
                           or line.n_words >= BLURB_MIN_WORDS and support(line, counts) < TEASER_SUPPORT):
        # A blurb the page cut short: outside the story, mid-phrase ("or create a…"), or a
        # blurb off the story's topic (a writer's own "…" ends a short line, or a sentence).
        return "teaser"
    if not line.short or line.n_words > MAX_RESIDUE_WORDS:
        return None
    # (A site label may end in a dot or an ellipsis when short: "U.S.", "More Videos ...".)
    label = line.n_words <= LABEL_MAX_WORDS and (not line.sentence_end or line.n_words <= 3)
    if label and is_site_label(line) and not line.list_item:
        return "site-menu"
    if not line.content:
        # Figures alone outside the story: a price, a count, a date ("£3,000.00").
        # (A rule of dashes or underscores, no word at all, parts the story's own sections.)
        alone = edge and line.words and not line.list_item and not _in_list(lines, index, edge=True)
        return "page-edge" if alone else None
    if line.latin != latin or _CAPS_DATELINE.fullmatch(line.text):
        return None  # a quotation in another script; a dateline line
    if line.list_item or line.text.rstrip().endswith(":") and line.n_words >= 4:
        return None  # a list item, an attribution ("— Jane Doe"), or a line that opens a list
    if _SITE_TITLE.fullmatch(line.text):
        return "site-title"
    if repeats[line.text] > 1 or _in_list(lines, index, edge=edge, above_story=index < first_prose) or _heads_next(lines, index, edge=edge):
        return None  # structure of the article: a repeated or a list line, a subheading
    if _style(line)[0] == "upper" and styles[_style(line)] >= SERIES:
        return None  # one of a series of like lines: the article's own subheadings
    if index > last_prose and line.text[:1].isupper() and line.n_words >= 5 and not line.sentence_end:
        # A headline after the story's end links to a story (or repeats this one); there even a
        # wordy one is ("How to invest in index funds, explained").
        return "teaser"
    if (title_case and (_headline_shape(line) or _capitalised_function_word(line))
            and line.n_words >= HEADLINE_MIN_WORDS and not line.sentence_end):
        return "teaser"  # a headline in Title Case inside the story: another story's link
    share = support(line, counts)
    if line.n_words <= LABEL_MAX_WORDS and not line.sentence_end:
        if edge:
            return "page-edge"  # a label outside the story that heads nothing and lists nothing
        if title_case and not (_article_topic(line, counts) or sectioned and share > ON_TOPIC):
            # A Title Case label that heads nothing: a link or a section name. (A subheading's
            # words are mostly the story's, or over half of them in a story written in sections.)
            return "page-label"
    if share > ON_TOPIC or share == ON_TOPIC and len(line.content) > 2:
        return None
    if line.n_words <= LABEL_MAX_WORDS and not line.sentence_end:
        if edge:
            return "page-edge"
        return "page-label" if share < ON_TOPIC or title_case else None
    if not line.sentence_end and share < TEASER_SUPPORT and (edge or _headline_shape(line)):
        return "page-edge" if edge else "teaser"
    return None


def _unspaced_reason(lines: list[Line], index: int, counts: Topic, *, edge: bool) -> str | None:
    """A line of a script written without spaces that reads as no sentence of prose (short, or
    without a sentence's end): judged by the story's topic, its characters in pairs."""
    line = lines[index]
    if line.list_item or _heads_next(lines, index, edge=edge):
        return None
    share = support(line, counts)
    if not line.sentence_end and share < TEASER_SUPPORT:
        return "page-edge" if edge else "page-label" if len(line.text) <= UNSPACED_LABEL_CHARS else "teaser"
    if edge and share == 0:
        return "page-edge"  # a note outside the story that shares nothing with it (an author's line)
    return None


def _style(line: Line) -> tuple:
    """How a short line is written: its case, length, digits; a series of subheadings shares it."""
    letters = [c for c in line.text if c.isalpha()]
    case = "upper" if letters and all(c.isupper() for c in letters) else "title" if line.title_case else "other"
    return case, (line.n_words + 2) // 3, bool(_DIGITS.search(line.text))


def _unended_headline(line: Line) -> bool:
    """A headline-long line in a headline's words that ends no sentence, nor in a link, a tag or a
    colon (a tweet's link, a list's opening)."""
    last = line.text.split()[-1] if line.words else ""
    return (not line.sentence_end and line.n_words <= DEK_MAX_WORDS and _headline_shape(line)
            and last[-1:].isalnum() and not re.search(r"[#@/]", last))


def _capitalised_function_word(line: Line) -> bool:
    """A function word capitalised after the first word ("... Is Next Week, But Several ..."):
    headline style, which running text never has."""
    stop = function_words()
    return any(w[0].isupper() and w.lower() in stop and len(w) > 1 for w in WORD.findall(line.text)[1:])


def _headline_shape(line: Line) -> bool:
    """Reads as a headline: opens with a capital, few function words (a sentence has more)."""
    first = line.text.lstrip("'\"‘“ ")[:1]
    return first.isupper() and line.function_count <= HEADLINE_FUNCTION_SHARE * line.n_words


def judge(paragraphs: list[str]) -> list[str | None]:
    """A residue reason, or None, for each paragraph of one article (one pass)."""
    lines = [describe(p) for p in paragraphs]
    prose = [i for i, line in enumerate(lines) if line.prose]
    if not prose:
        return [None] * len(lines)  # nothing to judge against: keep everything
    counts = Topic(lines)
    repeats = Counter(line.text for line in lines)
    styles = Counter(_style(line) for line in lines if line.short and not is_site_label(line))
    # German capitalises every noun: there Title Case tells nothing.
    capitals_tell = detect_language(" ".join(lines[i].text for i in prose)) not in NOUN_CAPITALISING
    latin = sum(lines[i].latin for i in prose) * 2 >= len(prose)
    # The story runs from its first to its last paragraph that ends a sentence: a headline-long
    # line without one above or below it is the page's.
    story = [i for i in prose if lines[i].sentence_end or lines[i].text.endswith(":")
             or lines[i].n_words > DEK_MAX_WORDS] or prose
    return [
        _reason(lines, i, counts, repeats, first_prose=story[0], last_prose=story[-1], latin=latin,
            styles=styles, capitals_tell=capitals_tell, sectioned=_subheadings(lines, counts, prose) >= SUBHEADINGS)
        for i in range(len(lines))
    ]


def before_story(paragraphs: list[str], opens_story: Callable[[str], bool] | None) -> int:
    """How many paragraphs stand above the one that opens the story (a wire dateline,
    "MADRID (AP) — ..."), when it is among the first STORY_OPENING_REACH; else 0."""
    if opens_story is None:
        return 0
    for index, paragraph in enumerate(paragraphs[:STORY_OPENING_REACH + 1]):
        if opens_story(paragraph):
            return index
    return 0


def strip_residue(
    paragraphs: list[str], *, max_rounds: int = 12, protect: Callable[[str], bool] | None = None,
    opens_story: Callable[[str], bool] | None = None,
) -> tuple[list[str], list[tuple[str, str]]]:
    """(paragraphs kept, [(paragraph, reason)] removed), judged again until nothing more goes.
    Paragraphs `protect` accepts (a wire dateline standing on its own line) up to the story's first
    paragraph of prose are never residue.
    A paragraph `opens_story` accepts (a wire dateline opening it) starts the story: the lines
    above it are the page's ("before-story"); the headline was taken off before cleaning."""
    above = before_story(paragraphs, opens_story)
    kept, removed = list(paragraphs[above:]), [(p, "before-story") for p in paragraphs[:above]]
    for _ in range(max_rounds):
        # A dateline opens the story: only a line up to its first paragraph of prose is one.
        opening = next((i for i, p in enumerate(kept) if describe(p).prose), 0)
        reasons = [None if protect and i <= opening and protect(p) else r
                   for i, (p, r) in enumerate(zip(kept, judge(kept)))]
        if not any(reasons):
            break
        removed.extend((p, r) for p, r in zip(kept, reasons) if r)
        kept = [p for p, r in zip(kept, reasons) if not r]
    return kept, removed


def outlet_repeats(articles: Iterable[list[str]], *, min_articles: int = 3, share: float = 0.5) -> frozenset[str]:
    """Short lines that recur in many articles of one outlet: its page furniture.

    `articles` holds each article's paragraphs. A line counts when it is short (not prose) and
    appears in at least `min_articles` articles and in at least `share` of them. Pure: the caller
    (the pipeline, per outlet) passes the result to cleaning as known residue.
    """
    seen: Counter = Counter()
    total = 0
    for paragraphs in articles:
        total += 1
        seen.update({" ".join(p.split()) for p in paragraphs if p.strip() and describe(p).short})
    floor = max(min_articles, share * total)
    return frozenset(line for line, n in seen.items() if n >= floor)
