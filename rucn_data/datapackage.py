"""Read the Frictionless data package that describes every shipped dataset, and load its resources.

The descriptor must be a JSON object whose ``resources`` each have a ``name``, a relative ``path`` inside
the descriptor's folder, a ``schema`` with ``fields``, the file's ``bytes`` and its ``sha256:`` hash;
anything else fails, naming ``datapackage.json``. Every load then checks, in this order, and fails with
the file (and line and column where they apply):

1. the path: it resolves inside the data folder (no absolute path, no ``..``, no symlink out) to a regular file;
2. the size and the sha256 against the descriptor, on a read of at most ``bytes`` + 1 bytes, before any parsing;
3. the structure: UTF-8, no NUL or other control characters, header equal to the schema's fields, every
   row as long as the header;
4. the lexical form of each value: numbers and integers in plain ASCII notation (``-12.5``, ``3e4``; no
   spaces, ``_``, other digits, ``-0``, ``NaN`` or ``INF``, unless the field says ``"nonFinite": true``),
   dates as ``YYYY-MM-DD``; only the schema's ``missingValues`` (exactly) are missing;
5. each value against its field's type and constraints (pandera), patterns matched in full and in ASCII;
6. the primary key: no duplicates, and no two keys equal after Unicode NFKC normalisation, case folding
   and trimming; key strings without surrounding spaces or letters of mixed scripts (look-alikes);
7. foreign keys into other resources.
"""

from __future__ import annotations

import csv
import difflib
import errno
import functools
import hashlib
import io
import json
import math
import os
import re
import stat
import unicodedata
from pathlib import Path, PurePosixPath

from .errors import DataValidationError, Problem, UnknownDatasetError
from .paths import DESCRIPTOR

MAX_DESCRIPTOR_BYTES = 16 * 2**20
REHASH_HINT = (
    "the file was altered after it was described; if the change is deliberate, run "
    "`python tools/rehash.py` in a checkout and review the diff"
)


class DataPackage:
    """A ``datapackage.json`` and the CSV files beside it."""

    def __init__(self, descriptor: str | Path = DESCRIPTOR):
        self.descriptor_path = Path(descriptor)
        self._stamp = None
        self._refresh()

    def _refresh(self) -> None:
        """(Re)read the descriptor when it changed on disk since it was last read."""
        path = self.descriptor_path
        try:
            info = path.stat()
            stamp = (info.st_mtime_ns, info.st_size, info.st_ino)
            if stamp == self._stamp:
                return
            raw = read_regular_file(path, MAX_DESCRIPTOR_BYTES)
            if len(raw) > MAX_DESCRIPTOR_BYTES:
                raise DataValidationError(path, [Problem(f"over {MAX_DESCRIPTOR_BYTES} bytes: not a descriptor")])
            descriptor = json.loads(raw.decode("utf-8"))
        except FileNotFoundError:
            raise DataValidationError(path, [Problem("the descriptor is missing")]) from None
        except OSError as exc:
            raise DataValidationError(path, [Problem(f"cannot read the descriptor: {exc.strerror or exc}")]) from None
        except UnicodeDecodeError as exc:
            raise DataValidationError(path, [Problem(f"the descriptor is not UTF-8 ({exc.reason})")]) from None
        except json.JSONDecodeError as exc:
            raise DataValidationError(path, [Problem(f"not JSON: {exc.msg}", line=exc.lineno)]) from None
        problems = descriptor_problems(descriptor)
        if problems:
            raise DataValidationError(path, problems)
        self.descriptor = descriptor
        self._stamp = stamp
        self._resources = {r["name"]: r for r in descriptor["resources"]}
        self._cache: dict[str, tuple[tuple, object]] = {}

    @property
    def names(self) -> list[str]:
        return list(self._resources)

    def resource(self, name: str) -> dict:
        """The descriptor entry of ``name``; an unknown name lists the valid ones."""
        try:
            return self._resources[name]
        except (KeyError, TypeError):
            close = difflib.get_close_matches(str(name), self.names, n=1, cutoff=0.5)
            raise UnknownDatasetError(name, self.names, close[0] if close else None) from None

    def path(self, name: str) -> Path:
        """The data file of ``name`` as the descriptor names it (beside the descriptor)."""
        return self.descriptor_path.parent / self.resource(name)["path"]

    def resolved_path(self, name: str) -> Path:
        """The real data file of ``name``: inside the data folder and a regular file, or DataValidationError."""
        res, shown = self.resource(name), self.path(name)
        folder = self.descriptor_path.parent.resolve()
        try:
            real = shown.resolve(strict=True)
        except FileNotFoundError:
            raise DataValidationError(shown, [Problem(f"data file of dataset {name!r} is missing")]) from None
        except (OSError, RuntimeError) as exc:  # a symlink loop
            raise DataValidationError(shown, [Problem(f"cannot resolve the path: {exc}")]) from None
        if not real.is_relative_to(folder):
            raise DataValidationError(
                self.descriptor_path,
                [
                    Problem(
                        f"resource {name!r}: path {res['path']!r} leads outside the data folder {folder} (to {real})"
                    )
                ],
            )
        return real

    def load(self, name: str):
        """The validated DataFrame of ``name``, with its metadata in ``.attrs``."""
        self._refresh()
        res = self.resource(name)
        shown, real = self.path(name), self.resolved_path(name)
        try:
            info = real.stat()
        except OSError as exc:
            raise DataValidationError(shown, [Problem(f"cannot read the data file: {exc.strerror or exc}")]) from None
        key = (info.st_mtime_ns, info.st_size, info.st_ino)
        cached = self._cache.get(name)
        if cached is None or cached[0] != key:
            self._cache[name] = (key, self._read_validated(res, real, shown))
        frame = self._cache[name][1].copy()
        frame.attrs = metadata(res, shown)
        return frame

    # -- validation -----------------------------------------------------------------------------
    def _read_validated(self, res: dict, real: Path, shown: Path):
        from . import cache

        raw = read_described(real, shown, res["bytes"], res["hash"])  # always: a changed file fails here
        fks = res["schema"].get("foreignKeys", [])
        targets = [self._resources[fk["reference"]["resource"]].get("hash", "") for fk in fks]
        entry = cache.key(f"data-{res['name']}", res["hash"], json.dumps(res["schema"], sort_keys=True), *targets)
        frame = cache.get(entry)
        if frame is None:
            frame, lines = read_table(raw, res["schema"], shown)
            problems = self._foreign_key_problems(res, frame, lines)
            if problems:
                raise DataValidationError(shown, problems)
            cache.put(entry, frame)
        return frame

    def verify_all(self) -> str:
        """Check every data file's size and sha256 against the descriptor (no parsing); return the descriptor's
        own sha256, which with them determines every dataset."""
        self._refresh()
        for name in self.names:
            res = self.resource(name)
            read_described(self.resolved_path(name), self.path(name), res["bytes"], res["hash"])
        return hashlib.sha256(self.descriptor_path.read_bytes()).hexdigest()

    def _foreign_key_problems(self, res: dict, frame, lines: list[int]) -> list[Problem]:
        problems = []
        for fk in res["schema"].get("foreignKeys", []):
            field, ref = fk["fields"], fk["reference"]
            target = self.load(ref["resource"])[ref["fields"]]
            known = set(target.dropna())
            for idx, value in frame[field].dropna().items():  # a missing value refers to nothing
                if value not in known:
                    problems.append(
                        Problem(
                            f"{value!r} is not an {ref['fields']!r} of dataset {ref['resource']!r}",
                            line=lines[idx],
                            column=field,
                        )
                    )
        return problems


# -- the descriptor -----------------------------------------------------------------------------------
_SUPPORTED_TYPES = ("string", "integer", "number", "date")
_HASH = re.compile(r"sha256:[0-9a-f]{64}", re.ASCII)


def descriptor_problems(descriptor) -> list[Problem]:
    """What makes ``descriptor`` unusable: not an object with ``resources``, or a resource the loader cannot read."""
    if not isinstance(descriptor, dict):
        return [Problem(f"the descriptor is a JSON {type(descriptor).__name__}, not an object with 'resources'")]
    resources = descriptor.get("resources")
    if not isinstance(resources, list) or not resources:
        return [Problem("the descriptor has no 'resources' list")]
    problems, names = [], set()
    for number, res in enumerate(resources, start=1):
        if not isinstance(res, dict):
            problems.append(Problem(f"resource {number} is not an object"))
            continue
        name = res.get("name")
        label = f"resource {name!r}" if isinstance(name, str) and name else f"resource {number}"
        if not isinstance(name, str) or not name:
            problems.append(Problem(f"{label} has no 'name'"))
        elif name in names:
            problems.append(Problem(f"{label} is described twice"))
        names.add(name)
        problems += [Problem(f"{label}: {p}") for p in _resource_problems(res)]
    if not problems:
        problems += _foreign_key_problems(resources)
    return problems


def _foreign_key_problems(resources: list[dict]) -> list[Problem]:
    """Foreign keys that name a resource or field the descriptor does not have, or that lead back in a circle."""
    fields = {r["name"]: {f["name"] for f in r["schema"]["fields"]} for r in resources}
    problems = []
    refers = {
        r["name"]: {
            fk.get("reference", {}).get("resource")
            for fk in r["schema"].get("foreignKeys", [])
            if isinstance(fk, dict) and isinstance(fk.get("reference"), dict)
        }
        for r in resources
    }
    for name, targets in refers.items():
        seen, todo = set(), list(targets)
        while todo:
            other = todo.pop()
            if other == name or other == "":
                problems.append(
                    Problem(
                        f"resource {name!r}: its foreign keys lead back to itself, which the loader does not support"
                    )
                )
                break
            if other in refers and other not in seen:
                seen.add(other)
                todo.extend(refers[other])
    for res in resources:
        for fk in res["schema"].get("foreignKeys", []):
            ref = fk.get("reference") if isinstance(fk, dict) else None
            if (
                not isinstance(ref, dict)
                or not isinstance(fk.get("fields"), str)
                or not isinstance(ref.get("fields"), str)
            ):
                problems.append(
                    Problem(
                        f"resource {res['name']!r}: a foreign key needs 'fields' and a 'reference' "
                        "with 'resource' and 'fields' (one field each)"
                    )
                )
            elif fk["fields"] not in fields[res["name"]] or ref["fields"] not in fields.get(ref.get("resource"), ()):
                problems.append(
                    Problem(
                        f"resource {res['name']!r}: foreign key {fk['fields']!r} -> "
                        f"{ref.get('resource')!r}.{ref['fields']!r} names a field that is not there"
                    )
                )
    return problems


def _resource_problems(res: dict) -> list[str]:
    problems = []
    path = res.get("path")
    if not isinstance(path, str):
        problems.append("'path' must be one relative file path (a string)")
    else:
        problems += _path_problems(path)
    if not isinstance(res.get("bytes"), int) or isinstance(res.get("bytes"), bool) or res["bytes"] < 0:
        problems.append("no 'bytes' (the file's size): run `python tools/rehash.py` in a checkout")
    if not isinstance(res.get("hash"), str) or not _HASH.fullmatch(res["hash"]):
        problems.append("no 'hash' of the form sha256:<64 hex digits>: run `python tools/rehash.py` in a checkout")
    if str(res.get("encoding", "utf-8")).lower().replace("_", "-") not in ("utf-8", "utf8"):
        problems.append(f"encoding {res['encoding']!r}: the loader reads UTF-8 only")
    schema = res.get("schema")
    if not isinstance(schema, dict):
        return problems + ["no 'schema' (an object with 'fields')"]
    fields = schema.get("fields")
    if not isinstance(fields, list) or not fields or not all(isinstance(f, dict) for f in fields):
        return problems + ["the schema has no 'fields' list"]
    names = [f.get("name") for f in fields]
    for f in fields:
        if not isinstance(f.get("name"), str) or not f["name"]:
            problems.append("a field without a 'name'")
        elif f.get("type", "string") not in _SUPPORTED_TYPES:
            problems.append(f"field {f['name']!r}: type {f.get('type')!r} is not supported by the loader")
        elif not isinstance(f.get("constraints", {}), dict):
            problems.append(f"field {f['name']!r}: 'constraints' is not an object")
    if len(set(map(str, names))) != len(names):
        problems.append("two fields have the same name")
    for key in _as_list(schema.get("primaryKey", [])):
        if key not in names:
            problems.append(f"primary key field {key!r} is not a field")
    missing = schema.get("missingValues", [""])
    if not isinstance(missing, list) or not all(isinstance(v, str) for v in missing):
        problems.append("'missingValues' must be a list of strings")
    if not isinstance(schema.get("foreignKeys", []), list):
        problems.append("'foreignKeys' must be a list")
    return problems


def _path_problems(path: str) -> list[str]:
    """Why ``path`` is not a plain relative path inside the data folder (the file system is checked at load)."""
    where = f"path {path!r}"
    if not path or "\x00" in path:
        return [f"{where} is empty or holds a NUL"]
    if "://" in path:
        return [f"{where} is a URL; only files inside the data folder are read"]
    if "\\" in path:
        return [f"{where} has a backslash; use / between folders"]
    pure = PurePosixPath(path)
    if pure.is_absolute() or re.match(r"[A-Za-z]:", path):
        return [f"{where} is absolute; resource paths are relative to the data folder"]
    if ".." in pure.parts:
        return [f"{where} climbs out with '..'; resource paths stay inside the data folder"]
    return []


def _as_list(value) -> list:
    return [value] if isinstance(value, str) else list(value or [])


# -- bounded, checked reads -------------------------------------------------------------------------------
def read_regular_file(path: Path, limit: int, follow: bool = True) -> bytes:
    """At most ``limit`` + 1 bytes of ``path``, which must be a regular file (never a device, pipe or folder).

    ``follow=False``: a symlink put in its place after it was resolved is refused (ELOOP), not followed.
    """
    before = os.stat(path)
    if not stat.S_ISREG(before.st_mode):
        kind = "a folder" if stat.S_ISDIR(before.st_mode) else "a device, pipe or socket"
        raise OSError(
            errno.EISDIR if stat.S_ISDIR(before.st_mode) else errno.EINVAL, f"{kind}, not a regular file", str(path)
        )
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags if follow else flags | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "rb") as fh:
        now = os.fstat(fh.fileno())
        if (now.st_dev, now.st_ino) != (before.st_dev, before.st_ino) or not stat.S_ISREG(now.st_mode):
            raise OSError(errno.EBUSY, "the file changed while it was opened", str(path))
        chunks, left = [], limit + 1
        while left > 0:
            chunk = fh.read(min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    return b"".join(chunks)


def read_described(real: Path, shown: Path, size: int, digest: str) -> bytes:
    """The bytes of a data file whose size and sha256 match the descriptor; nothing else is parsed."""
    try:
        info = os.stat(real)
        if not stat.S_ISREG(info.st_mode):
            kind = "a folder" if stat.S_ISDIR(info.st_mode) else "a device, pipe or socket"
            raise OSError(errno.EINVAL, f"{kind}, not a regular file", str(real))
        actual_size = info.st_size
        if actual_size == size:
            raw = read_regular_file(real, size, follow=False)
            actual_size = len(raw)
    except OSError as exc:
        raise DataValidationError(shown, [Problem(f"cannot read the data file: {exc.strerror or exc}")]) from None
    if actual_size != size:
        raise DataValidationError(
            shown, [Problem(f"{actual_size} bytes where the descriptor says {size}: {REHASH_HINT}")]
        )
    actual = "sha256:" + hashlib.sha256(raw).hexdigest()
    if actual != digest:
        raise DataValidationError(
            shown,
            [
                Problem(
                    f"contents differ from the descriptor (sha256 {actual[7:19]}… vs {digest[7:19]}…): {REHASH_HINT}"
                )
            ],
        )
    return raw


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
        "fields": {
            f["name"]: {"type": f["type"], "unit": f.get("unit", ""), "description": f.get("description", "")}
            for f in res["schema"]["fields"]
        },
        "primary_key": list(res["schema"].get("primaryKey", [])),
    }


def without_metadata(frame):
    """``frame`` (sharing its data) without the ``.attrs`` that ``metadata`` gives it: for code that computes many
    results from a frame, since pandas deep-copies ``.attrs`` into every result, row and column taken."""
    plain = frame.copy(deep=False)
    plain.attrs = {}
    return plain


def read_table(raw: bytes, schema: dict, path: Path):
    """Parse CSV bytes and validate them against a Table Schema; raise on the first kind of failure. Returns the frame
    and each row's line in the file (kept out of ``.attrs``, which pandas deep-copies on every operation)."""
    import pandas as pd

    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataValidationError(path, [Problem(f"not UTF-8 ({exc.reason} at byte {exc.start})", line=line)]) from None
    if not text.strip():
        raise DataValidationError(path, [Problem("the file is empty")])
    controls = [
        Problem(
            "a NUL byte" if m.group() == "\0" else f"a control character (U+{ord(m.group()):04X})",
            line=text.count("\n", 0, m.start()) + 1,
        )
        for m in _CONTROL.finditer(text)
    ]
    if controls:
        raise DataValidationError(path, _dedupe(controls))
    names = [f["name"] for f in schema["fields"]]
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows, lines, problems = [], [], []
    try:
        header = next(reader)
        end = reader.line_num
        for row in reader:
            line, end = end + 1, reader.line_num  # a row's line is where it starts (a quoted cell may span lines)
            if not row or all(cell == "" for cell in row) and len(row) <= 1:
                problems.append(Problem("blank row", line=line))
            elif len(row) != len(names):
                problems.append(
                    Problem(f"{len(row)} cells where the header has {len(names)} (truncated or shifted row)", line=line)
                )
            else:
                rows.append(row)
                lines.append(line)
    except csv.Error as exc:
        problems.append(Problem(f"malformed CSV: {exc}", line=end + 1))
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
    problems = lexical_problems(rows, lines, schema["fields"], missing_values)
    problems += key_problems(rows, lines, schema, missing_values)
    if problems:
        problems.sort(key=lambda p: (p.line or 0, names.index(p.column) if p.column in names else 0))
        raise DataValidationError(path, _dedupe(problems))
    frame = pd.DataFrame(rows, columns=names, dtype=object)
    frame = frame.map(lambda v: None if v in missing_values else v)
    return _validate(frame, schema, path, lines), lines


# -- the lexical form of values, and keys that only look different --------------------------------------------
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # tab, LF and CR are CSV's own
_LEXICAL = {
    "integer": (re.compile(r"[+-]?[0-9]+", re.ASCII), "an integer (ASCII digits, no spaces or separators)"),
    "number": (
        re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?", re.ASCII),
        "a number (ASCII digits, '.' for decimals, no spaces or separators)",
    ),
    "date": (re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII), "a date (YYYY-MM-DD)"),
}
_NON_FINITE = re.compile(r"nan|[+-]?inf", re.ASCII | re.IGNORECASE)  # Table Schema's NaN, INF, -INF


def lexical_problems(rows: list[list[str]], lines: list[int], fields: list[dict], missing: set[str]) -> list[Problem]:
    """Values of numeric and date fields not written in the schema's plain form; only ``missing`` is missing."""
    problems = []
    for j, field in enumerate(fields):
        kind = field.get("type", "string")
        if kind not in _LEXICAL:
            continue
        form, words = _LEXICAL[kind]
        non_finite = kind == "number" and field.get("nonFinite") is True
        for row, line in zip(rows, lines):
            value = row[j]
            if value in missing or non_finite and _NON_FINITE.fullmatch(value):
                continue
            if not form.fullmatch(value):
                looks_missing = _NON_FINITE.fullmatch(value.strip()) or value.strip() in ("", "NA", "N/A", "null")
                hint = (
                    f" (missing values are written as {' or '.join(map(repr, sorted(missing)))})"
                    if looks_missing
                    else ""
                )
                problems.append(Problem(f"{value!r} is not {words}{hint}", line=line, column=field["name"]))
            elif kind != "date" and value.startswith("-") and float(value) == 0:
                problems.append(Problem(f"{value!r} is a negative zero; write 0", line=line, column=field["name"]))
            elif kind == "number" and not math.isfinite(float(value)):
                problems.append(
                    Problem(f"{value!r} is too large to be a finite number", line=line, column=field["name"])
                )
    return problems


def key_folded(value: str) -> str:
    """The form in which two key strings count as the same: NFKC-normalised, case-folded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", value).casefold().split())


def _scripts(value: str) -> set[str]:
    """The scripts (LATIN, CYRILLIC, GREEK, ...) of the letters in ``value``."""
    return {unicodedata.name(ch, "UNKNOWN").split()[0] for ch in value if ch.isalpha()}


def key_problems(rows: list[list[str]], lines: list[int], schema: dict, missing: set[str]) -> list[Problem]:
    """Primary-key strings with surrounding spaces or mixed scripts, and keys that collide once folded."""
    fields = schema["fields"]
    names = [f["name"] for f in fields]
    key = _as_list(schema.get("primaryKey", []))
    if not key:
        return []
    cols = [names.index(k) for k in key]
    strings = {j for j in cols if fields[j].get("type", "string") == "string"}
    problems, seen = [], {}
    for row, line in zip(rows, lines):
        for j in strings:
            value = row[j]
            if value != value.strip():
                problems.append(
                    Problem(f"key value {value!r} has leading or trailing spaces", line=line, column=names[j])
                )
            scripts = sorted(x.title() for x in _scripts(unicodedata.normalize("NFKC", value)))
            if len(scripts) > 1:
                problems.append(
                    Problem(
                        f"key value {value!r} mixes {' and '.join(scripts)} letters (a look-alike character?)",
                        line=line,
                        column=names[j],
                    )
                )
        raw = tuple(row[j] for j in cols)
        folded = tuple(key_folded(v) if j in strings else v for j, v in zip(cols, raw))
        if folded in seen and seen[folded][0] != raw:
            other, other_line = seen[folded]
            shown = raw[0] if len(raw) == 1 else raw
            was = other[0] if len(other) == 1 else other
            problems.append(
                Problem(
                    f"key {shown!r} collides with {was!r} on line {other_line} (the same after "
                    "Unicode normalisation, case folding and trimming)",
                    line=line,
                    column=key[0],
                )
            )
        seen.setdefault(folded, (raw, line))
    return problems


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
    if "pattern" in c:  # the whole value, in ASCII classes: \d is 0-9 only, "$" does not pass a final newline
        checks.append(
            pa.Check.str_matches(
                re.compile(f"(?:{c['pattern']})\\Z", re.ASCII), error=f"does not match the pattern {c['pattern']}"
            )
        )
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
        columns[f["name"]] = pa.Column(
            _DTYPES[f["type"]],
            checks=_checks(pa, f),
            nullable=not c.get("required", False),
            unique=bool(c.get("unique", False)),
            coerce=True,
        )
    pk = _as_list(schema.get("primaryKey")) or None
    return pa.DataFrameSchema(columns, unique=pk, strict=True, ordered=True, report_duplicates="all")


def _validate(frame, schema: dict, path: Path, lines: list[int]):
    pa = _pandera()
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
    if check.startswith("does not match"):
        return f"{value!r} {check}"
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
