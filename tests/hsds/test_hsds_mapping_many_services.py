"""A term carried by many imported services: staff save its mapping at once, the import worker
re-links the services (the request does not wait for it), and every one of them then reaches
the matcher. Re-linking costs the same queries for 5 services as for 25."""

import io
import json
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from taxonomy_mapping import save_mapping
from test_hsds_taxonomy_mapping import _service, _term

from hub.directory.models import Interest, ProgramPage, SupportServicePage, SupportType
from hub.hsds import outside
from hub.hsds.mapping_admin import MAPPING_IN_REQUEST
from hub.hsds.models import OutsideTerm
from search import indexing
from search.matcher import CANDIDATES
from search.models import OpportunityDocument

pytestmark = [pytest.mark.django_db, pytest.mark.database_vendor]

ORG = "5a1e0000-0000-4000-8000-200000000001"
CLASSES = "5a1e0000-0000-4000-8000-2000000000c1"
PANTRIES = "5a1e0000-0000-4000-8000-2000000000f1"
FEW = "5a1e0000-0000-4000-8000-2000000000a5"
MANY = "5a1e0000-0000-4000-8000-2000000000b5"
MATCH = "/api/v1/match?interests=computer-science"


def key(n):
    return f"5a1e0000-0000-4000-8000-3{n:011d}"


def import_feed(directory, groups):
    """One organization whose services carry the terms given: [(term, count, kind)]."""
    services, terms, n = [], [], 0
    for term, count, kind in groups:
        terms.append(term)
        for _ in range(count):
            n += 1
            services.append(_service(key(n), f"{term['name']} {n}", [term], kind))
    organization = {"id": ORG, "name": "County 211", "description": "x", "services": services}
    (directory / "organizations.json").write_text(json.dumps([organization]), encoding="utf-8")
    (directory / "taxonomy_terms.json").write_text(json.dumps(terms), encoding="utf-8")
    call_command("import_hsds", str(directory), stdout=io.StringIO())


@pytest.fixture
def computing(world):
    return Interest.objects.create(
        name="Computer science", slug="computer-science", synonyms="programming, computing"
    )


def worker():
    out = io.StringIO()
    call_command("import_worker", "--batch", stdout=out)
    return out.getvalue()


def test_a_term_of_sixty_services_is_applied_by_the_worker_and_all_reach_the_matcher(
    computing, world, tmp_path
):
    food = SupportType.objects.create(name="Food", slug="food")
    classes = _term(CLASSES, "PH-1300", "Computer Classes")
    pantries = _term(PANTRIES, "BD-1800", "Food Pantries")
    import_feed(tmp_path, [(classes, 60, "program"), (pantries, 3, None)])
    assert MAPPING_IN_REQUEST < 60
    family = Client()
    assert family.get(MATCH).json()["total"] == 0

    staff = Client(enforce_csrf_checks=True)
    staff.force_login(world.staff)
    term = OutsideTerm.objects.get(hsds_id=CLASSES)
    done = save_mapping(staff, term, interests=[computing.pk])
    # The mapping is saved at once; the services wait for the worker, with a link to follow it.
    assert "Mapping of “Computer Classes” saved; its 60 listings are being updated." in done
    assert list(OutsideTerm.objects.get(pk=term.pk).interests.all()) == [computing]
    progress = re.search(r'href="(/admin/import/jobs/\d+/)"', done).group(1)
    waiting = staff.get(progress).content.decode()
    assert 'data-status="queued"' in waiting and "Imported taxonomy terms" in waiting
    assert family.get(MATCH).json()["total"] == 0

    worker()
    page = staff.get(progress).content.decode()
    assert 'data-status="done"' in page
    assert "Mapping of “Computer Classes” saved; 60 listings changed." in page
    answer = family.get(MATCH).json()
    assert answer["total"] == min(60, CANDIDATES)  # the matcher counts up to CANDIDATES
    assert {r["title"] for r in answer["results"]} <= {
        f"Computer Classes {n}" for n in range(1, 61)
    }
    # Every one of the 60 is in the matcher's documents under the interest.
    assert (
        OpportunityDocument.objects.filter(interests__contains="|computer-science|").count() == 60
    )
    body = family.get("/en/find/?interests=computer-science").content.decode()
    assert "Computer Classes 1" in body
    for program in ProgramPage.objects.filter(outside_terms=term):
        assert [i.pk for i in program.interests.all()] == [computing.pk]
        # An editor opening the listing keeps it: its latest revision has it too.
        assert list(program.get_latest_revision_as_object().interests.all()) == [computing]

    # A term of few services is still applied in the request, as before.
    pantry = OutsideTerm.objects.get(hsds_id=PANTRIES)
    done = save_mapping(staff, pantry, support_types=[food.pk])
    assert "Mapping of “Food Pantries” saved; 3 listings changed." in done
    assert SupportServicePage.objects.filter(support_types=food).count() == 3


def test_a_draft_waiting_for_review_gets_the_mapping_and_stays_a_draft(computing, world, tmp_path):
    classes = _term(CLASSES, "PH-1300", "Computer Classes")
    import_feed(tmp_path, [(classes, 2, "program")])
    edited = ProgramPage.objects.get(translation_key=key(1))
    edited.title = "Computer Classes, renamed"
    edited.save_revision(user=world.staff)
    term = OutsideTerm.objects.get(hsds_id=CLASSES)
    before = {"interests": set(), "support_types": set()}
    term.interests.set([computing])
    with indexing.refreshed_once():
        changed = outside.apply_mapping(term, before, world.staff)
    assert len(changed) == 2
    page = ProgramPage.objects.get(pk=edited.pk)
    assert page.title == "Computer Classes 1" and page.has_unpublished_changes
    assert list(page.interests.all()) == [computing]
    draft = page.get_latest_revision_as_object()
    assert draft.title == "Computer Classes, renamed"
    assert list(draft.interests.all()) == [computing]
    assert list(page.live_revision.as_object().interests.all()) == [computing]

    # A draft that lacks it while the published page has it: only the draft changes.
    other = ProgramPage.objects.get(translation_key=key(2))
    live_revision = other.live_revision_id
    draft = other.get_latest_revision_as_object()
    draft.interests = []
    draft.save_revision(user=world.staff)
    with indexing.refreshed_once():
        assert outside.apply_mapping(term, before, world.staff) == []
    other = ProgramPage.objects.get(pk=other.pk)
    assert other.live_revision_id == live_revision and other.has_unpublished_changes
    assert list(other.get_latest_revision_as_object().interests.all()) == [computing]


def queries(term, before):
    with CaptureQueriesContext(connection) as captured, indexing.refreshed_once():
        changed = outside.apply_mapping(term, before, None)
        counted = len(captured)
    return len(changed), counted


def test_re_linking_costs_the_same_queries_for_5_services_as_for_25(computing, world, tmp_path):
    few = _term(FEW, "A-5", "Few")
    many = _term(MANY, "B-25", "Many")
    import_feed(tmp_path, [(few, 5, "program"), (many, 25, "program")])
    few, many = OutsideTerm.objects.get(hsds_id=FEW), OutsideTerm.objects.get(hsds_id=MANY)
    unmapped = {"interests": set(), "support_types": set()}
    mapped = {"interests": {computing.pk}, "support_types": set()}
    for term in (few, many):
        term.interests.set([computing])
    assert queries(few, unmapped)[0] == 5
    assert queries(many, unmapped)[0] == 25
    assert queries(few, unmapped)[1] == queries(many, unmapped)[1]  # nothing left to change
    for term in (few, many):
        term.interests.set([])
    small, large = queries(few, mapped), queries(many, mapped)
    assert (small[0], large[0]) == (5, 25)
    assert small[1] == large[1]
    assert ProgramPage.objects.filter(interests=computing).count() == 0
