"""Refresh the sha256 and byte count of every resource in datapackage.json (a maintainer's step, not a user command).

    python tools/rehash.py [DESCRIPTOR]     # default: this checkout's rucn_data/data/datapackage.json

Run it after a deliberate edit of a data file, then review ``git diff rucn_data/data/datapackage.json``.
Each data file is resolved as the loader resolves it (inside the data folder, a regular file). After
rewriting the hashes every dataset is loaded; if one fails, the old descriptor is put back and the
problems are printed, so a hash never blesses data the loader rejects.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # this checkout's package, not an installed copy
DataPackage = importlib.import_module("rucn_data.datapackage").DataPackage
DataValidationError = importlib.import_module("rucn_data.errors").DataValidationError
write_text_atomic = importlib.import_module("rucn_data.files").write_text_atomic
DESCRIPTOR = ROOT / "rucn_data" / "data" / "datapackage.json"


def rehash(descriptor: Path = DESCRIPTOR) -> list[str]:
    """Rewrite the descriptor's ``hash`` and ``bytes``; return the names whose file changed."""
    descriptor = Path(descriptor)
    package = DataPackage(descriptor)  # the descriptor's own structure is checked here
    pkg = json.loads(descriptor.read_text(encoding="utf-8"))
    changed = []
    for res in pkg["resources"]:
        raw = package.resolved_path(res["name"]).read_bytes()
        digest = "sha256:" + hashlib.sha256(raw).hexdigest()
        if res.get("hash") != digest or res.get("bytes") != len(raw):
            changed.append(res["name"])
        res["hash"], res["bytes"] = digest, len(raw)
    write_text_atomic(descriptor, json.dumps(pkg, indent=2, ensure_ascii=False) + "\n")
    return changed


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    descriptor = Path(args[0]) if args else DESCRIPTOR
    try:
        old = descriptor.read_text(encoding="utf-8")
        changed = rehash(descriptor)
    except (OSError, DataValidationError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    package = DataPackage(descriptor)
    try:
        for name in package.names:
            package.load(name)
    except DataValidationError as exc:
        write_text_atomic(descriptor, old)
        print(f"error: not rehashed, the data do not load:\n{exc}", file=sys.stderr)
        return 1
    print("updated hashes: " + (", ".join(changed) if changed else "none changed"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
