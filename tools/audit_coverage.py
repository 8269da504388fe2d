"""List every number in the report text that no ledger quote covers (a maintainer's completeness audit).

Usage: python tools/audit_coverage.py [REPORT.txt]   (default: ../shared/report/...)
Prints `line | token | text` for digits and number words outside every claim's quote, after leaving out
years, footnote markers and citation lines. What remains should be dates, ordinals, names ("5+1",
Primorye-2) and phrases like "the two countries"; anything else is a claim the ledger is missing.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rucn_data import load  # noqa: E402
from rucn_data.ledger import squash  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "report" / "russian-chinese-dialogue-2023-model.txt"
LAST_LINE = 3353  # the authors' list and the institutions' descriptions follow
NUMBER = re.compile(r"(?<![\w/.%])(\d[\d,.]*)(?!\w)")
WORDS = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|"
    r"hundred|thousand|million|billion|trillion|twice|double[ds]?|triple[ds]?|half|third|quarter|"
    r"dozens?)\b",
    re.I,
)


def uncovered(text: str):
    lines = text.split("\n")[:LAST_LINE]
    body = "\n".join(lines)
    kept = [(i, ch) for i, ch in enumerate(body) if not (ch.isspace() or ch == "-")]
    squashed = "".join(ch for _, ch in kept)
    covered = bytearray(len(body))
    for quote in load("claims")["quote"]:
        q = squash(quote)
        start = squashed.find(q)
        while start >= 0:
            covered[kept[start][0] : kept[start + len(q) - 1][0] + 1] = b"\1" * (
                kept[start + len(q) - 1][0] + 1 - kept[start][0]
            )
            start = squashed.find(q, start + 1)
    for m in sorted([*NUMBER.finditer(body), *WORDS.finditer(body)], key=lambda m: m.start()):
        if covered[m.start()]:
            continue
        line_no = body.count("\n", 0, m.start()) + 1
        line, token = lines[line_no - 1], m.group(0)
        if re.fullmatch(r"(19|20)\d\d", token.rstrip(".,")) or "URL" in line or "http" in line or "//" in line:
            continue
        if re.match(r"^\s*\d+\s", line) and m.start() - body.rfind("\n", 0, m.start()) < 6:
            continue  # the footnote's own number
        yield line_no, token, line.strip()


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    rows = list(uncovered(path.read_text(encoding="utf-8")))
    for line_no, token, line in rows:
        print(f"{line_no} | {token} | {line[:110]}")
    print(f"{len(rows)} numeric tokens outside every ledger quote", file=sys.stderr)


if __name__ == "__main__":
    main()
