"""The claim ledger: every quantitative claim of the report, its interval, what checks computed, a verdict.

Verdicts:

* ``erratum`` — the printed number is a slip (malformed, a unit or scale slip, a number its sentence
  cannot mean); the ledger gives the corrected reading (``corrected_value``) and the reasoning
  (``note``), and the checks are compared with the corrected reading.
* ``inconsistent`` — a decisive check's range lies outside the claim's interval.
* ``consistent`` — at least one decisive check agrees and none contradicts.
* ``unchecked`` — nothing in the report or the shipped data can test the claim.

Results marked ``decisive=False`` (context, e.g. another statistical basis) are shown but do not vote.
"""
from __future__ import annotations

import functools
import math
import re

from .tolerance import Interval, interval

RESULT_SEPARATOR = " | "
VERDICTS = ("consistent", "inconsistent", "erratum", "unchecked")
SECTIONS = ("summary", "intro", "1", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "conclusions", "recommendations")
SECTION_TITLES = {
    "summary": "Summary", "intro": "Introduction", "1": "1. Foreign policy",
    "2.1": "2.1 Trade and finance", "2.2": "2.2 Transport and logistics", "2.3": "2.3 Energy",
    "2.4": "2.4 Industry", "3.1": "3.1 EAEU and BRI", "3.2": "3.2 SCO, BRICS and RIC",
    "3.3": "3.3 Latin America and Africa", "conclusions": "Conclusions", "recommendations": "Recommendations",
}
COLUMNS = ["id", "section", "quote", "value", "unit", "period", "verdict", "printed", "wording", "low", "high", "interval",
           "computed", "computed_low", "computed_high", "checks", "decisive_results", "results", "corrected_value", "corrected_unit",
           "note", "subject", "kind", "location", "source"]


def squash(text: str) -> str:
    """Text with whitespace and ASCII hyphens removed, for finding a quote in a PDF-to-text dump
    (line breaks, line-break hyphenation and split words no longer matter; everything else must match)."""
    return re.sub(r"[\s\-]+", "", text)


def _num(x) -> float | None:
    try:
        x = float(x)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(x) else x


def claim_interval(row) -> Interval:
    try:
        return interval(float(row["value"]), str(row["printed"]), str(row["wording"]), _num(row["low"]), _num(row["high"]))
    except ValueError as exc:
        raise ValueError(f"claim {row['id']}: {exc}") from None


def target_interval(row) -> Interval:
    """The interval a check must meet: the printed one, or for an erratum the corrected reading's."""
    iv = claim_interval(row)
    corrected = _num(row["corrected_value"])
    value = float(row["value"])
    if corrected is None or value == 0 or corrected == value:
        return iv
    k = corrected / value
    lo, hi = sorted((iv.low * k, iv.high * k))
    return Interval(lo, hi, iv.closed if k > 0 else {"left": "right", "right": "left"}.get(iv.closed, iv.closed))


def run_checks(claims_frame, loader) -> dict[str, list[tuple[str, object]]]:
    """Run every registered check once; return {claim_id: [(check_name, Computed), ...]}."""
    from .checks import Computed, Report, load_all

    report = Report(claims_frame, loader)
    known = set(claims_frame["id"])
    results: dict[str, list] = {}
    for name, chk in sorted(load_all().items()):
        missing = [cid for cid in chk.claims if cid not in known]
        if missing:
            raise KeyError(f"check {name!r} names unknown claim id(s): {', '.join(missing)}")
        out = chk.func(report)
        if isinstance(out, Computed):
            if len(chk.claims) != 1:
                raise TypeError(f"check {name!r} covers {len(chk.claims)} claims and must return a dict")
            out = {chk.claims[0]: out}
        for cid, computed in out.items():
            if cid not in chk.claims:
                raise KeyError(f"check {name!r} returned claim {cid!r} that it does not declare")
            for one in computed if isinstance(computed, list) else [computed]:
                if not isinstance(one, Computed):
                    raise TypeError(f"check {name!r} returned {type(one).__name__} for {cid!r}, not Computed")
                results.setdefault(cid, []).append((name, one))
    return results


def verdict_of(row, results) -> str:
    if _num(row["corrected_value"]) is not None or str(row["corrected_unit"] or "") not in ("", "nan"):
        return "erratum"
    target = target_interval(row)
    votes = [target.overlaps(*c.bounds) for _, c in results if c.decisive]
    if not votes:
        return "unchecked"
    return "consistent" if all(votes) else "inconsistent"


def _describe(name: str, c, target: Interval) -> str:
    lo, hi = c.bounds
    rng = f" (range {lo:.6g}–{hi:.6g})" if hi - lo > 1e-12 else ""
    agree = "agrees" if target.overlaps(lo, hi) else "outside"
    role = "" if c.decisive else ", context only"
    note = f"; {c.note}" if c.note else ""
    return f"{name}: {c.value:.6g}{rng} = {c.how} [{agree}{role}{note}]"


@functools.cache
def _evaluate():
    """Run every check once: (the ledger, one row per check result)."""
    import pandas as pd

    from . import load

    frame = load("claims")
    results = run_checks(frame, load)
    rows, result_rows = [], []
    for row in frame.to_dict("records"):
        res = sorted(results.get(row["id"], []), key=lambda nc: not nc[1].decisive)  # decisive results first
        target = target_interval(row)
        decisive = [c for _, c in res if c.decisive]
        shown = decisive[0] if decisive else None  # context results are listed in `results`, never shown as the value
        rows.append({
            **row,
            "verdict": verdict_of(row, res),
            "interval": str(claim_interval(row)),
            "computed": shown.value if shown else math.nan,
            "computed_low": shown.bounds[0] if shown else math.nan,
            "computed_high": shown.bounds[1] if shown else math.nan,
            "checks": ", ".join(dict.fromkeys(name for name, _ in res)),
            "decisive_results": len(decisive),
            "results": RESULT_SEPARATOR.join(_describe(name, c, target) for name, c in res),
        })
        for name, c in res:
            result_rows.append({"id": row["id"], "check": name, "value": c.value, "low": c.bounds[0], "high": c.bounds[1],
                                "agrees": target.overlaps(*c.bounds), "decisive": c.decisive, "how": c.how, "note": c.note})
    return pd.DataFrame(rows)[COLUMNS], pd.DataFrame(result_rows)


def _ledger():
    return _evaluate()[0]


def results(ids):
    """Every check result of the claims ``ids``, one row each: check, value and range, agrees, decisive, how, note."""
    table = _evaluate()[1]
    missing = [i for i in ids if i not in set(_ledger()["id"])]
    if missing:
        raise KeyError(f"no claim(s) {', '.join(missing)} in the ledger")
    order = {cid: k for k, cid in enumerate(ids)}
    out = table[table["id"].isin(order)].copy()
    out = out.sort_values("id", key=lambda s: s.map(order), kind="stable")
    return out.set_index(["id", "check"]).round({"value": 4, "low": 4, "high": 4})


def claims(section: str | None = None, verdict: str | None = None):
    """The ledger, optionally for one section and/or one verdict."""
    frame = _ledger().copy()
    if section is not None:
        if section not in SECTIONS:
            raise ValueError(f"unknown section {section!r}; expected one of {', '.join(SECTIONS)}")
        frame = frame[frame["section"] == section]
    if verdict is not None:
        if verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {verdict!r}; expected one of {', '.join(VERDICTS)}")
        frame = frame[frame["verdict"] == verdict]
    return frame.reset_index(drop=True)


def view(ids=None, section: str | None = None):
    """The ledger rows a reader needs beside the text, indexed by id: quote, printed, interval, computed, verdict.

    ``ids`` (a list, in the order to show) or ``section``; the notebooks use this for every claim group
    and for their closing table, so what they show is the ledger itself.
    """
    frame = claims(section=section).set_index("id")
    if ids is not None:
        missing = [i for i in ids if i not in frame.index]
        if missing:
            raise KeyError(f"no claim(s) {', '.join(missing)} in the ledger")
        frame = frame.loc[list(ids)]
    out = frame[["quote", "printed", "unit", "period", "interval", "computed", "verdict"]].copy()
    out["how"] = frame["results"].str.split(RESULT_SEPARATOR, regex=False).map(lambda parts: parts[0] if parts and parts[0] else "")
    out["note"] = frame["note"].fillna("")
    out["computed"] = out["computed"].round(4)
    return out


def summary():
    """Counts of claims per section (rows, in report order) and verdict (columns)."""
    import pandas as pd

    frame = _ledger()
    table = pd.crosstab(pd.Categorical(frame["section"], categories=SECTIONS, ordered=True),
                        pd.Categorical(frame["verdict"], categories=VERDICTS), dropna=False)
    table.index.name, table.columns.name = "section", "verdict"
    table["total"] = table.sum(axis=1)
    table.loc["total"] = table.sum()
    return table


def render(frame, fmt: str = "table") -> str:
    """The ledger as a text table, CSV or a Markdown table."""
    if fmt == "csv":
        return frame.to_csv(index=False, lineterminator="\n")
    cols = ["id", "printed", "unit", "period", "interval", "computed", "verdict", "subject"]
    view = frame[cols].copy()
    view["computed"] = view["computed"].map(lambda x: "" if x != x else f"{x:.4g}")
    if fmt == "md":
        head = "| " + " | ".join(cols) + " |\n|" + "---|" * len(cols) + "\n"
        body = "".join("| " + " | ".join(str(v).replace("|", "\\|") for v in r) + " |\n" for r in view.itertuples(index=False))
        return head + body
    return view.to_string(index=False, max_colwidth=48) + "\n"
