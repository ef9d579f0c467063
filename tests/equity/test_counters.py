"""How often each listing was shown to families: counted per listing and day, nothing about
who asked, written after the response, never failing a match. (A partner's view of these
figures is tested with the rest of their admin home, in test_problem_reports.py.)"""

from collections import Counter

import pytest
from django.db import connection
from django.utils import timezone
from privacy_traces import every_stored_value

from hub.counters import recording
from hub.counters.models import Appearance

# database_vendor: raw SQL upsert (ON CONFLICT) of the counts.
pytestmark = [pytest.mark.django_db, pytest.mark.database_vendor]

SEARCH = "/en/find/?grade=7&interests=robotics&q=my+daughter+Zubeyda+loves+robots&zip=95820"
DISTINCTIVE = ("203.0.113.77", "DistinctiveBrowser/9.9", "Zubeyda", "tracking-cookie-42")


@pytest.fixture(autouse=True)
def nothing_waiting():
    recording.discard_waiting()
    yield
    recording.discard_waiting()


def ask(client, url=SEARCH):
    client.cookies["visitor"] = "tracking-cookie-42"
    response = client.get(url, REMOTE_ADDR="203.0.113.77", HTTP_USER_AGENT="DistinctiveBrowser/9.9")
    assert response.status_code == 200
    return response


def shown_ids(response):
    """The listings on the page the family saw: one page of the ranked results ("Show more"
    pages through the rest), and the support services."""
    context = response.context
    return sorted(item["id"] for item in (*context["results"], *context["services"]))


def test_each_listing_shown_is_counted_per_day_and_nothing_about_who_asked(
    client, region, settings
):
    settings.HUB_COUNTERS_BATCH = 10_000  # nothing written until it is due
    settings.HUB_COUNTERS_SECONDS = 10_000
    first = ask(client)
    ids = shown_ids(first)
    assert ids, "the demo region has robotics programs for grade 7"
    assert not Appearance.objects.exists()  # still waiting, not written during the request
    ask(client)

    recording.flush()
    today = timezone.localdate()
    assert sorted(Appearance.objects.values_list("page_id", "day", "count")) == [
        (page_id, today, 2) for page_id in ids
    ]
    assert {f.name for f in Appearance._meta.get_fields()} == {"id", "page", "day", "count"}
    stored = list(every_stored_value())
    for trace in DISTINCTIVE:
        assert not any(trace in value for value in stored), trace


def test_counts_are_written_after_the_response_once_a_batch_is_due(client, region, settings):
    settings.HUB_COUNTERS_BATCH = 1
    ids = shown_ids(ask(client))
    # The test client ends each request as a server does, which writes the due batch.
    assert sorted(Appearance.objects.values_list("page_id", flat=True)) == ids
    assert recording.waiting() == 0


def test_a_failing_counter_store_never_breaks_a_match_and_loses_nothing(client, region, settings):
    settings.HUB_COUNTERS_BATCH = 1
    table = Appearance._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f'ALTER TABLE "{table}" RENAME TO "{table}_away"')
    try:
        response = ask(client)  # the write after it fails
        assert response.context["answer"].results
        api = client.get("/api/v1/match?grade=7&interests=robotics&zip=95820")
        assert api.status_code == 200 and api.json()["results"]
        shown = shown_ids(response) + [
            r["id"] for r in (*api.json()["results"], *api.json()["services"])
        ]
        assert recording.waiting_shown() == len(shown)
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f'ALTER TABLE "{table}_away" RENAME TO "{table}"')
    recording.flush()
    written = {
        page_id: count for page_id, count in Appearance.objects.values_list("page_id", "count")
    }
    assert written == dict(Counter(shown))
