"""Accessors the check modules share: shipped values as Intervals named for where they come from."""
from __future__ import annotations

from ..intervals import Interval
from ..tolerance import rounding_interval as rounded  # noqa: F401  (re-exported for the check modules)


def trade(ctx, year: int, column: str) -> Interval:
    """One value of the annual China–Russia trade series (GACC as reported), taken as exact."""
    return ctx.datum("trade_annual", {"year": year}, column, label=f"trade_annual {year} {column}")


def stated(ctx, period: str, subject: str, source_id: str) -> Interval:
    """A percentage as a source states it (stated_rates), with the rounding of its printing."""
    where = {"period": period, "subject": subject, "source_id": source_id}
    return ctx.datum("stated_rates", where, "value_pct", label=f"{source_id}'s stated {subject} {period}", rounded=True)


def settlement_share(ctx, period: str, flow: str, currency: str, source_id: str) -> Interval:
    """A Bank of Russia settlement share (settlement_currency_shares), with the rounding of its printing."""
    where = {"period": period, "flow": flow, "currency": currency, "source_id": source_id}
    label = f"{source_id}: {currency.upper()} share of {flow} {period}"
    return ctx.datum("settlement_currency_shares", where, "share_pct", label=label, rounded=True)


def eia(ctx, year: int, column: str) -> Interval:
    """An EIA annual average oil price (oil_prices_eia), taken as exact."""
    return ctx.datum("oil_prices_eia", {"year": year}, column, label=f"EIA {year} {column}")


def national_currency_share_dec_2022(ctx, flow: str) -> Interval:
    """Roubles plus yuan in Russia's ``flow`` settlements with all partners, December 2022 (Bank of Russia, F01)."""
    return settlement_share(ctx, "2022-12", flow, "rub", "F01") + settlement_share(ctx, "2022-12", flow, "cny", "F01")
