"""Section 2.3's rank of a supplier: pinned where the listed origins leave too little unlisted, bounded otherwise."""

from __future__ import annotations

from rucn_data.checks.energy import rank_of_russia
from rucn_data.intervals import Interval


def origins(**volumes):
    return {name: Interval.exact(v, name) for name, v in volumes.items()}


def test_rank_is_pinned_when_the_unlisted_remainder_is_smaller_than_russia():
    rank = rank_of_russia(origins(A=30, Russia=15, B=4), Interval.exact(50, "total"), "bcm")
    assert (rank.low, rank.high) == (2, 2)
    assert "not listed: 1.00 bcm" in rank.text and "30 (A)" in rank.text


def test_an_unlisted_remainder_larger_than_russia_widens_the_rank():
    # 100 unlisted could hide two origins above Russia's 40 (each needs more than 40), not three
    rank = rank_of_russia(origins(Russia=40, A=60), Interval.exact(200, "total"), "Mt")
    assert (rank.low, rank.high) == (2, 4)


def test_russia_first_when_no_listed_origin_is_larger():
    rank = rank_of_russia(origins(Russia=10, A=9, B=1), Interval.exact(20, "total"), "EJ")
    assert (rank.low, rank.high) == (1, 1)
    assert "above it: none" in rank.text
