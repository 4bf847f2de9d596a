"""Within one article, give every mention the fullest name the article uses for it.

"Halden", "Mr Halden" -> "Piet Halden"; "UN" -> "United Nations" when the article
spells it out. Matching is on name tokens: a short form resolves to the full names
ending (or, for a lone first name, starting) with it; when two full names share a
surname, the one mentioned most recently before the short form wins.
"""

from __future__ import annotations

from dateline.vocabulary.names import (  # noqa: F401 (re-exported: the name helpers' old home)
    acronym, fold, is_full_name, name_tokens, surname_and_given,
)


def _is_suffix(short: list[str], full: list[str]) -> bool:
    return 0 < len(short) < len(full) and full[-len(short) :] == short


def resolve_person_names(forms: list[tuple[int, str]], *, extra_full: list[str] = ()) -> dict[int, str]:
    """(position, name as written) -> resolved name, for one article's person mentions.

    `extra_full` are full names from elsewhere in the article (the body, for the title).
    """
    full_positions: dict[str, list[int]] = {}
    for pos, name in forms:
        if is_full_name(name):
            full_positions.setdefault(name, []).append(pos)
    for name in extra_full:
        if is_full_name(name):
            full_positions.setdefault(name, []).append(-1)
    fulls = sorted(full_positions, key=lambda n: (min(full_positions[n]), n))
    tokens_of = {n: name_tokens(n) for n in fulls}
    # a full name that a longer one extends with middle names maps to the longer one
    longer: dict[str, str] = {}
    for a in fulls:
        ta = tokens_of[a]
        for b in fulls:
            tb = tokens_of[b]
            if len(tb) > len(ta) and tb[0] == ta[0] and tb[-1] == ta[-1]:
                if a not in longer or len(tokens_of[longer[a]]) < len(tb):
                    longer[a] = b
    resolved: dict[int, str] = {}
    for pos, name in forms:
        tokens = name_tokens(name)
        if name in full_positions:
            resolved[pos] = longer.get(name, name)
            continue
        candidates = [f for f in fulls if _is_suffix(tokens, tokens_of[f])]
        if not candidates and len(tokens) == 1:
            candidates = [f for f in fulls if tokens_of[f][0] == tokens[0]]
            if len(candidates) != 1:
                candidates = []
        if not candidates:
            # same words, different spelling of the article prefix ("Al-Rashidi" / "al Rashidi")
            same = [f for f in fulls if tokens_of[f] == tokens]
            resolved[pos] = same[0] if same else name
            continue
        resolved[pos] = longer.get(_nearest(candidates, full_positions, pos), _nearest(candidates, full_positions, pos))
    return resolved


def _nearest(candidates: list[str], positions: dict[str, list[int]], pos: int) -> str:
    """The candidate mentioned last before `pos`; else the first mentioned after it."""
    before = [(max(p for p in positions[c] if p < pos), c) for c in candidates if any(p < pos for p in positions[c])]
    if before:
        return max(before, key=lambda pc: (pc[0], pc[1]))[1]
    return min(candidates, key=lambda c: (min(positions[c]), c))


def resolve_org_names(names: list[str]) -> dict[str, str]:
    """Acronyms to the long form the article spells out ("UN" -> "United Nations")."""
    long_forms: dict[str, list[str]] = {}
    for name in names:
        if len(name.split()) >= 2:
            long_forms.setdefault(acronym(name), []).append(name)
    out = {}
    for name in names:
        compact = name.replace(".", "")
        if 2 <= len(compact) <= 8 and compact.isupper() and compact.isalpha():
            matches = sorted(set(long_forms.get(compact, [])))
            if len(matches) == 1:
                out[name] = matches[0]
    return out
