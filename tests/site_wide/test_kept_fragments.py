"""Parts of a page rendered once per content version in each process ({% kept %}, hub/caching/
templatetags/fragments.py), met with the page cache off, as a worker meets them between two
edits: every change that shows is on the next request, a preview shows the draft and never leaks
it to families, and what depends on the request (the host in share links, the header's current
section, the language) is never taken from another request's copy."""

import pytest
from django.test import Client

from hub.directory.models import Location

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]


def fresh(page):
    return type(page).objects.get(pk=page.pk)


def text(response):
    assert response.status_code == 200
    return response.content.decode()


def test_a_published_change_shows_on_the_next_request(world):
    program = fresh(world.alpha_club)
    family = Client()
    assert "Bring a water bottle" not in text(family.get(program.url))
    program.cost_notes = "Bring a water bottle."
    program.save_revision().publish()
    assert "Bring a water bottle." in text(family.get(program.url))

    # A place it shows (a snippet), changed without a new revision of the page.
    place = Location.objects.get(name="Central Library")
    assert "Central Library" in text(family.get(program.url))
    place.name = "Central Library, west wing"
    place.save()
    assert "Central Library, west wing" in text(family.get(program.url))


def test_each_language_gets_its_own_copy(world):
    program = fresh(world.alpha_club)
    family = Client()
    english = text(family.get(program.url))
    spanish = text(family.get(program.url.replace("/en/", "/es/")))
    assert "At a glance" in english and "At a glance" not in spanish
    assert "De un vistazo" in spanish


def test_a_preview_shows_the_draft_and_families_never_see_it(world):
    program = fresh(world.alpha_club)
    family = Client()
    live_title = program.title
    # Before and after a family's visit: the preview is never kept, nor served from the copy.
    for _ in range(2):
        draft = fresh(program)
        draft.title = "Draft: Alpha Club on the Moon"
        preview = draft.make_preview_request()
        preview.render()
        assert "Draft: Alpha Club on the Moon" in preview.content.decode()
        shown = text(family.get(program.url))
        assert "Draft: Alpha Club on the Moon" not in shown and live_title in shown


def test_share_links_name_the_address_the_family_used(world):
    program = fresh(world.alpha_club)
    for host in ("localhost", "127.0.0.1"):
        page = text(Client(HTTP_HOST=host).get(program.url))
        assert f'value="http://{host}{program.url}"' in page


def test_the_header_marks_the_section_the_family_is_in(world):
    program = fresh(world.alpha_club)
    family = Client()
    find_link = 'href="/en/find/" aria-current="page"'
    assert find_link in text(family.get("/en/find/"))
    assert find_link not in text(family.get(program.url))
    assert find_link in text(family.get("/en/find/"))
