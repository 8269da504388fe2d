"""Descriptions of computations are formatted from their inputs: no data value is typed into a check's strings."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

CHECKS = sorted((Path(__file__).resolve().parents[1] / "rucn_data" / "checks").glob("*.py"))
# a decimal with two or more places, or a number with thousands separators: the shape of a data value
DATA_VALUE = re.compile(r"(?<![\w.])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{2,})(?![\w.])")


def string_constants(tree) -> list[ast.Constant]:
    """Every string constant that is not a docstring (f-string parts included)."""
    docs = {
        id(n.body[0].value)
        for n in ast.walk(tree)
        if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef))
        and n.body
        and isinstance(n.body[0], ast.Expr)
        and isinstance(n.body[0].value, ast.Constant)
    }
    return [n for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs]


@pytest.mark.parametrize("path", CHECKS, ids=[p.name for p in CHECKS])
def test_no_data_value_is_typed_into_a_check_s_text(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typed = [(n.lineno, n.value) for n in string_constants(tree) if DATA_VALUE.search(n.value)]
    assert not typed, f"{path.name}: labels or notes carry typed data values (build them from the inputs): {typed}"


def test_the_scan_finds_a_typed_value():
    tree = ast.parse('def f():\n    """Doc 190.27 is fine."""\n    return g("(114.15 − 76.12) / 190.27")\n')
    assert [n.value for n in string_constants(tree) if DATA_VALUE.search(n.value)] == ["(114.15 − 76.12) / 190.27"]
