"""Read the Frictionless data package that describes every shipped dataset, and load its resources.

Every load checks, in this order, and fails with the file (and line and column where they apply):
the file's structure (present, UTF-8, header equal to the schema's fields, every row as long as the
header), each value against its field's type and constraints, the primary key, foreign keys into
other resources, and finally the file's sha256 against the descriptor.
"""
from __future__ import annotations

import csv
import difflib
import functools
import hashlib
import io
import json
from pathlib import Path

from .errors import DataValidationError, Problem, UnknownDatasetError
from .paths import DESCRIPTOR


class DataPackage:
    """A ``datapackage.json`` and the CSV files beside it."""

    def __init__(self, descriptor: str | Path = DESCRIPTOR):
        self.descriptor_path = Path(descriptor)
        self._stamp = None
        self._refresh()

    def _refresh(self) -> None:
        """(Re)read the descriptor when it changed on disk since it was last read."""
        try:
            stat = self.descriptor_path.stat()
            stamp = (stat.st_mtime_ns, stat.st_size)
            if stamp == self._stamp:
                return
            self.descriptor = json.loads(self.descriptor_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DataValidationError(self.descriptor_path, [Problem(f"cannot read the descriptor: {exc}")]) from exc
        self._stamp = stamp
        self._resources = {r["name"]: r for r in self.descriptor["resources"]}
        self._cache: dict[str, tuple[tuple, object]] = {}

    @property
    def names(self) -> list[str]:
        return list(self._resources)

    def resource(self, name: str) -> dict:
        """The descriptor entry of ``name``; an unknown name lists the valid ones."""
        try:
            return self._resources[name]
        except KeyError:
            close = difflib.get_close_matches(str(name), self.names, n=1, cutoff=0.5)
            raise UnknownDatasetError(name, self.names, close[0] if close else None) from None

    def path(self, name: str) -> Path:
        return self.descriptor_path.parent / self.resource(name)["path"]

    def load(self, name: str):
        """The validated DataFrame of ``name``, with its metadata in ``.attrs``."""
        self._refresh()
        res = self.resource(name)
        path = self.path(name)
        try:
            stat = path.stat()
        except OSError:
            raise DataValidationError(path, [Problem(f"data file of dataset {name!r} is missing")]) from None
        key = (stat.st_mtime_ns, stat.st_size)
        cached = self._cache.get(name)
        if cached is None or cached[0] != key:
            self._cache[name] = (key, self._read_validated(res, path))
        frame = self._cache[name][1].copy()
        frame.attrs = metadata(res, path)
        return frame

    # -- validation -----------------------------------------------------------------------------
    def _read_validated(self, res: dict, path: Path):
        raw = path.read_bytes()
        frame = read_table(raw, res["schema"], path)
        problems = self._foreign_key_problems(res, frame)
        if problems:
            raise DataValidationError(path, problems)
        expected = res.get("hash", "")
        actual = "sha256:" + hashlib.sha256(raw).hexdigest()
        if expected != actual:
            raise DataValidationError(path, [Problem(
                f"contents differ from the descriptor (sha256 {actual[7:19]}… vs {expected[7:19] or 'none'}…): "
                "the file was altered after it was described; if the change is deliberate, run "
                "`python -m rucn_data rehash` and review the diff")])
        return frame

    def _foreign_key_problems(self, res: dict, frame) -> list[Problem]:
        problems = []
        for fk in res["schema"].get("foreignKeys", []):
            field, ref = fk["fields"], fk["reference"]
            target = self.load(ref["resource"])[ref["fields"]]
            known = set(target.dropna())
            for idx, value in frame[field].dropna().items():  # a missing value refers to nothing
                if value not in known:
                    problems.append(Problem(f"{value!r} is not an {ref['fields']!r} of dataset {ref['resource']!r}",
                                            line=_line(frame, idx), column=field))
        return problems


def _line(frame, idx) -> int:
    return int(frame.attrs["_lines"][idx])


def metadata(res: dict, path: Path) -> dict:
    """The descriptor's facts about a resource, as plain data for ``DataFrame.attrs``."""
    return {
        "name": res["name"],
        "title": res.get("title", ""),
        "description": res.get("description", ""),
        "producer": res.get("producer", ""),
        "citation": res.get("citation", ""),
        "sources": [dict(s) for s in res.get("sources", [])],
        "licenses": [dict(lic) for lic in res.get("licenses", [])],
        "path": path.name,
        "sha256": res.get("hash", "").removeprefix("sha256:"),
        "fields": {f["name"]: {"type": f["type"], "unit": f.get("unit", ""), "description": f.get("description", "")}
                   for f in res["schema"]["fields"]},
        "primary_key": list(res["schema"].get("primaryKey", [])),
    }


def read_table(raw: bytes, schema: dict, path: Path):
    """Parse CSV bytes and validate them against a Table Schema; raise on the first kind of failure."""
    import pandas as pd

    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataValidationError(path, [Problem(f"not UTF-8 ({exc.reason} at byte {exc.start})", line=line)]) from None
    if not text.strip():
        raise DataValidationError(path, [Problem("the file is empty")])
    names = [f["name"] for f in schema["fields"]]
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows, lines, problems = [], [], []
    try:
        header = next(reader)
        for row in reader:
            if not row or all(cell == "" for cell in row) and len(row) <= 1:
                problems.append(Problem("blank row", line=reader.line_num))
            elif len(row) != len(names):
                problems.append(Problem(f"{len(row)} cells where the header has {len(names)}"
                                        " (truncated or shifted row)", line=reader.line_num))
            else:
                rows.append(row)
                lines.append(reader.line_num)
    except csv.Error as exc:
        problems.append(Problem(f"malformed CSV: {exc}", line=reader.line_num))
        header = header if "header" in locals() else []
    if header != names:
        missing = [n for n in names if n not in header]
        extra = [n for n in header if n not in names]
        detail = []
        if missing:
            detail.append(f"missing column(s) {', '.join(map(repr, missing))}")
        if extra:
            detail.append(f"unexpected column(s) {', '.join(map(repr, extra))}")
        if not detail:
            detail.append(f"columns out of order: expected {', '.join(names)}")
        problems.insert(0, Problem("header does not match the schema: " + "; ".join(detail), line=1))
    if not rows and not problems:
        problems.append(Problem("no data rows"))
    if not text.endswith("\n"):
        problems.append(Problem("the file does not end with a newline (truncated?)", line=text.count("\n") + 1))
    if problems:
        raise DataValidationError(path, problems)

    missing_values = set(schema.get("missingValues", [""]))
    frame = pd.DataFrame(rows, columns=names, dtype=object)
    frame = frame.map(lambda v: None if v in missing_values else v)
    frame.attrs["_lines"] = lines
    return _validate(frame, schema, path)


@functools.cache
def _pandera():
    import pandera.pandas as pa

    return pa


_DTYPES = {"string": "str", "integer": "Int64", "number": "float64", "date": "datetime64[ns]"}


def _checks(pa, field: dict) -> list:
    c = field.get("constraints", {})
    checks = []
    if "minimum" in c:
        checks.append(pa.Check.ge(c["minimum"]))
    if "maximum" in c:
        checks.append(pa.Check.le(c["maximum"]))
    if "enum" in c:
        checks.append(pa.Check.isin(c["enum"]))
    if "pattern" in c:
        checks.append(pa.Check.str_matches(f"^(?:{c['pattern']})$"))
    if "maxLength" in c:
        checks.append(pa.Check.str_length(max_value=c["maxLength"]))
    return checks


def build_schema(schema: dict):
    """A pandera DataFrameSchema equivalent to a Frictionless Table Schema (the types and constraints used here)."""
    pa = _pandera()
    columns = {}
    for f in schema["fields"]:
        if f["type"] not in _DTYPES:
            raise ValueError(f"field {f['name']!r}: type {f['type']!r} is not supported by the loader")
        c = f.get("constraints", {})
        columns[f["name"]] = pa.Column(_DTYPES[f["type"]], checks=_checks(pa, f), nullable=not c.get("required", False),
                                       unique=bool(c.get("unique", False)), coerce=True)
    pk = schema.get("primaryKey") or None
    return pa.DataFrameSchema(columns, unique=pk, strict=True, ordered=True, report_duplicates="all")


def _validate(frame, schema: dict, path: Path):
    pa = _pandera()
    lines = frame.attrs["_lines"]
    try:
        out = build_schema(schema).validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        problems = []
        cases = exc.failure_cases
        uncoercible = set(cases.loc[cases["check"].astype(str).str.startswith("coerce_dtype"), "column"])
        for case in cases.itertuples(index=False):
            idx = case.index
            if case.column in uncoercible and not str(case.check).startswith("coerce_dtype"):
                continue  # a value that is not of the column's type fails the other checks too: say it once
            line = lines[int(idx)] if idx is not None and idx == idx else None
            column = case.column if isinstance(case.column, str) else None
            problems.append(Problem(_describe(case), line=line, column=column))
        problems.sort(key=lambda p: (p.line or 0, p.column or ""))
        raise DataValidationError(path, _dedupe(problems)) from None
    out.attrs = {"_lines": lines}
    return out


def _describe(case) -> str:
    check, value = str(case.check), case.failure_case
    value = value.item() if hasattr(value, "item") else value  # numpy scalar -> plain Python
    if check.startswith("coerce_dtype") or check.startswith("dtype"):
        wanted = check.split("'")[1] if "'" in check else check
        return f"{value!r} is not a valid {_TYPE_WORDS.get(wanted, wanted)}"
    if check == "not_nullable":
        return "a required value is missing"
    if check in ("field_uniqueness", "multiple_fields_uniqueness"):
        return f"duplicate key value {value!r}"
    return f"{value!r} fails {check}"


_TYPE_WORDS = {"Int64": "integer", "float64": "number", "str": "string", "datetime64[ns]": "date (YYYY-MM-DD)"}


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen, out = set(), []
    for p in problems:
        if str(p) not in seen:
            seen.add(str(p))
            out.append(p)
    return out


@functools.cache
def default() -> DataPackage:
    """The package's own data."""
    return DataPackage()
