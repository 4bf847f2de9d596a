"""Actor dictionary entries on a date: the office in force, the latest before it, an alias of
the same person still in office (actors.py, person_names.py)."""

from __future__ import annotations

from dateline.analyse.events import lexicon


def on_date(entries: tuple[lexicon.ActorEntry, ...], date: str | None) -> lexicon.ActorEntry | None:
    """The entry in force on the date; else the latest before it; else the first with a country."""
    dated = [e for e in entries if e.start or e.end]
    placed = [e for e in entries if e.country or e.sector in ("IGO", "NGO")]
    if not date and placed:
        # no date: the latest office that places the actor
        return max(placed, key=lambda e: (e.start or "0000", e.sector != "ELI"))
    if date:
        current = [e for e in dated if (not e.start or e.start <= date) and (not e.end or date < e.end)]
        if current:
            return max(current, key=lambda e: (e.office != "", e.sector != "ELI", e.start))
        before = [e for e in dated if e.end and e.end <= date]
        if before:
            latest = max(before, key=lambda e: e.end)
            return latest._replace(sector="ELI") if latest.sector not in ("IGO", "NGO") else latest
    undated = [e for e in entries if not (e.start or e.end)]
    pool = undated or dated
    return next((e for e in pool if e.country or e.sector in ("IGO", "NGO")), pool[0] if pool else None)


def current_alias(words: list[str], entries: tuple, date: str | None, book) -> tuple:
    """'President Vladimir Putin': a titled alias may stop at an old office; a shorter name of
    the phrase with an entry in force on the date ('vladimir putin') is the same person now."""
    if in_force(entries, date):
        return entries
    for start in range(1, len(words) - 1):
        shorter = book.get(" ".join(words[start:]))
        if shorter and in_force(shorter, date) and {e.country for e in shorter} & {e.country for e in entries}:
            return shorter
    return entries


def in_force(entries: tuple[lexicon.ActorEntry, ...], date: str | None) -> bool:
    """Whether an entry with dates is in force on the date (no date: any entry will do)."""
    if not date:
        return True
    return any((e.start or e.end) and (not e.start or e.start <= date) and (not e.end or date < e.end)
               for e in entries)
