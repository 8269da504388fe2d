"""The one interval type: interval arithmetic, open ends kept, and descriptions that follow their inputs."""

from __future__ import annotations

import math

import pytest

from rucn_data.intervals import Interval
from rucn_data.tolerance import REVISION_ALLOWANCE, claim_interval, interval, later_vintage, target_interval


def test_arithmetic_tries_every_corner():
    a = Interval(1, 2, "both", 1.5)
    b = Interval(-3, 4, "both", 1)
    assert (a * b).bounds == (-6, 8)
    assert (a - b).bounds == (-3, 5)
    assert (a / Interval(2, 4, "both", 3)).bounds == (0.25, 1)


def test_division_by_an_interval_containing_zero_is_refused():
    with pytest.raises(ZeroDivisionError, match="contains zero"):
        Interval.exact(1) / Interval(-1, 1, "both", 0)


def test_open_ends_survive_arithmetic():
    """'over 165' stays open upwards: a sum with it has no upper bound, and its low end moves with the sum."""
    over = interval(165, "over 165", "more_than")
    assert over.bounds == (165, math.inf) and over.value == 165
    total = over + Interval.exact(10)
    assert total.bounds == (175, math.inf)
    assert total.overlaps(Interval.exact(1e6)) and not total.overlaps(Interval.exact(170))


def test_text_is_built_from_the_inputs_with_the_parentheses_it_needs():
    a, b, c = Interval.exact(114.15, "imports"), Interval.exact(76.12, "exports"), Interval.exact(190.27, "turnover")
    assert (a - b).text == "114.15 (imports) − 76.12 (exports)"
    assert ((a - b) / c).text == "(114.15 (imports) − 76.12 (exports)) / 190.27 (turnover)"
    assert (a / (b * c)).text == "114.15 (imports) / (76.12 (exports) × 190.27 (turnover))"
    assert (a - (b - c)).text == "114.15 (imports) − (76.12 (exports) − 190.27 (turnover))"


def test_text_follows_a_changed_input():
    assert "150" in (Interval.exact(150.0, "turnover") * 2).text
    assert "13,124.68" in Interval.exact(13124.68).text


def test_agreement_respects_open_and_closed_ends():
    printed = interval(36, "36", "exact")  # [35.5, 36.5)
    assert printed.overlaps(Interval(36.5, 37, "both")) is False
    assert printed.overlaps(Interval(35, 35.5, "both")) is True
    assert interval(43, "43", "more_than").overlaps(Interval.exact(43))


def test_a_claim_rows_interval_names_the_claim_and_keeps_its_hedge():
    row = {
        "id": "3.2-016",
        "value": 165.0,
        "printed": "165",
        "wording": "more_than",
        "low": None,
        "high": None,
        "corrected_value": None,
    }
    iv = claim_interval(row)
    assert iv.bounds == (165, math.inf) and iv.text == "165 (3.2-016)"


def test_a_corrected_reading_keeps_the_printed_relative_precision():
    row = {
        "id": "2.1-T1-04-2021",
        "value": 53.84,
        "printed": "53.84",
        "wording": "exact",
        "low": None,
        "high": None,
        "corrected_value": 53840.0,
    }
    target = target_interval(row)
    assert target.low == pytest.approx(53835) and target.high == pytest.approx(53845)


def test_later_vintage_widens_by_the_revision_allowance_and_says_so():
    result = Interval.exact(100.0, "WB 2024")
    wide = later_vintage(result, "World Bank, Oct 2024 release")
    assert wide.bounds == pytest.approx((100 * (1 - REVISION_ALLOWANCE), 100 * (1 + REVISION_ALLOWANCE)))
    assert "World Bank, Oct 2024 release" in wide.text
    # a claim just outside the result agrees within the allowance; one far outside still contradicts
    assert interval(103, "103", "exact").overlaps(wide)
    assert not interval(120, "120", "exact").overlaps(wide)


def test_a_corrected_reading_keeps_the_hedge_of_its_source():
    """'almost half' corrects a printed exact 50: the reading is nearly 50, not an exact 50."""
    row = {
        "id": "X",
        "value": 50.0,
        "printed": "50",
        "wording": "exact",
        "low": None,
        "high": None,
        "corrected_value": 50.0,
        "corrected_wording": "nearly",
    }
    target = target_interval(row)
    assert 46 in target and 50 in target and 51 not in target
    assert 46 not in target_interval(row | {"corrected_wording": ""})  # without the hedge: the printed precision
