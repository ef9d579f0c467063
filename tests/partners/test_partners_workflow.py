"""A partner edits its own listing and submits it; families see the change only once Hub staff
approve it. Driven through the real admin forms as a partner and as a staff member."""

import pytest
from django.urls import reverse
from partners_fixtures import edit_form_data
from wagtail.models import WorkflowState

from hub.directory.models import ProgramPage

pytestmark = pytest.mark.django_db

NEW_SUMMARY = "Now with drones, Saturdays too"


@pytest.fixture
def public_page(settings, tmp_path):
    """The public URL of a program, rendered by a stand-in template that prints the fields a
    family reads: the test is about which version Wagtail serves, not about the template."""
    (tmp_path / "directory").mkdir()
    (tmp_path / "directory" / "program_page.html").write_text(
        "<h1>{{ page.title }}</h1><p>{{ page.summary }}</p>"
        "{% for s in page.sessions.all %}<li>{{ s.start_date|date:'Y-m-d' }}</li>{% endfor %}"
        "{% for i in page.interests.all %}<b>{{ i.name }}</b>{% endfor %}"
    )
    templates = [dict(engine) for engine in settings.TEMPLATES]
    templates[0]["DIRS"] = [tmp_path, *templates[0]["DIRS"]]
    settings.TEMPLATES = templates

    def get(client, page):
        response = client.get(page.get_url())
        assert response.status_code == 200
        return response.content.decode()

    return get


def _submit_change(client, world):
    """What the partner does in the editor: change the summary, tick an interest, add a
    session at a chosen place, and press "Submit to Hub staff review"."""
    url = reverse("wagtailadmin_pages:edit", args=[world.alpha_club.pk])
    form = client.get(url)
    assert form.status_code == 200
    data = edit_form_data(
        form,
        changes={"summary_en": NEW_SUMMARY, "interests": [world.interest.pk]},
        sessions=[{"start_date": "2031-06-01", "location": world.location.pk}],
    )
    data["action-submit"] = "Submit to Hub staff review"
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    return response


def test_partner_edit_form_opens_with_the_location_chooser(client, world):
    client.force_login(world.partner_a)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[world.alpha_club.pk]))
    assert response.status_code == 200
    body = response.content.decode()
    chooser_url = reverse("wagtailsnippetchoosers_directory_location:choose")
    assert 'name="sessions-0-location"' in body
    assert chooser_url in body
    chooser = client.get(chooser_url)
    assert chooser.status_code == 200
    assert "Central Library" in chooser.content.decode()
    # The taxonomy is ticked in checkboxes, which needs no snippet rights.
    assert 'name="interests"' in body and "Robotics" in body


def test_submitted_change_waits_for_staff_and_goes_live_on_approval(
    client,
    world,
    public_page,
):
    client.force_login(world.partner_a)
    before = public_page(client, world.alpha_club)
    assert "Alpha Robot Club summary" in before

    _submit_change(client, world)

    # In review: the live page is unchanged for families.
    live = ProgramPage.objects.get(pk=world.alpha_club.pk)
    assert live.summary == "Alpha Robot Club summary"
    assert live.has_unpublished_changes
    served = public_page(client, live)
    assert NEW_SUMMARY not in served and "2031-06-01" not in served and "Robotics" not in served
    state = WorkflowState.objects.get(
        object_id=str(live.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )
    assert state.workflow.name == "Hub staff review"

    # The partner cannot approve its own submission.
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[live.pk, "approve", state.current_task_state.pk],
    )
    client.post(approve_url, follow=True)
    assert NEW_SUMMARY not in public_page(client, live)

    # A Hub staff member approves it; now families see it.
    client.force_login(world.staff)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Alpha Robot Club" in dashboard  # waiting for their review
    assert client.post(approve_url).status_code == 302
    served = public_page(client, live)
    assert NEW_SUMMARY in served
    assert "2031-01-01" in served and "2031-06-01" in served and "Robotics" in served
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


def test_partner_publish_button_does_not_publish(client, world, public_page):
    client.force_login(world.partner_a)
    url = reverse("wagtailadmin_pages:edit", args=[world.alpha_club.pk])
    data = edit_form_data(client.get(url), changes={"summary_en": NEW_SUMMARY})
    data["action-publish"] = "Publish"
    client.post(url, data)
    assert NEW_SUMMARY not in public_page(client, world.alpha_club)
    assert ProgramPage.objects.get(pk=world.alpha_club.pk).summary == "Alpha Robot Club summary"


def test_staff_request_for_changes_keeps_the_live_page(client, world, public_page):
    client.force_login(world.partner_a)
    _submit_change(client, world)
    state = WorkflowState.objects.get(
        object_id=str(world.alpha_club.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )
    client.force_login(world.staff)
    reject_url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[world.alpha_club.pk, "reject", state.current_task_state.pk],
    )
    assert client.post(reject_url, {"comment": "Add the room number"}).status_code == 302
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert NEW_SUMMARY not in public_page(client, world.alpha_club)


def test_partner_adds_a_program_that_goes_to_review_not_live(client, world):
    client.force_login(world.partner_a)
    url = reverse("wagtailadmin_pages:add", args=["directory", "programpage", world.alpha.pk])
    data = edit_form_data(
        client.get(url),
        changes={
            "title_en": "Alpha Coding Club",
            "slug": "coding-club",
            "summary_en": "Learn to code",
            "kind": "club",
        },
    )
    data["action-submit"] = "Submit to Hub staff review"
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    page = ProgramPage.objects.get(slug="coding-club")
    assert page.get_parent().pk == world.alpha.pk
    assert not page.live
    assert page.workflow_in_progress
