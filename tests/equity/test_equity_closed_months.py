"""Demand for closed months only (issue 21, part 4): what families searched for is published
on the equity page and in its downloads only once the month has ended, on the 1st of the next,
so nobody can watch a search appear between two reads. While a month runs, the page says when
its searches will be published (the date in the reader's language) and shows the latest month
that has ended; the demand download answers with no records. A month that has ended shows its
searches even when its snapshot was never taken, and the page made on the 1st is the new
month's, not a cached copy of the last."""

import csv
import datetime
import io
import re

import pytest
from travel import travel_to

from hub.caching import versions
from hub.counters import recording
from hub.counters.models import Demand
from hub.equity import figures
from hub.equity.models import Snapshot

# database_vendor: the counts are written with a raw SQL upsert (ON CONFLICT).
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.database_vendor,
    pytest.mark.usefixtures("counts_written_when_the_test_says"),
]

FEBRUARY, MARCH, APRIL = (datetime.date(2031, m, 1) for m in (2, 3, 4))
# A family reading Korean, with a pre-K child, south of downtown, asking for cybersecurity: the
# demo region has nothing for them (tests/equity/test_demand.py), so the search counts as "0".
FAMILY_SEARCH = "/ko/find/?grade=-1&interests=cybersecurity&language=ko&zip=95823"
CELL = ("cybersecurity", "prek-2")
KOREAN_FACETS = ("prek-2", "cybersecurity", "ko", "south", "", "0")


@pytest.fixture(autouse=True)
def no_months_but_the_tests_own(db):
    """The demo region comes with made-up months of counts and two snapshots, around the real
    today; these tests travel to 2031 and count their own."""
    Demand.objects.all().delete()
    Snapshot.objects.all().delete()


def searched(n, facets=KOREAN_FACETS):
    """n searches made today, waiting in this process as the matcher's counter adds them."""
    month = figures.month_start()
    with recording._lock:
        recording._demand[(month, *facets)] += n


def counted_in(month, n, language="so", area="north"):
    """n searches of a month gone by, in the counters (no snapshot was taken)."""
    band, interest = CELL[1], CELL[0]
    Demand.objects.create(
        month=month,
        grade_band=band,
        interest=interest,
        language=language,
        area=area,
        needs="",
        results="0",
        count=n,
    )


def demand_item(response):
    (item,) = [item for item in response.context["tables"] if item["key"] == "demand"]
    return item


def shown_cells(item):
    """{(interest slug, band code): value} of the demand table the page shows."""
    table = item["table"]
    if table is None:
        return {}
    return {
        (code, band): value
        for code, values, _total in table.rows
        for band, value in zip(table.columns, values, strict=True)
    }


def downloaded(client, query=""):
    """(the JSON body, {(row, column): value} from it, the CSV rows) of the demand figure."""
    as_json = client.get(f"/api/v1/equity/demand.json?{query}")
    as_csv = client.get(f"/api/v1/equity/demand.csv?{query}")
    assert as_json.status_code == 200 and as_csv.status_code == 200
    body = as_json.json()
    cells = {(r["row"], r["column"]): r["value"] for r in body["records"]}
    return body, cells, list(csv.reader(io.StringIO(as_csv.content.decode())))


def text(response):
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


def read_everything(client):
    """What a reader of the page and its downloads sees of the searches, today."""
    page = client.get("/en/equity/")
    assert page.status_code == 200
    item = demand_item(page)
    body, json_cells, csv_rows = downloaded(client)
    return {
        "page month": item["month"],
        "page cells": shown_cells(item),
        "page gaps": item["gaps"],
        "page download query": item["query"],
        "page text": text(page),
        "json": body,
        "json cells": json_cells,
        "csv": csv_rows,
    }


def test_a_search_made_this_month_is_on_neither_the_page_nor_the_downloads(
    client, region, monkeypatch
):
    travel_to(monkeypatch, datetime.date(2031, 3, 10))
    counted_in(FEBRUARY, 12)  # the month before, ended: published
    searched(40)  # this month's, written
    recording.flush()

    before = read_everything(client)
    # The page: February's searches, said to be February's; nothing of March's 40.
    assert before["page month"] == FEBRUARY
    assert before["page cells"][CELL] == 12
    assert 40 not in before["page cells"].values()
    assert not any("한국어" in sentence for sentence in before["page gaps"])
    assert any("Soomaali" in sentence for sentence in before["page gaps"])  # February's gap
    assert "This month's searches are published on April 1." in before["page text"]
    assert (
        "The figures below are the searches of February 2031, the latest month published."
        in before["page text"]
    )
    # The downloads of this month: no records at all, and when they will be published.
    assert before["json"]["month"] == "2031-03"
    assert before["json"]["records"] == []
    assert before["json"]["published_on"] == "2031-04-01"
    assert before["json"]["latest_published_month"] == "2031-02"
    assert before["csv"] == [["row", "row_label", "column", "column_label", "value", "row_total"]]
    assert downloaded(client, "month=2031-03")[0] == before["json"]
    assert downloaded(client, "month=2099-01")[0] == before["json"], "a month not begun: this one"

    # One more family searches; the batch is written, and every cache is made afresh.
    assert client.get(FAMILY_SEARCH).context["answer"].fitting == 0
    recording.flush()
    assert Demand.objects.get(month=MARCH, language="ko").count == 41  # it was counted
    versions.forget_all()
    after = read_everything(client)
    assert after == before, "nothing a reader sees changed with the search"

    # The page's own demand download is February's, and agrees with the page.
    body, cells, rows = downloaded(client, after["page download query"])
    assert body["month"] == "2031-02" and cells == after["page cells"]
    assert [row[4] for row in rows if (row[0], row[2]) == CELL] == ["12"]


def test_the_publication_day_is_written_in_the_readers_language(client, region, monkeypatch):
    travel_to(monkeypatch, datetime.date(2031, 3, 10))
    page = text(client.get("/es/equity/"))
    assert "1 de abril" in page  # CLDR's Spanish, with the month's name in lower case
    travel_to(monkeypatch, datetime.date(2031, 12, 10))  # published next year: the year said
    december = client.get("/en/equity/")
    assert "This month's searches are published on January 1, 2032." in text(december)
    assert demand_item(december)["table"] is None, "no month with searches has ended yet"


def test_the_same_searches_in_a_month_that_has_ended_are_published_for_it(
    client, region, monkeypatch
):
    travel_to(monkeypatch, datetime.date(2031, 3, 10))
    searched(40)
    recording.flush()
    travel_to(monkeypatch, datetime.date(2031, 5, 20))  # March has ended; no snapshot was taken

    page = client.get("/en/equity/?month=2031-03")
    assert page.status_code == 200, "a month ended without a snapshot is read from its counts"
    item = demand_item(page)
    assert item["month"] == MARCH and shown_cells(item)[CELL] == 40
    assert any("한국어" in sentence and "Cybersecurity" in sentence for sentence in item["gaps"])
    assert "Only the searches of this month were kept" in text(page)
    assert [i["key"] for i in page.context["tables"]] == ["demand"]  # no listings made up
    body, cells, rows = downloaded(client, "month=2031-03")
    assert body["month"] == "2031-03" and "published_on" not in body
    assert cells[CELL] == 40
    assert [row[4] for row in rows if (row[0], row[2]) == CELL] == ["40"]
    assert client.get("/api/v1/equity/coverage.json?month=2031-03").status_code == 404

    # May's page shows March, the latest month that has ended with searches, and offers it.
    may = client.get("/en/equity/")
    assert demand_item(may)["month"] == MARCH and shown_cells(demand_item(may))[CELL] == 40
    assert MARCH in may.context["months"]
    assert client.get("/en/equity/?month=2031-04").status_code == 404, "April counted nothing"


def test_the_page_made_on_the_first_shows_the_month_that_just_ended(client, region, monkeypatch):
    travel_to(monkeypatch, datetime.date(2031, 3, 31))
    searched(40)
    recording.flush()
    march = client.get("/en/equity/")
    assert march["X-Hub-Cache"] == "miss"
    assert client.get("/en/equity/")["X-Hub-Cache"] == "hit"
    assert demand_item(march)["table"] is None
    assert "This month's searches are published on April 1." in text(march)

    travel_to(monkeypatch, datetime.date(2031, 4, 1))
    april = client.get("/en/equity/")
    assert april["X-Hub-Cache"] == "miss", "not March's copy from the cache"
    item = demand_item(april)
    assert item["month"] == MARCH and shown_cells(item)[CELL] == 40
    words = text(april)
    assert "This month's searches are published on May 1." in words
    assert "The figures below are the searches of March 2031, the latest month published." in words
    body, _cells, _rows = downloaded(client)
    assert (body["month"], body["records"], body["latest_published_month"]) == (
        "2031-04",
        [],
        "2031-03",
    )
    assert downloaded(client, "month=2031-03")[1][CELL] == 40
