"""Accessors the check modules share: shipped values as Ranges with the rounding of their printing."""
from __future__ import annotations

from ..tolerance import half_unit
from . import Range


def rounded(value: float) -> Range:
    """A figure as a source prints it, over the interval of its last digit (86.25 -> [86.245, 86.255])."""
    value = float(value)
    h, _ = half_unit(repr(value).removesuffix(".0"), value)
    return Range(value, value - h, value + h)


def trade(r, year: int, column: str) -> Range:
    """One value of the annual China–Russia trade series (GACC as reported), taken as exact."""
    return Range.exact(r.cell("trade_annual", {"year": year}, column))


def stated(r, period: str, subject: str, source_id: str) -> Range:
    """A percentage as a source states it (stated_rates), with the rounding of its printing."""
    return rounded(r.cell("stated_rates", {"period": period, "subject": subject, "source_id": source_id}, "value_pct"))


def settlement_share(r, period: str, flow: str, currency: str, source_id: str) -> Range:
    """A Bank of Russia settlement share (settlement_currency_shares), with the rounding of its printing."""
    where = {"period": period, "flow": flow, "currency": currency, "source_id": source_id}
    return rounded(r.cell("settlement_currency_shares", where, "share_pct"))


def eia(r, year: int, column: str) -> Range:
    """An EIA annual average oil price (oil_prices_eia), taken as exact."""
    return Range.exact(r.cell("oil_prices_eia", {"year": year}, column))


def national_currency_share_dec_2022(r, flow: str) -> Range:
    """Roubles plus yuan in Russia's ``flow`` settlements with all partners, December 2022 (Bank of Russia, F01)."""
    return settlement_share(r, "2022-12", flow, "rub", "F01") + settlement_share(r, "2022-12", flow, "cny", "F01")
