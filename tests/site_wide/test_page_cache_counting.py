"""Every answer served from the page cache (hub/caching/pages.py) is still counted in the
anonymous counters, the same as one made afresh: the demand the equity page publishes once the
month has ended and the listings' appearances do not shrink because families asked the same
question."""

import pytest
from django.db.models import Sum
from django.test import Client

from hub.counters import recording
from hub.counters.models import Demand
from hub.equity.figures import month_start

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path", ["/api/v1/match?grade=7&interests=robotics", "/en/find/?grade=7&interests=robotics"]
)
def test_every_answer_served_from_the_cache_is_still_counted(indexed_world, path, settings):
    # Counts wait in the process until written: no timed write in the middle of this test
    # (one came due when building the world took over 30 s on a busy machine).
    settings.HUB_COUNTERS_SECONDS = 3600
    recording.discard_waiting()
    family = Client()
    first = family.get(path)
    asked, shown = recording.waiting_asked(), recording.waiting_shown()
    assert indexed_world.alpha_club.title in first.content.decode()
    assert asked > 0 and shown > 0
    again = [family.get(path) for _ in range(2)]
    assert [a["X-Hub-Cache"] for a in [first, *again]] == ["miss", "hit", "hit"]
    assert recording.waiting_asked() == 3 * asked
    assert recording.waiting_shown() == 3 * shown
    # Written into this month's counts, which the equity page publishes when the month ends.
    before = Demand.objects.filter(month=month_start()).aggregate(n=Sum("count"))["n"] or 0
    recording.flush()
    after = Demand.objects.filter(month=month_start()).aggregate(n=Sum("count"))["n"]
    assert after - before == 3 * asked
