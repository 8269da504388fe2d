"""The report's sections: one registry that the ledger, the CLI, the errata, the tests and the notebooks read."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    """A section of the report: its ledger id, title, chapter notebook and check module."""

    id: str
    title: str
    notebook: str  # notebooks/<notebook>.ipynb
    checks: str  # rucn_data/checks/<checks>.py


SECTIONS: tuple[Section, ...] = (
    Section("summary", "Summary", "01-summary-and-introduction", "summary_and_introduction"),
    Section("intro", "Introduction", "01-summary-and-introduction", "summary_and_introduction"),
    Section("1", "1. Foreign policy", "02-foreign-policy", "foreign_policy"),
    Section("2.1", "2.1 Trade and finance", "03-trade-and-finance", "trade_and_finance"),
    Section("2.2", "2.2 Transport and logistics", "04-transport-and-logistics", "transport_and_logistics"),
    Section("2.3", "2.3 Energy", "05-energy", "energy"),
    Section("2.4", "2.4 Industry", "06-industry", "industry"),
    Section("3.1", "3.1 EAEU and BRI", "07-eaeu-and-bri", "eaeu_and_bri"),
    Section("3.2", "3.2 SCO, BRICS and RIC", "08-sco-brics-ric", "sco_brics_ric"),
    Section("3.3", "3.3 Latin America and Africa", "09-latin-america-and-africa", "latin_america_and_africa"),
    Section("conclusions", "Conclusions", "10-conclusions-and-recommendations", "conclusions_and_recommendations"),
    Section(
        "recommendations", "Recommendations", "10-conclusions-and-recommendations", "conclusions_and_recommendations"
    ),
)
IDS: tuple[str, ...] = tuple(s.id for s in SECTIONS)
BY_ID: dict[str, Section] = {s.id: s for s in SECTIONS}


def get(section_id: str) -> Section:
    """The section ``section_id``; an unknown id lists the valid ones."""
    try:
        return BY_ID[section_id]
    except KeyError:
        raise ValueError(f"unknown section {section_id!r}; expected one of {', '.join(IDS)}") from None


def title(section_id: str) -> str:
    return get(section_id).title


def frame() -> pd.DataFrame:
    """The registry as a DataFrame: section id, title, chapter notebook, check module."""
    import pandas as pd

    return pd.DataFrame([vars(s) for s in SECTIONS]).set_index("id")


def notebook_table() -> str:
    """A Markdown table linking each chapter notebook to the sections it covers (for the README and notebooks)."""
    rows: dict[str, list[str]] = {}
    for s in SECTIONS:
        rows.setdefault(s.notebook, []).append(s.title)
    lines = ["| notebook | report section |", "|---|---|"]
    lines += [f"| [{nb}]({nb}.ipynb) | {'; '.join(titles)} |" for nb, titles in rows.items()]
    return "\n".join(lines)
