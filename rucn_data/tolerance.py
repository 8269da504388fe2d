"""The interval a printed number stands for, statcheck-style: no tighter and no looser than its printing.

A printed number stands for every value that would be printed the same way. The rules:

* **Digits** (``exact``): half a unit of the last significant digit. ``29.3`` -> [29.25, 29.35);
  ``20`` -> [19.5, 20.5); ``1.5`` (times) -> [1.45, 1.55). Trailing zeros of an integer of three or more
  digits are taken as rounding, keeping at least two significant digits: ``190`` -> [185, 195),
  ``16,000`` -> [15,500, 16,500), ``4,500`` -> [4,450, 4,550), ``100`` -> [95, 105).
* **Number words**: integers ("three times", "seven", "doubled" = 2) are integers: ``three`` -> [2.5, 3.5).
  "most" and "the majority" are the fraction one half, always with wording ``more_than``: more than half.
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

from .intervals import Interval, number_text

WORDINGS = ("exact", "about", "nearly", "more_than", "at_least", "less_than", "up_to", "range")
RELATIVE_HEDGE = 0.10

INTEGER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "a": 1,
    "an": 1,
    "zeroed": 0,
    "did not receive any": 0,
    "none": 0,
    "no": 0,
    "zero": 0,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "twice": 2,
    "double": 2,
    "doubled": 2,
    "doubling": 2,
    "triple": 3,
    "tripled": 3,
    "dozens": 24,
}
FRACTION_WORDS = {
    "half": 0.5,
    "halve": 0.5,
    "a half": 0.5,
    "one half": 0.5,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "one-third": 1 / 3,
    "two-thirds": 2 / 3,
    "two thirds": 2 / 3,
    "a quarter": 0.25,
    "one quarter": 0.25,
    "three quarters": 0.75,
    "one and a half": 1.5,
    "most": 0.5,
    "the majority": 0.5,
    "a majority": 0.5,  # with wording more_than: (half, all]
}


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


SCALE_WORDS = {
    "year": 1,
    "years": 1,
    "decade": 10,
    "decades": 10,
    "dozen": 12,
    "hundred": 100,
    "thousand": 1000,
    "million": 10**6,
}


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
    return _printed_interval(value, printed, wording, low, high).snapped()


def _printed_interval(value, printed, wording, low, high) -> Interval:
    if wording not in WORDINGS:
        raise ValueError(f"unknown wording {wording!r}; expected one of {', '.join(WORDINGS)}")
    token = printed.strip().lower()
    if wording == "range":
        if low is None or high is None or low != low or high != high:
            raise ValueError(f"a range needs low and high (printed {printed!r})")
        ends = re.split(r"\s*(?:[–—-]|\bto\b)\s*", printed.strip().lstrip("−-"))
        h = min(half_unit(e, v)[0] for e, v in zip(ends, (low, high))) if len(ends) == 2 else half_unit(printed, low)[0]
        return Interval(low - h, high + h, value=value)
    if token in FRACTION_WORDS:  # "a third" is 1/3 exactly, whatever decimals were stored
        value = math.copysign(FRACTION_WORDS[token], value) if value else value
    h, relative = half_unit(printed, value)
    if wording == "nearly" and (token in FRACTION_WORDS or word_scale(token)):
        return Interval((1 - RELATIVE_HEDGE) * value, value, "both", value)  # "almost doubled": [1.8, 2]
    if relative and wording == "exact":
        return Interval(value - h, value + h, "both", value)
    if wording == "exact":
        return Interval(value - h, value + h, value=value)
    width = max(h, RELATIVE_HEDGE * abs(value))
    if wording == "about":
        return Interval(value - width, value + width, "both", value)
    if wording == "nearly":
        return Interval(value - width, value + h, value=value)
    if wording in ("more_than", "at_least"):
        return Interval(value, math.inf, "left", value)
    return Interval(-math.inf, value, "right", value)  # less_than, up_to


def _number(x) -> float | None:
    """A CSV cell as a float, or None where it is empty."""
    try:
        x = float(x)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(x) else x


def claim_interval(row) -> Interval:
    """The interval a ledger row's printing stands for, its text naming the claim: ``'114.15 (2.1-005)'``."""
    try:
        iv = interval(
            float(row["value"]), str(row["printed"]), str(row["wording"]), _number(row["low"]), _number(row["high"])
        )
    except ValueError as exc:
        raise ValueError(f"claim {row['id']}: {exc}") from None
    return iv.labelled(str(row["id"])).described(f"{row['printed']} ({row['id']})")


def corrected_interval(row) -> Interval | None:
    """For a claim with a corrected reading, that reading's interval; else None.

    The reading keeps the hedge of its source where the ledger gives one (``corrected_wording``: "almost half" is
    ``nearly`` 50, [45, 50.5)); otherwise it has the printed value's relative precision (53.84 read as 53,840 is
    ±5).
    """
    corrected = _number(row.get("corrected_value"))
    if corrected is None:
        return None
    text = f"{number_text(corrected)} ({row['id']} corrected)"
    hedge = row.get("corrected_wording")
    if isinstance(hedge, str) and hedge:
        return interval(corrected, number_text(corrected), hedge).described(text)
    iv = claim_interval(row)
    if iv.value == 0:
        return Interval.exact(corrected, f"{row['id']} corrected")
    return iv.scaled(corrected / iv.value).described(text)


def target_interval(row) -> Interval:
    """The interval a check must meet: the printed one, or for a claim with a corrected reading, that reading's."""
    return corrected_interval(row) or claim_interval(row)


def rounding_interval(value: float) -> Interval:
    """A figure as a source prints it, over the interval of its last digit (86.25 -> [86.245, 86.255])."""
    value = float(value)
    h, _ = half_unit(repr(value).removesuffix(".0"), value)
    return Interval(value - h, value + h, "both", value, number_text(value))


# A later release of the same statistic differs from the one the report's sources used by revisions, not rounding.
# A result computed on later-vintage data is widened by this share of its value before it is compared with the
# claim: it contradicts a claim only when the gap is larger than a revision could explain, and otherwise agrees
# (the result then says which vintage it used). 5 % covers the World Bank's revisions of current-USD GDP between
# its 2022 and 2024 releases for large economies (typically 1–3 %), with room for the shares built from them.
REVISION_ALLOWANCE = 0.05


def later_vintage(result: Interval, vintage: str, allowance: float = REVISION_ALLOWANCE) -> Interval:
    """``result`` widened by the revision allowance, its text saying which vintage it was computed on."""
    width = allowance * abs(result.value)
    text = f"{result.text}, ± {allowance:.0%} for revisions ({vintage})"
    return Interval(result.low - width, result.high + width, "both", result.value, text)
