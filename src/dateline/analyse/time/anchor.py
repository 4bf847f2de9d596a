"""Resolve a time expression's spec against an anchor date (the publication date).

The tagger stores anchor-dependent expressions as a compact spec string, so an
article's timexes can be resolved again when the linking stage infers a date for
it (`reanchor`), without parsing the text again. Spec forms (DIR is the tense
direction: -1 past incl. the anchor day, -2 strictly before, +1 after, +2 strictly
after the anchor's week/period, 0 nearest):

    day:N            anchor + N days                          ("yesterday" day:-1)
    wd:DIR:N         weekday N (1 = Monday ... 7 = Sunday)    ("on Sunday" wd:-1:7)
    md:DIR:MM:DD[:YYYY][>SPEC]  month and day without a year ("May 17"); YYYY: the year the
                     text last wrote out, used when the tense leaves it open and the nearest
                     reading is months away; SPEC: the first day of the series it continues,
                     which it is not before when that day is still to come (series.py)
    m:DIR:MM         a month without a year                    ("in June")
    rel:U:N          the unit U (Y M W D Q H E C WE) N steps away ("last week" rel:W:-1)
    season:DIR:SS    a season (SP SU FA WI)                    ("last summer")
    q:N:Q            quarter Q of the anchor year + N           ("the third quarter")
    half:N:H         half H of the anchor year + N              ("the first half")
    mym:N:MM         month MM of the anchor year + N            ("June last year")
    lastq:N          the latest completed quarter, N years away ("the year-earlier quarter")
    hol:DIR:NAME     a holiday                                 ("Christmas")
    ord:N:NOUN       the anchor day is day N of NOUN            ("the third day of the strike")
    yq:YYYY          the latest completed quarter's number in year YYYY ("the 1988 quarter")
    ana:U:N@SPEC     U (D W M Y) N steps from the reference date SPEC resolves to
                     ("the following month" after "in March": ana:M:1@m:-1:3)

A spec may end with "|SUFFIX": a time of day ("T22:00") or part of day ("TNI"),
appended to a day-precise value, or "W": the week the day falls in ("the week of
March 6").
"""

from __future__ import annotations

import datetime as dt
import re

from dateline.analyse.time.normalise import is_timex3_value

SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}


def parse_anchor(anchor: str | None) -> dt.date | None:
    """The anchor as a date, or None when absent or unreadable."""
    if not anchor:
        return None
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", anchor)
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest(candidates: list[dt.date], anchor: dt.date, direction: int) -> dt.date | None:
    candidates = [c for c in candidates if c is not None]
    if direction in (-1, -2):
        past = [c for c in candidates if c <= anchor and (direction == -1 or c < anchor)]
        return max(past) if past else None
    if direction in (1, 2):
        future = [c for c in candidates if c >= anchor and (direction == 1 or c > anchor)]
        return min(future) if future else None
    if not candidates:
        return None
    # nearest; ties go to the past (news mostly reports what happened)
    return min(candidates, key=lambda c: (abs((c - anchor).days), c > anchor))


# a year-less date this far from the anchor either way is as likely the year before as after
FAR_FROM_ANCHOR = dt.timedelta(days=120)
YEAR_FROM_ANCHOR = dt.timedelta(days=366)


def _in_year_said(found: dt.date, year_said: str | None, anchor: dt.date) -> dt.date:
    """The date in the year the text last wrote out, when the tense left the date open and
    the nearest reading lies months away: "a 2020 tour ... kicks off June 9th" in an article
    of November 2019 is 2020's June, not the June gone by. A year said that is not next to
    the anchor's (a 1973 album) or a nearest reading within four months leaves it as it was."""
    if not year_said or abs(found - anchor) < FAR_FROM_ANCHOR:
        return found
    year = int(year_said)
    if abs(year - anchor.year) > 1 or year == found.year:
        return found
    said = _safe_date(year, found.month, found.day)
    # only another reading within a year of the anchor ("as of March 20" after "in 2018", in
    # an article of November 2019, is not March 2018)
    return said if said is not None and abs(said - anchor) <= YEAR_FROM_ANCHOR else found


def _after_series_start(found: dt.date, start: dt.date | None, anchor: dt.date) -> dt.date:
    """A day of a series whose first day is still to come is not in the past: "kicks off June
    9th ... concludes October 10th", said in November, ends the October after. A day read in
    the future stays as it is (a series need not run in text order: "payable Jan. 2 to holders
    of record Dec. 15"), and a series begun in the past is read day by day."""
    if start is None or start < anchor or found >= anchor:
        return found
    for year in (start.year, start.year + 1):
        later = _safe_date(year, found.month, found.day)
        if later is not None and later >= start:
            return later
    return found


def _weekday(anchor: dt.date, direction: int, weekday: int) -> dt.date:
    offset = weekday - anchor.isoweekday()
    if direction == 0 and offset == 0:
        return anchor
    if direction == 3:  # "this Monday": the day in the anchor's week
        return anchor + dt.timedelta(days=offset)
    candidates = [anchor + dt.timedelta(days=offset + 7 * k) for k in (-2, -1, 0, 1, 2)]
    if direction == 0:
        # no tense: news mostly reports the past, so a weekday up to four days back
        # beats one three days ahead ("at the close of business Thursday", said on Monday)
        return min(candidates, key=lambda c: (c - anchor).days + 1.5 if c > anchor else (anchor - c).days)
    if direction == 2:  # "next Monday": strictly after, skipping tomorrow-ish same week
        later = [c for c in candidates if c > anchor]
        return min(later)
    return _nearest(candidates, anchor, direction) or anchor


def _easter(year: int) -> dt.date:
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    offset = (weekday - first.isoweekday()) % 7
    return first + dt.timedelta(days=offset + 7 * (n - 1))


def holiday(name: str, year: int) -> dt.date | None:
    """The date of a named holiday in a year (None for unknown names)."""
    fixed = {
        "christmas": (12, 25),
        "christmas_eve": (12, 24),
        "new_year": (1, 1),
        "new_year_eve": (12, 31),
        "independence_day": (7, 4),
        "halloween": (10, 31),
        "valentine": (2, 14),
        "may_day": (5, 1),
    }
    if name in fixed:
        return dt.date(year, *fixed[name])
    if name == "easter":
        return _easter(year)
    if name == "good_friday":
        return _easter(year) - dt.timedelta(days=2)
    if name == "thanksgiving":
        return _nth_weekday(year, 11, 4, 4)
    if name == "labor_day":
        return _nth_weekday(year, 9, 1, 1)
    if name == "election_day":
        return _nth_weekday(year, 11, 1, 1) + dt.timedelta(days=1)
    return None


def from_reference(unit: str, steps: int, reference: str) -> str | None:
    """The unit `steps` away from a reference value ("1998-06-14", "1998-06", "1998"),
    or None when the reference is too coarse for the unit."""
    day = parse_anchor(reference)
    month = re.match(r"^(\d{4})-(\d{2})(?:$|-)", reference)
    year = re.match(r"^(\d{4})(?:$|-(?!W))", reference) or re.match(r"^(\d{4})-W", reference)
    if unit == "D" and day:
        return (day + dt.timedelta(days=steps)).isoformat()
    if unit == "W" and day:
        return _week(day + dt.timedelta(weeks=steps))
    if unit == "M" and month:
        y, m = _shift_months(dt.date(int(month.group(1)), int(month.group(2)), 1), steps)
        return f"{y:04d}-{m:02d}"
    if unit == "Y" and year:
        return f"{int(year.group(1)) + steps:04d}"
    return None


def _anaphoric(base: str, anchor: dt.date) -> str:
    head, _, reference_spec = base.partition("@")
    parts = head.split(":")
    unit, steps = parts[1], int(parts[2])
    reference = resolve_spec(reference_spec, anchor) if reference_spec else anchor.isoformat()
    found = from_reference(unit, steps, reference)
    return found if found is not None else _rel(anchor, unit, steps)


def unanchored(spec: str) -> str:
    """The underspecified TIMEX3 value of a spec with no anchor."""
    base, _, suffix = spec.partition("|")
    parts = base.split(":")
    kind = parts[0]
    try:
        if kind == "wd":
            return f"XXXX-WXX-{int(parts[2])}" + (suffix if suffix.startswith("T") else "")
        if kind == "md":
            return f"XXXX-{int(parts[2]):02d}-{int(parts[3]):02d}"
        if kind == "m":
            return f"XXXX-{int(parts[2]):02d}"
        if kind == "season":
            return f"XXXX-{parts[2]}"
        if kind == "q":
            return f"XXXX-Q{int(parts[2])}"
        if kind == "half":
            return f"XXXX-H{int(parts[2])}"
        if kind == "mym":
            return f"XXXX-{int(parts[2]):02d}"
        if kind == "wkend":
            return "XXXX-WXX-WE"
        if kind == "yq":
            return f"{int(parts[1]):04d}"
        if kind == "ana":
            steps = int(base.partition("@")[0].split(":")[2])
            return "PRESENT_REF" if steps == 0 else ("PAST_REF" if steps < 0 else "FUTURE_REF")
        if kind in ("day", "rel", "lastq"):
            steps = int(parts[-1])
            return "PRESENT_REF" if steps == 0 else ("PAST_REF" if steps < 0 else "FUTURE_REF")
    except (IndexError, ValueError):
        pass
    return "PRESENT_REF"


def _shift_months(anchor: dt.date, months: int) -> tuple[int, int]:
    index = anchor.year * 12 + anchor.month - 1 + months
    return index // 12, index % 12 + 1


def _rel(anchor: dt.date, unit: str, steps: int) -> str:
    if unit == "D":
        return (anchor + dt.timedelta(days=steps)).isoformat()
    if unit == "W":
        return _week(anchor + dt.timedelta(weeks=steps))
    if unit == "WE":
        return _week(anchor + dt.timedelta(weeks=steps)) + "-WE"
    if unit == "M":
        year, month = _shift_months(anchor, steps)
        return f"{year:04d}-{month:02d}"
    if unit == "Q":
        year, month = _shift_months(anchor, 3 * steps)
        return f"{year:04d}-Q{(month - 1) // 3 + 1}"
    if unit == "H":
        year, month = _shift_months(anchor, 6 * steps)
        return f"{year:04d}-H{(month - 1) // 6 + 1}"
    if unit == "Y":
        return f"{anchor.year + steps:04d}"
    if unit == "E":
        return f"{anchor.year // 10 + steps:03d}"
    if unit == "C":
        return f"{anchor.year // 100 + steps:02d}"
    raise ValueError(unit)


def resolve_spec(spec: str, anchor: str | dt.date | None) -> str:
    """The TIMEX3 value of a spec against an anchor; the underspecified form without one.

    Never raises: an unreadable spec resolves to its underspecified form.
    """
    day = anchor if isinstance(anchor, dt.date) else parse_anchor(anchor)
    if day is None:
        return unanchored(spec)
    try:
        value = _resolve(spec, day)
    except (ValueError, IndexError, OverflowError, TypeError):
        return unanchored(spec)
    # far-off anchors (year 1) can step outside what TIMEX3 can write
    return value if is_timex3_value(value) else unanchored(spec)


def _resolve(spec: str, anchor: dt.date) -> str:
    base, _, suffix = spec.partition("|")
    base, _, series_start = base.partition(">")
    parts = base.split(":")
    kind = parts[0]
    value: str
    if kind == "day":
        value = (anchor + dt.timedelta(days=int(parts[1]))).isoformat()
    elif kind == "ord":
        value = anchor.isoformat()
    elif kind == "wd":
        value = _weekday(anchor, int(parts[1]), int(parts[2])).isoformat()
    elif kind == "md":
        direction, month, mday = int(parts[1]), int(parts[2]), int(parts[3])
        candidates = [_safe_date(anchor.year + k, month, mday) for k in (-1, 0, 1)]
        # reporters write past tense about dates a few weeks ahead ("said it expires
        # Nov. 10"), so the tense only decides beyond a month's distance
        slack = dt.timedelta(days=31)
        shifted = anchor + slack if direction < 0 else anchor - slack if direction > 0 else anchor
        found = _nearest([c for c in candidates if c], shifted, direction)
        if found is None:
            found = _nearest([c for c in candidates if c], anchor, 0)
        if found is None:
            return unanchored(spec)
        found = _in_year_said(found, parts[4] if len(parts) > 4 else None, anchor)
        if series_start:
            found = _after_series_start(found, parse_anchor(_resolve(series_start, anchor)), anchor)
        value = found.isoformat()
    elif kind == "m":
        direction, month = int(parts[1]), int(parts[2])
        candidates = [dt.date(anchor.year + k, month, 15) for k in (-1, 0, 1)]
        month_anchor = anchor.replace(day=15)
        if direction == -1:  # past tense, but a month ahead is still "in September"
            month_anchor += dt.timedelta(days=31)
        elif direction == -2:  # "last February" said in March is a year back
            month_anchor -= dt.timedelta(days=31)
        elif direction == 2:
            month_anchor += dt.timedelta(days=31)
        elif direction == 0:  # no tense: lean to the past, as news does
            month_anchor -= dt.timedelta(days=61)
        found = _nearest(candidates, month_anchor, direction) or _nearest(
            candidates, month_anchor, 0
        )
        value = f"{found.year:04d}-{found.month:02d}"
    elif kind == "season":
        direction, season = int(parts[1]), parts[2]
        month = SEASON_MONTH[season]
        candidates = [dt.date(anchor.year + k, month, 15) for k in (-1, 0, 1)]
        if direction == 0:
            found = dt.date(anchor.year, month, 15)
            if season == "WI" and anchor.month >= 10:
                found = dt.date(anchor.year + 1, month, 15)
        else:
            found = _nearest(candidates, anchor, direction) or candidates[1]
        value = f"{found.year:04d}-{season}"
    elif kind == "rel":
        value = _rel(anchor, parts[1], int(parts[2]))
    elif kind == "q":
        year, quarter = anchor.year + int(parts[1]), int(parts[2])
        direction = int(parts[3]) if len(parts) > 3 else 0
        quarter_start = dt.date(year, 3 * quarter - 2, 1)
        if direction < 0 and quarter_start > anchor:
            year -= 1
        elif direction == 0 and (quarter_start - anchor).days > 182:
            year -= 1  # "the fourth quarter" said in January: the one just ended
        value = f"{year:04d}-Q{quarter}"
    elif kind == "wkend":
        direction = int(parts[1])
        saturdays = [anchor + dt.timedelta(days=(6 - anchor.isoweekday()) + 7 * k) for k in (-2, -1, 0, 1)]
        if anchor.isoweekday() == 7:  # a Sunday is inside its own weekend
            saturdays.append(anchor - dt.timedelta(days=1))
        if direction < 0:
            found = max(s for s in saturdays if s <= anchor)
        elif direction > 0:
            found = min(s for s in saturdays if s > anchor)
        else:
            found = min(saturdays, key=lambda s: (abs((s - anchor).days), s > anchor))
        value = _week(found) + "-WE"
    elif kind == "half":
        value = f"{anchor.year + int(parts[1]):04d}-H{int(parts[2])}"
    elif kind == "mym":
        value = f"{anchor.year + int(parts[1]):04d}-{int(parts[2]):02d}"
    elif kind == "lastq":
        year, month = _shift_months(anchor, -3)
        value = f"{year + int(parts[1]):04d}-Q{(month - 1) // 3 + 1}"
    elif kind == "yq":
        year, month = _shift_months(anchor, -3)
        value = f"{int(parts[1]):04d}-Q{(month - 1) // 3 + 1}"
    elif kind == "ana":
        value = _anaphoric(base, anchor)
    elif kind == "hol":
        direction, name = int(parts[1]), parts[2]
        candidates = [holiday(name, anchor.year + k) for k in (-1, 0, 1)]
        found = _nearest([c for c in candidates if c], anchor, direction)
        if found is None:
            return unanchored(spec)
        value = found.isoformat()
    else:
        return unanchored(spec)
    if suffix == "W":
        day = parse_anchor(value)
        return _week(day) if day and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else value
    if suffix and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        value += suffix
    return value
