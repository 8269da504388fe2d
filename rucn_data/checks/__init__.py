"""Checks: small functions that recompute the report's claims from data or from its other claims.

A check is an ordinary function decorated with :func:`check`, naming the claim ids it reproduces. It
receives a :class:`CheckContext` (the report's printed values and the shipped datasets) and returns a
:class:`Computed` (for a single claim) or a dict ``{claim_id: Computed}`` (or a list of Computed, one
per year or part the claim covers: each must agree)::

    @check("2.1-009")
    def exports_to_imports_ratio(ctx):
        ratio = ctx.printed("2.1-005") / ctx.printed("2.1-006")
        return Computed.of(ratio, "Russia's exports to China over China's exports to Russia")

Inputs are :class:`~rucn_data.intervals.Interval` objects: a printed claim carries the interval of its
printing and a data cell its own value (or its rounding), each with a text naming it. Arithmetic on them is
interval arithmetic and builds the text of the result from its inputs, so the description of a result
(``Computed.how``) always shows the numbers that went into it: change the data and the text follows. A
claim agrees with a result when the two intervals share a point. :meth:`Computed.context` makes a result shown
for context only (another statistical basis, definition, vintage or period, which its note must name): it does
not vote. A data row is ``ctx.record(dataset, **key)``, whose cells come ``.exact(column, label)`` or
``.rounded(column, label)``. Two printings of one quantity are not a check but a ``restates`` cell of claims.csv.
"""

from __future__ import annotations

import importlib
import math
import pkgutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..datapackage import without_metadata
from ..intervals import Interval
from ..tolerance import claim_interval, corrected_interval, later_vintage, rounding_interval


@dataclass(frozen=True)
class Computed:
    """What a check computed for one claim: an interval (with the text of its inputs) and what it is."""

    result: Interval
    label: str = ""
    decisive: bool = True
    note: str = ""
    correction: bool = False  # the ledger's corrected reading of a printed slip (see run_checks)

    def __post_init__(self):
        if not math.isfinite(self.result.value):
            raise ValueError(f"a check computed a non-finite value ({self.result.value}) via {self.how!r}")

    @classmethod
    def of(cls, result, label: str = "", *, decisive: bool = True, note: str = "", vintage: str = "") -> Computed:
        """From an Interval (keeping its bounds and text) or a plain number.

        ``vintage`` names a later release of the data than the report's sources used: the result is then
        widened by the revision allowance of :func:`rucn_data.tolerance.later_vintage` (and says so).
        """
        if not isinstance(result, Interval):
            result = Interval.exact(result)
        if vintage:
            result = later_vintage(result, vintage)
        return cls(result, label, decisive, note)

    @classmethod
    def context(cls, result, label: str, note: str, *, vintage: str = "") -> Computed:
        """A result shown beside the claim but without a vote: ``note`` says which basis, definition, vintage or
        period differs from the claim's (a context result without one is refused)."""
        if not note.strip():
            raise ValueError(f"context result {label!r} must say in its note how its basis differs from the claim's")
        return cls.of(result, label, decisive=False, note=note, vintage=vintage)

    @property
    def value(self) -> float:
        return self.result.value

    @property
    def bounds(self) -> tuple[float, float]:
        return self.result.bounds

    @property
    def how(self) -> str:
        """What was computed, from what: ``'label: 114.15 (2.1-005) / 76.12 (2.1-006)'``."""
        return f"{self.label}: {self.result.text}" if self.label else self.result.text


@dataclass(frozen=True)
class Check:
    name: str
    claims: tuple[str, ...]
    func: Callable


REGISTRY: dict[str, Check] = {}


def check(*claim_ids: str, name: str = ""):
    """Register a function as the check of ``claim_ids`` (named ``module.function`` unless ``name`` is given)."""
    if not claim_ids:
        raise ValueError("a check must name the claim ids it reproduces")

    def register(func):
        name_ = name or f"{func.__module__.rsplit('.', 1)[-1]}.{func.__name__}"
        if name_ in REGISTRY and REGISTRY[name_].func is not func:
            raise ValueError(f"two checks are named {name_!r}")
        REGISTRY[name_] = Check(name_, tuple(claim_ids), func)
        return func

    return register


class CheckContext:
    """What a check may use: the report's printed claims and the shipped datasets."""

    def __init__(self, claims_frame, loader):
        self._claims = without_metadata(claims_frame).set_index("id")  # see load()
        self._load = loader
        self._cache: dict[str, object] = {}

    def row(self, claim_id: str) -> dict:
        try:
            return self._claims.loc[claim_id].to_dict() | {"id": claim_id}
        except KeyError:
            raise KeyError(f"no claim {claim_id!r} in the ledger") from None

    def value(self, claim_id: str) -> float:
        """The claim's value as printed (a plain number)."""
        return float(self.row(claim_id)["value"])

    def printed(self, claim_id: str) -> Interval:
        """The claim's printed value over the interval its printing stands for (open ends stay open)."""
        return claim_interval(self.row(claim_id))

    def corrected(self, claim_id: str) -> Interval:
        """The corrected reading of an erratum claim, with the printed value's relative precision."""
        iv = corrected_interval(self.row(claim_id))
        if iv is None:
            raise ValueError(f"claim {claim_id!r} has no corrected value")
        return iv

    def best(self, claim_id: str) -> Interval:
        """The corrected reading where the ledger gives one, else the printed interval."""
        return corrected_interval(self.row(claim_id)) or self.printed(claim_id)

    def text(self, claim_id: str) -> str:
        """The printed token ('114.15')."""
        return str(self.row(claim_id)["printed"])

    def load(self, name: str):
        """Dataset ``name`` without its ``.attrs`` (``datapackage.without_metadata``): pandas deep-copied them into
        every result, a third of the checks' time, and no check reads them."""
        if name not in self._cache:
            self._cache[name] = without_metadata(self._load(name))
        return self._cache[name]

    def record(self, dataset: str, **where) -> Record:
        """The one row of ``dataset`` whose columns equal ``where`` (``year=2022, source_id="X02"``)."""
        frame = self.load(dataset)
        mask = True
        for key, val in where.items():
            mask = mask & (frame[key] == val)
        hits = frame.loc[mask]
        if len(hits) != 1:
            raise LookupError(f"{dataset}: {len(hits)} rows match {where}, expected one")
        return Record(dataset, where, hits.iloc[0].to_dict())


@dataclass(frozen=True)
class Record:
    """One dataset row, whose cells a check takes as Intervals named by a label."""

    dataset: str
    where: dict
    cells: dict

    def _value(self, column: str) -> float:
        value = self.cells[column]
        if value != value:
            raise LookupError(f"{self.dataset}: {column} is missing for {self.where}")
        return float(value)

    def _label(self, column: str, label: str | None) -> str:
        return label or f"{self.dataset} {' '.join(str(v) for v in self.where.values())} {column}"

    def exact(self, column: str, label: str | None = None) -> Interval:
        """The cell as an exact value (a count, or a figure the source gives in full)."""
        return Interval.exact(self._value(column)).labelled(self._label(column, label))

    def rounded(self, column: str, label: str | None = None) -> Interval:
        """The cell over the interval of its last printed digit (86.25 -> [86.245, 86.255])."""
        return rounding_interval(self._value(column)).labelled(self._label(column, label))

    def take(self, column: str, label: str | None = None, *, rounded: bool) -> Interval:
        return self.rounded(column, label) if rounded else self.exact(column, label)


def run_checks(claims_frame, loader, ids: Iterable[str] | None = None) -> dict[str, list[tuple[str, Computed]]]:
    """Run every registered check once, then add the ledger's own results: each pair of claims one of which
    ``restates`` the other, checked both ways, and each corrected reading as a result of its claim.

    Given ``ids``, only the checks that cover those claims run, and only their results are returned (what a
    change to one claim or one dataset does to those claims, without the rest of the ledger). Every check and
    every ``restates`` is still checked for claim ids that do not exist.

    Returns {claim_id: [(check_name, Computed), ...]}.
    """
    ctx = CheckContext(claims_frame, loader)
    known = set(claims_frame["id"])
    wanted = known if ids is None else set(ids)
    if wanted - known:
        raise KeyError(f"unknown claim id(s): {', '.join(sorted(wanted - known))}")
    results: dict[str, list] = {}
    for name, chk in sorted(load_all().items()):
        missing = [cid for cid in chk.claims if cid not in known]
        if missing:
            raise KeyError(f"check {name!r} names unknown claim id(s): {', '.join(missing)}")
        if wanted.isdisjoint(chk.claims):
            continue
        out = chk.func(ctx)
        if isinstance(out, Computed):
            if len(chk.claims) != 1:
                raise TypeError(f"check {name!r} covers {len(chk.claims)} claims and must return a dict")
            out = {chk.claims[0]: out}
        for cid, computed in out.items():
            if cid not in chk.claims:
                raise KeyError(f"check {name!r} returned claim {cid!r} that it does not declare")
            for one in computed if isinstance(computed, list) else [computed]:
                if not isinstance(one, Computed):
                    raise TypeError(f"check {name!r} returned {type(one).__name__} for {cid!r}, not Computed")
                if cid in wanted:
                    results.setdefault(cid, []).append((name, one))
    from .common import restated

    for row in claims_frame.to_dict("records"):
        other = row.get("restates")
        if isinstance(other, str) and other:
            if other not in known or other == row["id"]:
                raise KeyError(f"claims.csv: claim {row['id']!r} restates {other!r}, which is not another claim")
            for one, two in ((row["id"], other), (other, row["id"])):
                if one in wanted:
                    results.setdefault(one, []).append(("ledger.restates", restated(ctx, two)))
        correction = corrected_reading(row)
        if correction is not None and row["id"] in wanted:
            results.setdefault(row["id"], []).append(("ledger.corrected_reading", correction))
    return results


def corrected_reading(row) -> Computed | None:
    """The ledger's corrected reading of a printed slip as a result (its reasoning is the claim's note)."""
    unit = row.get("corrected_unit")
    unit = unit if isinstance(unit, str) and unit else ""
    iv = corrected_interval(row)
    if iv is None and not unit:
        return None
    iv = iv or claim_interval(row)
    label = f"corrected reading, in {unit}" if unit else "corrected reading"
    return Computed(iv, label, decisive=False, correction=True)


def load_all() -> dict[str, Check]:
    """Import every check module of this package and return the registry."""
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")
    return REGISTRY
