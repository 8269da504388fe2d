"""The stored notebooks: saved clean, executed top to bottom, outputs free of anything volatile."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from rucn_data.notebooks import TIMING_CELL_METADATA
from rucn_data.sections import SECTIONS

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))
VOLATILE = [
    (re.compile(r"/(root|home|tmp|work|Users)/"), "a machine path"),
    (re.compile(r"0x[0-9a-fA-F]{6,}"), "an object address"),
    (re.compile(r"Warning\b"), "a warning"),
    (re.compile(r"Traceback|Error\b"), "an error"),
    (re.compile(r"\b20\d\d-\d\d-\d\d[T ]\d\d:\d\d"), "a timestamp"),
]


def test_there_are_notebooks():
    assert NOTEBOOKS, "no notebooks found"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_is_saved_by_the_rules(path):
    assert_saved_by_the_rules(path)


def assert_saved_by_the_rules(path):
    nbformat = pytest.importorskip("nbformat")
    assert re.fullmatch(r"\d\d-[a-z0-9-]+\.ipynb", path.name), "name must be NN-slug.ipynb"
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    # What matters, not the bytes `make reproduce` writes: JupyterLab's save adds the kernel's full
    # language_info (its interpreter version too) and must leave the suite green (`make test-lab` checks).
    kernelspec = nb.metadata.get("kernelspec", {})
    assert (kernelspec.get("name"), kernelspec.get("language")) == ("python3", "python"), "kernelspec must be python3"
    assert nb.metadata.get("language_info", {}).get("name") == "python"
    ids = [cell.get("id") for cell in nb.cells]
    assert all(ids) and len(set(ids)) == len(ids), "cell ids must be present and unique"
    code = [cell for cell in nb.cells if cell.cell_type == "code" and cell.source.strip()]
    assert [cell.execution_count for cell in code] == list(range(1, len(code) + 1)), (
        "run it top to bottom before saving"
    )
    assert any(cell.outputs for cell in code), "no stored outputs: nbval would compare nothing"
    for cell in nb.cells:
        assert not set(cell.metadata) & set(TIMING_CELL_METADATA), "timing metadata stored"
    for cell in nb.cells:
        if cell.cell_type == "code" and not cell.source.strip():
            assert not cell.outputs, "an empty cell has stored outputs"
    for cell in code:
        assert not cell.source.rstrip().endswith(";"), "a trailing ';' prints an object repr under nbval (issue #194)"
        for output in cell.outputs:
            assert output.output_type != "error", "an error is stored"
            assert not (output.output_type == "stream" and output.name == "stderr"), (
                f"stderr stored: {output.text[:200]}"
            )
            text = json.dumps(
                {k: v for k, v in output.get("data", {}).items() if not k.startswith("image/")}
            ) + output.get("text", "")
            for pattern, what in VOLATILE:
                assert not pattern.search(text), f"{what} in an output: {pattern.search(text).group(0)!r}"


# What JupyterLab 4 writes on save once a kernel has connected (its kernel_info reply), measured.
JUPYTERLAB_LANGUAGE_INFO = {
    "codemirror_mode": {"name": "ipython", "version": 3},
    "file_extension": ".py",
    "mimetype": "text/x-python",
    "name": "python",
    "nbconvert_exporter": "python",
    "pygments_lexer": "ipython3",
    "version": "3.11.7",
}


def test_a_notebook_saved_by_jupyterlab_passes_and_normalise_restores_it(tmp_path):
    """Opening a notebook in JupyterLab rewrites its language_info; that must not fail the rules, and
    `make reproduce`'s normalisation must give back the stored bytes (so reproduce and the lab agree)."""
    nbformat = pytest.importorskip("nbformat")
    from rucn_data.notebooks import normalise

    v4 = nbformat.v4
    reference = v4.new_notebook(
        cells=[
            v4.new_markdown_cell("# A chapter", id="intro"),
            v4.new_code_cell(
                "1 + 1",
                id="sum",
                execution_count=1,
                outputs=[v4.new_output("execute_result", {"text/plain": "2"}, execution_count=1)],
            ),
        ]
    )
    normalise(reference)  # the stored form, as `make reproduce` writes it
    nb = nbformat.from_dict(json.loads(nbformat.writes(reference)))
    nb.metadata["language_info"] = dict(JUPYTERLAB_LANGUAGE_INFO)
    nb.metadata["kernelspec"]["display_name"] = "Python 3"
    nb.cells[1].metadata["scrolled"] = True
    saved = tmp_path / "01-a-chapter.ipynb"
    nbformat.write(nb, saved)
    assert_saved_by_the_rules(saved)
    normalise(nb)
    assert nbformat.writes(nb) == nbformat.writes(reference)

    nb.cells[1].metadata["execution"] = {"iopub.execute_input": "2026-12-01T10:00:00.000Z"}
    nbformat.write(nb, saved)
    with pytest.raises(AssertionError, match="timing metadata"):
        assert_saved_by_the_rules(saved)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_computes_through_the_package(path):
    """Notebooks load data through rucn_data; they do not read files or define their own logic."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    source = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "rucn_data" in source
    assert not re.search(r"read_csv|open\(|\.csv['\"]", source), "read data through rucn_data.load, not files"
    assert "figures.save" not in source, "notebooks draw and show; figures.save_all (make reproduce) writes figures/"
    assert not re.search(r"^\s*(def|class) ", source, flags=re.M), "logic belongs in the package"


@pytest.mark.parametrize("section, stem", [(s.id, s.notebook) for s in SECTIONS])
def test_every_claim_of_a_section_is_shown_in_its_notebook(section, stem):
    """The chapter notebook's stored outputs list every ledger claim of its section (its closing table)."""
    import rucn_data

    path = NOTEBOOKS[0].parent / f"{stem}.ipynb"
    nb = json.loads(path.read_text(encoding="utf-8"))
    shown = json.dumps([c.get("outputs", []) for c in nb["cells"] if c["cell_type"] == "code"])
    missing = [cid for cid in rucn_data.claims(section=section)["id"] if cid not in shown]
    assert not missing, f"{path.name} does not show {missing[:10]}"


VERDICT_PROSE = re.compile(
    r"\b((?:[SICR]|[123](?:\.\d)?)-(?:T\d-\d\d-\w+|\d{3}))\b[^.*]{0,80}?\*(consistent|inconsistent|erratum|unchecked)\*"
)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_a_verdict_stated_in_prose_is_the_ledger_s(path):
    """Prose that names a claim's verdict ('2.3-007 is *consistent*') must say what the ledger computes."""
    import rucn_data

    verdicts = rucn_data.claims().set_index("id")["verdict"]
    nb = json.loads(path.read_text(encoding="utf-8"))
    text = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    wrong = [(cid, said, verdicts.get(cid)) for cid, said in VERDICT_PROSE.findall(text) if verdicts.get(cid) != said]
    assert not wrong, f"{path.name} states verdicts the ledger does not give (id, said, ledger): {wrong}"
