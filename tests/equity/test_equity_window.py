"""The equity figures are computed once per filter per window (figures.live_cached): two reads
in one window give identical figures, computed once. A counter batch written opens no new
window: this month's searches are not published until it has ended (issue 21, part 4), so the
batch changes nothing a reader sees. Small cells of a month that has ended stay hidden in every
read."""

import datetime

import pytest
from django.db import DatabaseError
from django.utils import timezone

from hub.caching import versions
from hub.counters import facets, recording
from hub.counters.models import Demand
from hub.equity import figures
from hub.equity.models import Snapshot

# database_vendor: the counts are written with a raw SQL upsert (ON CONFLICT).
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.database_vendor,
    pytest.mark.usefixtures("counts_written_when_the_test_says"),
]


@pytest.fixture
def computed(monkeypatch):
    """The filters the figures were computed for, call by call."""
    calls = []
    real = figures.live

    def live(month=None, area="", language="", *args, **kwargs):
        calls.append((area, language))
        return real(month, area, language, *args, **kwargs)

    monkeypatch.setattr(figures, "live", live)
    return calls


def demand(client, query=""):
    response = client.get(f"/api/v1/equity/demand.json?{query}")
    assert response.status_code == 200
    return {(r["row"], r["column"]): r["value"] for r in response.json()["records"]}


def last_month():
    return figures.month_start(figures.month_start() - datetime.timedelta(days=1))


def count(interest, band, n, results="0", language="en", area="", month=None):
    """Searches waiting in this process, as the matcher's counter adds them (this month's, or
    `month`'s as the last batch of a month that has just ended)."""
    month = month or timezone.localdate().replace(day=1)
    with recording._lock:
        recording._demand[(month, band, interest, language, area, "", results)] += n


def test_two_reads_in_one_window_are_identical_and_computed_once(client, region, computed):
    page = client.get("/en/equity/")
    assert page.status_code == 200
    first = client.get("/api/v1/equity/demand.json")
    second = client.get("/api/v1/equity/demand.json")
    assert first.content == second.content
    assert client.get("/api/v1/equity/coverage.csv").status_code == 200
    assert computed == [("", "")], "the page and every download share one computation"
    area = next(iter(facets.areas()))
    client.get(f"/api/v1/equity/demand.json?area={area}")
    client.get(f"/en/equity/?area={area}")
    assert computed == [("", ""), (area, "")], "another filter is computed once, on its own"


def test_a_counter_batch_written_changes_nothing_a_reader_sees(client, region, computed):
    Demand.objects.all().delete()  # the demo's made-up months of counts
    band = facets.GRADE_BANDS[2][0]
    window = versions.current("equity")
    before = client.get("/en/equity/")
    (shown_before,) = [item for item in before.context["tables"] if item["key"] == "demand"]
    assert demand(client) == {}, "this month's searches: not published"
    count("robotics", band, 40)
    recording.flush()
    assert Demand.objects.get(interest="robotics").count == 40, "written"
    assert versions.current("equity") == window, "no new window"
    assert demand(client) == {}
    after = client.get("/en/equity/")
    assert after["X-Hub-Cache"] == "hit" and after.content == before.content
    assert shown_before["month"] < figures.month_start(), "the page shows a month that ended"
    assert len(computed) == 1, "one computation: nothing asked for anew"


def test_a_batch_that_fails_to_be_written_keeps_the_window(region, monkeypatch):
    def refused(batch):
        raise DatabaseError("the database is away")

    monkeypatch.setattr(recording, "_add_demand", refused)
    window = versions.current("equity")
    count("robotics", facets.GRADE_BANDS[2][0], 5)
    recording.flush()
    assert versions.current("equity") == window
    assert recording.waiting_asked() == 5, "kept for the next batch"


def test_small_cells_stay_hidden_in_every_read_of_a_window(client, region):
    Demand.objects.all().delete()
    month = last_month()
    Snapshot.objects.filter(month=month).delete()  # read from the counters, not as kept
    bands = [code for code, _label, _low, _high in facets.GRADE_BANDS]
    count("robotics", bands[1], 3, month=month)  # a small count of people
    count("robotics", bands[2], 40, month=month)
    count("coding", bands[1], 40, month=month)
    count("coding", bands[2], 40, month=month)
    recording.flush()
    published = figures.demand(month)  # suppression itself, uncached
    expected = {
        (interest, band): value
        for interest, values, _total in published.rows
        for band, value in zip(published.columns, values, strict=True)
    }
    assert expected[("robotics", bands[1])] is None
    assert expected[("robotics", bands[2])] == 40
    for _read in range(2):
        found = demand(client, f"month={month:%Y-%m}")
        assert found == expected
        assert all(v is None or v == 0 or v >= 10 for v in found.values())
