"""Checks of the report's citations: dates that cannot be, or that disagree with the address, the body or each other.

>>> from rucn_data import citations
>>> citations.findings()                 # one row per finding: footnote or line, printed, conflict, reading
>>> citations.findings(section="3.3")
>>> print(citations.render_markdown())   # the "Citation findings" section of docs/errata.md

Every comparison is computed from the parsed fields of the ``footnotes`` dataset (and the dates the body
states twice, read from the transcription's ``[statements]``). These are findings about the citations, not
quantitative claims: they do not enter the claim ledger or its verdict counts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

import calendar
import datetime as dt
import re
from pathlib import Path

from . import footnotes as fn

COLUMNS = ["finding", "footnote", "section", "line", "printed", "conflict", "days", "reading"]
FINDINGS = {
    "impossible_date": "the printed date names a day that does not exist",
    "date_vs_address": "the printed date differs from the date the address carries in its path",
    "date_vs_event": "the footnote is dated long after the event the body cites it for, or before it",
    "same_source_dates": "the same address is cited with different dates",
    "same_address_other_source": "the same address is cited under outlets that share no word",
    "repeated_citation": "a footnote repeats the text of the one before it word for word (not as 'Ibid.')",
    "body_dates_disagree": "the body states the same date twice with different values",
}
AFTER_DAYS = 90  # a source dated this long after the event it reports is flagged
MINOR_DAYS = 2  # a printed date this close to the address's is a posting-date difference
PERIOD_START = re.compile(r"Q([1-4])(?:\s*[-–]\s*Q([1-4]))?\s+(\d{4})")

# Readings that need more than the dates: the editor's reasoning, keyed by (finding, footnote or statement key).
READINGS = {
    ("date_vs_address", 5): "Both stand: the printed date is the day the report to the 20th Congress was delivered; "
    "the embassy's address carries the later day it posted the text.",
    ("repeated_citation", 34): "Not a slip: footnotes 33 and 34 are the source lines of Tables 1 and 2, which cite the "
    "same customs statistics.",
    ("repeated_citation", 219): "Probably a slip: the sentence it is attached to (Latin American votes at the UN and "
    "non-interference) is not about the China–Nicaragua trade talks of footnote 218; the "
    "intended source is not printed.",
    ("body_dates_disagree", "period"): "Read the period as starting on 24 February 2022, as the second statement "
    "says ('the year of war', from the start of the Ukraine crisis): 'Q2' would "
    "leave out the weeks before April 2022, which the report's chapters cover.",
}


def _span(iso: str):
    """(first, last day) of ISO text at its precision: YYYY, YYYY-MM or YYYY-MM-DD."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        return dt.date(*parts, 1), dt.date(*parts, calendar.monthrange(*parts)[1])
    day = dt.date(*parts)
    return day, day


def _precision(iso: str) -> int:
    return iso.count("-")


def _coarsen(iso: str, precision: int) -> str:
    return "-".join(iso.split("-")[: precision + 1])


def _gap(a, b) -> int:
    """Days from span ``b`` to span ``a``: positive when a lies after b, negative before, 0 when they overlap."""
    if a[0] > b[1]:
        return (a[0] - b[1]).days
    if a[1] < b[0]:
        return -(b[0] - a[1]).days
    return 0


def _first_line(row) -> int | None:
    lines = row.get("printed_lines")
    return int(str(lines).split("-")[0]) if isinstance(lines, str) and lines else None


def _finding(kind, row=None, **values) -> dict:
    out = dict.fromkeys(COLUMNS)
    out["finding"] = kind
    if row is not None:
        out.update(footnote=int(row["number"]), section=row["section"], line=_first_line(row))
    out.update(values)
    key = (kind, out["footnote"] if out["footnote"] is not None else values.get("_key"))
    out.pop("_key", None)
    out["reading"] = READINGS.get(key, out["reading"])
    return out


def _is(value) -> bool:
    return isinstance(value, str) and value != ""


# -- the checks ---------------------------------------------------------------------------------
def impossible_dates(rows) -> list[dict]:
    out = []
    for row in rows:
        if row["date_flag"] != "impossible":
            continue
        m = fn.DATE_RE.search(row["date_printed"])
        month = fn.MONTHS[m.group("m1") or m.group("m2")]
        year = int(m.group("y1") or m.group("y2"))
        last = calendar.monthrange(year, month)[1]
        month_iso = f"{year:04d}-{month:02d}"
        fallback = (
            f"read as {row['address_date']}, the address's date"
            if _is(row["address_date"])
            else f"only the month stands ({month_iso}): neither the address nor the body gives the day."
        )
        out.append(
            _finding(
                "impossible_date",
                row,
                printed=row["date_printed"],
                conflict=f"{calendar.month_name[month]} {year} has {last} days",
                reading=fallback[0].upper() + fallback[1:],
            )
        )
    return out


def dates_vs_address(rows) -> list[dict]:
    out = []
    for row in rows:
        printed, addr = row["date_iso"], row["address_date"]
        if row["kind"] != "citation" or not (_is(printed) and _is(addr)):
            continue
        level = min(_precision(printed), _precision(addr))
        if _coarsen(printed, level) == _coarsen(addr, level):
            continue
        days = _gap(_span(printed), _span(addr))
        body = fn.date_span(row["body_date"]) if _is(row["body_date"]) else None
        if abs(days) <= MINOR_DAYS and level == 2:
            reading = (
                "Immaterial: a day or two apart, the address carries the page's own posting date; the printed "
                "date stands."
            )
        elif body is not None and _gap(_span(addr), body) == 0:
            reading = f"The body and the address agree: read {addr}; the printed date is a slip."
        else:
            reading = (
                f"Read {addr}, the date the address carries; the printed date is a slip (or the day the page "
                "was consulted)."
            )
        out.append(
            _finding(
                "date_vs_address",
                row,
                printed=row["date_printed"],
                conflict=f"address {row['address']} carries {addr}",
                days=days,
                reading=reading,
            )
        )
    return out


def dates_vs_event(rows) -> list[dict]:
    out = []
    for row in rows:
        if not (_is(row["body_date"]) and _is(row["date_iso"])):
            continue
        event = fn.date_span(row["body_date"])
        if event is None:
            continue
        cited = _span(row["date_iso"])
        days = _gap(cited, event)
        if 0 <= days <= AFTER_DAYS:
            continue
        where = "after" if days > 0 else "before"
        conflict = f"the body (line {int(row['body_date_line'])}) dates the event {row['body_date']}"
        slip = _slip(cited, event)
        if slip:
            reading = f"The {slip[0]} is a slip: read {slip[1]}."
        elif days < 0:
            reading = (
                "The source predates the event: it can support what came before it (an announcement, a plan), "
                "not the event itself."
            )
        else:
            reading = "The source is dated long after the event: a later account, or a slip in the date."
        if _is(row["address_date"]) and _gap(_span(row["address_date"]), event) in range(0, AFTER_DAYS + 1):
            reading += f" The address's date ({row['address_date']}) fits the event."
        out.append(
            _finding(
                "date_vs_event",
                row,
                printed=row["date_printed"],
                conflict=conflict + f"; dated {where} it",
                days=days,
                reading=reading,
            )
        )
    return out


def _slip(cited, event):
    """('year'|'month', ISO reading) when changing one part of a day-precise citation date puts it inside the
    event's span (a month only for an event dated to the day)."""
    if cited[0] != cited[1]:
        return None
    day = cited[0]
    candidates = [("year", (event[0].year, day.month, day.day))]
    if event[0] == event[1] or (event[1] - event[0]).days < 7:
        candidates.append(("month", (day.year, event[0].month, day.day)))
    for part, candidate in candidates:
        try:
            fixed = dt.date(*candidate)
        except ValueError:
            continue
        if fixed != day and _gap((fixed, fixed), event) == 0:
            return part, fixed.isoformat()
    return None


def _groups(rows, key):
    groups: dict[str, list] = {}
    for row in rows:
        if row["kind"] == "citation" and _is(row[key]):
            groups.setdefault(row[key], []).append(row)
    return groups


def same_source_dates(rows) -> list[dict]:
    out = []
    for address, group in _groups(rows, "address").items():
        dated = [r for r in group if _is(r["date_iso"])]
        if len({r["date_iso"] for r in dated}) < 2:
            continue
        counts = {}
        for r in dated:
            counts[r["date_iso"]] = counts.get(r["date_iso"], 0) + 1
        usual = max(sorted(counts), key=counts.get)
        printed = "; ".join(f"fn {int(r['number'])}: {r['date_printed']}" for r in dated)
        for r in dated:
            if r["date_iso"] != usual:
                others = ", ".join(str(int(o["number"])) for o in dated if o["date_iso"] == usual)
                out.append(
                    _finding(
                        "same_source_dates",
                        r,
                        printed=r["date_printed"],
                        conflict=f"the same address {address} is dated {usual} in fn {others} ({printed})",
                        days=_gap(_span(r["date_iso"]), _span(usual)),
                        reading=f"Read {usual}, the date the other citations of this address give.",
                    )
                )
    return out


def _words(outlet: str) -> set[str]:
    outlet = re.sub(r"\(.*?\)", " ", outlet.casefold())
    return set(re.findall(r"[^\W_]+", outlet)) - {"the", "of", "and", "in"}


def same_address_other_source(rows) -> list[dict]:
    out = []
    for address, group in _groups(rows, "address").items():
        named = [r for r in group if _is(r["outlet"])]
        for r in named:
            strangers = [o for o in named if o is not r and not (_words(o["outlet"]) & _words(r["outlet"]))]
            majority = [o for o in named if _words(o["outlet"]) & _words(r["outlet"])]
            if strangers and len(majority) <= len(strangers):
                first = strangers[0]
                out.append(
                    _finding(
                        "same_address_other_source",
                        r,
                        printed=f"{r['outlet']}: {address}",
                        conflict=f"fn {int(first['number'])} cites the same address as {first['outlet']} "
                        f"('{first['title']}')",
                        reading=f"The address is {first['outlet']}'s (fn {int(first['number'])}); "
                        f"the {r['outlet']} article cited here needs its own address.",
                    )
                )
    # keep one finding per pair: the later footnote (the earlier one is the address's owner by citation order)
    seen, kept = set(), []
    for f in sorted(out, key=lambda f: -f["footnote"]):
        pair = frozenset({f["footnote"], int(re.search(r"fn (\d+)", f["conflict"]).group(1))})
        if pair not in seen:
            seen.add(pair)
            kept.append(f)
    return sorted(kept, key=lambda f: f["footnote"])


def repeated_citations(rows) -> list[dict]:
    out = []
    for prev, row in zip(rows, rows[1:]):
        if row["kind"] == "citation" and _is(row["text"]) and row["text"] == prev["text"]:
            out.append(
                _finding(
                    "repeated_citation",
                    row,
                    printed=row["title"],
                    conflict=f"identical to fn {int(prev['number'])}",
                    reading=f"A repeated citation of fn {int(prev['number'])}: check that it supports its "
                    "own sentence.",
                )
            )
    return out


def statement_span(printed: str):
    """(first, last day) of a stated period: 'Q2-Q4 2022 and Q1 2023' (quarters, joined), 'starting from <date>'
    (first day only, last None), or a date; None when unreadable."""
    quarters = PERIOD_START.findall(printed)
    if quarters:
        starts, ends = [], []
        for q1, q2, year in quarters:
            y, a, b = int(year), int(q1), int(q2 or q1)
            starts.append(dt.date(y, 3 * a - 2, 1))
            ends.append(dt.date(y, 3 * b, calendar.monthrange(y, 3 * b)[1]))
        return min(starts), max(ends)
    m = re.search(r"(?:starting|from|since)\D*?(" + fn.DATE_RE.pattern + ")", printed)
    if m:
        span = fn.date_span(m.group(1))
        return (span[0], None) if span else None
    return fn.date_span(printed)


def body_dates(statements) -> list[dict]:
    out = []
    groups: dict[str, list] = {}
    for s in statements:
        groups.setdefault(s["key"], []).append(s)
    for key, group in groups.items():
        spans = [(s, statement_span(s["printed"])) for s in group]
        spans = [(s, sp) for s, sp in spans if sp is not None]
        for (a, sa), (b, sb) in zip(spans, spans[1:]):
            if sa[0] != sb[0]:
                out.append(
                    _finding(
                        "body_dates_disagree",
                        None,
                        section=a["section"],
                        line=a["line"],
                        printed=f"'{a['printed']}' (line {a['line']})",
                        conflict=f"'{b['printed']}' (line {b['line']}): the {key} starts {sb[0].isoformat()}, "
                        f"not {sa[0].isoformat()}",
                        days=(sa[0] - sb[0]).days,
                        reading="",
                        _key=key,
                    )
                )
    return out


CHECKS = (
    impossible_dates,
    dates_vs_address,
    dates_vs_event,
    same_source_dates,
    same_address_other_source,
    repeated_citations,
)


def findings(
    section: str | None = None, frame: pd.DataFrame | None = None, statements: list[dict] | None = None
) -> pd.DataFrame:
    """Every citation finding as a DataFrame (columns ``COLUMNS``), optionally of one report section.

    ``frame`` (default: the ``footnotes`` dataset) and ``statements`` (default: the transcription's) let the
    checks run on other data, such as a test's hand-made rows.
    """
    import pandas as pd

    if frame is None:
        from . import load

        frame = load("footnotes")
    if statements is None:
        statements = fn.statements()
    rows = [
        {k: (None if v is pd.NA or (isinstance(v, float) and v != v) else v) for k, v in r.items()}
        for r in frame.to_dict("records")
    ]
    for r in rows:
        for key in (
            "date_iso",
            "address_date",
            "date_flag",
            "body_date",
            "text",
            "outlet",
            "title",
            "address",
            "date_printed",
            "kind",
            "printed_lines",
        ):
            r[key] = r.get(key) if isinstance(r.get(key), str) else ""
    out = []
    for check in CHECKS:
        out.extend(check(rows))
    out.extend(body_dates(statements))
    table = pd.DataFrame(out, columns=COLUMNS)
    table["footnote"] = table["footnote"].astype("Int64")
    table["line"] = table["line"].astype("Int64")
    table["days"] = table["days"].astype("Int64")
    table = table.sort_values(["footnote", "finding"], na_position="first", kind="stable").reset_index(drop=True)
    if section is not None:
        table = table[table["section"] == section].reset_index(drop=True)
    return table


def render_markdown(table=None) -> str:
    """The "Citation findings" section of the errata document: one entry per finding, then counts by type."""
    from . import sections

    table = findings() if table is None else table
    parts = [
        f"\n## Citation findings ({len(table)})\n\n"
        "Dates in the report's footnotes and body checked against each other: the date a footnote prints, the "
        "date its address carries, the date the body gives for the event it is cited for, and other citations "
        "of the same address (`rucn_data.citations.findings()`, from the `footnotes` dataset). These are not "
        "quantitative claims and do not enter the verdict counts.\n"
    ]
    for row in table.to_dict("records"):
        where = (
            f"fn {row['footnote']}"
            if row["footnote"] is not None and row["footnote"] == row["footnote"]
            else f"line {row['line']}"
        )
        section = sections.BY_ID[row["section"]].title if row["section"] in sections.BY_ID else ""
        head = " · ".join(x for x in (where, section, row["finding"].replace("_", " ")) if x)
        lines = [f"\n### {head}\n", f"- **Printed:** {row['printed']}", f"- **Conflicts with:** {row['conflict']}"]
        if row["days"] is not None and row["days"] == row["days"]:
            lines.append(f"- **Difference:** {int(row['days'])} days")
        lines.append(f"- **Reading:** {row['reading']}")
        parts.append("\n".join(lines) + "\n")
    counts = table["finding"].value_counts()
    parts.append("\n### Citation findings by type\n\n| finding | what it means | count |\n|---|---|---:|\n")
    for kind, meaning in FINDINGS.items():
        parts.append(f"| {kind.replace('_', ' ')} | {meaning} | {int(counts.get(kind, 0))} |\n")
    parts.append(f"| **total** | | {len(table)} |\n")
    return "".join(parts)


def transcription() -> Path:
    return fn.TRANSCRIPTION
