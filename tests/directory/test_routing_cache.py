"""Family pages are found, and their header and organization named, from what this process
keeps (hub/directory/routing.py) until the content changes. Every edit a family can see must
show on the very next anonymous request: nothing stale, nothing private let through."""

from datetime import date

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from factories import (
    InterestFactory,
    LocationFactory,
    OrganizationPageFactory,
    ProgramPageFactory,
)
from wagtail.models import Page, PageViewRestriction, Site

from hub.directory.models import (
    HomePage,
    OrganizationIndexPage,
    PathwayIndexPage,
    PathwayPage,
    PathwayStep,
    ProgramIndexPage,
    ProgramPage,
    ProgramSession,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def every_request_made_afresh(settings):
    """The cache-miss path: no answer from the page cache (hub/caching/pages.py), which would
    otherwise serve the second request of a test without routing it at all."""
    settings.HUB_PAGE_CACHE = False


@pytest.fixture
def tree():
    translation.activate("en")
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Hub", slug="hub"))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "testserver", "port": 80, "root_page": home}
    )
    partners = home.add_child(instance=OrganizationIndexPage(title="Partners", slug="partners"))
    home.add_child(instance=ProgramIndexPage(title="Programs", slug="programs"))
    org = OrganizationPageFactory(parent=partners, title="Bay Robotics", slug="bay-robotics")
    other = OrganizationPageFactory(parent=partners, title="Delta Makers", slug="delta-makers")
    program = ProgramPageFactory(parent=org, title="Robot Club", slug="robot-club")
    return {"home": home, "partners": partners, "org": org, "other": other, "program": program}


def get(client, path):
    return client.get(path)


def warm(client, path):
    """Two requests: the process now keeps what this page needs."""
    for _ in range(2):
        assert get(client, path).status_code == 200


def republish(page, **fields):
    page = page.specific_class.objects.get(pk=page.pk)
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def test_a_published_title_shows_on_the_next_request(client, tree):
    path = "/en/partners/bay-robotics/robot-club/"
    warm(client, path)
    republish(tree["program"], title="Robot Club Deluxe")
    assert "Robot Club Deluxe" in get(client, path).content.decode()


def test_a_published_organization_title_shows_on_its_programs(client, tree):
    path = "/en/partners/bay-robotics/robot-club/"
    warm(client, path)
    assert "Bay Robotics" in get(client, path).content.decode()
    republish(tree["org"], title="Bay Area Robotics")
    body = get(client, path).content.decode()
    assert "Bay Area Robotics" in body
    assert "Bay Robotics<" not in body


def test_the_header_shows_a_published_section_title_and_drops_an_unpublished_one(client, tree):
    warm(client, "/en/")
    assert ">Programs</a>" in get(client, "/en/").content.decode()
    republish(Page.objects.get(slug="programs"), title="All programs")
    body = get(client, "/en/").content.decode()
    assert ">All programs</a>" in body
    assert ">Programs</a>" not in body
    Page.objects.get(slug="programs").specific.unpublish()
    assert ">All programs</a>" not in get(client, "/en/").content.decode()


def test_a_new_section_joins_the_header(client, tree):
    warm(client, "/en/")
    tree["home"].add_child(instance=PathwayIndexPage(title="Pathways", slug="pathways"))
    assert ">Pathways</a>" in get(client, "/en/").content.decode()


def test_an_unpublished_page_is_gone_on_the_next_request(client, tree):
    path = "/en/partners/bay-robotics/robot-club/"
    warm(client, path)
    tree["program"].unpublish()
    assert get(client, path).status_code == 404
    republish(tree["program"])
    assert get(client, path).status_code == 200


def test_an_unpublished_organization_still_routes_as_wagtail_does(client, tree):
    # Wagtail serves a live page below a draft one; the kept routes must not differ.
    path = "/en/partners/bay-robotics/robot-club/"
    warm(client, path)
    tree["org"].unpublish()
    assert get(client, path).status_code == 200
    assert get(client, "/en/partners/bay-robotics/").status_code == 404


def test_a_moved_page_answers_at_its_new_address_only(client, tree):
    old = "/en/partners/bay-robotics/robot-club/"
    warm(client, old)
    tree["program"].move(tree["other"], pos="last-child")
    new_path = "/en/partners/delta-makers/robot-club/"
    moved = get(client, old)  # Wagtail's redirect to the new address, not the page
    assert moved.status_code in (301, 404)
    assert moved.get("Location", new_path) == new_path
    new = get(client, new_path)
    assert new.status_code == 200
    assert "Delta Makers" in new.content.decode()


def test_a_new_slug_answers_and_the_old_one_does_not(client, tree):
    old = "/en/partners/bay-robotics/robot-club/"
    warm(client, old)
    republish(tree["program"], slug="robotics-club")
    new_path = "/en/partners/bay-robotics/robotics-club/"
    renamed = get(client, old)  # Wagtail's redirect to the new address, not the page
    assert renamed.status_code in (301, 404)
    assert renamed.get("Location", new_path) == new_path
    assert get(client, new_path).status_code == 200


def test_a_deleted_page_is_gone(client, tree):
    path = "/en/partners/bay-robotics/robot-club/"
    warm(client, path)
    Page.objects.get(pk=tree["program"].pk).delete()
    assert get(client, path).status_code == 404


def test_a_new_view_restriction_refuses_the_next_anonymous_request(client, tree):
    path = "/en/partners/bay-robotics/robot-club/"
    warm(client, path)
    restriction = PageViewRestriction.objects.create(
        page=tree["program"], restriction_type=PageViewRestriction.LOGIN
    )
    refused = get(client, path)
    assert refused.status_code == 302
    assert "Robot Club" not in refused.content.decode()
    restriction.delete()
    assert get(client, path).status_code == 200


def test_a_restriction_on_an_ancestor_refuses_its_pages(client, tree):
    path = "/en/partners/bay-robotics/robot-club/"
    warm(client, path)
    PageViewRestriction.objects.create(
        page=tree["org"], restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    refused = get(client, path)
    assert refused.status_code == 200  # Wagtail's password form, not the page
    assert "password" in refused.content.decode().lower()
    assert "Robot Club" not in refused.content.decode()


def test_an_unknown_address_is_not_found_and_stays_so(client, tree):
    for _ in range(2):
        assert get(client, "/en/partners/no-such-partner/").status_code == 404
    OrganizationPageFactory(parent=tree["partners"], title="New", slug="no-such-partner")
    assert get(client, "/en/partners/no-such-partner/").status_code == 200


def test_a_page_below_a_leaf_is_not_found(client, tree):
    assert get(client, "/en/partners/bay-robotics/robot-club/more/").status_code == 404


def test_a_changed_site_root_is_followed(client, tree):
    warm(client, "/en/partners/")
    root = Page.get_first_root_node()
    second = root.add_child(instance=HomePage(title="Second hub", slug="second"))
    second.add_child(instance=ProgramIndexPage(title="Second programs", slug="programs"))
    Site.objects.filter(is_default_site=True).update(root_page=second)
    # A queryset update sends no signal: a site changed through the admin (or any save) does.
    Site.objects.get(is_default_site=True).save()
    assert get(client, "/en/partners/").status_code == 404
    assert "Second programs" in get(client, "/en/programs/").content.decode()


def test_pathway_steps_link_their_live_programs_in_one_query(client, tree):
    pathways = tree["home"].add_child(instance=PathwayIndexPage(title="Pathways", slug="pw"))
    second = ProgramPageFactory(parent=tree["other"], title="Drone Camp", slug="drone-camp")
    draft = ProgramPageFactory(parent=tree["other"], title="Draft Camp", slug="draft-camp")
    draft.unpublish()
    pathway = PathwayPage(
        title="Robotics careers", slug="robotics", sector="Robotics", summary="Build robots."
    )
    pathway.steps = [
        PathwayStep(
            band="middle",
            title="Start",
            programs=[("program", tree["program"]), ("program", draft)],
        ),
        PathwayStep(band="high", title="Then", programs=[("program", second)]),
    ]
    pathways.add_child(instance=pathway)
    path = "/en/pw/robotics/"
    warm(client, path)
    with CaptureQueriesContext(connection) as queries:
        body = get(client, path).content.decode()
    assert "Robot Club" in body and "Drone Camp" in body
    assert "Draft Camp" not in body
    program_reads = [
        q for q in queries.captured_queries if 'FROM "directory_programpage"' in q["sql"]
    ]
    assert len(program_reads) == 1, [q["sql"][:120] for q in program_reads]


def test_a_warm_program_page_reads_nothing(client, tree):
    republish(tree["program"], image=wagtail_factories.ImageFactory(title="Robots"))
    path = "/en/partners/bay-robotics/robot-club/"
    warm(client, path)
    with CaptureQueriesContext(connection) as queries:
        response = get(client, path)
    assert response.status_code == 200 and "<img" in response.content.decode()
    # No Site, no tree walk, no view restrictions, no organization, no page row, no picture
    # and no renditions of it (Wagtail keeps those in the cache): all kept in this process.
    assert [q["sql"] for q in queries.captured_queries] == []


def test_a_new_picture_and_a_new_description_of_it_show_on_the_next_request(client, tree):
    path = "/en/partners/bay-robotics/robot-club/"
    first = wagtail_factories.ImageFactory(title="Robots", description="Two robots on a table")
    republish(tree["program"], image=first)
    warm(client, path)
    first.description = "Three robots on a table"
    first.save()
    assert 'alt="Three robots on a table"' in get(client, path).content.decode()
    second = wagtail_factories.ImageFactory(title="Drone", description="A drone in the air")
    republish(tree["program"], image=second)
    page = get(client, path).content.decode()
    assert 'alt="A drone in the air"' in page and "robots" not in page


def test_published_relations_show_on_the_next_request(client, tree):
    path = "/en/partners/bay-robotics/robot-club/"
    warm(client, path)
    interest = InterestFactory(name="Underwater robots", slug="underwater")
    place = LocationFactory(name="Harbor Lab")
    program = ProgramPage.objects.get(pk=tree["program"].pk)
    program.interests.add(interest)
    program.sessions = [ProgramSession(start_date=date(2035, 6, 1), location=place)]
    program.save_revision().publish()
    body = get(client, path).content.decode()
    assert "Underwater robots" in body
    assert "Harbor Lab" in body
    # A snippet edited on its own (no page published) shows too.
    place.name = "Harbor Robotics Lab"
    place.save()
    interest.name = "Ocean robots"
    interest.save()
    body = get(client, path).content.decode()
    assert "Harbor Robotics Lab" in body
    assert "Ocean robots" in body
    assert "Underwater robots" not in body


def test_learning_hubs_follow_publishing(client, tree):
    warm(client, "/en/")
    assert "Eastside Learning Hub" not in get(client, "/en/").content.decode()
    hub = OrganizationPageFactory(
        parent=tree["partners"], title="Eastside Learning Hub", kind="learning_hub"
    )
    assert "Eastside Learning Hub" in get(client, "/en/").content.decode()
    hub.unpublish()
    assert "Eastside Learning Hub" not in get(client, "/en/").content.decode()
