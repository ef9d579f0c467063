"""`add_partner` and the onboarding functions: what they create, that a second run changes
nothing, that bad input is refused cleanly with nothing written, and that the printed link
really lets a partner set a password and log in."""

import re
from io import StringIO

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Task,
    Workflow,
    WorkflowPage,
)

from hub.directory.models import OrganizationPage
from hub.partners.onboarding import (
    OnboardingError,
    ensure_hub_staff_group,
    ensure_partner,
    ensure_review_workflow,
    ensure_staff_user,
    partner_organization,
)

pytestmark = pytest.mark.django_db
User = get_user_model()


def add_partner(*args):
    out = StringIO()
    call_command("add_partner", *args, stdout=out)
    return out.getvalue()


def link_in(output):
    match = re.search(r"^(https?://\S+)$", output, re.MULTILINE)
    assert match, output
    return match.group(1)


def snapshot():
    """Everything onboarding can write, counted."""
    return {
        "pages": Page.objects.count(),
        "groups": Group.objects.count(),
        "users": User.objects.count(),
        "page_perms": GroupPagePermission.objects.count(),
        "collection_perms": GroupCollectionPermission.objects.count(),
        "group_perms": Group.permissions.through.objects.count(),
        "memberships": User.groups.through.objects.count(),
        "collections": Collection.objects.count(),
        "workflows": Workflow.objects.count(),
        "workflow_pages": WorkflowPage.objects.count(),
        "tasks": Task.objects.count(),
    }


def page_perms(group):
    return {
        (perm.page_id, perm.permission.codename)
        for perm in GroupPagePermission.objects.filter(group=group)
    }


def collection_perms(group):
    return {
        (perm.collection_id, perm.permission.codename)
        for perm in GroupCollectionPermission.objects.filter(group=group)
    }


def model_perms(group):
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}


# --- add_partner ----------------------------------------------------------------------------


def test_add_partner_creates_a_draft_page_a_group_a_collection_and_a_user(indexes):
    output = add_partner("Acme Robotics", "Lead@Acme.example", "--kind", "employer")

    org = OrganizationPage.objects.child_of(indexes["partners"]).get(title="Acme Robotics")
    assert org.kind == "employer"
    assert not org.live  # the partner writes the profile and submits it for review
    assert org.summary

    user = User.objects.get(username="lead@acme.example")
    assert user.email == "lead@acme.example"
    assert not user.is_superuser and not user.is_staff
    assert not user.has_usable_password()
    group = user.groups.get()

    assert page_perms(group) == {(org.pk, "add_page"), (org.pk, "change_page")}
    assert model_perms(group) == {
        "wagtailadmin.access_admin",
        "directory.view_location",
        "directory.add_location",
    }
    collection = Collection.objects.get(name="Acme Robotics")
    assert collection.get_parent() == Collection.get_first_root_node()
    assert collection_perms(group) == {
        (collection.pk, codename)
        for codename in (
            "add_image",
            "change_image",
            "choose_image",
            "add_document",
            "change_document",
            "choose_document",
        )
    }
    assert partner_organization(user) == org
    assert link_in(output).startswith(settings.WAGTAILADMIN_BASE_URL + "/admin/password_reset/")


def test_kind_defaults_to_nonprofit(indexes):
    add_partner("Springfield Makers", "a@makers.example")
    assert OrganizationPage.objects.get(title="Springfield Makers").kind == "nonprofit"


def test_partner_page_changes_go_to_hub_staff_review(indexes):
    add_partner("Acme Robotics", "lead@acme.example")
    org = OrganizationPage.objects.get(title="Acme Robotics")
    workflow = org.get_workflow()
    assert workflow.name == "Hub staff review" and workflow.active
    tasks = [task.specific for task in workflow.tasks]
    assert len(tasks) == 1
    assert isinstance(tasks[0], GroupApprovalTask)
    assert list(tasks[0].groups.values_list("name", flat=True)) == ["Hub staff"]


def test_second_run_changes_nothing_and_prints_a_fresh_link(indexes):
    add_partner("Acme Robotics", "lead@acme.example", "--kind", "employer")
    before = snapshot()

    output = add_partner("  acme   ROBOTICS ", "LEAD@acme.example")

    assert snapshot() == before
    assert "Reusing" in output
    assert link_in(output)
    # The kind given on the first run stays; a rerun never edits the page.
    assert OrganizationPage.objects.get(title="Acme Robotics").kind == "employer"


def test_a_renamed_organization_keeps_its_group(indexes):
    add_partner("Acme Robotics", "lead@acme.example")
    org = OrganizationPage.objects.get(title="Acme Robotics")
    org.title = "Acme Robotics Foundation"
    org.save()
    before = snapshot()
    add_partner("Acme Robotics Foundation", "lead@acme.example")
    assert snapshot() == before


def test_second_person_at_the_same_organization_joins_its_group(indexes):
    add_partner("Acme Robotics", "lead@acme.example")
    add_partner("Acme Robotics", "second@acme.example")
    lead, second = (
        User.objects.get(username="lead@acme.example"),
        User.objects.get(username="second@acme.example"),
    )
    assert list(lead.groups.all()) == list(second.groups.all())
    assert OrganizationPage.objects.count() == 1


def test_password_link_sets_a_password_once_and_the_partner_can_log_in(client, indexes):
    output = add_partner("Acme Robotics", "lead@acme.example")
    path = link_in(output).removeprefix(settings.WAGTAILADMIN_BASE_URL)

    # Django's confirm view swaps the token for a session and redirects to the form.
    response = client.get(path, follow=True)
    assert response.status_code == 200
    assert 'name="new_password1"' in response.content.decode()
    response = client.post(
        response.redirect_chain[-1][0],
        {"new_password1": "a-long-robot-passphrase", "new_password2": "a-long-robot-passphrase"},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_password_reset_complete")

    assert client.login(username="lead@acme.example", password="a-long-robot-passphrase")
    assert client.get(reverse("wagtailadmin_home")).status_code == 200

    # The same link is spent.
    client.logout()
    spent = client.get(path, follow=True)
    assert 'name="new_password1"' not in spent.content.decode()


@pytest.mark.parametrize(
    "args,message",
    [
        (["Acme Robotics", "not-an-email"], "not a valid e-mail address"),
        (["Acme Robotics", ""], "not a valid e-mail address"),
        (["Acme Robotics", "a" * 140 + "@acme.example"], "not a valid e-mail address"),
        (["   ", "lead@acme.example"], "organization's name"),
        (["Acme Robotics", "taken@beta.example"], "another organization"),
        (["Acme Robotics", "staff@hub.example"], "hub staff account"),
        (["Acme Robotics", "editor@hub.example"], "editing rights outside"),
    ],
    ids=[
        "invalid-email",
        "empty-email",
        "too-long-for-a-username",
        "empty-name",
        "other-orgs-partner",
        "staff-email",
        "wagtail-editor",
    ],
)
def test_bad_input_is_a_clear_error_and_writes_nothing(indexes, args, message):
    add_partner("Beta Coders", "taken@beta.example")
    ensure_staff_user("staff@hub.example", "pw-for-staff")
    # Wagtail's own "Editors" group has rights from the tree's root down.
    User.objects.create_user("editor@hub.example").groups.add(Group.objects.get(name="Editors"))
    before = snapshot()

    with pytest.raises(CommandError, match=message):
        add_partner(*args)

    assert snapshot() == before
    assert not OrganizationPage.objects.filter(title="Acme Robotics").exists()


def test_without_a_partners_index_it_is_a_clear_error(home):
    before = snapshot()
    with pytest.raises(CommandError, match="no partners index page"):
        add_partner("Acme Robotics", "lead@acme.example")
    assert snapshot() == before


def test_unknown_kind_is_refused(indexes):
    with pytest.raises(CommandError, match="invalid choice"):
        add_partner("Acme Robotics", "lead@acme.example", "--kind", "pirate")


# --- The functions the demo loader uses ---------------------------------------------------


def test_hub_staff_group_has_full_rights_from_the_home_page(indexes, home):
    group = ensure_hub_staff_group()
    assert group.name == "Hub staff"
    assert page_perms(group) == {
        (home.pk, f"{action}_page")
        for action in ("add", "change", "publish", "bulk_delete", "lock", "unlock")
    }
    snippet_perms = {
        f"directory.{action}_{model}"
        for model in ("interest", "language", "supporttype", "eligibilitytag", "location")
        for action in ("add", "change", "delete", "view")
    }
    assert model_perms(group) == {"wagtailadmin.access_admin"} | snippet_perms
    root = Collection.get_first_root_node()
    assert collection_perms(group) == {
        (root.pk, f"{action}_{kind}")
        for action in ("add", "change", "delete", "choose")
        for kind in ("image", "document")
    }
    assert WorkflowPage.objects.get(page=indexes["partners"]).workflow.name == "Hub staff review"


def test_staff_setup_is_idempotent(indexes):
    ensure_hub_staff_group()
    ensure_staff_user("reviewer@hub.example", "staff-password")
    before = snapshot()
    ensure_hub_staff_group()
    ensure_review_workflow()
    ensure_staff_user("Reviewer@hub.example", "staff-password")
    assert snapshot() == before


def test_staff_user_is_a_reviewer_not_a_superuser(client, indexes):
    user = ensure_staff_user("reviewer@hub.example", "staff-password")
    assert not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == ["Hub staff"]
    assert client.login(username="reviewer@hub.example", password="staff-password")
    assert partner_organization(user) is None


def test_ensure_partner_with_a_password_and_the_created_flag(client, indexes):
    org = indexes["partners"].add_child(
        instance=OrganizationPage(title="Acme", slug="acme", kind="employer", summary="x")
    )
    first = ensure_partner(org, "lead@acme.example", password="demo-password-1")
    again = ensure_partner(org, "lead@acme.example", password="demo-password-1")
    assert first.created and not again.created
    assert (first.group, first.user, first.collection) == (
        again.group,
        again.user,
        again.collection,
    )
    assert client.login(username="lead@acme.example", password="demo-password-1")


def test_ensure_partner_repairs_rights_that_drifted(indexes):
    org = indexes["partners"].add_child(
        instance=OrganizationPage(title="Acme", slug="acme", kind="employer", summary="x")
    )
    access = ensure_partner(org, "lead@acme.example")
    # Someone ticked "publish" for the partner and gave it rights on the whole index.
    GroupPagePermission.objects.create(group=access.group, page=org, permission_type="publish")
    GroupPagePermission.objects.create(
        group=access.group, page=indexes["partners"], permission_type="change"
    )
    access.group.permissions.add(Permission.objects.get(codename="change_interest"))

    ensure_partner(org, "lead@acme.example")

    assert page_perms(access.group) == {(org.pk, "add_page"), (org.pk, "change_page")}
    assert "directory.change_interest" not in model_perms(access.group)


def test_ensure_partner_refuses_a_page_that_is_not_an_organization(indexes):
    with pytest.raises(OnboardingError):
        ensure_partner(indexes["programs"], "lead@acme.example")
