"""The index follows what is published, through Wagtail's signals and the outbox; an
Elasticsearch outage never breaks publishing or matching, and loses no change."""

import io
import time
import uuid

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from factories import (
    InterestFactory,
    LanguageFactory,
    LocationFactory,
    OrganizationPageFactory,
    ProgramPageFactory,
    session,
)

from hub.directory.models import OrganizationLocation
from search.backends import elasticsearch_backend
from search.matcher import match
from search.models import IndexOutbox, OpportunityDocument
from search.query import Question


@pytest.fixture
def sync_region(indexes):
    en = LanguageFactory(code="en", endonym="English", english_name="English")
    robotics = InterestFactory(slug="robotics", name="Robotics")
    org = OrganizationPageFactory(parent=indexes["partners"], title="Alpha", slug="alpha")
    org.save_revision().publish()

    def program(slug, publish=True):
        page = ProgramPageFactory(
            parent=org,
            slug=slug,
            title=slug.title(),
            interests=[robotics],
            delivery_languages=[en],
            sessions=[session(10, 30)],
        )
        if publish:
            page.save_revision().publish()
        return page

    return {"org": org, "program": program, "indexes": indexes, "robotics": robotics}


def matched(**answers):
    answer = match(Question(language="en", grade=7, **answers))
    return answer, sorted(r.doc["title"]["en"] for r in answer.results)


def stored():
    return {
        doc["title"]["en"]: doc
        for doc in OpportunityDocument.objects.values_list("data", flat=True)
    }


# --- The database index follows the page signals ----------------------------------------------


def test_publish_indexes_and_drafts_do_not(sync_region):
    club = sync_region["program"]("club")
    assert set(stored()) == {"Club"}
    club.title = "Secret new name"
    club.save_revision()  # a draft: families must not see it yet
    assert set(stored()) == {"Club"}
    sync_region["program"]("draft-only", publish=False)
    assert set(stored()) == {"Club"}


def test_unpublish_and_delete_remove(sync_region):
    club, lab = sync_region["program"]("club"), sync_region["program"]("lab")
    club.unpublish()
    lab.delete()
    assert stored() == {}


def test_move_changes_the_link(sync_region):
    club = sync_region["program"]("club")
    other = OrganizationPageFactory(parent=sync_region["indexes"]["partners"], slug="beta")
    other.save_revision().publish()
    club.move(other, pos="last-child")
    assert stored()["Club"]["path"] == "/partners/beta/club/"


def test_renaming_an_organization_renames_it_on_its_listings(sync_region):
    sync_region["program"]("club")
    org = sync_region["org"]
    org.title = "Alpha Robotics Society"
    org.save_revision().publish()
    assert stored()["Club"]["organization"]["en"] == "Alpha Robotics Society"


def test_unpublishing_an_organization_hides_its_listings(sync_region):
    sync_region["program"]("club")
    sync_region["org"].unpublish()
    assert stored() == {}


# --- Places, terms and languages a document copies: their own saves reach the matcher ---------

LIBRARY = (38.5556, -121.4690)  # Sacramento
MOVED_TO = (38.2700, -121.3000)  # Galt, about 35 km away: outside the ~1 km asked below


def fitting_near(point):
    """(programs fitting everything, titles) for a question 1 km around `point`."""
    answer = match(Question(language="en", grade=7, point=point, max_km=1))
    return answer.fitting, sorted(r.doc["title"]["en"] for r in answer.results[: answer.fitting])


def place_at(point):
    return LocationFactory(name="Central Library", latitude=point[0], longitude=point[1])


def held_at(sync_region, location):
    """The published program "Club", its session at `location`."""
    page = ProgramPageFactory(
        parent=sync_region["org"],
        slug="club",
        title="Club",
        interests=[sync_region["robotics"]],
        sessions=[session(10, 30, location=location)],
    )
    page.save_revision().publish()
    return page


def move(location, point):
    location.latitude, location.longitude = point
    location.street_address = "1 New Street"
    location.save()


def test_a_corrected_session_place_moves_its_program_without_republishing(sync_region):
    library = place_at(LIBRARY)
    held_at(sync_region, library)
    assert fitting_near(LIBRARY) == (1, ["Club"])

    move(library, MOVED_TO)

    assert fitting_near(MOVED_TO) == (1, ["Club"])
    assert fitting_near(LIBRARY) == (0, [])
    assert stored()["Club"]["points"] == [{"lat": MOVED_TO[0], "lon": MOVED_TO[1]}]


def test_a_corrected_organization_place_moves_the_programs_held_there(sync_region):
    library = place_at(LIBRARY)
    org = sync_region["org"]
    OrganizationLocation.objects.create(page=org, location=library)
    sync_region["program"]("club")  # its session names no place: it is held at the organization's
    assert fitting_near(LIBRARY) == (1, ["Club"])

    move(library, MOVED_TO)

    assert fitting_near(MOVED_TO) == (1, ["Club"])
    assert fitting_near(LIBRARY) == (0, [])


def test_a_deleted_place_leaves_its_programs_documents(sync_region):
    library = place_at(LIBRARY)
    held_at(sync_region, library)

    library.delete()

    # Held nowhere the hub knows now: not bound to any place (as a program entered without one).
    assert stored()["Club"]["points"] == []
    assert stored()["Club"]["place_bound"] is False


def test_a_renamed_interest_slug_is_the_one_programs_are_found_by(sync_region):
    sync_region["program"]("club")
    robotics = sync_region["robotics"]
    robotics.slug = "robots-and-drones"
    robotics.save()
    assert stored()["Club"]["interests"] == ["robots-and-drones"]
    answer = match(Question(language="en", grade=7, interests=("robots-and-drones",)))
    assert answer.fitting == 1


def test_a_corrected_place_reaches_elasticsearch_after_commit(
    sync_region, with_elasticsearch, django_capture_on_commit_callbacks
):
    library = place_at(LIBRARY)
    with django_capture_on_commit_callbacks(execute=True):
        held_at(sync_region, library)
    assert fitting_near(LIBRARY) == (1, ["Club"])

    with django_capture_on_commit_callbacks(execute=True):
        move(library, MOVED_TO)

    assert IndexOutbox.objects.count() == 0
    answer = match(Question(language="en", grade=7, point=MOVED_TO, max_km=1))
    assert answer.backend == "elasticsearch"
    assert fitting_near(MOVED_TO) == (1, ["Club"])
    assert fitting_near(LIBRARY) == (0, [])


def test_a_place_corrected_during_an_outage_is_saved_and_waits_in_the_outbox(
    sync_region, with_elasticsearch, noida_server, django_capture_on_commit_callbacks
):
    library = place_at(LIBRARY)
    with django_capture_on_commit_callbacks(execute=True):
        held_at(sync_region, library)
    noida_server.stop()

    with django_capture_on_commit_callbacks(execute=True):
        move(library, MOVED_TO)  # the save goes through

    assert IndexOutbox.objects.count() == 1
    noida_server.start()
    call_command("search_index", "sync", stdout=io.StringIO())
    answer = match(Question(language="en", grade=7, point=MOVED_TO, max_km=1))
    assert answer.backend == "elasticsearch" and answer.fitting == 1
    assert fitting_near(LIBRARY) == (0, [])


# --- Elasticsearch, its outbox and its outages ---------------------------------------------------


@pytest.fixture
def with_elasticsearch(settings, elasticsearch_url):
    settings.HUB_ELASTICSEARCH_URL = elasticsearch_url
    settings.HUB_ELASTICSEARCH_INDEX_PREFIX = f"sync-{uuid.uuid4().hex[:8]}"
    settings.HUB_ELASTICSEARCH_RETRY_AFTER = 0  # ask again at once once it is back
    return elasticsearch_backend()


def test_publishing_reaches_elasticsearch_after_commit(
    sync_region, with_elasticsearch, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sync_region["program"]("club")
    assert IndexOutbox.objects.count() == 0
    answer, titles = matched()
    assert answer.backend == "elasticsearch" and titles == ["Club"]


def test_outage_loses_nothing(
    sync_region,
    with_elasticsearch,
    noida_server,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        sync_region["program"]("club")
    noida_server.stop()

    # Publishing goes on while Elasticsearch is down, and does not hang on it.
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        sync_region["program"]("lab")
    assert time.monotonic() - started < 10
    assert IndexOutbox.objects.count() == 1

    # Families still get answers, from the database, with the new program in them.
    answer, titles = matched()
    assert answer.backend == "database" and titles == ["Club", "Lab"]
    with pytest.raises(CommandError):
        call_command("search_index", "status", stdout=io.StringIO())

    noida_server.start()
    out = io.StringIO()
    call_command("search_index", "sync", stdout=out)
    assert "Applied 1" in out.getvalue()
    assert IndexOutbox.objects.count() == 0
    answer, titles = matched()
    assert answer.backend == "elasticsearch" and titles == ["Club", "Lab"]
    call_command("search_index", "status", stdout=io.StringIO())  # caught up: exit 0


def test_sync_while_down_says_so_and_keeps_the_changes(
    sync_region,
    with_elasticsearch,
    noida_server,
    django_capture_on_commit_callbacks,
):
    noida_server.stop()
    with django_capture_on_commit_callbacks(execute=True):
        sync_region["program"]("club")
    with pytest.raises(CommandError, match="1 changes still wait"):
        call_command("search_index", "sync", stdout=io.StringIO())
    row = IndexOutbox.objects.get()
    assert row.attempts >= 1 and row.last_error


def test_rebuild_fills_elasticsearch_from_the_pages(sync_region, with_elasticsearch):
    sync_region["program"]("club")
    sync_region["program"]("lab")
    IndexOutbox.objects.all().delete()  # as if Elasticsearch had never heard of them
    out = io.StringIO()
    call_command("search_index", "rebuild", stdout=out)
    assert "Indexed 2 opportunities" in out.getvalue()
    assert with_elasticsearch.count() == 2


def test_status_notices_an_index_out_of_step_and_rebuild_mends_it(sync_region):
    sync_region["program"]("club")
    call_command("search_index", "status", stdout=io.StringIO())  # in step: exit 0
    OpportunityDocument.objects.all().delete()  # e.g. a database restored without its index
    with pytest.raises(CommandError, match="behind"):
        call_command("search_index", "status", stdout=io.StringIO())
    call_command("search_index", "rebuild", stdout=io.StringIO())
    assert set(stored()) == {"Club"}
    call_command("search_index", "status", stdout=io.StringIO())


def test_a_failed_elasticsearch_is_left_alone_for_a_while(
    sync_region, with_elasticsearch, noida_server, settings, monkeypatch
):
    settings.HUB_ELASTICSEARCH_RETRY_AFTER = 60
    sync_region["program"]("club")
    asked = []
    real_search = type(with_elasticsearch).search

    def counting_search(self, *args):
        asked.append(1)
        return real_search(self, *args)

    monkeypatch.setattr(type(with_elasticsearch), "search", counting_search)
    noida_server.stop()
    for _ in range(3):
        answer, titles = matched(interests=("robotics",))
        assert answer.backend == "database" and titles == ["Club"]
    assert len(asked) == 1  # one failure, then the database for every search after it


# --- Elasticsearch stops while families keep asking ----------------------------------------------


@pytest.fixture
def backends_answering(monkeypatch):
    """Which backend answered each question the find page and the API asked the matcher (the
    real matcher; a question answered before, with nothing changed since, is not asked again)."""
    from search import matcher

    answered = []

    def recording(question):
        answer = match(question)
        answered.append(answer.backend)
        return answer

    monkeypatch.setattr(matcher, "match", recording)
    return answered


def elasticsearch_documents(backend):
    """Every document Elasticsearch holds, by page id, and how many hits there were."""
    backend.client.indices.refresh(index=backend.alias)
    hits = backend.client.search(index=backend.alias, query={"match_all": {}}, size=1000)
    hits = hits["hits"]["hits"]
    return {hit["_source"]["id"]: hit["_source"] for hit in hits}, len(hits)


def test_elasticsearch_stopped_mid_traffic(
    client,
    sync_region,
    with_elasticsearch,
    noida_server,
    backends_answering,
    django_capture_on_commit_callbacks,
):
    def publish(page):
        # As the admin does it: the drain runs after the commit (and fails quietly when down).
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()

    def families_ask():
        """What a family sees on the find page, checked against the API's answer."""
        find = client.get("/en/find/?grade=7&interests=robotics&language=en")
        api = client.get("/api/v1/match?grade=7&interests=robotics&language=en")
        assert find.status_code == 200 and api.status_code == 200
        titles = sorted(r["title"] for r in api.json()["results"])
        assert titles, "every answer has results"
        page = find.content.decode()
        assert all(title in page for title in titles)
        return titles

    # Two organizations: the matcher shows at most two results of one organization.
    beta = OrganizationPageFactory(
        parent=sync_region["indexes"]["partners"], title="Beta", slug="beta"
    )
    beta.save_revision().publish()

    def program(slug, parent):
        page = sync_region["program"](slug, publish=False)
        if parent is not sync_region["org"]:
            page.move(parent, pos="last-child")
            page.refresh_from_db()
        return page

    pages = {
        "club": program("club", sync_region["org"]),
        "lab": program("lab", sync_region["org"]),
        "camp": program("camp", beta),
    }
    for page in pages.values():
        publish(page)
    assert families_ask() == ["Camp", "Club", "Lab"]
    assert set(backends_answering) == {"elasticsearch"}

    noida_server.stop()
    backends_answering.clear()
    # Partners keep publishing while families keep asking; each answer is right at once.
    pages["lab"].title = "Lab Renamed"
    publish(pages["lab"])
    assert families_ask() == ["Camp", "Club", "Lab Renamed"]
    pages["new"] = program("new", beta)
    publish(pages["new"])
    assert families_ask() == ["Camp", "Club", "Lab Renamed", "New"]
    pages["camp"].unpublish()
    assert families_ask() == ["Club", "Lab Renamed", "New"]
    pages["club"].title = "Club Renamed"
    publish(pages["club"])
    pages["club"].title = "Club Renamed Twice"
    publish(pages["club"])
    assert families_ask() == ["Club Renamed Twice", "Lab Renamed", "New"]
    assert set(backends_answering) == {"database"}
    assert IndexOutbox.objects.count() >= 5  # every change waits; none was applied or lost

    # Back, and drained the way production does it (cron: search_index sync).
    noida_server.start()
    call_command("search_index", "sync", stdout=io.StringIO())
    assert IndexOutbox.objects.count() == 0
    held, hits = elasticsearch_documents(with_elasticsearch)
    assert hits == len(held)  # nothing twice
    assert held == {doc["id"]: doc for doc in stored().values()}  # every change, as published
    assert sorted(doc["title"]["en"] for doc in held.values()) == [
        "Club Renamed Twice",
        "Lab Renamed",
        "New",
    ]
    backends_answering.clear()
    assert families_ask() == ["Club Renamed Twice", "Lab Renamed", "New"]
    assert set(backends_answering) == {"elasticsearch"}
