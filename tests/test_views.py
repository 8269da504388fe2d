"""What the notebooks show: compact tables with the long text in full (nothing cut), the same bytes every run."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from rucn_data import ledger, views

REASONING = ("A reasoning long enough to be cut by display.max_colwidth in any notebook: " + "word " * 80).strip()


def claims_frame():
    """Two hand-made claims shaped like ledger.view's frame."""
    return pd.DataFrame(
        {
            "quote": ["Trade reached USD 190.27 billion <b>in 2022</b>.", "About three times more."],
            "printed": ["190.27", "three"],
            "unit": ["usd_bn", "times"],
            "period": ["2022", "2022"],
            "interval": ["[190.265, 190.275)", "[2.5, 3.5)"],
            "computed": [190.26843, float("nan")],
            "verdict": ["consistent", "unchecked"],
            "how": ["check_a: 190.268 = a / b", ""],
            "note": [REASONING, ""],
        },
        index=pd.Index(["X-001", "X-002"], name="id"),
    )


@pytest.mark.parametrize(
    "printed, places",
    [("29.3", 1), ("190", 0), ("2,700", 0), ("-5.4", 1), ("190.27", 2), ("three", 0), ("3,.744.78", 2)],
)
def test_decimals_of_a_printed_token(printed, places):
    assert views.decimals(printed) == places


def test_a_claims_view_shows_the_short_columns_as_a_table_and_the_text_in_full():
    view = views.ClaimsView(claims_frame())
    page, text = view._repr_html_(), repr(view)
    table = page[page.index("<table>") : page.index("</table>")]
    assert "<th>verdict</th>" in table and "usd_bn" in table
    assert REASONING not in table and "Trade reached" not in table, "long text belongs below the table"
    assert REASONING in page and "…" not in page and "…" not in text
    assert REASONING in " ".join(text.split()), "the plain text wraps the reasoning but keeps every word"
    assert "&lt;b&gt;in 2022&lt;/b&gt;" in page and "<b>in 2022</b>" not in page, "quotes are escaped"


def test_computed_is_shown_one_decimal_place_finer_than_the_printing():
    view = views.ClaimsView(claims_frame())
    row = next(line for line in repr(view).splitlines() if line.startswith("X-001"))
    assert "190.268" in row.split() and "190.26843" not in row
    assert re.search(r"X-002 .* unchecked$", repr(view), flags=re.M), "a missing computed value stays empty"


def test_views_render_the_same_bytes_every_time():
    first, second = views.ClaimsView(claims_frame()), views.ClaimsView(claims_frame())
    assert first._repr_html_() == second._repr_html_() and repr(first) == repr(second)


def test_a_view_selects_like_its_frame_and_stays_a_view():
    view = views.ClaimsView(claims_frame())
    assert isinstance(view.frame, pd.DataFrame) and len(view) == 2
    one = view.loc[["X-002"]]
    assert isinstance(one, views.ClaimsView) and list(one.frame.index) == ["X-002"]
    text_only = view[["how", "note"]]
    assert isinstance(text_only, views.ClaimsView) and "<table>" not in text_only._repr_html_()
    assert list(view.filter(like="-001", axis=0).frame.index) == ["X-001"]
    assert view["printed"].tolist() == ["190.27", "three"], "a column is the frame's Series"


def test_wrap_puts_numbers_in_the_table_and_long_text_below_it():
    frame = pd.DataFrame({"implied_previous_high_usd_bn": [1.5, 2.25], "note": ["short", REASONING]})
    page = views.wrap(frame)._repr_html_()
    table = page[page.index("<table>") : page.index("</table>")]
    assert "2.25" in table and REASONING not in table and REASONING in page
    assert "implied_<wbr>previous_<wbr>high_<wbr>usd_<wbr>bn" in table, "a long column name may break at '_'"


def test_ledger_view_is_a_claims_view_of_the_claims_asked_in_that_order():
    ids = list(ledger.claims(section="2.1")["id"][:3])[::-1]
    view = ledger.view(ids)
    assert isinstance(view, views.ClaimsView) and list(view.frame.index) == ids
    for note in ledger.claims().set_index("id").loc[ids, "note"].fillna(""):
        assert note in view._repr_html_() or note.replace("'", "&#x27;") in view._repr_html_()
    assert list(ledger.view(section="2.1").frame.index) == list(ledger.claims(section="2.1")["id"])
