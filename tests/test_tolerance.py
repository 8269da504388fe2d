"""The interval each printing implies: every wording, every boundary."""

from __future__ import annotations

import math

import pytest

from rucn_data.tolerance import Interval, half_unit, interval


@pytest.mark.parametrize(
    "printed, value, inside, outside",
    [
        ("29.3", 29.3, [29.25, 29.3499], [29.2499, 29.35]),
        ("20", 20, [19.5, 20.49], [19.49, 20.5]),
        ("1.5", 1.5, [1.45, 1.5499], [1.4499, 1.55]),
        ("190", 190, [185, 194.99], [184.99, 195]),
        ("16,000", 16000, [15500, 16499], [15499, 16500]),
        ("4,500", 4500, [4450, 4549], [4449, 4550]),
        ("100", 100, [95, 104.9], [94.9, 105]),
        ("0.5", 0.5, [0.45, 0.549], [0.449, 0.55]),
        ("-63.3", -63.3, [-63.35, -63.2501], [-63.3501, -63.25]),
        ("three", 3, [2.5, 3.49], [2.49, 3.5]),
        ("seven", 7, [6.5, 7.49], [6.49, 7.5]),
        ("eight thousand", 8000, [7500, 8499], [7499, 8500]),
    ],
)
def test_exact_printing_stands_for_half_a_unit_of_its_last_significant_digit(printed, value, inside, outside):
    iv = interval(value, printed, "exact")
    assert all(x in iv for x in inside), iv
    assert not any(x in iv for x in outside), iv


def test_word_fractions_are_ten_percent_either_side():
    iv = interval(1 / 3, "a third", "exact")
    assert 0.30 in iv and 0.3666 in iv and 0.2999 not in iv and 0.3667 not in iv
    assert interval(0.5, "half", "exact") == Interval(0.45, 0.55, "both")


def test_about_is_ten_percent_or_the_rounding_whichever_is_wider():
    iv = interval(20, "20", "about")
    assert 18 in iv and 22 in iv and 17.99 not in iv and 22.01 not in iv
    assert interval(3, "three", "about") == Interval(2.5, 3.5, "both")  # rounding (0.5) wider than 10% (0.3)


def test_nearly_reaches_down_ten_percent_and_up_to_the_rounding():
    iv = interval(20, "20", "nearly")
    assert 18 in iv and 20.49 in iv and 17.99 not in iv and 20.5 not in iv
    doubled = interval(2, "doubled", "nearly")  # "almost doubled": 1.8 to 2, never above
    assert 1.8 in doubled and 2.0 in doubled and 1.79 not in doubled and 2.01 not in doubled


@pytest.mark.parametrize("wording", ["more_than", "at_least"])
def test_lower_bounds_are_open_above(wording):
    iv = interval(43, "43", wording)
    assert 43 in iv and 1e9 in iv and 42.99 not in iv and math.isinf(iv.high)


@pytest.mark.parametrize("wording", ["less_than", "up_to"])
def test_upper_bounds_are_open_below(wording):
    iv = interval(65, "65", wording)
    assert 65 in iv and -1e9 in iv and 65.01 not in iv


def test_ranges_extend_by_the_finer_end_rounding():
    iv = interval(11.5, "11–12", "range", 11, 12)
    assert iv == Interval(10.5, 12.5)
    wide = interval(187.5, "185–190", "range", 185, 190)
    assert 190.27 in wide and 184.5 in wide and 190.5 not in wide
    assert interval(2.5, "two to three", "range", 2, 3) == Interval(1.5, 3.5)


def test_overlap_is_what_a_check_with_rounded_inputs_needs():
    iv = interval(36, "36", "exact")
    assert iv.overlaps((36.2, 36.8)) and iv.overlaps((35.0, 35.5)) and not iv.overlaps((36.5, 37))
    assert not iv.overlaps((35.0, 35.49))


def test_bad_input_is_refused():
    with pytest.raises(ValueError, match="wording"):
        interval(1, "1", "roughly")
    with pytest.raises(ValueError, match="range needs"):
        interval(1, "1–2", "range")
    with pytest.raises(ValueError, match="precision"):
        half_unit("several", 3)


def test_most_means_more_than_half():
    iv = interval(0.5, "most", "more_than")
    assert 0.51 in iv and 0.5 in iv and 0.49 not in iv
