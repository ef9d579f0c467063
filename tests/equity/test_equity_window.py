"""The equity figures are computed once per filter per counter window (figures.live_cached):
two reads in one window give identical figures, computed once; a counter batch written opens a
new window, which the very next request shows; small cells stay hidden either way."""

import pytest
from django.db import DatabaseError
from django.utils import timezone

from hub.caching import versions
from hub.counters import facets, recording
from hub.counters.models import Demand
from hub.equity import figures

# database_vendor: the counts are written with a raw SQL upsert (ON CONFLICT).
pytestmark = [pytest.mark.django_db, pytest.mark.database_vendor]


@pytest.fixture(autouse=True)
def written_when_the_test_says(settings):
    settings.HUB_COUNTERS_BATCH = 10_000
    settings.HUB_COUNTERS_SECONDS = 10_000
    recording.discard_waiting()
    yield
    recording.discard_waiting()


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


def count(interest, band, n, results="0", language="en", area=""):
    """Searches waiting in this process, as the matcher's counter adds them."""
    month = timezone.localdate().replace(day=1)
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


def test_a_counter_batch_written_shows_on_the_next_request(client, region, computed):
    Demand.objects.all().delete()  # the demo's made-up months of counts
    band = facets.GRADE_BANDS[2][0]
    before = demand(client)
    assert set(before.values()) == {0}
    count("robotics", band, 40)
    assert demand(client) == before, "counts still waiting in the process show nowhere"
    recording.flush()
    after = demand(client)
    assert after[("robotics", band)] == 40
    assert {v for key, v in after.items() if key != ("robotics", band)} == {0}
    assert demand(client) == after
    assert len(computed) == 2, "one computation per window"


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
    bands = [code for code, _label, _low, _high in facets.GRADE_BANDS]
    count("robotics", bands[1], 3)  # a small count of people
    count("robotics", bands[2], 40)
    count("coding", bands[1], 40)
    count("coding", bands[2], 40)
    recording.flush()
    published = figures.demand(figures.month_start())  # suppression itself, uncached
    expected = {
        (interest, band): value
        for interest, values, _total in published.rows
        for band, value in zip(published.columns, values, strict=True)
    }
    assert expected[("robotics", bands[1])] is None
    for _read in range(2):
        found = demand(client)
        assert found == expected
        assert all(v is None or v == 0 or v >= 10 for v in found.values())
