"""The claim ledger: complete rows, quotes verbatim, verdicts backed by checks that ran."""

from __future__ import annotations

import re

import pytest

import rucn_data
from rucn_data.checks import REGISTRY, load_all, run_checks
from rucn_data.ledger import VERDICTS, squash, summary
from rucn_data.sections import IDS as SECTIONS
from rucn_data.tolerance import claim_interval, target_interval

LEDGER = rucn_data.claims()
ROWS = LEDGER.to_dict("records")
IDS = [r["id"] for r in ROWS]


def test_every_section_of_the_registry_has_claims():
    assert set(LEDGER["section"]) == set(SECTIONS)


def test_a_verdict_that_says_something_gives_its_reasoning():
    """Errata and inconsistent claims are what users quote as problems: each carries its reasoning."""
    telling = [r for r in ROWS if r["verdict"] in ("erratum", "inconsistent")]
    bare = [r["id"] for r in telling if not (isinstance(r["note"], str) and len(r["note"]) > 20)]
    assert telling and not bare, f"errata or inconsistent claims without their reasoning: {bare}"


ERRATA = [r for r in ROWS if r["verdict"] == "erratum"]


@pytest.mark.parametrize("row", ERRATA, ids=[r["id"] for r in ERRATA])
def test_every_erratum_is_corroborated_by_a_check_of_its_corrected_reading(row):
    """A correction is not just asserted: some decisive check (data or the report's other numbers) meets it."""
    table = rucn_data.ledger.results([row["id"]]).reset_index()
    assert table["correction"].any(), "no corrected reading among the results"
    decisive = table[table["decisive"]]
    assert len(decisive) and decisive["agrees"].all(), (
        f"the corrected reading is not corroborated: {table['how'].tolist()}"
    )


def test_every_quote_is_verbatim_in_the_report(squashed_report):
    """One test over the whole ledger, naming every claim whose quote the report does not contain."""
    missing = [r["id"] for r in ROWS if squash(r["quote"]) not in squashed_report]
    assert ROWS and not missing, f"quotes not found in the report: {missing}"


def test_quotes_carry_their_number():
    for row in ROWS:
        assert squash(str(row["printed"])).lower() in squash(row["quote"]).lower(), row["id"]


def test_every_check_names_known_claims_and_produces_results():
    load_all()
    known = set(IDS)
    for name, chk in REGISTRY.items():
        assert set(chk.claims) <= known, name
        ran = LEDGER["checks"].str.split(", ").map(lambda names, name=name: name in names)
        assert ran.any(), f"check {name} produced nothing"


def turnover_2022_at_150(name):
    """The shipped datasets, but trade_annual's 2022 turnover set to 150 (a copy: nothing on disk changes)."""
    frame = rucn_data.load(name)
    if name == "trade_annual":
        frame.loc[frame["year"] == 2022, "turnover_usd_bn"] = 150.0
    return frame


def test_verdicts_respond_to_the_data(monkeypatch):
    """A claim flips from consistent to inconsistent when the data behind its check changes."""
    from rucn_data import ledger

    real_load = rucn_data.load

    claims_frame = real_load("claims")
    results = run_checks(claims_frame, turnover_2022_at_150, ["2.1-002"])
    row = claims_frame.set_index("id").loc["2.1-002"].to_dict() | {"id": "2.1-002"}
    assert ledger.verdict_of(row, results["2.1-002"]) == "inconsistent"
    assert ledger.verdict_of(row, run_checks(claims_frame, real_load, ["2.1-002"])["2.1-002"]) == "consistent"


def test_a_restatement_is_checked_both_ways_and_a_changed_printing_fails_both():
    """``restates`` pairs two printings of one quantity: each is a decisive result of the other."""
    from rucn_data import ledger

    real = rucn_data.load("claims")
    pair = real.loc[real["restates"].notna(), ["id", "restates"]].iloc[0]
    for one, other in ((pair["id"], pair["restates"]), (pair["restates"], pair["id"])):
        shown = ledger.results([one]).reset_index()
        assert any((shown["check"] == "ledger.restates") & shown["how"].str.contains(f"({other})", regex=False))

    doctored = real.copy()
    at = doctored["id"] == pair["restates"]
    doctored.loc[at, ["value", "low", "high"]] = doctored.loc[at, ["value", "low", "high"]] * 3
    changed = run_checks(doctored, rucn_data.load, [pair["id"], pair["restates"]])
    for cid in (pair["id"], pair["restates"]):
        row = doctored.set_index("id").loc[cid].to_dict() | {"id": cid}
        agreeing = [c for name, c in changed[cid] if name == "ledger.restates"]
        assert agreeing and not target_interval(row).overlaps(agreeing[0].result)


def test_checking_some_claims_gives_what_the_whole_ledger_gives_them():
    """``run_checks(..., ids)`` runs only the checks of those claims: their results are the full run's."""
    frame = rucn_data.load("claims")
    restating = frame.loc[frame["restates"].notna(), "id"].iloc[0]
    corrected = frame.loc[frame["corrected_value"].notna(), "id"].iloc[0]
    shared = next(chk.claims for chk in REGISTRY.values() if len(chk.claims) > 2)  # one check, several claims
    ids = [restating, corrected, shared[0], "2.1-002"]
    some = run_checks(frame, rucn_data.load, ids)
    assert set(some) == set(ids)
    whole = rucn_data.ledger.results(ids).reset_index()
    for cid in ids:
        expected = whole.loc[whole["id"] == cid, ["check", "how"]].values.tolist()
        assert sorted([name, c.how] for name, c in some[cid]) == sorted(expected), cid
    with pytest.raises(KeyError, match="2.1-999"):
        run_checks(frame, rucn_data.load, ["2.1-999"])


def test_a_restatement_of_an_unknown_claim_is_refused():
    frame = rucn_data.load("claims").copy()
    frame.loc[frame.index[0], "restates"] = "2.1-999"
    with pytest.raises(KeyError, match="2.1-999"):
        run_checks(frame, rucn_data.load, ["2.1-002"])


def test_the_ledger_is_the_claims_dataset_plus_what_the_checks_made_of_it():
    """``claims()`` and ``load("claims")`` share a name: the same rows, every input column unchanged, more columns."""
    import pandas as pd

    printed = rucn_data.load("claims")
    ledger = rucn_data.claims()
    assert list(ledger["id"]) == list(printed["id"])
    missing = [c for c in printed.columns if c not in ledger.columns]
    assert not missing, f"claims() drops {missing}"
    shown = ledger[list(printed.columns)].copy()
    decided = ledger["verdict"] != "unchecked"  # a decided claim shows no unchecked reason, as its input has none
    assert (shown.loc[decided, "unchecked_reason"] == "").all()
    assert printed.loc[decided, "unchecked_reason"].isna().all()
    shown.loc[decided, "unchecked_reason"] = printed.loc[decided, "unchecked_reason"]
    pd.testing.assert_frame_equal(shown, printed, check_dtype=False)
    relied_on = {"verdict", "interval", "computed", "checks", "decisive_results", "results"}  # what the README shows
    assert relied_on <= set(ledger.columns) - set(printed.columns)


def test_section_and_verdict_filters():
    part = rucn_data.claims(section="2.1", verdict="inconsistent")
    assert len(part) and set(part["section"]) == {"2.1"} and set(part["verdict"]) == {"inconsistent"}
    with pytest.raises(ValueError, match="unknown section"):
        rucn_data.claims(section="2.9")


def test_summary_counts_add_up():
    table = summary()
    assert table.loc["total", "total"] == len(LEDGER)
    for verdict in VERDICTS:
        assert table.loc["total", verdict] == (LEDGER["verdict"] == verdict).sum()


def test_errata_document_is_current():
    """docs/errata.md is what the ledger renders now (run `make reproduce` after changing the ledger)."""
    from rucn_data.errata import render
    from rucn_data.paths import docs_dir

    assert (docs_dir() / "errata.md").read_text(encoding="utf-8") == render()


def test_the_section_registry_matches_the_descriptor_notebooks_and_check_modules():
    """One registry: its ids are the descriptor's section enum, and each names a notebook and a check module."""
    import importlib
    import json
    from pathlib import Path

    from rucn_data.paths import DESCRIPTOR
    from rucn_data.sections import SECTIONS as REGISTRY_SECTIONS

    fields = json.loads(Path(DESCRIPTOR).read_text(encoding="utf-8"))
    claims = next(r for r in fields["resources"] if r["name"] == "claims")
    enum = next(f for f in claims["schema"]["fields"] if f["name"] == "section")["constraints"]["enum"]
    assert list(SECTIONS) == enum
    root = Path(__file__).resolve().parents[1]
    for s in REGISTRY_SECTIONS:
        assert (root / "notebooks" / f"{s.notebook}.ipynb").is_file(), s
        importlib.import_module(f"rucn_data.checks.{s.checks}")


def test_an_unknown_section_or_reason_is_refused_with_the_valid_ones():
    with pytest.raises(ValueError, match="expected one of summary"):
        rucn_data.claims(section="2.9")
    with pytest.raises(ValueError, match="forecast"):
        rucn_data.claims(unchecked_reason="lazy")


def test_a_description_follows_the_data_it_was_computed_from():
    """Change one input (the 2022 turnover) on a copy: the text of every result that used it shows the new value."""
    real_load = rucn_data.load

    claims_frame = real_load("claims")
    before = {n: c.how for n, c in run_checks(claims_frame, real_load, ["2.1-042"])["2.1-042"]}
    after = {n: c.how for n, c in run_checks(claims_frame, turnover_2022_at_150, ["2.1-042"])["2.1-042"]}
    name = next(n for n in after if "150" in after[n])
    assert "150" not in before[name] and after[name].replace("150", "") != before[name].replace("150", "")


def test_a_restatement_is_checked_against_the_corrected_reading_of_its_original():
    """Section 2.1's 190.27 is checked against 2.1-043 as corrected; without that correction the same check fails."""
    claims_frame = rucn_data.load("claims")
    uncorrected = claims_frame.copy()
    uncorrected.loc[uncorrected["id"] == "2.1-043", "corrected_value"] = float("nan")

    def against_2_1_043(frame):
        results = run_checks(frame, rucn_data.load, ["2.1-002"])["2.1-002"]
        target = claim_interval(frame.set_index("id").loc["2.1-002"].to_dict() | {"id": "2.1-002"})
        return [target.overlaps(c.result) for _, c in results if "2.1-043" in c.how]

    assert against_2_1_043(claims_frame) == [True]
    assert against_2_1_043(uncorrected) == [False]


def test_every_unchecked_claim_says_why_and_no_decided_claim_keeps_a_reason():
    raw = rucn_data.load("claims").set_index("id")["unchecked_reason"]
    unchecked = LEDGER[LEDGER["verdict"] == "unchecked"]
    assert (unchecked["unchecked_reason"] != "").all(), unchecked.loc[
        unchecked["unchecked_reason"] == "", "id"
    ].tolist()
    decided = LEDGER.loc[LEDGER["verdict"] != "unchecked", "id"]
    stale = [cid for cid in decided if isinstance(raw[cid], str) and raw[cid]]
    assert not stale, f"decided claims whose claims.csv row still gives an unchecked_reason: {stale}"


CONFLICT_WORDS = re.compile(r"cannot be squared|cannot both hold|\bconflicts? with\b|look(?:s)? like a slip", re.I)


def test_no_unchecked_note_describes_a_conflict():
    """A note that says two numbers conflict must come with a check that decides it."""
    unchecked = LEDGER[LEDGER["verdict"] == "unchecked"]
    described = unchecked[unchecked["note"].fillna("").str.contains(CONFLICT_WORDS)]
    assert described.empty, f"unchecked claims whose notes describe a conflict: {described['id'].tolist()}"
