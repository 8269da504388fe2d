"""The report's Tables 1 and 2: the values to compute with, and the increases recomputed from them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd


def best_values(table: pd.DataFrame) -> pd.DataFrame:
    """The table with ``value_2021``/``value_2022`` replaced by the corrected reading where there is one.

    The printed strings and the flags stay; a ``corrected`` column says which rows changed. The
    stored data are never overwritten: this is a view for computing.
    """
    out = table.copy()
    changed = False
    for year in ("2021", "2022"):
        corrected = out[f"value_{year}_corrected"]
        changed = changed | corrected.notna()
        out[f"value_{year}"] = corrected.fillna(out[f"value_{year}"])
    out["corrected"] = changed
    return out


def recomputed_increase(table: pd.DataFrame) -> pd.DataFrame:
    """Per row: the printed increase, the increase recomputed from the (corrected) values, both in %."""
    best = best_values(table)
    return best.assign(increase_recomputed=(best["value_2022"] / best["value_2021"] - 1) * 100)[
        [
            "row",
            "product",
            "value_2021",
            "value_2022",
            "increase_pct_printed",
            "increase_pct",
            "increase_recomputed",
            "corrected",
        ]
    ]


def side_by_side(table: pd.DataFrame) -> pd.DataFrame:
    """One row per product: each cell as printed, the reading used, and whether it was corrected.

    Columns: row, product, 2021 printed/used, 2022 printed/used, increase printed and recomputed (%),
    and the note for any corrected or flagged cell. For showing the tables "as printed vs corrected".
    """
    import pandas as pd

    best = recomputed_increase(table)
    out = pd.DataFrame(
        {
            "product": table["product"],
            "2021 as printed": table["value_2021_printed"],
            "2021 used": best["value_2021"],
            "2022 as printed": table["value_2022_printed"],
            "2022 used": best["value_2022"],
            "increase as printed (%)": table["increase_pct_printed"],
            "increase recomputed (%)": best["increase_recomputed"].round(2),
            "flags": [
                ", ".join(f"{y}: {f}" for y, f in ((y, r[f"value_{y}_flag"]) for y in ("2021", "2022")) if f != "ok")
                for r in table.to_dict("records")
            ],
            "note": table["note"].fillna(""),
        }
    )
    out.index = table["row"].rename("row")
    return out
