"""rucn-data: the data and the claim ledger of RIAC Report 87/2023, *Russian–Chinese Dialogue: The 2023 Model*.

>>> import rucn_data
>>> rucn_data.datasets()          # one row per dataset: name, title, units, source, licence
>>> df = rucn_data.load("table_1")  # validated DataFrame; provenance in df.attrs
>>> rucn_data.claims(section="2.1")  # the ledger: every quantitative claim with its verdict

Importing the package is light: pandas, pandera and matplotlib load only when first needed.
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["datasets", "load", "claims", "DataValidationError", "UnknownDatasetError"]

from typing import TYPE_CHECKING

from .errors import DataValidationError, UnknownDatasetError

if TYPE_CHECKING:
    import pandas as pd


def load(name: str) -> pd.DataFrame:
    """Load dataset ``name`` as a validated pandas DataFrame; its metadata is in ``.attrs``.

    Raises UnknownDatasetError (listing the valid names) or DataValidationError (naming the file,
    line and column) — never returns partly read data.
    """
    from .datapackage import default

    return default().load(name)


def datasets() -> pd.DataFrame:
    """One row per shipped dataset: name, title, units of its columns, source, licence."""
    import pandas as pd

    from .datapackage import default

    rows = []
    for res in default().descriptor["resources"]:
        units = sorted({f["unit"] for f in res["schema"]["fields"] if f.get("unit")})
        rows.append(
            {
                "name": res["name"],
                "title": res["title"],
                "units": ", ".join(units),
                "source": res.get("producer", ""),
                "licence": ", ".join(lic["name"] for lic in res.get("licenses", [])),
            }
        )
    return pd.DataFrame(rows)


def claims(section: str | None = None, verdict: str | None = None, unchecked_reason: str | None = None) -> pd.DataFrame:
    """The claim ledger as a DataFrame: the ``claims`` dataset's rows and columns plus each claim's verdict and the
    results behind it (see :mod:`rucn_data.ledger`)."""
    from .ledger import claims as _claims

    return _claims(section=section, verdict=verdict, unchecked_reason=unchecked_reason)
