"""The claim ledger: every quantitative claim of the report, its interval, what checks computed, a verdict.

Verdicts:

* ``erratum`` — the printed number is a slip (malformed, a unit or scale slip, a number its sentence
  cannot mean); the ledger gives the corrected reading (``corrected_value``) and the reasoning
  (``note``), and the checks are compared with the corrected reading.
* ``inconsistent`` — a decisive check's range lies outside the claim's interval.
* ``consistent`` — at least one decisive check agrees and none contradicts.
* ``unchecked`` — nothing in the report or the shipped data can test the claim.

Context results (``Computed.context``: another basis, definition, vintage or period) are shown but do not vote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    import pandas as pd

    from .views import ClaimsView

import functools
import math

from . import sections
from .checks import run_checks
from .tolerance import claim_interval, target_interval

RESULT_SEPARATOR = " | "
VERDICTS = ("consistent", "inconsistent", "erratum", "unchecked")
UNCHECKED_REASONS = {
    "forecast": "a forecast, plan or target: no outcome to test it against yet, or the report only relays it",
    "single_source": "the report's own cited source is the only evidence: nothing else, shipped or printed, states it",
    "data_not_found": "public data would test it but was not found (the note says what was looked for)",
    "not_a_statistic": "a count, date or duration that no statistic measures (an event, a list the text doesn't give)",
    "definition_unclear": "the report does not say what is measured (basis, unit or period), so no data can meet it",
}
COLUMNS = [
    "id",
    "section",
    "quote",
    "value",
    "unit",
    "period",
    "verdict",
    "unchecked_reason",
    "printed",
    "wording",
    "low",
    "high",
    "interval",
    "computed",
    "computed_low",
    "computed_high",
    "checks",
    "decisive_results",
    "results",
    "corrected_value",
    "corrected_unit",
    "corrected_wording",
    "restates",
    "note",
    "subject",
    "kind",
    "location",
    "source",
    "footnote",
]


def squash(text: str) -> str:
    """Text with whitespace and ASCII hyphens removed, for finding a quote in a PDF-to-text dump
    (line breaks, line-break hyphenation and split words no longer matter; everything else must match)."""
    import re

    return re.sub(r"[\s\-]+", "", text)


def verdict_of(row, results) -> str:
    """The verdict of a claim from its check results: [(name, Computed), ...].

    An *erratum* has a corrected reading (a result of its own) that no decisive check contradicts; otherwise a
    claim is *consistent* when every decisive result agrees with its interval, *inconsistent* when any lies
    outside, *unchecked* when no decisive result exists.
    """
    target = target_interval(row)
    votes = [target.overlaps(c.result) for _, c in results if c.decisive]
    if any(c.correction for _, c in results) and all(votes):
        return "erratum"
    if not votes:
        return "unchecked"
    return "consistent" if all(votes) else "inconsistent"


def _describe(name: str, c, target) -> str:
    lo, hi = c.bounds
    rng = f" (range {lo:.6g}–{hi:.6g})" if hi - lo > 1e-12 else ""
    agree = "agrees" if target.overlaps(c.result) else "outside"
    role = ", the corrected reading" if c.correction else ("" if c.decisive else ", context only")
    note = f"; {c.note}" if c.note else ""
    return f"{name}: {c.value:.6g}{rng} = {c.how} [{agree}{role}{note}]"


@functools.cache
def _evaluate():
    """Run every check once: (the ledger, one row per check result)."""
    import pandas as pd

    from . import cache, load
    from .datapackage import default

    entry = cache.key("ledger", default().verify_all())  # every data file checked against its hash, even on a hit
    hit = cache.get(entry)
    if hit is not None:
        return hit
    frame = load("claims")
    results = run_checks(frame, load)
    rows, result_rows = [], []
    for row in frame.to_dict("records"):
        home = sections.get(row["section"]).checks  # the section's own checks first: its data, then restatements
        res = sorted(results.get(row["id"], []), key=lambda nc: (not nc[1].decisive, nc[0].split(".")[0] != home))
        target = target_interval(row)
        decisive = [c for _, c in res if c.decisive]
        shown = decisive[0] if decisive else None  # context results are listed in `results`, never shown as the value
        verdict = verdict_of(row, res)
        reason = row["unchecked_reason"] if verdict == "unchecked" and isinstance(row["unchecked_reason"], str) else ""
        rows.append(
            {
                **row,
                "verdict": verdict,
                "unchecked_reason": reason,
                "interval": str(claim_interval(row)),
                "computed": shown.value if shown else math.nan,
                "computed_low": shown.bounds[0] if shown else math.nan,
                "computed_high": shown.bounds[1] if shown else math.nan,
                "checks": ", ".join(dict.fromkeys(name for name, _ in res)),
                "decisive_results": len(decisive),
                "results": RESULT_SEPARATOR.join(_describe(name, c, target) for name, c in res),
            }
        )
        for name, c in res:
            result_rows.append(
                {
                    "id": row["id"],
                    "check": name,
                    "value": c.value,
                    "low": c.bounds[0],
                    "high": c.bounds[1],
                    "agrees": target.overlaps(c.result),
                    "decisive": c.decisive,
                    "correction": c.correction,
                    "how": c.how,
                    "note": c.note,
                }
            )
    out = pd.DataFrame(rows)[COLUMNS], pd.DataFrame(result_rows)
    cache.put(entry, out)
    return out


def _ledger():
    return _evaluate()[0]


def results(ids: Iterable[str]) -> pd.DataFrame:
    """Every check result of the claims ``ids``, one row each: check, value and range, agrees, decisive, how, note."""
    table = _evaluate()[1]
    missing = [i for i in ids if i not in set(_ledger()["id"])]
    if missing:
        raise KeyError(f"no claim(s) {', '.join(missing)} in the ledger")
    order = {cid: k for k, cid in enumerate(ids)}
    out = table[table["id"].isin(order)].copy()
    out = out.sort_values("id", key=lambda s: s.map(order), kind="stable")
    return out.set_index(["id", "check"]).round({"value": 4, "low": 4, "high": 4})


def claims(section: str | None = None, verdict: str | None = None, unchecked_reason: str | None = None) -> pd.DataFrame:
    """The ledger, optionally for one section, one verdict and/or one reason a claim is unchecked.

    Its rows are those of the ``claims`` dataset (``rucn_data.load("claims")``: the claims as printed, the ledger's
    input) with every column of it, plus what the checks made of them: verdict, interval, computed value and
    range, the checks and their results."""
    frame = _ledger().copy()
    if section is not None:
        frame = frame[frame["section"] == sections.get(section).id]
    if verdict is not None:
        if verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {verdict!r}; expected one of {', '.join(VERDICTS)}")
        frame = frame[frame["verdict"] == verdict]
    if unchecked_reason is not None:
        if unchecked_reason not in UNCHECKED_REASONS:
            raise ValueError(
                f"unknown unchecked reason {unchecked_reason!r}; expected one of {', '.join(UNCHECKED_REASONS)}"
            )
        frame = frame[frame["unchecked_reason"] == unchecked_reason]
    return frame.reset_index(drop=True)


def view(ids: Iterable[str] | None = None, section: str | None = None) -> ClaimsView:
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
    out["how"] = (
        frame["results"]
        .str.split(RESULT_SEPARATOR, regex=False)
        .map(lambda parts: parts[0] if parts and parts[0] else "")
    )
    out["note"] = frame["note"].fillna("")
    out["computed"] = out["computed"].round(4)
    from .views import ClaimsView  # a compact table plus the text in full; the DataFrame is ``.frame``

    return ClaimsView(out)


def summary() -> pd.DataFrame:
    """Counts of claims per section (rows, in report order) and verdict (columns)."""
    import pandas as pd

    frame = _ledger()
    table = pd.crosstab(
        pd.Categorical(frame["section"], categories=sections.IDS, ordered=True),
        pd.Categorical(frame["verdict"], categories=VERDICTS),
        dropna=False,
    )
    table.index.name, table.columns.name = "section", "verdict"
    table["total"] = table.sum(axis=1)
    table.loc["total"] = table.sum()
    return table


def render(frame: pd.DataFrame, fmt: str = "table") -> str:
    """The ledger as a text table, CSV or a Markdown table."""
    if fmt == "csv":
        return frame.to_csv(index=False, lineterminator="\n")
    cols = ["id", "printed", "unit", "period", "interval", "computed", "verdict", "unchecked_reason", "subject"]
    table = frame[cols].copy()
    table["computed"] = table["computed"].map(lambda x: "" if x != x else f"{x:.4g}")
    if fmt == "md":
        head = "| " + " | ".join(cols) + " |\n|" + "---|" * len(cols) + "\n"
        body = "".join(
            "| " + " | ".join(str(v).replace("|", "\\|") for v in r) + " |\n" for r in table.itertuples(index=False)
        )
        return head + body
    return table.to_string(index=False, max_colwidth=48) + "\n"


def unchecked_summary() -> pd.DataFrame:
    """Unchecked claims per section (rows, in report order) and reason (columns, ``UNCHECKED_REASONS``)."""
    import pandas as pd

    frame = _ledger()
    frame = frame[frame["verdict"] == "unchecked"]
    reasons = [*UNCHECKED_REASONS] + (["(none)"] if (frame["unchecked_reason"] == "").any() else [])
    table = pd.crosstab(
        pd.Categorical(frame["section"], categories=sections.IDS, ordered=True),
        pd.Categorical(frame["unchecked_reason"].replace("", "(none)"), categories=reasons),
        dropna=False,
    )
    table.index.name, table.columns.name = "section", "unchecked_reason"
    table["total"] = table.sum(axis=1)
    table.loc["total"] = table.sum()
    return table
