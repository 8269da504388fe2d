"""The report's footnotes as a dataset: parse the transcription ``data/footnotes.txt`` into ``data/footnotes.csv``.

>>> from rucn_data import footnotes
>>> records = footnotes.parse(footnotes.TRANSCRIPTION)    # one dict per footnote, in number order
>>> footnotes.build()                                     # rewrite data/footnotes.csv (a maintainer's step)

From the shell: ``python -m rucn_data.footnotes`` rebuilds the CSV (then ``python tools/rehash.py``).
The transcription keeps the dump's line breaks; the parser joins them (repairing line-break hyphenation in
words, keeping hyphens inside addresses), then reads publisher, title, date, address and the date an address
carries in its path. A bad record fails with the file and line named, and nothing is written.
"""

from __future__ import annotations

import calendar
import csv
import io
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .paths import DATA_DIR
from .sections import IDS as SECTIONS

TRANSCRIPTION = DATA_DIR / "footnotes.txt"
CSV_PATH = DATA_DIR / "footnotes.csv"

COLUMNS = [
    "number",
    "section",
    "status",
    "kind",
    "source_type",
    "outlet",
    "title",
    "date_printed",
    "date_iso",
    "date_flag",
    "address",
    "address_date",
    "other_addresses",
    "ibid_of",
    "mark_line",
    "printed_lines",
    "body_date",
    "body_date_line",
    "text",
]
# what an 'Ibid.' takes from the footnote it repeats: the fields that describe the source
CITED_FIELDS = COLUMNS[COLUMNS.index("source_type") : COLUMNS.index("other_addresses")]
STATUSES = ("printed", "truncated", "not_in_dump")
KINDS = ("citation", "note", "ibid", "missing")
DATE_FLAGS = ("day", "month", "year", "range", "impossible", "none")

# The vocabulary of source types: what kind of body published the cited item.
SOURCE_TYPES = {
    "official_statistics": "a statistics office or customs service publishing statistics",
    "government_document": "a government, ministry, head of state, embassy or party: statements, decrees, news",
    "international_organisation": "an intergovernmental organisation or its secretariat (NATO, SCO, EEC, CIS)",
    "news_agency": "a news agency or wire service (TASS, RIA Novosti, Interfax, Xinhua, Reuters, Bloomberg)",
    "newspaper_magazine": "a newspaper, magazine, broadcaster or news portal",
    "company": "a company or its own publication",
    "think_tank_academic": "a think tank, research institute or academic publication",
    "other": "anything else (an industry association, a portal of unclear ownership)",
}

# Outlet (as printed after " // ") -> source type; the first pattern that matches wins. Case-insensitive.
OUTLET_TYPES: list[tuple[str, str]] = [
    (r"General Administration of Customs", "official_statistics"),
    (r"\bTASS\b|RIA\s+Novosti|Interfax|Xinhua|XINHUA|Reuters|Bloomberg|Sputnik|Kazinform|BELTA", "news_agency"),
    (
        r"NATO|Shanghai Cooperation Organisation|SCO Secretariat|^SCO$|Eurasian\s+Economic\s+Commission|^EEC$|"
        r"CIS Internet Portal|Forum of China.Africa Cooperation",
        "international_organisation",
    ),
    (
        r"President of Russia|Government of Russia|Russian Government|Government of the Russian|Ministry|Embassy|"
        r"Trade Mission|Trade Russia.China|State Council|National Development and Reform|Gov\.br|National Projects|"
        r"Electronic Fund of Legal|China International Import Expo|The Arctic",
        "government_document",
    ),
    (r"Gazprom|Rosneft|Autotor|Alta.Soft|ETP GPB|Sinopec|Rail Alliance|^MPK$", "company"),
    (
        r"Russian International Affairs Council|Russian Council on Foreign Affairs|Valdai|Oxford Institute|Elcano|"
        r"ISPI|IMEMO|BRICS Research|Green Finance",
        "think_tank_academic",
    ),
    (
        r"RBC|Vedomosti|Kommersant|Gazeta|Lenta|Vesti|Izvestia|Expert|Financial Times|Nikkei|Economic Times|"
        r"China ?Daily|CHINADAILY|Global Times|People|^Paper$|^CHINA$|Finance\.|Gudok|SB\.BY|El19|Wall Street|"
        r"Logist Africa|Trade Monitor|Infotrans|Qiun Dao|Eurasian business|Gorod48|VL\.ru|Channel One|Evrazia|"
        r"Rossiyskaya",
        "newspaper_magazine",
    ),
    (r"Industry Association|Russian Foreign Trade", "other"),
]

MONTHS = {m: i for i, m in enumerate(calendar.month_name) if m}
_M = "|".join(MONTHS)
# a printed date: "March 21, 2023", "21 March 2023", "September 15–16, 2022", "September 2022", ", 2022."
DATE_RE = re.compile(
    rf"(?P<mdy>(?P<m1>{_M})\s+(?P<d1>\d{{1,2}})(?:\s?[–-]\s?(?P<d1b>\d{{1,2}}))?,\s*(?P<y1>\d{{4}}))"
    rf"|(?P<dmy>(?P<d2>\d{{1,2}})\s+(?P<m2>{_M})\s+(?P<y2>\d{{4}}))"
    rf"|(?P<my>(?P<m3>{_M})\s+(?P<y3>\d{{4}}))"
    r"|(?P<y>(?<=, )(?P<y4>(?:19|20)\d{2})(?=\.))"
)


class TranscriptionError(ValueError):
    """A transcription that cannot be parsed: the message names the file and line."""


@dataclass
class Record:
    number: int
    line: int  # line of the record's header in the transcription
    attrs: dict
    lines: list[str] = field(default_factory=list)
    directives: dict = field(default_factory=dict)


# -- reading the transcription ------------------------------------------------------------------
_HEAD = re.compile(r"^\[(\d+)\]((?:\s+\w+=\S+)*)\s*$")
_DIRECTIVE = re.compile(r"^@(event|status|kind|outlet|title|type)\s+(.+?)\s*$")
_STATEMENT = re.compile(r"^@statement\s+([\w-]+)\s+(\S+):\s*(.+?)\s+@\s+line\s+(\d+)\s*$")


def read(path: str | Path = TRANSCRIPTION) -> tuple[list[Record], list[dict]]:
    """The records and the ``[statements]`` of a transcription; raise TranscriptionError naming file and line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TranscriptionError(f"{path}: cannot read the transcription: {exc}") from None
    records: list[Record] = []
    statements: list[dict] = []
    current: Record | None = None
    in_statements = False

    def fail(lineno: int, message: str):
        raise TranscriptionError(f"{path}, line {lineno}: {message}")

    for lineno, raw in enumerate(text.split("\n"), start=1):
        line = raw.rstrip()
        if line.startswith("#"):
            continue
        if not line.strip():
            current = None
            continue
        if line == "[statements]":
            in_statements, current = True, None
            continue
        if in_statements:
            m = _STATEMENT.match(line)
            if not m:
                fail(lineno, "a statement must read '@statement KEY SECTION: PHRASE @ line N'")
            if m.group(2) not in SECTIONS:
                fail(lineno, f"unknown section {m.group(2)!r}; expected one of {', '.join(SECTIONS)}")
            statements.append(
                {"key": m.group(1), "section": m.group(2), "printed": m.group(3), "line": int(m.group(4))}
            )
            continue
        head = _HEAD.match(line)
        if head:
            attrs = dict(pair.split("=", 1) for pair in head.group(2).split())
            for key in ("section", "mark", "printed"):
                if key not in attrs:
                    fail(lineno, f"footnote [{head.group(1)}] has no '{key}='")
            if attrs["section"] not in SECTIONS:
                fail(lineno, f"unknown section {attrs['section']!r}; expected one of {', '.join(SECTIONS)}")
            if not attrs["mark"].isdigit() or not re.fullmatch(r"-|\d+-\d+", attrs["printed"]):
                fail(lineno, "'mark=' must be a line number and 'printed=' a range A-B or '-'")
            current = Record(int(head.group(1)), lineno, attrs)
            records.append(current)
            continue
        if current is None:
            fail(lineno, "text outside a footnote record (a record starts with '[N] section=… mark=… printed=…')")
        if line.startswith("@"):
            m = _DIRECTIVE.match(line)
            if not m:
                fail(lineno, f"unknown directive {line.split()[0]!r}")
            current.directives[m.group(1)] = (m.group(2), lineno)
        else:
            if current.directives:
                fail(lineno, "footnote text after a directive: put '@' lines after the text")
            current.lines.append(line)
    numbers = [r.number for r in records]
    for prev, rec in zip(numbers, records[1:]):
        if rec.number != prev + 1:
            fail(
                rec.line,
                f"footnote [{rec.number}] follows [{prev}]: numbers must run 1, 2, 3, … without gaps "
                "(a footnote the dump does not print is a record without text)",
            )
    if records and records[0].number != 1:
        fail(records[0].line, "the first footnote must be [1]")
    return records, statements


# -- joining lines and reading the fields ---------------------------------------------------------
def _ends_in_address(line: str) -> bool:
    """Whether ``line`` ends inside an address: from its last 'http' on, nothing but the address."""
    pos = line.rfind("http")
    if pos < 0:
        return False
    tail = line[pos:].rstrip()
    return not re.search(r"[,;.] ", tail) and not tail.endswith((",", ";"))


def join_lines(lines: list[str]) -> str:
    """The printed lines as one text: words hyphenated across a line break rejoined ("Repub-", "lic" ->
    "Republic"), an address broken across lines rejoined as it stands (its hyphens kept), other lines joined
    by a space."""
    text = ""
    for raw in lines:
        part = raw.strip()
        if not text:
            text = part
        elif _ends_in_address(text):
            text = text.rstrip() + part
        elif re.search(r"[^\W\d_]-$", text.rstrip()) and re.match(r"[^\W\d_]", part):
            text = text.rstrip()
            text = text[:-1] + part if part[0].islower() else text + part
        else:
            text = text.rstrip() + " " + part
    return re.sub(r"[ \t]+", " ", text).strip()


# an address runs to the first space, except a space the layout put after '-', '_', '/', 'www.' or a '%XX' escape
_URL = re.compile(
    r"(?:https?://|www\.)\S*"
    r"(?:(?:(?<=[-_/])|(?<=www\.)) (?=[A-Za-z0-9])\S*|(?<=%[0-9A-F]{2}) (?=\S+%)\S*)*"
)


def addresses(text: str) -> list[str]:
    """Every address in ``text``, with the spaces the layout put inside it removed and trailing ',.;' dropped."""
    out = []
    for m in _URL.finditer(text):
        if text[max(0, m.start() - 8) : m.start()].endswith("//"):
            continue  # the 'www.' of an address already read
        url = m.group(0).replace(" ", "").rstrip(".,;")
        if url.startswith("www."):
            url = "http://" + url
        out.append(url)
    return out


def _valid(y: int, m: int, d: int | None = None) -> bool:
    if not (1990 <= y <= 2030 and 1 <= m <= 12):
        return False
    return d is None or 1 <= d <= calendar.monthrange(y, m)[1]


def address_date(url: str) -> str:
    """The date an address carries in its path, as ISO text at the precision it gives ('2022-11-25',
    '2022-11', '2022'), or '' when it carries none."""
    if not url:
        return ""
    path = re.sub(r"^https?://[^/]+", "", url)
    path = re.sub(r"[?#].*$", "", path)
    for pattern, order in (
        (r"(?<!\d)(\d{4})[-/](\d{2})[-/](\d{2})(?!\d)", "ymd"),
        (r"/(\d{2})/(\d{2})/(\d{4})/", "dmy"),
        (r"/(\d{4})/(\d{2})(\d{2})/", "ymd"),
        (r"/(\d{6})/(\d{2})/", "ym+d"),
        (r"[/_t](\d{4})(\d{2})(\d{2})[/_.-]", "ymd"),
    ):
        for m in re.finditer(pattern, path):
            g = m.groups()
            if order == "dmy":
                y, mo, d = int(g[2]), int(g[1]), int(g[0])
            elif order == "ym+d":
                y, mo, d = int(g[0][:4]), int(g[0][4:]), int(g[1])
            else:
                y, mo, d = int(g[0]), int(g[1]), int(g[2])
            if _valid(y, mo, d):
                return f"{y:04d}-{mo:02d}-{d:02d}"
    for pattern in (r"/(\d{4})(\d{2})/", r"/(\d{4})[-/](\d{2})/"):
        for m in re.finditer(pattern, path):
            y, mo = int(m.group(1)), int(m.group(2))
            if _valid(y, mo):
                return f"{y:04d}-{mo:02d}"
    for m in re.finditer(r"/((?:19|20)\d{2})/", path):
        if _valid(int(m.group(1)), 1):
            return m.group(1)
    return ""


def parse_date(printed: str) -> tuple[str, str]:
    """(ISO text, flag) for a printed date: flag day, month, year, range (a span of days; ISO is its first
    day), impossible (no such day; ISO empty) or none (nothing printed or nothing readable; ISO empty)."""
    printed = (printed or "").strip()
    if re.fullmatch(r"(?:19|20)\d{2}", printed):
        return printed, "year"
    m = DATE_RE.fullmatch(printed) if printed else None
    if not m:
        return "", "none"
    if m.group("mdy") or m.group("dmy"):
        month = MONTHS[m.group("m1") or m.group("m2")]
        year = int(m.group("y1") or m.group("y2"))
        day = int(m.group("d1") or m.group("d2"))
        if not _valid(year, month, day):
            return "", "impossible"
        return f"{year:04d}-{month:02d}-{day:02d}", "range" if m.group("d1b") else "day"
    if m.group("my"):
        return f"{int(m.group('y3')):04d}-{MONTHS[m.group('m3')]:02d}", "month"
    return m.group("y4"), "year"


def date_span(printed: str):
    """(first day, last day) of a printed date as ``datetime.date``: a day, a span of days, a month or a year;
    None when it is not a date or names no existing day."""
    import datetime as dt

    iso, flag = parse_date(printed)
    if not iso:
        return None
    y, m, d = (int(x) for x in (iso.split("-") + ["0", "0"])[:3])
    if flag == "year":
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if flag == "month":
        return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
    end = d
    if flag == "range":
        end = int(DATE_RE.fullmatch(printed.strip()).group("d1b"))
        if not _valid(y, m, end) or end < d:
            return None
    return dt.date(y, m, d), dt.date(y, m, end)


def source_type(outlet: str) -> str:
    """The source type of an outlet (``OUTLET_TYPES``); '' when no rule matches."""
    for pattern, kind in OUTLET_TYPES:
        if outlet and re.search(pattern, outlet, flags=re.IGNORECASE):
            return kind
    return ""


def _fields(text: str) -> dict:
    """Title, outlet and printed date of the first source a footnote cites."""
    first = re.split(r"URL:|https?://", text, maxsplit=1)[0]
    if "//" in first or re.search(r"\s//\s*\S", text.split("URL:")[0]):
        title, rest = re.split(r"\s*//\s*", text, maxsplit=1)
        title = re.split(r"\b[Ss]ee:\s*", title)[-1]
        segment = re.split(r"URL:|https?://", rest, maxsplit=1)[0]
        m = DATE_RE.search(segment)
        outlet = segment[: m.start()] if m else segment
        date = m.group(0) if m else ""
    else:
        title, outlet = first, ""
        dates = list(DATE_RE.finditer(first))
        date = dates[-1].group(0) if dates else ""
        if dates:
            title = first[: dates[-1].start()]
    return {"title": title.strip(" .,"), "outlet": outlet.strip(" .,"), "date_printed": date.strip()}


def parse(path: str | Path = TRANSCRIPTION) -> list[dict]:
    """One dict per footnote (keys ``COLUMNS``), in number order; raise TranscriptionError on a bad record."""
    records, _ = read(path)
    rows: list[dict] = []
    by_number: dict[int, dict] = {}
    for rec in records:
        d = rec.directives

        def fail(key: str, message: str, d=d, rec=rec):
            raise TranscriptionError(f"{path}, line {d[key][1]}: footnote [{rec.number}]: {message}")

        text = join_lines(rec.lines)
        status = d.get("status", ("printed" if rec.lines else "not_in_dump", rec.line))[0]
        if status not in STATUSES:
            fail("status", f"unknown status {status!r}; expected one of {', '.join(STATUSES)}")
        if not rec.lines and rec.attrs["printed"] != "-":
            raise TranscriptionError(
                f"{path}, line {rec.line}: footnote [{rec.number}] has no text but printed={rec.attrs['printed']}"
            )
        row = dict.fromkeys(COLUMNS, "")
        row.update(
            number=rec.number,
            section=rec.attrs["section"],
            status=status,
            text=text,
            mark_line=int(rec.attrs["mark"]),
            printed_lines="" if rec.attrs["printed"] == "-" else rec.attrs["printed"],
        )
        if not text:
            row["kind"] = "missing"
        elif re.match(r"Ibid\b", text):
            row["kind"] = "ibid"
            ref = next((r for r in reversed(rows) if r["kind"] != "missing"), None)
            if ref is None:
                raise TranscriptionError(
                    f"{path}, line {rec.line}: footnote [{rec.number}] is 'Ibid.' with no footnote before it"
                )
            row["ibid_of"] = ref["ibid_of"] or ref["number"]
            target = by_number[int(row["ibid_of"])]
            for key in CITED_FIELDS:
                row[key] = target[key]
        else:
            urls = addresses(text)
            kind = d.get("kind", ("citation" if ("//" in text or urls) else "note", 0))[0]
            if kind not in ("citation", "note"):
                fail("kind", f"unknown kind {kind!r}; expected citation or note")
            row["kind"] = kind
            row["address"] = urls[0] if urls else ""
            row["other_addresses"] = " ".join(urls[1:])
            row["address_date"] = address_date(row["address"])
            if kind == "citation":
                row.update(_fields(text))
                for key in ("outlet", "title"):
                    if key in d:
                        value = d[key][0]
                        if value not in text:
                            fail(key, f"@{key} {value!r} is not part of the footnote's text")
                        row[key] = value
                row["date_iso"], row["date_flag"] = parse_date(row["date_printed"])
                row["source_type"] = d["type"][0] if "type" in d else source_type(row["outlet"])
                if row["source_type"] not in SOURCE_TYPES:
                    where = f"line {d['type'][1]}" if "type" in d else f"line {rec.line}"
                    raise TranscriptionError(
                        f"{path}, {where}: footnote [{rec.number}]: no source type for outlet {row['outlet']!r}; "
                        f"add '@type' ({', '.join(SOURCE_TYPES)})"
                    )
        if "event" in d:
            m = re.fullmatch(r"(.+?)\s+@\s+line\s+(\d+)", d["event"][0])
            if not m:
                fail("event", "an event must read '@event PHRASE @ line N'")
            row["body_date"], row["body_date_line"] = m.group(1), int(m.group(2))
        rows.append(row)
        by_number[rec.number] = row
    return rows


def statements(path: str | Path = TRANSCRIPTION) -> list[dict]:
    """The dates the body states more than once: key, section, printed phrase, report line."""
    return read(path)[1]


def to_csv(rows: list[dict]) -> str:
    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def build(transcription: str | Path = TRANSCRIPTION, out: str | Path = CSV_PATH) -> Path:
    """Parse ``transcription`` and write ``out`` (atomically: a failure leaves the old file as it was)."""
    out = Path(out)
    text = to_csv(parse(transcription))
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8", newline="")
    os.replace(tmp, out)
    return out


def main(argv: list[str] | None = None) -> int:
    """``python -m rucn_data.footnotes [TRANSCRIPTION [OUT.csv]]``: rebuild footnotes.csv."""
    args = sys.argv[1:] if argv is None else argv
    src = Path(args[0]) if args else TRANSCRIPTION
    out = Path(args[1]) if len(args) > 1 else CSV_PATH
    try:
        path = build(src, out)
    except TranscriptionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {path} ({len(parse(src))} footnotes); now run `python tools/rehash.py`")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


# -- claims and the sources they rest on ----------------------------------------------------------
NO_SOURCE_TEXT = "footnote text not in the dump"
NOTE_ONLY = "explanatory note, no source"
NO_FOOTNOTE = "no footnote"
CATEGORIES = tuple(SOURCE_TYPES) + (NOTE_ONLY, NO_SOURCE_TEXT, NO_FOOTNOTE)
_FN = re.compile(r"\bfn (\d+)")


def claim_footnote(source) -> int | None:
    """The footnote a claim's ``source`` text names first ('fn 48: Bloomberg, …' -> 48); None when it names none
    or says the sentence has none ('none in sentence; paragraph ends with fn 230' -> None)."""
    if not isinstance(source, str) or source.startswith("none"):
        return None
    m = _FN.search(source)
    return int(m.group(1)) if m else None


def claim_source_types(claims=None, notes=None):
    """One row per claim: id, section, footnote, and ``category`` — the source type of its footnote, or
    NOTE_ONLY, NO_SOURCE_TEXT (the dump does not print the footnote) or NO_FOOTNOTE.

    Uses the claims' ``footnote`` column where the dataset has one, else reads it from ``source``.
    """
    import pandas as pd

    from . import load

    claims = load("claims") if claims is None else claims
    notes = load("footnotes") if notes is None else notes
    if "footnote" in claims.columns:
        numbers = [None if pd.isna(x) else int(x) for x in claims["footnote"]]
    else:
        numbers = [claim_footnote(s) for s in claims["source"]]
    by_number = {int(r["number"]): r for r in notes.to_dict("records")}
    categories = []
    for n in numbers:
        row = by_number.get(n) if n is not None else None
        if row is None:
            categories.append(NO_FOOTNOTE)
        elif row["kind"] == "missing":
            categories.append(NO_SOURCE_TEXT)
        elif isinstance(row["source_type"], str) and row["source_type"]:
            categories.append(row["source_type"])
        else:
            categories.append(NOTE_ONLY)
    return pd.DataFrame(
        {
            "id": claims["id"],
            "section": claims["section"],
            "footnote": pd.array(numbers, dtype="Int64"),
            "category": categories,
        }
    )
