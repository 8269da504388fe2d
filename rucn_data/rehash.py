"""Refresh the sha256 and byte count of every resource in datapackage.json (a maintainer's step)."""
from __future__ import annotations

import hashlib
import json
import os

from .paths import DESCRIPTOR


def rehash(descriptor=DESCRIPTOR) -> list[str]:
    """Rewrite the descriptor's ``hash`` and ``bytes``; return the names whose file changed."""
    pkg = json.loads(descriptor.read_text(encoding="utf-8"))
    changed = []
    for res in pkg["resources"]:
        raw = (descriptor.parent / res["path"]).read_bytes()
        digest = "sha256:" + hashlib.sha256(raw).hexdigest()
        if res.get("hash") != digest:
            changed.append(res["name"])
        res["hash"], res["bytes"] = digest, len(raw)
    tmp = descriptor.with_name(f".{descriptor.name}.tmp")
    tmp.write_text(json.dumps(pkg, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, descriptor)  # atomic: a reader never sees a half-written descriptor
    return changed
