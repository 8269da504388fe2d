"""Accessors the check modules share: shipped values as Intervals named for where they come from."""

from __future__ import annotations

import functools

from ..intervals import Interval
from ..tolerance import corrected_interval
from ..tolerance import rounding_interval as rounded  # noqa: F401  (re-exported for the check modules)
from . import Computed, check


def trade(ctx, year: int, column: str) -> Interval:
    """One value of the annual China–Russia trade series (GACC as reported), taken as exact."""
    return ctx.record("trade_annual", year=year).exact(column, f"trade_annual {year} {column}")


def stated(ctx, period: str, subject: str, source_id: str) -> Interval:
    """A percentage as a source states it (stated_rates), with the rounding of its printing."""
    where = {"period": period, "subject": subject, "source_id": source_id}
    return ctx.record("stated_rates", **where).rounded("value_pct", f"{source_id}'s stated {subject} {period}")


def settlement_share(ctx, period: str, flow: str, currency: str, source_id: str) -> Interval:
    """A Bank of Russia settlement share (settlement_currency_shares), with the rounding of its printing."""
    where = {"period": period, "flow": flow, "currency": currency, "source_id": source_id}
    label = f"{source_id}: {currency.upper()} share of {flow} {period}"
    return ctx.record("settlement_currency_shares", **where).rounded("share_pct", label)


def eia(ctx, year: int, column: str) -> Interval:
    """An EIA annual average oil price (oil_prices_eia), taken as exact."""
    return ctx.record("oil_prices_eia", year=year).exact(column, f"EIA {year} {column}")


def national_currency_share_dec_2022(ctx, flow: str) -> Interval:
    """Roubles plus yuan in Russia's ``flow`` settlements with all partners, December 2022 (Bank of Russia, F01)."""
    return settlement_share(ctx, "2022-12", flow, "rub", "F01") + settlement_share(ctx, "2022-12", flow, "cny", "F01")


# -- World Bank totals (a later vintage than the report's sources: checks pass vintage=WORLD_BANK) --------------
WORLD_BANK = "World Bank, Oct 2024 release"
_WB = {
    "gdp": ("world_bank_gdp", "gdp_current_usd", 1e12, "USD tn"),
    "population": ("world_bank_population", "population", 1e9, "bn people"),
}


def world_bank_sum(ctx, iso3: list[str], year: int, indicator: str, what: str) -> Interval:
    """World Bank GDP (USD tn) or population (bn) of the countries ``iso3`` in ``year``, its text naming ``what``."""
    dataset, column, scale, unit = _WB[indicator]
    frame = ctx.load(dataset)
    values = frame[(frame["year"] == year) & frame["iso3"].isin(iso3)]
    missing = sorted(set(iso3) - set(values["iso3"]))
    if missing or values[column].isna().any():
        raise LookupError(f"{dataset}: no {year} value for {', '.join(missing) or 'some of ' + ', '.join(iso3)}")
    return Interval.exact(float(values[column].sum()) / scale, f"{what}, World Bank {indicator} {year}, {unit}")


def group_total(ctx, group: str, year: int, indicator: str) -> Interval:
    """A group's World Bank total in ``year`` with the membership of that year (group_membership)."""
    from .. import series

    members = series.group_members(group, year, membership=ctx.load("group_membership"))
    return world_bank_sum(ctx, members, year, indicator, f"{group}'s members of {year} ({', '.join(members)})")


def world_total(ctx, year: int, indicator: str) -> Interval:
    return world_bank_sum(ctx, ["WLD"], year, indicator, "world")


def group_share(ctx, group: str, year: int, indicator: str) -> Interval:
    """A group's share of the world's GDP or population in ``year`` (members of that year), in percent."""
    return group_total(ctx, group, year, indicator).share_of(world_total(ctx, year, indicator))


# -- the report against itself ---------------------------------------------------------------------------------
def russian_exports_to_africa_2021(ctx) -> Interval:
    """Russia's 2021 exports to Africa as the Russian Export Center's figures imply: Egypt's amount over its share."""
    egypt = ctx.record("russia_africa_trade", year=2021, indicator="Russian exports to Egypt")
    amount = egypt.rounded("value_usd_bn", "Russian exports to Egypt 2021 (X17)")
    return amount / egypt.rounded("share_pct", "Egypt's share of Russian exports to Africa (X17)") * 100


def restated(ctx, other: str, what: str = "") -> Computed:
    """The report's own statement ``other`` of the same quantity (``what`` names it), decisive (its corrected
    reading, if it has one)."""
    corrected = corrected_interval(ctx.row(other)) is not None
    label = f"{what or 'the same quantity'} as {other} states it" + (", in its corrected reading" if corrected else "")
    return Computed.of(ctx.best(other), label)


def both_ways(ctx, first: str, second: str, what: str = "") -> dict[str, Computed]:
    """Two statements of one quantity (a body sentence and its source's title, a claim and its restatement),
    each checked against the other."""
    return {first: restated(ctx, second, what), second: restated(ctx, first, what)}


def restatements(module: str, pairs: dict[str, tuple[str, ...]]) -> None:
    """Register one check per ``name: (first, second[, what])``: two printings of one quantity (a body sentence and
    its source's title, a claim and its restatement), each against the other (:func:`both_ways`)."""
    prefix = module.rsplit(".", 1)[-1]
    for name, (first, second, *what) in pairs.items():
        check(first, second, name=f"{prefix}.{name}")(
            functools.partial(both_ways, first=first, second=second, what=what[0] if what else "")
        )


def listed(counts: dict[str, tuple[str, str, list[str]]]) -> dict[str, Computed]:
    """Count claims against the items the text lists: ``{claim: (what the label says, where they are, items)}``."""
    return {cid: Computed.of(counted(items, where), label) for cid, (label, where, items) in counts.items()}


def counted(items, where: str) -> Interval:
    """The number of items the text lists; ``where`` says what and where they are, the list follows it."""
    return Interval.exact(len(items), f"{where}: {'; '.join(items)}")
