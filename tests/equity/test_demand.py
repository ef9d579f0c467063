"""What families asked for, counted by coarse facets only (issue: equity in the open). A count
says the month, grade band, interest, language, area, needs and how many programs fitted; it
never holds an address, a browser, a cookie, the words typed, a full ZIP code or a time."""

import pytest
from django.db import connection
from django.utils import timezone
from privacy_traces import every_stored_value
from test_counters import DISTINCTIVE

from hub.counters import facets, recording
from hub.counters.models import Demand

# database_vendor: raw SQL upsert (ON CONFLICT) of the counts.
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.database_vendor,
    pytest.mark.usefixtures("counts_written_when_the_test_says"),
]


@pytest.fixture(autouse=True)
def no_counts_yet(db):
    """The demo region comes with made-up months of counts; these tests count their own."""
    Demand.objects.all().delete()


def ask(client, url):
    client.cookies["visitor"] = "tracking-cookie-42"
    response = client.get(url, REMOTE_ADDR="203.0.113.77", HTTP_USER_AGENT="DistinctiveBrowser/9.9")
    assert response.status_code == 200
    return response


def rows():
    return sorted(
        Demand.objects.values_list(
            "month", "grade_band", "interest", "language", "area", "needs", "results", "count"
        )
    )


def test_a_search_is_counted_by_coarse_facets_and_nothing_else(client, region):
    url = (
        "/es/find/?grade=7&interests=robotics&needs=transportation"
        "&q=mi+hija+Zubeyda+quiere+programar+en+Calle+Olmo+123&zip=95838"
    )
    answer = ask(client, url).context["answer"]
    ask(client, url)
    assert not Demand.objects.exists()  # still waiting: nothing written during a request
    recording.flush()

    month = timezone.localdate().replace(day=1)
    bucket = facets.result_bucket(answer.fitting)
    found = rows()
    # One count per interest asked about: the one ticked and the one the words named.
    assert [row[2] for row in found] == ["coding", "robotics"]
    for row in found:
        assert row == (month, "6-8", row[2], "es", "north", "transportation", bucket, 2)
    assert {f.name for f in Demand._meta.get_fields()} == {
        "id",
        "month",
        "grade_band",
        "interest",
        "language",
        "area",
        "needs",
        "results",
        "count",
    }
    stored = list(every_stored_value())
    for trace in (*DISTINCTIVE, "Olmo", "hija"):
        assert not any(trace in value for value in stored), trace
    counted = " ".join(str(v) for row in found for v in row)
    assert "95838" not in counted and "203.0.113" not in counted


def test_areas_are_neighbourhoods_or_three_zip_digits_never_more(client, region):
    ask(client, "/en/find/?grade=10&interests=coding&zip=95670")  # Rancho Cordova: no area
    ask(client, "/en/find/?grade=10&interests=coding&zip=Elk+Grove")  # a configured town
    ask(client, "/en/find/?grade=10&interests=coding")  # no place said
    recording.flush()
    assert sorted(row[4] for row in rows()) == ["", "elk-grove", "zip:956"]


def test_show_more_is_the_same_question_not_another_family_asking(client, region):
    url = "/en/find/?grade=10&interests=coding"
    ask(client, url)
    ask(client, url + "&page=2")
    ask(client, url + "&page=3")
    recording.flush()
    assert [row[-1] for row in rows()] == [1]


def test_searches_that_found_nothing_are_counted_as_such(client, region):
    # Korean-speaking families of pre-K children asking for cybersecurity: nothing fits all of
    # it. The matcher may relax and show something; the count says what fitted first.
    response = ask(client, "/ko/find/?grade=-1&interests=cybersecurity&language=ko&zip=95823")
    assert response.context["answer"].fitting == 0
    recording.flush()
    ((grade_band, interest, language, results),) = [(r[1], r[2], r[3], r[6]) for r in rows()]
    assert (grade_band, interest, language, results) == ("prek-2", "cybersecurity", "ko", "0")


def test_the_match_api_is_counted_too(client, region):
    response = client.get("/api/v1/match?grade=4&interests=robotics&lang=vi&zip=95823")
    assert response.status_code == 200
    recording.flush()
    ((month, band, interest, language, area, needs, _results, count),) = rows()
    assert (band, interest, language, area, needs, count) == (
        "3-5",
        "robotics",
        "vi",
        "south",
        "",
        1,
    )
    assert month == timezone.localdate().replace(day=1)


def test_a_failing_counter_store_never_breaks_a_match_and_loses_nothing(client, region):
    table = Demand._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f'ALTER TABLE "{table}" RENAME TO "{table}_away"')
    try:
        response = ask(client, "/en/find/?grade=7&interests=robotics&zip=95820")
        assert response.context["answer"].results
        recording.flush()  # refused: the table is gone
        assert recording.waiting_asked() == 1
        api = client.get("/api/v1/match?grade=7&interests=robotics&zip=95820")
        assert api.status_code == 200 and api.json()["results"]
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f'ALTER TABLE "{table}_away" RENAME TO "{table}"')
    recording.flush()
    assert [row[-1] for row in rows()] == [2]


def test_the_grade_bands_and_result_buckets_cover_everything():
    assert [facets.grade_band(g) for g in (-1, 0, 2, 3, 5, 6, 8, 9, 12, 13, None)] == [
        "prek-2",
        "prek-2",
        "prek-2",
        "3-5",
        "3-5",
        "6-8",
        "6-8",
        "9-12",
        "9-12",
        "after",
        "",
    ]
    assert [facets.result_bucket(n) for n in (0, 1, 2, 3, 9, 10, 40)] == [
        "0",
        "1-2",
        "1-2",
        "3-9",
        "3-9",
        "10+",
        "10+",
    ]
    assert facets.grade_bands_between(7, 10) == ["6-8", "9-12"]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_privacy_page_says_what_is_kept(client, language):
    response = client.get(f"/{language}/privacy/")
    assert response.status_code == 200
    html = response.content.decode()
    if language == "en":
        assert "only the first three digits of your ZIP code" in html
        assert "Not your internet (IP) address" in html
        assert "below 10" in html
    else:
        assert 'dir="rtl"' in html
    assert f'href="/{language}/privacy/"' in html  # linked from every page's footer
