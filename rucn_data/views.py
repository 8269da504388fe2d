"""What the notebooks show: tables that fit a laptop's notebook area, with the long text as readable blocks.

A DataFrame with a quote, a reasoning and a check description per row is wider than any screen, and
``display.max_colwidth`` cuts exactly the text the reader needs. A view shows the short columns as a
compact table and every long text below it, in full, as a paragraph under its row's id:

>>> from rucn_data import ledger, views
>>> ledger.view(["2.1-002"])             # a ClaimsView: id, printed, interval, computed, verdict + the text
>>> ledger.view(["2.1-002"]).frame       # the DataFrame behind it (all columns, unrounded)
>>> views.wrap(ledger.results(["2.1-003"]))   # any DataFrame: short columns as a table, long text as blocks

Views render the same bytes on every run (HTML for JupyterLab, plain text for nbval and the terminal), and
delegate everything else to their DataFrame (``view.loc[...]``, ``view.filter(...)`` return views).
"""

from __future__ import annotations

import html
import math
import re
import textwrap

LONG_TEXT = 60  # characters: a column whose longest value is longer is shown as text blocks, not in the table
TEXT_WIDTH = 100  # plain-text wrapping
LABELS = {"quote": "quote", "how": "computed as", "note": "reasoning", "results": "check results"}
_DECIMALS = re.compile(r"\d\.(\d+)\D*$")  # the digits after the last decimal point of the token
_BREAK = re.compile(r"(?<=[A-Za-z0-9])(_)|(?<=[A-Za-z])(\.)")  # a line may break after the '_' or '.' of a long name
_CSS = (
    "<style>.rucn-view table{table-layout:auto;max-width:100%}"
    ".rucn-view table td,.rucn-view table th{white-space:normal;overflow-wrap:anywhere}"
    ".rucn-view dl{margin:0.6em 0 0 0}.rucn-view dt{font-weight:bold;margin-top:0.5em}"
    ".rucn-view dd{margin:0.1em 0 0 1.5em;max-width:60em;overflow-wrap:anywhere}"
    ".rucn-view blockquote{margin:0.1em 0;padding-left:0.6em;border-left:3px solid #ccc;font-style:italic}"
    ".rucn-view p{margin:0.15em 0}</style>"
)


def decimals(printed) -> int:
    """Decimal places of the number in a printed token: '29.3%' -> 1, '190' -> 0, 'three' -> 0."""
    match = _DECIMALS.search(str(printed))
    return len(match.group(1)) if match else 0


def _is_missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or str(value) in ("", "nan", "<NA>")


def _cell(column: str, value, row) -> str:
    """One table cell as text; ``computed`` to one decimal place more than the claim printed."""
    if _is_missing(value):
        return ""
    if column == "computed" and isinstance(value, (int, float)):
        places = decimals(row["printed"]) + 1 if "printed" in row.index else None
        return f"{value:.{places}f}" if places is not None else f"{value:.4g}"
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)


class TableView:
    """A DataFrame shown as a compact table (short columns) and text blocks (long columns), in full."""

    text_columns: tuple[str, ...] = ()  # always blocks, whatever their length

    def __init__(self, frame):
        self.frame = frame

    # -- the DataFrame's own interface; what returns a DataFrame returns a view of the same kind -----------
    def _wrap(self, result):
        import pandas as pd

        return type(self)(result) if isinstance(result, pd.DataFrame) else result

    def __getattr__(self, name):
        if name.startswith("_") or name == "frame":
            raise AttributeError(name)
        attr = getattr(self.frame, name)
        if callable(attr):
            return lambda *a, **kw: self._wrap(attr(*a, **kw))
        return attr

    def __getitem__(self, key):
        return self._wrap(self.frame[key])

    def __len__(self) -> int:
        return len(self.frame)

    def __iter__(self):
        return iter(self.frame)

    @property
    def loc(self):
        return _Indexer(self, self.frame.loc)

    @property
    def iloc(self):
        return _Indexer(self, self.frame.iloc)

    # -- layout ---------------------------------------------------------------------------------------------
    def _plain(self):
        """The frame without its ``.attrs``, to lay out (see ``datapackage.without_metadata``)."""
        from .datapackage import without_metadata

        return without_metadata(self.frame)

    def _split(self) -> tuple[list[str], list[str]]:
        short, long = [], []
        plain = self._plain()
        for column in plain.columns:
            values = plain[column]
            wide = values.dtype == object or str(values.dtype) in ("string", "str")
            # str() of each value, as astype(str) gives it (a view has a handful of rows: pandas' vectorised string
            # methods cost more per call than this loop)
            longest = max((len(str(v)) for v in values), default=0) if wide else 0
            (long if column in self.text_columns or longest > LONG_TEXT else short).append(column)
        return short, long

    def _keys(self) -> list[str]:
        index = self.frame.index
        return [" · ".join(map(str, k)) if isinstance(k, tuple) else str(k) for k in index]

    def _index_names(self) -> list[str]:
        return [str(n) if n is not None else "" for n in self.frame.index.names]

    def _rows(self, short):
        for key, (_, row) in zip(self._keys(), self._plain().iterrows()):
            yield key, row, [_cell(c, row[c], row) for c in short]

    def _blocks(self, long, key, row):
        return [(LABELS.get(c, c), str(row[c])) for c in long if not _is_missing(row[c])]

    def _title(self, key, row) -> str:
        return key

    # -- renderings -----------------------------------------------------------------------------------------
    def _repr_html_(self) -> str:
        short, long = self._split()
        esc = html.escape

        def name(text) -> str:
            return _BREAK.sub(r"\1<wbr>", esc(str(text)))

        head = "".join(f"<th>{name(n)}</th>" for n in [" · ".join(self._index_names())] + short)
        body, blocks = [], []
        for key, row, cells in self._rows(short):
            body.append(f"<tr><th>{name(key)}</th>" + "".join(f"<td>{esc(v)}</td>" for v in cells) + "</tr>")
            text = self._blocks(long, key, row)
            if text:
                parts = "".join(
                    f"<blockquote>{esc(v)}</blockquote>"
                    if label == "quote"
                    else f"<p><b>{esc(label)}:</b> {esc(v)}</p>"
                    for label, v in text
                )
                blocks.append(f"<dt>{esc(self._title(key, row))}</dt><dd>{parts}</dd>")
        table = f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>" if short else ""
        text = f"<dl>{''.join(blocks)}</dl>" if blocks else ""
        return f'<div class="rucn-view {self._css_class()}">{_CSS}{table}{text}</div>'

    def _css_class(self) -> str:
        return "rucn-table"

    def __repr__(self) -> str:
        short, long = self._split()
        rows = list(self._rows(short))
        lines = []
        if short:
            header = [" · ".join(self._index_names())] + short
            grid = [header] + [[key] + cells for key, _, cells in rows]
            widths = [max(len(r[i]) for r in grid) for i in range(len(header))]
            lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in grid]
        for key, row, _ in rows:
            text = self._blocks(long, key, row)
            if text:
                lines += ["", self._title(key, row)]
                for label, value in text:
                    lines += textwrap.wrap(
                        f"{label}: {value}",
                        TEXT_WIDTH,
                        initial_indent="  ",
                        subsequent_indent="    ",
                        break_long_words=False,
                        break_on_hyphens=False,
                    )
        return "\n".join(lines) if lines else "(no rows)"


class _Indexer:
    def __init__(self, view: TableView, indexer):
        self.view, self.indexer = view, indexer

    def __getitem__(self, key):
        return self.view._wrap(self.indexer[key])


class ClaimsView(TableView):
    """Ledger claims: id, printed, unit, period, interval, computed (to the printed precision plus one place),
    verdict; then each claim's quote, how it was computed and the reasoning, in full."""

    text_columns = ("quote", "how", "note")

    def _title(self, key, row) -> str:
        return f"{key} — {row['verdict']}" if "verdict" in row.index and not _is_missing(row["verdict"]) else key

    def _css_class(self) -> str:
        return "rucn-claims"


def wrap(frame) -> TableView:
    """Any DataFrame as a view: short columns in a compact table, text longer than LONG_TEXT as blocks."""
    return TableView(frame)


def claims(frame) -> ClaimsView:
    """Ledger rows (``ledger.view``'s frame) as a ClaimsView."""
    return ClaimsView(frame)
