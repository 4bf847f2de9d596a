"""Stories, timelines, comparisons and outlet tone as readable terminal text."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from dateline.models import ComparedValue, Comparison, Happening, OutletReport, Story, Theme, TimelineEntry, from_row

_WIDTH = 100


def _span(first: str | None, last: str | None) -> str:
    if not first:
        return "undated"
    return first if not last or last == first else f"{first} – {last}"


def _clip(text: str, width: int = _WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def format_stories(stories: Sequence[Story], *, outlets: bool = False, themes: Sequence[Theme] = ()) -> str:
    """One block per story: title, dates, article and outlet counts, its theme, then its
    happenings; with `outlets`, under each happening what each outlet reported (its key
    sentence). Stories of a theme holding more than one come together under its title."""
    if not stories:
        return "no stories"
    by_id = {theme.id: theme for theme in themes}
    lines: list[str] = []
    shown: set[str] = set()
    for story in stories:
        if story.id in shown:
            continue
        theme = by_id.get(story.theme_id or "")
        fellows = [s for s in stories if theme and s.theme_id == theme.id]
        if len(fellows) > 1 and theme is not None:
            lines.append(f"theme {theme.id}  {theme.title} ({len(fellows)} stories)")
            lines.append("")
        for member in fellows if len(fellows) > 1 else [story]:
            lines.extend(_story_block(member, outlets=outlets, theme=None if len(fellows) > 1 else theme))
            shown.add(member.id)
    return "\n".join(lines).rstrip()


def _story_block(story: Story, *, outlets: bool, theme: Theme | None) -> list[str]:
    lines = [f"{story.id}  {_clip(story.title, 80)}"]
    lines.append(
        f"    {_span(story.first_date, story.last_date)} · {_count(len(story.article_ids), 'article')} · "
        + (f"{_count(len(story.sources), 'outlet')}: {', '.join(story.sources)}" if story.sources else "no outlet named")
    )
    if theme is not None:
        lines.append(f"    theme: {theme.title}")
    for happening in story.happenings:
        lines.append(
            f"    - {_span(happening.first_date, happening.last_date):<23} "
            f"{_clip(happening.title, 60)} ({_count(len(happening.article_ids), 'article')})"
        )
        if outlets:
            lines.extend(_report_line(report) for report in happening.reports)
    lines.append("")
    return lines


def _report_line(report: OutletReport) -> str:
    source = report.source or "no outlet"
    mark = " (copy)" if report.copied else ""
    return "        " + _clip(f"{source}{mark}: {report.sentence}", _WIDTH - 8)


def format_timeline(
    entries: Iterable[TimelineEntry], *, stories: Sequence[Story] = (), story_id: str | None = None
) -> str:
    """Entries grouped by story in date order; planned ones marked; sources and importance."""
    titles = {s.id: s.title for s in stories}
    lines: list[str] = []
    current = None
    for entry in entries:
        if story_id and entry.story_id != story_id:
            continue
        if entry.story_id != current:
            current = entry.story_id
            if lines:
                lines.append("")
            lines.append(f"{entry.story_id}  {_clip(titles.get(entry.story_id, ''), 80)}".rstrip())
        date = entry.date or "undated"
        mark = " (planned)" if entry.status == "planned" else ""
        lines.append(f"  {date:<10}{mark}  {_clip(entry.text, 88)}")
        who = f"{', '.join(entry.sources) or 'no outlet'} · importance {entry.importance:g}"
        if entry.actors:
            who += f" · {', '.join(entry.actors)}"
        if entry.place:
            who += f" · {entry.place}"
        lines.append("    " + _clip(who, _WIDTH))
    return "\n".join(lines) if lines else "no timeline entries"


def format_comparisons(comparisons: Iterable[Comparison]) -> str:
    lines = []
    for comparison in comparisons:
        apart = " (the figures at odds were reported on different days)" if comparison.dated_apart else ""
        lines.append(f"{comparison.happening_id}  {comparison.quantity}: {comparison.verdict}{apart}")
        for value in comparison.values:
            shown = f"{value.value:,.0f}" if value.value is not None else "vague"
            lines.append(f"    {shown:>16}  {_clip(value.text, 40):<40}  {value.published or '':<10}  "
                         f"{value.source or 'no outlet'}")
    return "\n".join(lines) if lines else "no figures to compare"


def format_tone(tones: Iterable) -> str:
    """OutletTone rows (dateline.link.stories.tone) as a table."""
    lines = [f"{'outlet':<24} {'articles':>8} {'loaded/100w':>11} {'tone':>6}  examples"]
    for tone in tones:
        lines.append(
            f"{_clip(tone.source, 24):<24} {tone.articles:>8} {tone.loaded:>11.2f} {tone.tone:>6.2f}  "
            f"{', '.join(tone.examples)}"
        )
    return "\n".join(lines)


# ----------------------------------------------------------------------------- from the store


def _happening(stored: dict) -> Happening:
    happening = from_row(Happening, stored)
    happening.reports = [from_row(OutletReport, r) for r in stored.get("reports") or []]
    return happening


def stored_stories(store) -> list[Story]:
    """The stories linking wrote, as records (happenings included), newest last."""
    stories = []
    for row in store.rows("stories"):
        story = from_row(Story, row)
        story.happenings = [_happening(h) for h in row.get("happenings") or []]
        stories.append(story)
    return stories


def stored_themes(store) -> list[Theme]:
    """The themes linking wrote (none in a store linked before themes were)."""
    return [from_row(Theme, row) for row in store.rows("themes")] if store.columns("themes") else []


def stored_timeline(store, *, story_id: str | None = None, top: int | None = None) -> list[TimelineEntry]:
    """Timeline entries in story and date order; with `top`, each story's N most important,
    still in date order."""
    rows = store.rows_matching("timeline", "story_id", [story_id]) if story_id else store.rows("timeline")
    by_story: dict[str, list[TimelineEntry]] = {}
    for row in rows:
        entry = from_row(TimelineEntry, row)
        by_story.setdefault(entry.story_id, []).append(entry)
    kept = []
    for story_entries in by_story.values():
        # an entry nothing dates goes after the dated ones, not before them
        story_entries.sort(key=lambda e: (e.date is None, e.date or ""))
        if top is not None:
            best = sorted(story_entries, key=lambda e: (-e.importance, e.date is None, e.date or ""))[:top]
            story_entries = [e for e in story_entries if e in best]
        kept.extend(story_entries)
    return kept


def stored_comparisons(store, *, happening_ids: Iterable[str] | None = None) -> list[Comparison]:
    """The compared figures, all of them or only those of the given happenings."""
    out = []
    rows = store.rows_matching("comparisons", "happening_id", list(happening_ids)) if happening_ids is not None \
        else store.rows("comparisons")
    for row in rows:
        comparison = from_row(Comparison, row)
        comparison.values = [ComparedValue(**v) for v in row.get("values") or []]
        out.append(comparison)
    return out

