"""Section 2.4, industry: car assembly in Russia with Chinese partners.

The section's numbers are counts of plants, models, schemes and options and a few time spans; no shipped
dataset covers them. The tests are the report's own: four Haval models = three crossovers + one SUV, and each
count of listed items against the list the text gives.
"""

from __future__ import annotations

from ..intervals import Interval
from . import Computed, check
from .common import listed


@check("2.4-002", "2.4-003", "2.4-004")
def haval_models_add_up(ctx):
    """'four different models ... (three smart crossovers and one body-on-frame SUV)': each from the other two."""
    # counts of car models are integers: no rounding interval
    total, crossovers, suv = (Interval.exact(ctx.value(cid), cid) for cid in ("2.4-002", "2.4-003", "2.4-004"))
    return {
        "2.4-002": Computed.of(crossovers + suv, "Haval models: crossovers plus SUVs"),
        "2.4-003": Computed.of(total - suv, "Haval crossovers: all models less SUVs"),
        "2.4-004": Computed.of(total - crossovers, "Haval SUVs: all models less crossovers"),
    }


@check("2.4-001", "2.4-007", "2.4-009")
def listed_plants_schemes_and_options(ctx):
    """'Two of the previously abandoned plants', 'the two schemes', 'a third option': the items the text lists."""
    plants = ["the former Renault plant in Moscow (Moskvich)", "the former Ford plant in Elabuga (Sollers)"]
    schemes = [
        "a Chinese carmaker producing under its own brand in existing plants",
        "Russian-brand cars assembled from Chinese components",
    ]
    options = schemes + ["creating an assembly plant from scratch"]
    return listed(
        {
            "2.4-001": ("resumed plants named", "plants the next sentence names", plants),
            "2.4-007": ("schemes listed", "schemes the sentence enumerates", schemes),
            "2.4-009": ("options listed, the third last", "the two schemes and the option that follows", options),
        }
    )
