"""An edit POST crafted (or cut short) without the counts a StreamField needs to be read
(`body_es-count`), or a Publish that finds the database locked, is refused with a message,
never a 500, and nothing is written (issue 15, item 10)."""

import pytest
from django.db import OperationalError
from django.urls import reverse
from partners_fixtures import edit_form_data
from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.models import Revision

from hub.directory.models import ProgramPage

# database_vendor: saves rolled back in a transaction when the form is incomplete.
pytestmark = [pytest.mark.django_db, pytest.mark.database_vendor]
INCOMPLETE = "The form was incomplete; reload the page and try again."


@pytest.fixture
def staff_edit(client, world):
    """(url, form data) of a staff member's Publish of Alpha's club, as the admin posts it."""
    client.force_login(world.staff)
    url = reverse("wagtailadmin_pages:edit", args=[world.alpha_club.pk])
    data = edit_form_data(client.get(url), changes={"title_en": "Crafted title"})
    data["action-publish"] = "Publish"
    return url, data


def assert_refused_and_unchanged(client, world, url, data):
    revisions = Revision.objects.filter(object_id=str(world.alpha_club.pk)).count()
    response = client.post(url, data, follow=True)
    assert response.status_code in (200, 400)
    assert INCOMPLETE in response.content.decode()
    assert Revision.objects.filter(object_id=str(world.alpha_club.pk)).count() == revisions
    assert ProgramPage.objects.get(pk=world.alpha_club.pk).title == "Alpha Robot Club"


def test_an_edit_post_without_a_streamfield_count_is_refused_not_a_500(client, world, staff_edit):
    url, data = staff_edit
    del data["body_es-count"]
    assert_refused_and_unchanged(client, world, url, data)


def test_an_edit_post_with_a_block_count_but_no_block_is_refused_not_a_500(
    client,
    world,
    staff_edit,
):
    url, data = staff_edit
    data["body_en-count"] = "2"
    assert_refused_and_unchanged(client, world, url, data)


def test_a_publish_that_finds_the_database_locked_is_refused_and_leaves_no_half_change(
    client,
    world,
    staff_edit,
    monkeypatch,
):
    """The lock outlasts the wait half-way through Publish, after the page and its new revision
    were written: the staff member is told, and neither stays."""

    def locked(self, *args, **kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(PublishPageRevisionAction, "execute", locked)
    url, data = staff_edit
    revisions = Revision.objects.filter(object_id=str(world.alpha_club.pk)).count()
    response = client.post(url, data, follow=True)
    assert response.status_code == 200
    assert "Someone else is saving at the same moment" in response.content.decode()
    assert Revision.objects.filter(object_id=str(world.alpha_club.pk)).count() == revisions
    assert ProgramPage.objects.get(pk=world.alpha_club.pk).title == "Alpha Robot Club"
