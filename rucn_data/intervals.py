"""One interval type for a printed number's interval and a computed range, carrying how it was computed.

An :class:`Interval` is a set of reals between ``low`` and ``high`` (``closed`` says which ends belong to it,
infinite ends stay infinite) with a central ``value`` and a ``text`` saying where it came from. Arithmetic on
intervals is interval arithmetic (every corner of the inputs is tried), and the text of the result is formatted
from the texts of its inputs, so a description of a computation always shows the numbers it used::

    >>> a = Interval.exact(114.15, "imports")
    >>> b = Interval.exact(76.12, "exports")
    >>> (a - b).text
    '114.15 (imports) − 76.12 (exports)'

Two intervals agree when they share a point (:meth:`Interval.overlaps`). Results of arithmetic are closed at both
ends (their ends are attainable from the inputs' ends). The rules that turn a printed token into an interval are in
:mod:`rucn_data.tolerance`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

ATOM, PRODUCT, SUM = 3, 2, 1  # binding strength of a text, for parentheses


def number_text(x: float) -> str:
    """A number as a reader expects it: its shortest exact digits (a published figure keeps all of them), six
    significant digits for a long computed one, thousands separated from 10,000 up."""
    if math.isinf(x):
        return "−∞" if x < 0 else "+∞"
    if float(x).is_integer() and abs(x) < 1e15:
        text = f"{int(x):,}" if abs(x) >= 10_000 else str(int(x))
    else:
        text = repr(float(x))
        if sum(ch.isdigit() for ch in text) > 12 or "e" in text:  # a computed value, not a published figure
            whole = len(str(int(abs(x)))) if abs(x) >= 1 else 0
            text = f"{x:,.{max(0, 6 - whole)}f}" if abs(x) >= 1e-3 else f"{x:.6g}"
            text = text.rstrip("0").rstrip(".") if "." in text else text
        elif abs(x) >= 10_000:
            whole, _, frac = text.partition(".")
            text = f"{int(whole):,}" + (f".{frac}" if frac else "")
    return text.replace("-", "−")


@dataclass(frozen=True)
class Interval:
    """A value and the interval it may lie in; equal intervals are equal sets, whatever their value or text."""

    low: float
    high: float
    closed: str = "left"  # "left" [a, b), "both" [a, b], "right" (a, b], "neither" (a, b)
    value: float = field(default=math.nan, compare=False)
    text: str = field(default="", compare=False)
    strength: int = field(default=ATOM, compare=False, repr=False)

    def __post_init__(self):
        if self.closed not in ("left", "both", "right", "neither"):
            raise ValueError(f"closed must be left, both, right or neither, not {self.closed!r}")
        object.__setattr__(self, "low", float(self.low))
        object.__setattr__(self, "high", float(self.high))
        if self.low > self.high:
            raise ValueError(f"an interval's low end {self.low} is above its high end {self.high}")
        if math.isnan(self.value):
            finite = [x for x in (self.low, self.high) if math.isfinite(x)]
            object.__setattr__(self, "value", sum(finite) / len(finite) if finite else 0.0)
        if not self.text:
            object.__setattr__(self, "text", number_text(self.value))

    # -- construction ------------------------------------------------------------------------------
    @classmethod
    def exact(cls, value: float, label: str = "") -> Interval:
        """A value known exactly (a data cell taken as published); ``label`` says what it is."""
        value = float(value)
        text = f"{number_text(value)} ({label})" if label else number_text(value)
        return cls(value, value, "both", value, text)

    @classmethod
    def between(cls, value: float, low: float, high: float, label: str = "") -> Interval:
        """A value known to lie in [low, high] (e.g. bracketed by two published points)."""
        text = f"{number_text(value)} ({label})" if label else number_text(value)
        return cls(low, high, "both", float(value), text)

    def snapped(self, digits: int = 9) -> Interval:
        """The ends rounded to ``digits`` decimals: 63.3 − 0.05 is 63.2499999…, a printed end is 63.25."""
        ends = [round(x, digits) if math.isfinite(x) else x for x in (self.low, self.high)]
        return replace(self, low=ends[0], high=ends[1])

    def labelled(self, label: str) -> Interval:
        """The same interval whose text names it: ``'190.27 (turnover 2022)'``."""
        return replace(self, text=f"{number_text(self.value)} ({label})", strength=ATOM)

    def described(self, text: str) -> Interval:
        """The same interval with ``text`` as its whole description."""
        return replace(self, text=text, strength=ATOM)

    # -- set relations -----------------------------------------------------------------------------
    @property
    def bounds(self) -> tuple[float, float]:
        return self.low, self.high

    def _low_in(self) -> bool:
        return self.closed in ("left", "both")

    def _high_in(self) -> bool:
        return self.closed in ("right", "both")

    def __contains__(self, x: float) -> bool:
        lo_ok = x >= self.low if self._low_in() else x > self.low
        hi_ok = x <= self.high if self._high_in() else x < self.high
        return lo_ok and hi_ok

    def overlaps(self, other: Interval | tuple[float, float] | float) -> bool:
        """Whether ``other`` (an Interval, a closed pair (low, high) or a number) shares a point with this one."""
        if not isinstance(other, Interval):
            low, high = (other, other) if isinstance(other, (int, float)) else other
            other = Interval(low, high, "both")
        if self.high < other.low or other.high < self.low:
            return False
        if self.high == other.low:
            return self._high_in() and other._low_in()
        if other.high == self.low:
            return other._high_in() and self._low_in()
        return True

    def __str__(self) -> str:
        left = "[" if self._low_in() else "("
        right = "]" if self._high_in() else ")"
        return f"{left}{_end(self.low)}, {_end(self.high)}{right}"

    def __format__(self, spec: str) -> str:
        return format(self.value, spec) if spec else self.text

    # -- arithmetic --------------------------------------------------------------------------------
    def _combine(self, other, op, symbol: str, strength: int, swap: bool = False) -> Interval:
        other = other if isinstance(other, Interval) else Interval.exact(other)
        a, b = (other, self) if swap else (self, other)
        corners = [_safe(op, x, y) for x in (a.low, a.high) for y in (b.low, b.high)]
        low = min((c for c in corners if not math.isnan(c)), default=-math.inf)
        high = max((c for c in corners if not math.isnan(c)), default=math.inf)
        if any(math.isnan(c) for c in corners):  # 0 × ∞ or ∞ − ∞: nothing bounds the result
            low, high = -math.inf, math.inf
        left = a.text if a.strength >= strength else f"({a.text})"
        right = b.text if b.strength > strength or (b.strength == strength and symbol in "+×") else f"({b.text})"
        return Interval(low, high, "both", op(a.value, b.value), f"{left} {symbol} {right}", strength)

    def __add__(self, other):
        return self._combine(other, lambda x, y: x + y, "+", SUM)

    def __radd__(self, other):
        return self._combine(other, lambda x, y: x + y, "+", SUM, swap=True)

    def __sub__(self, other):
        return self._combine(other, lambda x, y: x - y, "−", SUM)

    def __rsub__(self, other):
        return self._combine(other, lambda x, y: x - y, "−", SUM, swap=True)

    def __mul__(self, other):
        return self._combine(other, lambda x, y: x * y, "×", PRODUCT)

    def __rmul__(self, other):
        return self._combine(other, lambda x, y: x * y, "×", PRODUCT, swap=True)

    def __truediv__(self, other):
        other = other if isinstance(other, Interval) else Interval.exact(other)
        if other.low <= 0 <= other.high:
            raise ZeroDivisionError(f"division by an interval that contains zero: {other.text} {other}")
        return self._combine(other, lambda x, y: x / y, "/", PRODUCT)

    def __rtruediv__(self, other):
        return Interval.exact(other) / self if not isinstance(other, Interval) else other / self

    def __neg__(self):
        text = f"−{self.text}" if self.strength == ATOM else f"−({self.text})"
        return Interval(-self.high, -self.low, _mirror(self.closed), -self.value, text, ATOM)

    def pct_change_from(self, base) -> Interval:
        """Percentage change from ``base`` to this value: (self / base − 1) × 100."""
        return (self / base - 1) * 100

    def share_of(self, total) -> Interval:
        """This value as a percentage of ``total``."""
        return self / total * 100

    def scaled(self, k: float) -> Interval:
        """The interval times a constant, keeping which ends are closed (for a corrected reading)."""
        low, high = sorted((self.low * k, self.high * k))
        closed = self.closed if k > 0 else _mirror(self.closed)
        return Interval(low, high, closed, self.value * k, self.text)


def _safe(op, x, y) -> float:
    try:
        return op(x, y)
    except (ZeroDivisionError, OverflowError):
        return math.nan


def _mirror(closed: str) -> str:
    return {"left": "right", "right": "left"}.get(closed, closed)


def _end(x: float) -> str:
    if math.isinf(x):
        return "−∞" if x < 0 else "+∞"
    return f"{x:.10g}"
