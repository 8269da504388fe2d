"""Chapter 1, foreign policy: a duration from the report's own dates; counts against lists (the text's or UN M49's)."""

from __future__ import annotations

import math
from datetime import date

from ..intervals import Interval
from . import Computed, check
from .common import counted


@check("1-001")
def confrontation_lasted_more_than_a_year(ctx):
    """'the confrontation, which has lasted more than a year now': from the Summary's start date to 'now'.

    'Now' is no earlier than the latest date the chapter prints (the China–Central Asia summit), so the
    duration is at least the years between the two dates, with no upper end the text fixes.
    """
    start, latest = date(2022, 2, 24), date(2023, 5, 19)
    days = Interval.exact(
        (latest - start).days, "days from 2022-02-24 (the Summary's start) to 2023-05-19 (the chapter's latest date)"
    )
    years = days / 365.25
    at_least = Interval.between(years.value, years.low, math.inf, "").described(f"at least {years.text}")
    return Computed.of(at_least, "years the confrontation had lasted when the chapter was written")


@check("1-002")
def central_asian_nations_m49(ctx):
    """'China and five Central Asian nations': the UN member states of the M49 sub-region Central Asia."""
    votes = ctx.load("unga_votes")
    roll = votes[(votes["resolution"] == "A/RES/ES-11/6") & (votes["m49_subregion"] == "Central Asia")]
    members = tuple(sorted(roll["member_state"]))
    return Computed.of(
        counted(members, "UN members of the M49 sub-region Central Asia (unga_votes, M04)"),
        "Central Asian nations",
    )


@check("1-005")
def germany_and_france_listed(ctx):
    """'Even Germany and France, two great European powers': the powers the sentence names."""
    return Computed.of(counted(("Germany", "France"), "items listed in the same sentence"), "powers the sentence names")
