"""Checks: small functions that recompute the report's claims from data or from its other claims.

A check is an ordinary function decorated with :func:`check`, naming the claim ids it reproduces. It
receives a :class:`Report` (the report's printed values and the shipped datasets) and returns a
:class:`Computed` (for a single claim) or a dict ``{claim_id: Computed}`` (or a list of Computed, one
per year or part the claim covers: each must agree)::

    @check("2.1-009")
    def exports_to_imports_ratio(r):
        ratio = r.printed("2.1-005") / r.printed("2.1-006")
        return Computed.of(ratio, f"{r.text('2.1-005')} / {r.text('2.1-006')}")

Printed inputs enter as :class:`Range` objects that carry the rounding interval of their printing, so
the result's range is what the printed inputs allow (statcheck's way); a claim agrees with a check
when the two ranges share a point. ``decisive=False`` marks a result shown for context only (e.g. a
level from a different statistical basis), which does not drive the verdict.
"""
from __future__ import annotations

import importlib
import math
import pkgutil
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Range:
    """A value with the interval [low, high] it may lie in (rounding of its inputs)."""

    value: float
    low: float
    high: float

    @classmethod
    def exact(cls, value: float) -> "Range":
        return cls(float(value), float(value), float(value))

    @staticmethod
    def _coerce(other) -> "Range":
        return other if isinstance(other, Range) else Range.exact(other)

    def _combine(self, other, op) -> "Range":
        other = self._coerce(other)
        corners = [op(a, b) for a in (self.low, self.high) for b in (other.low, other.high)]
        return Range(op(self.value, other.value), min(corners), max(corners))

    def __add__(self, other):
        return self._combine(other, lambda a, b: a + b)

    __radd__ = __add__

    def __sub__(self, other):
        return self._combine(other, lambda a, b: a - b)

    def __rsub__(self, other):
        return self._coerce(other) - self

    def __mul__(self, other):
        return self._combine(other, lambda a, b: a * b)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = self._coerce(other)
        if other.low <= 0 <= other.high:
            raise ZeroDivisionError(f"division by a range that contains zero: {other}")
        return self._combine(other, lambda a, b: a / b)

    def __rtruediv__(self, other):
        return self._coerce(other) / self

    def __neg__(self):
        return Range(-self.value, -self.high, -self.low)

    def pct_change_from(self, base) -> "Range":
        """Percentage change from ``base`` to this value: (self / base − 1) × 100."""
        return (self / base - 1) * 100

    def share_of(self, total) -> "Range":
        """This value as a percentage of ``total``."""
        return self / total * 100


@dataclass(frozen=True)
class Computed:
    """What a check computed for one claim: the value, its range, and how it was obtained."""

    value: float
    how: str
    low: float | None = None
    high: float | None = None
    decisive: bool = True
    note: str = ""

    def __post_init__(self):
        if not math.isfinite(self.value):
            raise ValueError(f"a check computed a non-finite value ({self.value}) via {self.how!r}")

    @classmethod
    def of(cls, result, how: str, *, decisive: bool = True, note: str = "") -> "Computed":
        """From a Range (keeping its bounds) or a plain number."""
        if isinstance(result, Range):
            return cls(result.value, how, result.low, result.high, decisive, note)
        return cls(float(result), how, decisive=decisive, note=note)

    @property
    def bounds(self) -> tuple[float, float]:
        low = self.value if self.low is None else self.low
        high = self.value if self.high is None else self.high
        return low, high


@dataclass(frozen=True)
class Check:
    name: str
    claims: tuple[str, ...]
    func: Callable
    module: str
    doc: str = ""


REGISTRY: dict[str, Check] = {}


def check(*claim_ids: str):
    """Register a function as the check of ``claim_ids``."""
    if not claim_ids:
        raise ValueError("a check must name the claim ids it reproduces")

    def register(func):
        module = func.__module__.rsplit(".", 1)[-1]
        name = f"{module}.{func.__name__}"
        if name in REGISTRY and REGISTRY[name].func is not func:
            raise ValueError(f"two checks are named {name!r}")
        REGISTRY[name] = Check(name, tuple(claim_ids), func, module, (func.__doc__ or "").strip().split("\n")[0])
        return func

    return register


class Report:
    """What a check may use: the report's printed claims and the shipped datasets."""

    def __init__(self, claims_frame, loader):
        self._claims = claims_frame.set_index("id")
        self._load = loader
        self._cache: dict[str, object] = {}

    def _row(self, claim_id: str):
        try:
            return self._claims.loc[claim_id]
        except KeyError:
            raise KeyError(f"no claim {claim_id!r} in the ledger") from None

    def value(self, claim_id: str) -> float:
        """The claim's value as printed (a plain number)."""
        return float(self._row(claim_id)["value"])

    def printed(self, claim_id: str) -> Range:
        """The claim's printed value as a Range over the interval its printing stands for."""
        from ..tolerance import interval

        row = self._row(claim_id)
        iv = interval(float(row["value"]), str(row["printed"]), str(row["wording"]), _num(row["low"]), _num(row["high"]))
        low = iv.low if math.isfinite(iv.low) else float(row["value"])
        high = iv.high if math.isfinite(iv.high) else float(row["value"])
        return Range(float(row["value"]), low, high)

    def corrected(self, claim_id: str) -> Range:
        """The corrected reading of an erratum claim, with the printed value's relative precision."""
        row = self._row(claim_id)
        corrected = _num(row["corrected_value"])
        if corrected is None:
            raise ValueError(f"claim {claim_id!r} has no corrected value")
        printed = self.printed(claim_id)
        if printed.value == 0:
            return Range.exact(corrected)
        k = corrected / printed.value
        lo, hi = sorted((printed.low * k, printed.high * k))
        return Range(corrected, lo, hi)

    def text(self, claim_id: str) -> str:
        """The printed token, for explaining arithmetic ('114.15')."""
        return str(self._row(claim_id)["printed"])

    def load(self, name: str):
        if name not in self._cache:
            self._cache[name] = self._load(name)
        return self._cache[name]

    def cell(self, dataset: str, where: dict, column: str) -> float:
        """One value of a dataset: the row matching ``where`` (which must match exactly one row)."""
        frame = self.load(dataset)
        mask = True
        for key, val in where.items():
            mask = mask & (frame[key] == val)
        hits = frame.loc[mask, column]
        if len(hits) != 1:
            raise LookupError(f"{dataset}: {len(hits)} rows match {where}, expected one")
        value = hits.iloc[0]
        if value != value:
            raise LookupError(f"{dataset}: {column} is missing for {where}")
        return float(value)


def _num(x) -> float | None:
    try:
        x = float(x)
    except (TypeError, ValueError):
        return None
    return None if x != x else x


def load_all() -> dict[str, Check]:
    """Import every check module of this package and return the registry."""
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")
    return REGISTRY
