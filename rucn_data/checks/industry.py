"""Section 2.4, industry: car assembly in Russia with Chinese partners.

The section's numbers are counts of plants, models and schemes and a few time spans; no shipped dataset
covers them. The only test is the report's own arithmetic: four Haval models = three crossovers + one SUV.
"""
from __future__ import annotations

from ..intervals import Interval
from . import Computed, check


@check("2.4-002", "2.4-003", "2.4-004")
def haval_models_add_up(ctx):
    """'four different models ... (three smart crossovers and one body-on-frame SUV)': each from the other two."""
    # counts of car models are integers: no rounding interval
    total, crossovers, suv = (Interval.exact(ctx.value(cid)) for cid in ("2.4-002", "2.4-003", "2.4-004"))
    return {
        "2.4-002": Computed.of(crossovers + suv, "three + one (2.4-003 + 2.4-004)"),
        "2.4-003": Computed.of(total - suv, "four − one (2.4-002 − 2.4-004)"),
        "2.4-004": Computed.of(total - crossovers, "four − three (2.4-002 − 2.4-003)"),
    }
