"""The footnotes dataset (parser, shipped CSV, link to the claims), the citation checks and the source-type figure."""

from __future__ import annotations

import datetime as dt
import re
import textwrap

import pandas as pd
import pytest

import rucn_data
from rucn_data import citations, figures
from rucn_data import footnotes as fn


def write(tmp_path, body: str, statements: str = "") -> object:
    path = tmp_path / "footnotes.txt"
    text = "# a hand-made transcription\n\n" + textwrap.dedent(body).strip() + "\n"
    if statements:
        text += "\n[statements]\n" + textwrap.dedent(statements).strip() + "\n"
    path.write_text(text, encoding="utf-8")
    return path


def frame(tmp_path, body: str) -> pd.DataFrame:
    return pd.DataFrame(fn.parse(write(tmp_path, body)))


# -- the parser -------------------------------------------------------------------------------------
def test_lines_are_joined_with_hyphenation_repaired_and_addresses_kept_whole(tmp_path):
    rows = fn.parse(
        write(
            tmp_path,
            """
        [1] section=intro mark=10 printed=20-22
        Trade of the People's Repub-
        lic of China with Russian-
        Chinese partners // TASS. March 21, 2023. URL: https://www.reuters.com/world/china-el-salvador-
        begin-free-trade-talks-2022-11-09/

        [2] section=intro mark=11 printed=23-24
        Digest // Trade Mission. URL: http://
        www. example.org/files/a-b- c.pdf
        """,
        )
    )
    assert rows[0]["text"].startswith("Trade of the People's Republic of China with Russian-Chinese partners // TASS.")
    assert rows[0]["address"] == "https://www.reuters.com/world/china-el-salvador-begin-free-trade-talks-2022-11-09/"
    assert rows[1]["address"] == "http://www.example.org/files/a-b-c.pdf"
    assert rows[0]["title"] == "Trade of the People's Republic of China with Russian-Chinese partners"
    assert rows[0]["outlet"] == "TASS" and rows[0]["source_type"] == "news_agency"


@pytest.mark.parametrize(
    "printed, iso, flag",
    [
        ("November 31, 2022", "", "impossible"),
        ("February 29, 2023", "", "impossible"),
        ("February 29, 2024", "2024-02-29", "day"),
        ("21 March 2023", "2023-03-21", "day"),
        ("September 15–16, 2022", "2022-09-15", "range"),
        ("September 2022", "2022-09", "month"),
        ("2022", "2022", "year"),
        ("", "", "none"),
    ],
)
def test_printed_dates(printed, iso, flag):
    assert fn.parse_date(printed) == (iso, flag)


@pytest.mark.parametrize(
    "url, carried",
    [
        ("https://www.rbc.ru/economics/13/01/2023/63c0ffb79a79474aaf45862d", "2023-01-13"),
        ("https://ria.ru/20221129/razrabotka-1835053846.html?ysclid=x", "2022-11-29"),
        ("https://www.fmprc.gov.cn/eng/zxxx_662805/202302/t20230224_11030713.html", "2023-02-24"),
        ("http://english.www.gov.cn/news/topnews/202211/25/content_WS6380775fc6d0a757729e3a96.html", "2022-11-25"),
        ("http://hlj.people.com.cn/n2/2022/0610/c220027-35309480.html", "2022-06-10"),
        ("https://www.globaltimes.cn/page/202302/1286151.shtml", "2023-02"),
        ("http://www.iqingdao.info/html/2022/specialcontents_1128/1341.html", "2022"),
        ("https://tass.ru/ekonomika/16791461", ""),  # an article id, not a date
        ("https://www.kommersant.ru/doc/5842095?id=20221301", ""),  # the query is not the path
    ],
)
def test_dates_carried_by_addresses(url, carried):
    assert fn.address_date(url) == carried


def test_ibid_takes_the_fields_of_the_footnote_it_repeats_and_missing_text_stays_missing(tmp_path):
    rows = fn.parse(
        write(
            tmp_path,
            """
        [1] section=2.3 mark=5 printed=9-9
        Title // Vedomosti. April 29, 2016. URL: https://www.vedomosti.ru/a/2016/04/29/x

        [2] section=2.3 mark=6 printed=-

        [3] section=2.3 mark=7 printed=10-10
        Ibid.
        """,
        )
    )
    assert rows[1]["kind"] == "missing" and rows[1]["status"] == "not_in_dump" and rows[1]["text"] == ""
    assert rows[1]["source_type"] == "" and rows[1]["date_iso"] == ""
    assert rows[2]["kind"] == "ibid" and rows[2]["ibid_of"] == 1
    assert (rows[2]["outlet"], rows[2]["date_iso"], rows[2]["source_type"]) == (
        "Vedomosti",
        "2016-04-29",
        "newspaper_magazine",
    )


@pytest.mark.parametrize(
    "body, where, words",
    [
        (
            "[1] section=2.1 mark=5 printed=1-1\nA // TASS. May 1, 2022.\n\n"
            "[3] section=2.1 mark=6 printed=2-2\nB // TASS.",
            "line 6",
            "follows [1]",
        ),
        ("[1] section=9.9 mark=5 printed=1-1\nA // TASS.", "line 3", "unknown section"),
        ("[1] section=2.1 mark=5 printed=1-1\nA // TASS.\n@colour red", "line 5", "unknown directive"),
        ("[1] section=2.1 mark=5 printed=1-1\nA // Nobody Knows. May 1, 2022.", "line 3", "no source type"),
        ("[1] section=2.1 mark=5 printed=1-1\nA // TASS.\n@outlet Reuters", "line 5", "not part of the footnote"),
    ],
)
def test_bad_transcription_names_file_and_line(tmp_path, body, where, words):
    path = write(tmp_path, body)
    with pytest.raises(fn.TranscriptionError) as err:
        fn.parse(path)
    message = str(err.value)
    assert str(path) in message and where in message and words in message and "\n" not in message


def test_a_failed_build_leaves_the_old_csv_and_the_command_says_why_in_one_line(tmp_path, capsys):
    out = tmp_path / "footnotes.csv"
    good = write(tmp_path, "[1] section=2.1 mark=5 printed=1-1\nA // TASS. May 1, 2022.")
    assert fn.main([str(good), str(out)]) == 0
    before = out.read_bytes()
    bad = tmp_path / "bad.txt"
    bad.write_text(
        "[1] section=2.1 mark=5 printed=1-1\nA // TASS.\n\n[5] section=2.1 mark=6 printed=-\n", encoding="utf-8"
    )
    capsys.readouterr()
    assert fn.main([str(bad), str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and str(bad) in err and len(err.splitlines()) == 1
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.txt", "footnotes.csv", "footnotes.txt"]


# -- the shipped dataset ------------------------------------------------------------------------------
def test_rebuilding_from_the_transcription_gives_the_shipped_csv(tmp_path):
    out = fn.build(fn.TRANSCRIPTION, tmp_path / "footnotes.csv")
    assert out.read_bytes() == fn.CSV_PATH.read_bytes()


def test_the_dataset_loads_with_one_row_per_footnote_number():
    notes = rucn_data.load("footnotes")
    numbers = list(notes["number"])
    assert numbers == list(range(1, len(numbers) + 1))  # no gap, no duplicate
    assert notes.attrs["primary_key"] == ["number"]
    assert set(notes.loc[notes["status"] == "not_in_dump", "kind"]) == {"missing"}
    assert notes.loc[notes["kind"] == "missing", "text"].isna().all()


def test_every_footnote_the_claims_cite_is_in_the_dataset():
    cited = {int(n) for s in rucn_data.load("claims")["source"].dropna() for n in re.findall(r"\bfn (\d+)", s)}
    numbers = set(rucn_data.load("footnotes")["number"])
    assert cited and not cited - numbers, f"claims cite footnotes the dataset lacks: {sorted(cited - numbers)}"


def test_transcription_matches_the_report_dump(report_text):
    """Each record's number starts its first printed line, its mark is on its mark line, its event date on its
    event line; each text line is a line of the dump (maintainers' checkouts only)."""
    lines = report_text.split("\n")
    records, statements = fn.read()
    for rec in records:
        n = rec.number
        assert re.search(rf"(?<!\d){n}(?!\d)", lines[int(rec.attrs["mark"]) - 1]), f"fn {n}: no mark"
        if rec.lines:
            first = int(rec.attrs["printed"].split("-")[0])
            assert re.match(rf"\s*{n}(?!\d)", lines[first - 1]), f"fn {n}: printed lines do not start with it"
            printed = {line.strip() for line in lines}
            for i, line in enumerate(rec.lines):
                text = re.sub(rf"^\s*{n}\s*", "", lines[first - 1]).strip() if i == 0 else line.strip()
                assert line.strip() in printed or line.strip() == text, f"fn {n}: {line!r} is not in the dump"
        if "event" in rec.directives:
            phrase, at = re.fullmatch(r"(.+?) @ line (\d+)", rec.directives["event"][0]).groups()
            near = " ".join(lines[int(at) - 1 : int(at) + 4])
            assert all(word in near for word in re.findall(r"\w+", phrase)), f"fn {n}: {phrase!r} not at line {at}"
    for s in statements:
        near = " ".join(lines[s["line"] - 1 : s["line"] + 1])
        assert all(word in near for word in re.findall(r"\w+", s["printed"]))


# -- the citation checks, on hand-made rows ------------------------------------------------------------
CHECKED = """
    [1] section=3.3 mark=1 printed=1-1
    Desarrollo // El19 Digital. November 31, 2022. URL: https://www.el19digital.com/articulos/ver/titulo:133931

    [2] section=3.3 mark=2 printed=2-2
    China and Salvador // Reuters. October 10, 2023. URL: https://www.reuters.com/world/talks-2022-11-09/

    [3] section=3.3 mark=3 printed=3-3
    Uruguay // Reuters. July 21, 2022. URL: https://www.reuters.com/world/uruguay-2022-07-20/

    [4] section=2.1 mark=4 printed=4-4
    Meeting // President of Russia. September 15, 2023. URL: http://www.kremlin.ru/events/president/news/69357
    @event September 15–16, 2022 @ line 806

    [5] section=2.1 mark=5 printed=5-5
    Expo unveiled // TASS. August 17, 2022. URL: https://tass.ru/mezhdunarodnaya-panorama/15491005
    @event September 2022 @ line 710

    [6] section=2.1 mark=6 printed=6-6
    Trade up // TASS. January 13, 2023. URL: https://tass.ru/ekonomika/16791461

    [7] section=2.3 mark=7 printed=7-7
    Trade hits a record // RBC. January 14, 2023. URL: https://tass.ru/ekonomika/16791461

    [8] section=3.3 mark=8 printed=8-8
    China, Nicaragua // China International Import Expo. February 13, 2023. URL: https://www.ciie.org/a/20230213/1.html

    [9] section=3.3 mark=9 printed=9-9
    China, Nicaragua // China International Import Expo. February 13, 2023. URL: https://www.ciie.org/a/20230213/1.html
    @event February 2023 @ line 900
    """
STATEMENTS = """
    @statement period summary: Q2-Q4 2022 and Q1 2023 @ line 7
    @statement period summary: starting from February 24, 2022 @ line 10
    """


@pytest.fixture
def checked(tmp_path):
    path = write(tmp_path, CHECKED, STATEMENTS)
    return citations.findings(frame=pd.DataFrame(fn.parse(path)), statements=fn.statements(path))


def _one(table, kind, footnote=None):
    rows = table[(table["finding"] == kind) & (table["footnote"] == footnote if footnote else table["footnote"].isna())]
    assert len(rows) == 1, table[["finding", "footnote"]]
    return rows.iloc[0]


def test_impossible_date(checked):
    row = _one(checked, "impossible_date", 1)
    assert row["printed"] == "November 31, 2022" and "30 days" in row["conflict"] and "2022-11" in row["reading"]


def test_printed_date_against_the_address(checked):
    row = _one(checked, "date_vs_address", 2)
    assert row["days"] == (dt.date(2023, 10, 10) - dt.date(2022, 11, 9)).days
    assert "2022-11-09" in row["conflict"] and "Read 2022-11-09" in row["reading"]
    minor = _one(checked, "date_vs_address", 3)
    assert minor["days"] == 1 and minor["reading"].startswith("Immaterial")


def test_footnote_dated_long_after_or_before_its_event(checked):
    late = _one(checked, "date_vs_event", 4)
    assert late["days"] == (dt.date(2023, 9, 15) - dt.date(2022, 9, 16)).days
    assert "year is a slip: read 2022-09-15" in late["reading"] and "line 806" in late["conflict"]
    early = _one(checked, "date_vs_event", 5)
    assert early["days"] == -(dt.date(2022, 9, 1) - dt.date(2022, 8, 17)).days and "predates" in early["reading"]


def test_same_address_cited_with_other_dates_and_under_another_outlet(checked):
    dates = _one(checked, "same_source_dates", 7)
    assert dates["days"] == 1 and "2023-01-13" in dates["reading"]
    outlet = _one(checked, "same_address_other_source", 7)
    assert "fn 6" in outlet["conflict"] and "TASS" in outlet["reading"]


def test_repeated_citation_and_the_period_stated_twice(checked):
    assert "fn 8" in _one(checked, "repeated_citation", 9)["conflict"]
    period = _one(checked, "body_dates_disagree")
    assert period["days"] == (dt.date(2022, 4, 1) - dt.date(2022, 2, 24)).days and period["line"] == 7
    assert period["section"] == "summary"


def test_consistent_citations_give_no_finding(checked):
    assert 8 not in set(checked["footnote"].dropna())  # the first of a repeated pair, dated as its address
    assert 6 not in set(checked.loc[checked["finding"] != "same_address_other_source", "footnote"].dropna())


def test_the_report_findings_the_issue_names_are_found():
    table = citations.findings()
    found = set(zip(table["finding"], table["footnote"].astype(object).where(table["footnote"].notna(), None)))
    for expected in [
        ("impossible_date", 196),
        ("date_vs_address", 213),
        ("date_vs_address", 217),
        ("date_vs_address", 224),
        ("date_vs_address", 127),
        ("date_vs_event", 41),
        ("body_dates_disagree", None),
    ]:
        assert expected in found, expected
    assert set(citations.findings(section="3.3")["section"]) == {"3.3"}


def test_markdown_section_has_one_entry_per_finding_and_the_counts(checked):
    text = citations.render_markdown(checked)
    assert text.lstrip().startswith(f"## Citation findings ({len(checked)})")
    assert text.count("\n### ") == len(checked) + 1  # the entries and the counts table
    counts = dict(re.findall(r"^\| ([a-z ]+) \| [^|]+ \| (\d+) \|$", text, flags=re.M))
    assert sum(int(v) for v in counts.values()) == len(checked)
    assert int(counts["date vs address"]) == int((checked["finding"] == "date_vs_address").sum())


# -- the figure ---------------------------------------------------------------------------------------
def test_source_type_figure_counts_every_claim_once():
    fig = figures.draw("claims_by_source_type")
    ax = fig.axes[0]
    widths = sum(p.get_width() for c in ax.containers for p in c.patches)
    assert widths == len(rucn_data.load("claims"))
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert any(lab.startswith("no footnote (") for lab in labels)
    assert any(lab.startswith("footnote not in the dump (") for lab in labels)


def test_claims_link_to_footnotes_by_the_first_footnote_their_source_names():
    assert fn.claim_footnote("fn 48: Bloomberg, 13 Jan 2023") == 48
    assert fn.claim_footnote("Table source: GACC (fn 33/34)") == 33
    assert fn.claim_footnote("none in sentence; paragraph ends with fn 230") is None
    assert fn.claim_footnote(None) is None
    claims = pd.DataFrame(
        {"id": ["a", "b", "c"], "section": ["2.1"] * 3, "source": ["fn 1: x", "fn 2 (not printed)", ""]}
    )
    notes = pd.DataFrame({"number": [1, 2], "kind": ["citation", "missing"], "source_type": ["company", None]})
    assert list(fn.claim_source_types(claims, notes)["category"]) == ["company", fn.NO_SOURCE_TEXT, fn.NO_FOOTNOTE]
