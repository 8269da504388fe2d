"""Rendering and saving: the same bytes on every run, and one writer of ``figures/``.

The bytes of a figure's files are a function of the data files, the package's code and style, and the versions of
the libraries that draw and encode them, so ``files`` keeps them in the disk cache (``rucn_data.cache``) under a
key of all of those: a warm ``save_all`` draws nothing when nothing changed, and any change draws anew.
"""

from __future__ import annotations

import functools
import hashlib
import io
from pathlib import Path

from ..files import write_bytes_atomic
from ..paths import figures_dir
from .registry import REGISTRY, draw, spec
from .style import DISPLAY_DPI, FORMATS, PNG_DPI, SVG_HASHSALT, style


def _metadata(fig, fmt: str) -> dict:
    title = fig.get_suptitle().replace("\n", " ")
    if fmt == "svg":
        return {"Date": None, "Title": title}
    if fmt == "pdf":
        return {"CreationDate": None, "ModDate": None, "Title": title, "Creator": "rucn-data"}
    return {"Software": None, "Title": title}


def render(fig, fmt: str, dpi: int = PNG_DPI) -> bytes:
    """The bytes of ``fig`` as ``fmt`` (svg, pdf or png): the same bytes on every run."""
    import matplotlib

    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    buf = io.BytesIO()
    with style(), matplotlib.rc_context({"svg.hashsalt": SVG_HASHSALT}):
        fig.savefig(buf, format=fmt, dpi=dpi, metadata=_metadata(fig, fmt))
    return buf.getvalue()


def repr_png(fig, name: str = "") -> bytes:
    """The PNG a notebook shows for ``fig``. For a figure just drawn as ``name`` and not changed since (matplotlib
    marks any change as stale), the bytes come from the cache when none of their inputs changed."""
    if not name or fig.stale:
        return render(fig, "png", dpi=DISPLAY_DPI)
    return shown_png(name, lambda: fig)


def shown_png(name: str, drawn=None) -> bytes:
    """The PNG a notebook shows for figure ``name`` as the package draws it now (``draw(name)._repr_png_()``): from
    the cache when none of its inputs changed, else rendered from ``drawn()`` (a figure just drawn as ``name``; by
    default, drawn now) and kept there."""
    from .. import cache

    entry = _render_key(name, kind="display")
    hit = cache.get(entry)
    if isinstance(hit, bytes):
        return hit
    data = render(drawn() if drawn else draw(name), "png", dpi=DISPLAY_DPI)
    cache.put(entry, data)
    return data


def _render_key(name: str, kind: str = "figure") -> str:
    """The cache key of ``name``'s files: data files (each checked against its hash), code, style, library versions."""
    from .. import cache
    from ..datapackage import default
    from .style import STYLE

    style_digest = hashlib.sha256(STYLE.read_bytes()).hexdigest()
    formats = f"png at {DISPLAY_DPI} dpi" if kind == "display" else ",".join(FORMATS)
    return cache.key(f"{kind}-{name}", default().verify_all(), _drawing_libraries(), style_digest, formats)


@functools.cache
def _drawing_libraries() -> str:
    """The versions of the libraries that draw and encode figures, and FreeType's: looked up once a process (each
    lookup scans the installed distributions, ~5 ms; a process draws with the versions it imported)."""
    from importlib.metadata import PackageNotFoundError, version

    import matplotlib.ft2font

    def installed(lib: str) -> str:
        try:
            return version(lib)
        except PackageNotFoundError:
            return "absent"

    libraries = " ".join(f"{lib} {installed(lib)}" for lib in ("matplotlib", "numpy", "pillow", "seaborn"))
    return f"{libraries} freetype {matplotlib.ft2font.__freetype_version__}"


def files(name: str) -> dict[str, bytes]:
    """The bytes of ``name``'s files, ``{format: bytes}``: from the cache when nothing they depend on changed."""
    from .. import cache

    spec(name)
    entry = _render_key(name)
    hit = cache.get(entry)
    if isinstance(hit, dict) and set(hit) == set(FORMATS) and all(isinstance(b, bytes) for b in hit.values()):
        return hit
    fig = draw(name)
    out = {fmt: render(fig, fmt) for fmt in FORMATS}
    cache.put(entry, out)
    return out


def _write_if_changed(path: Path, data: bytes) -> bool:
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    write_bytes_atomic(path, data)  # a temporary per write: notebooks may save in parallel
    return True


def save(fig, name: str, folder: str | Path | None = None) -> list[Path]:
    """Write ``NAME.svg``, ``NAME.pdf`` and ``NAME.png`` (300 dpi) into ``folder`` (default ``figures_dir()``).

    A file whose bytes would not change is left alone (its modification time too). Returns the
    three paths.
    """
    folder = figures_dir() if folder is None else Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for fmt in FORMATS:
        path = folder / f"{name}.{fmt}"
        _write_if_changed(path, render(fig, fmt))
        paths.append(path)
    return paths


def save_all(names=None, folder: str | Path | None = None) -> list[Path]:
    """Draw and save the figures ``names`` (default: all); return the paths of their files.

    Each file is rewritten only when its bytes change, so running this twice changes nothing.
    """
    names = list(REGISTRY) if names is None else list(names)
    for name in names:
        spec(name)  # fail before writing anything if a name is unknown
    folder = figures_dir() if folder is None else Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in names:
        for fmt, data in files(name).items():
            _write_if_changed(folder / f"{name}.{fmt}", data)
            paths.append(folder / f"{name}.{fmt}")
    return paths
