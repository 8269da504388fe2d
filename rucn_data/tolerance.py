"""The interval a printed number stands for, statcheck-style: no tighter and no looser than its printing.

A printed number stands for every value that would be printed the same way. The rules:

* **Digits** (``exact``): half a unit of the last significant digit. ``29.3`` -> [29.25, 29.35);
  ``20`` -> [19.5, 20.5); ``1.5`` (times) -> [1.45, 1.55). Trailing zeros of an integer of three or more
  digits are taken as rounding, keeping at least two significant digits: ``190`` -> [185, 195),
  ``16,000`` -> [15,500, 16,500), ``4,500`` -> [4,450, 4,550), ``100`` -> [95, 105).
* **Number words**: integers ("three times", "seven", "doubled" = 2) are integers: ``three`` -> [2.5, 3.5).
  Fractions in words ("half", "a third", "two-thirds", "a quarter") stand for ±10 % of the fraction:
  ``a third`` -> [0.300, 0.367].
* **Hedges** widen or open the interval (the word is the ledger's ``wording``):

  ========== ============================================ ==========================
  wording    words in the report                          interval for printed X
  ========== ============================================ ==========================
  exact      (none)                                       [X − h, X + h)
  about      about, around, approximately, some, roughly  X ± max(h, 10 % of X)
  nearly     nearly, almost, close to                     [X − max(h, 10 % of X), X + h);
                                                          for a number word [0.9 X, X]
  more_than  more than, over, exceeded, topped, above     [X, +∞)
  at_least   at least, not less than                      [X, +∞)
  less_than  less than, under, below                      (−∞, X]
  up_to      up to, at most                               (−∞, X]
  range      a printed range "A–B"                        [A − h, B + h)  (h of the finer end)
  ========== ============================================ ==========================

  ``h`` is the half-unit of the printed number's last significant digit. The ±10 % for "about" and
  "nearly" is this package's convention (the report gives none); it is wide enough for "about 20%"
  to admit 19.97 % and narrow enough that "about USD 100" excludes 85.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

WORDINGS = ("exact", "about", "nearly", "more_than", "at_least", "less_than", "up_to", "range")
RELATIVE_HEDGE = 0.10

INTEGER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "a": 1, "an": 1, "zeroed": 0, "did not receive any": 0, "none": 0, "no": 0,
    "zero": 0, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
    "twice": 2, "double": 2, "doubled": 2, "doubling": 2, "triple": 3, "tripled": 3, "dozens": 24,
}
FRACTION_WORDS = {
    "half": 0.5, "halve": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3,
    "one-third": 1 / 3, "two-thirds": 2 / 3, "two thirds": 2 / 3, "a quarter": 0.25, "one quarter": 0.25,
    "three quarters": 0.75, "one and a half": 1.5,
}


@dataclass(frozen=True)
class Interval:
    """A set of reals between ``low`` and ``high``; ``closed`` says which ends belong to it."""

    low: float
    high: float
    closed: str = "left"  # "left" [a, b), "both" [a, b], "right" (a, b]

    def __post_init__(self):  # 63.3 - 0.05 is 63.2499999...: snap the ends to the printed decimals
        for end in ("low", "high"):
            x = getattr(self, end)
            if math.isfinite(x):
                object.__setattr__(self, end, round(x, 9))

    def __contains__(self, x: float) -> bool:
        lo_ok = x >= self.low if self.closed in ("left", "both") else x > self.low
        hi_ok = x <= self.high if self.closed in ("right", "both") else x < self.high
        return lo_ok and hi_ok

    def overlaps(self, low: float, high: float) -> bool:
        """Whether [low, high] shares a point with this interval."""
        if low == high:
            return low in self
        return not (high < self.low or low > self.high
                    or (high == self.low and self.closed == "right")
                    or (low == self.high and self.closed == "left"))

    def __str__(self) -> str:
        left = "[" if self.closed in ("left", "both") else "("
        right = "]" if self.closed in ("right", "both") else ")"
        return f"{left}{_fmt(self.low)}, {_fmt(self.high)}{right}"


def _fmt(x: float) -> str:
    if math.isinf(x):
        return "−∞" if x < 0 else "+∞"
    return f"{x:.10g}"


def _digits_half_unit(token: str) -> float:
    """Half a unit of the last significant digit of a printed decimal numeral."""
    digits = token.replace(",", "").replace("\u2009", "").lstrip("+-−")
    if not re.fullmatch(r"\d+(\.\d+)?", digits):
        raise ValueError(f"not a printed number: {token!r}")
    if "." in digits:
        return 0.5 * 10 ** -len(digits.split(".")[1])
    if len(digits) >= 3:
        significant = max(len(digits.rstrip("0")), 2)
        return 0.5 * 10 ** (len(digits) - significant)
    return 0.5


SCALE_WORDS = {"year": 1, "years": 1, "decade": 10, "decades": 10, "dozen": 12, "hundred": 100,
               "thousand": 1000, "million": 10**6}


def word_scale(token: str) -> float | None:
    """The half-unit of a number in words: 'three' -> 0.5, 'a decade' -> 5, 'eight thousand' -> 500."""
    words = token.split()
    if words and words[-1] in SCALE_WORDS and all(w in INTEGER_WORDS for w in words[:-1]):
        return 0.5 * SCALE_WORDS[words[-1]]
    if token in INTEGER_WORDS:
        return 0.5
    return None


def half_unit(printed: str, value: float) -> tuple[float, bool]:
    """(h, relative): the rounding half-width of a printed token; relative=True for word fractions."""
    token = printed.strip().lower()
    if token in FRACTION_WORDS:
        return RELATIVE_HEDGE * abs(value), True
    scale = word_scale(token)
    if scale is not None:
        return scale, False
    m = re.search(r"[+\-−]?\d[\d,]*(\.\d+)?", token)
    if not m:
        raise ValueError(f"cannot tell the precision of printed {printed!r}")
    return _digits_half_unit(m.group(0)), False


def interval(value: float, printed: str, wording: str, low: float | None = None, high: float | None = None) -> Interval:
    """The interval that ``printed`` (read as ``value``) with ``wording`` stands for."""
    if wording not in WORDINGS:
        raise ValueError(f"unknown wording {wording!r}; expected one of {', '.join(WORDINGS)}")
    if wording == "range":
        if low is None or high is None or low != low or high != high:
            raise ValueError(f"a range needs low and high (printed {printed!r})")
        ends = re.split(r"\s*(?:[–—-]|\bto\b)\s*", printed.strip().lstrip("−-"))
        h = min(half_unit(e, v)[0] for e, v in zip(ends, (low, high))) if len(ends) == 2 else half_unit(printed, low)[0]
        return Interval(low - h, high + h)
    if printed.strip().lower() in FRACTION_WORDS:  # "a third" is 1/3 exactly, whatever decimals were stored
        value = math.copysign(FRACTION_WORDS[printed.strip().lower()], value) if value else value
    h, relative = half_unit(printed, value)
    if wording == "nearly" and (printed.strip().lower() in FRACTION_WORDS or word_scale(printed.strip().lower())):
        return Interval((1 - RELATIVE_HEDGE) * value, value, "both")  # "almost doubled": [1.8, 2]
    if relative and wording == "exact":
        return Interval(value - h, value + h, "both")
    if wording == "exact":
        return Interval(value - h, value + h)
    width = max(h, RELATIVE_HEDGE * abs(value))
    if wording == "about":
        return Interval(value - width, value + width, "both")
    if wording == "nearly":
        return Interval(value - width, value + h)
    if wording in ("more_than", "at_least"):
        return Interval(value, math.inf, "left")
    return Interval(-math.inf, value, "right")  # less_than, up_to
