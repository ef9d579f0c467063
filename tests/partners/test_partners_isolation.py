"""A partner sees and touches only its own organization's pages in the Wagtail admin.

Every request is made as Alpha's partner against the real admin URLs. Beta is another partner
organization (with a live camp whose rename is waiting for review and a draft program);
Gamma is an organization that is itself still a draft.
"""

import pytest
from django.urls import reverse
from partners_fixtures import (
    BETA_DRAFT_RENAME,
    BETA_LIVE_TITLES,
    BETA_SECRET,
    FOREIGN_DRAFT_TITLES,
    GAMMA_ORG,
    assert_not_found,
    assert_refused,
)

pytestmark = pytest.mark.django_db

HIDDEN = FOREIGN_DRAFT_TITLES


@pytest.fixture
def partner(client, world):
    client.force_login(world.partner_a)
    return client


@pytest.fixture
def staff(client, world):
    client.force_login(world.staff)
    return client


# (label, HTTP method, function of the world -> URL). Each is something Alpha's partner must
# be refused on one of Beta's (or Gamma's) pages.
def _page(name, page_attr, method="get"):
    return (
        f"{name}:{page_attr}",
        method,
        lambda w: reverse(f"wagtailadmin_pages:{name}", args=[getattr(w, page_attr).pk]),
    )


FOREIGN_PAGE_ACTIONS = [
    _page("edit", "beta_camp"),
    _page("edit", "beta_camp", "post"),
    _page("edit", "beta_secret"),
    _page("edit", "beta"),
    _page("edit", "gamma"),
    _page("delete", "beta_secret"),
    _page("delete", "beta_secret", "post"),
    _page("delete", "gamma_program", "post"),
    _page("move", "beta_secret"),
    _page("copy", "beta_camp"),
    _page("copy", "beta_camp", "post"),
    _page("unpublish", "beta_camp"),
    _page("unpublish", "beta_camp", "post"),
    _page("add_subpage", "beta"),
    _page("preview_on_edit", "beta_secret"),
    _page("preview_on_edit", "beta_camp", "post"),
    _page("view_draft", "beta_secret"),
    _page("view_draft", "gamma_program"),
    _page("revisions_index", "beta_camp"),
    _page("history", "beta_camp"),
    _page("history_results", "beta_camp"),
    _page("workflow_history", "beta_camp"),
    _page("lock", "beta_camp", "post"),
    _page("unlock", "beta_camp", "post"),
    _page("set_privacy", "beta_camp"),
    _page("usage", "beta_secret"),
    _page("set_page_position", "beta_camp", "post"),
    _page("confirm_workflow_cancellation", "beta_camp"),
    _page("edit", "pathway"),
    _page("edit", "home"),
    _page("add_subpage", "partners"),
    (
        "add:program-under-beta",
        "get",
        lambda w: reverse("wagtailadmin_pages:add", args=["directory", "programpage", w.beta.pk]),
    ),
    (
        "add:program-under-beta",
        "post",
        lambda w: reverse("wagtailadmin_pages:add", args=["directory", "programpage", w.beta.pk]),
    ),
    (
        "add:organization-under-index",
        "get",
        lambda w: reverse(
            "wagtailadmin_pages:add", args=["directory", "organizationpage", w.partners.pk]
        ),
    ),
    (
        "preview_on_add:program-under-beta",
        "post",
        lambda w: reverse(
            "wagtailadmin_pages:preview_on_add", args=["directory", "programpage", w.beta.pk]
        ),
    ),
    (
        "move_confirm:own-draft-into-beta",
        "post",
        lambda w: reverse("wagtailadmin_pages:move_confirm", args=[w.alpha_draft.pk, w.beta.pk]),
    ),
    (
        "move_confirm:beta-into-alpha",
        "post",
        lambda w: reverse("wagtailadmin_pages:move_confirm", args=[w.beta_secret.pk, w.alpha.pk]),
    ),
    (
        "copy:own-program-into-beta",
        "post",
        lambda w: reverse("wagtailadmin_pages:copy", args=[w.alpha_club.pk]),
    ),
    (
        "move_confirm:own-draft-into-gamma",
        "get",
        lambda w: reverse("wagtailadmin_pages:move_confirm", args=[w.alpha_draft.pk, w.gamma.pk]),
    ),
    (
        "revisions_view",
        "get",
        lambda w: reverse(
            "wagtailadmin_pages:revisions_view",
            args=[w.beta_camp.pk, w.beta_camp_draft_revision_id],
        ),
    ),
    (
        "revisions_revert",
        "get",
        lambda w: reverse(
            "wagtailadmin_pages:revisions_revert",
            args=[w.beta_camp.pk, w.beta_camp_draft_revision_id],
        ),
    ),
    (
        "revisions_compare:live...latest",
        "get",
        lambda w: reverse(
            "wagtailadmin_pages:revisions_compare", args=[w.beta_camp.pk, "live", "latest"]
        ),
    ),
    (
        "revisions_compare:earliest...latest",
        "get",
        lambda w: reverse(
            "wagtailadmin_pages:revisions_compare", args=[w.beta_camp.pk, "earliest", "latest"]
        ),
    ),
    (
        "workflow_history_detail",
        "get",
        lambda w: reverse(
            "wagtailadmin_pages:workflow_history_detail",
            args=[w.beta_camp.pk, w.beta_camp_workflow_state_id],
        ),
    ),
    (
        "workflow_action:approve",
        "post",
        lambda w: reverse(
            "wagtailadmin_pages:workflow_action",
            args=[w.beta_camp.pk, "approve", w.beta_camp_task_state_id],
        ),
    ),
    (
        "collect_workflow_action_data",
        "get",
        lambda w: reverse(
            "wagtailadmin_pages:collect_workflow_action_data",
            args=[w.beta_camp.pk, "approve", w.beta_camp_task_state_id],
        ),
    ),
    (
        "workflow_preview",
        "get",
        lambda w: reverse(
            "wagtailadmin_pages:workflow_preview",
            args=[w.beta_camp.pk, w.beta_camp.current_workflow_task.pk],
        ),
    ),
]


@pytest.mark.parametrize(
    "method,url_for",
    [(method, url_for) for _label, method, url_for in FOREIGN_PAGE_ACTIONS],
    ids=[f"{label}:{method}" for label, method, _url_for in FOREIGN_PAGE_ACTIONS],
)
def test_partner_is_refused_on_another_organizations_pages(partner, world, method, url_for):
    url = url_for(world)
    data = {"new_parent_page": world.beta.pk, "new_title": "Stolen"} if method == "post" else None
    response = getattr(partner, method)(url, data, follow=True)
    assert_refused(response, *HIDDEN)


# --- Listings: explorer, admin search, admin API, dashboard, reports ------------------------

ALL_FOREIGN = FOREIGN_DRAFT_TITLES + BETA_LIVE_TITLES
OWN_TITLES = ("Alpha Robot Club", "Alpha Draft Workshop")


def _assert_lists_only_own(response):
    assert response.status_code == 200
    body = response.content.decode()
    for title in OWN_TITLES:
        assert title in body
    for title in ALL_FOREIGN:
        assert title not in body


def test_explorer_lists_own_programs_only(partner, world):
    _assert_lists_only_own(partner.get(reverse("wagtailadmin_explore", args=[world.alpha.pk])))


@pytest.mark.parametrize("where", ["partners", "beta", "gamma", "home"])
def test_explorer_above_or_beside_own_organization_goes_back_to_it(partner, world, where):
    response = partner.get(reverse("wagtailadmin_explore", args=[getattr(world, where).pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=[world.alpha.pk])


def test_explorer_root_shows_no_other_organization(partner, world):
    response = partner.get(reverse("wagtailadmin_explore_root"), follow=True)
    assert response.status_code == 200
    body = response.content.decode()
    for title in ALL_FOREIGN:
        assert title not in body


@pytest.mark.parametrize("query", ["Beta", "Gamma", "Secret", "Camp"])
def test_admin_search_finds_nothing_of_other_organizations(partner, world, query):
    for name in ("wagtailadmin_pages:search", "wagtailadmin_pages:search_results"):
        response = partner.get(reverse(name), {"q": query})
        assert response.status_code == 200
        body = response.content.decode()
        for title in ALL_FOREIGN:
            assert title not in body


def test_editing_session_ping_on_another_organizations_page_is_not_found(partner, world):
    # Wagtail answers 404 here, so a partner cannot even learn who else is editing it.
    url = reverse(
        "wagtailadmin_editing_sessions:ping", args=["wagtailcore", "page", world.beta_camp.pk, 0]
    )
    assert_not_found(partner.post(url, follow=True))


def test_page_type_usage_lists_only_own_programs(partner, world):
    url = reverse("wagtailadmin_pages:type_use", args=["directory", "programpage"])
    _assert_lists_only_own(partner.get(url))


def test_admin_search_finds_own_pages(partner, world):
    response = partner.get(reverse("wagtailadmin_pages:search_results"), {"q": "Alpha"})
    assert "Alpha Robot Club" in response.content.decode()


def test_explorer_search_across_whole_tree_stays_inside_own_organization(partner, world):
    response = partner.get(
        reverse("wagtailadmin_explore_results", args=[world.alpha.pk]),
        {"q": "Camp", "search_all": "1"},
    )
    assert response.status_code == 200
    for title in ALL_FOREIGN:
        assert title not in response.content.decode()


def test_admin_api_lists_and_shows_only_own_pages(partner, world):
    listing = partner.get("/admin/api/main/pages/", {"child_of": world.partners.pk})
    assert listing.status_code == 200
    titles = {item["title"] for item in listing.json()["items"]}
    assert titles == {"Alpha Robotics"}
    for page in ("beta_secret", "beta_camp", "gamma"):
        response = partner.get(f"/admin/api/main/pages/{getattr(world, page).pk}/", follow=True)
        assert_not_found(response)
        for title in ALL_FOREIGN:
            assert title not in response.content.decode()
    assert partner.get(f"/admin/api/main/pages/{world.alpha_draft.pk}/").status_code == 200


def test_dashboard_shows_no_other_organizations_review(partner, world):
    response = partner.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    for title in ALL_FOREIGN:
        assert title not in response.content.decode()


def test_staff_dashboard_shows_the_review_waiting(staff, world):
    # The control for the test above: the review is there to be leaked.
    response = staff.get(reverse("wagtailadmin_home"))
    assert BETA_DRAFT_RENAME in response.content.decode()


@pytest.mark.parametrize("report", ["workflow", "workflow_tasks", "site_history", "aging_pages"])
def test_reports_show_no_other_organization(partner, staff_client, world, report):
    url = reverse(f"wagtailadmin_reports:{report}")
    response = partner.get(url)
    assert response.status_code == 200
    body = response.content.decode()
    for title in ALL_FOREIGN:
        assert title not in body
    # Control: staff see Beta's camp in the same report.
    assert "Beta C" in staff_client.get(url).content.decode()


@pytest.fixture
def staff_client(world):
    from django.test import Client

    client = Client()
    client.force_login(world.staff)
    return client


def test_page_types_usage_report_is_for_staff_only(partner, staff_client, world):
    url = reverse("wagtailadmin_reports:page_types_usage")
    assert_refused(partner.get(url, follow=True), *ALL_FOREIGN)
    assert staff_client.get(url).status_code == 200
    assert "page-types-usage" not in partner.get(reverse("wagtailadmin_home")).content.decode()


def test_locked_pages_report_is_refused(partner, world):
    assert_refused(partner.get(reverse("wagtailadmin_reports:locked_pages"), follow=True))


# --- The page chooser ----------------------------------------------------------------------


def test_page_chooser_lists_live_organizations_but_no_drafts(partner, world):
    response = partner.get(reverse("wagtailadmin_choose_page_child", args=[world.partners.pk]))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Alpha Robotics" in body and "Beta Coders" in body
    assert GAMMA_ORG not in body


def test_page_chooser_inside_another_organization_hides_its_drafts(partner, world):
    body = partner.get(
        reverse("wagtailadmin_choose_page_child", args=[world.beta.pk])
    ).content.decode()
    assert "Beta Code Camp" in body
    assert BETA_SECRET not in body
    assert BETA_DRAFT_RENAME not in body


def test_page_chooser_inside_own_organization_lists_own_drafts(partner, world):
    body = partner.get(
        reverse("wagtailadmin_choose_page_child", args=[world.alpha.pk])
    ).content.decode()
    assert "Alpha Draft Workshop" in body


def test_page_chooser_cannot_browse_into_a_draft_organization(partner, world):
    response = partner.get(
        reverse("wagtailadmin_choose_page_child", args=[world.gamma.pk]), follow=True
    )
    assert_not_found(response)
    assert GAMMA_ORG not in response.content.decode()


@pytest.mark.parametrize("query", ["Secret", "Gamma", "Hidden"])
def test_page_chooser_search_hides_other_organizations_drafts(partner, world, query):
    response = partner.get(reverse("wagtailadmin_choose_page_search"), {"q": query})
    assert response.status_code == 200
    for title in FOREIGN_DRAFT_TITLES:
        assert title not in response.content.decode()


def test_page_chooser_search_shows_a_live_page_under_its_published_title(partner, world):
    response = partner.get(reverse("wagtailadmin_choose_page_search"), {"q": "Camp"})
    body = response.content.decode()
    assert "Beta Code Camp" in body
    assert BETA_DRAFT_RENAME not in body


def test_page_chooser_search_finds_own_draft(partner, world):
    response = partner.get(reverse("wagtailadmin_choose_page_search"), {"q": "Workshop"})
    assert "Alpha Draft Workshop" in response.content.decode()


def test_chosen_multiple_returns_no_other_organizations_draft(partner, world):
    response = partner.get(
        reverse("wagtailadmin_choose_page_chosen_multiple"),
        {"id": [world.beta_secret.pk, world.gamma.pk, world.alpha_draft.pk]},
    )
    assert response.status_code == 200
    chosen = {item["adminTitle"] for item in response.json()["result"]}
    assert chosen == {"Alpha Draft Workshop"}


# --- Forms that take a destination page id ---------------------------------------------------


def test_copy_to_a_draft_organization_is_refused_without_naming_it(partner, world):
    response = partner.post(
        reverse("wagtailadmin_pages:copy", args=[world.alpha_club.pk]),
        {"new_parent_page": world.gamma.pk, "new_title_en": "Copy", "new_slug": "copy"},
        follow=True,
    )
    assert_refused(response, GAMMA_ORG)
    assert not world.gamma.get_children().filter(slug="copy").exists()


def test_copy_without_a_destination_is_a_bad_request_not_a_crash(partner, world):
    response = partner.post(reverse("wagtailadmin_pages:copy", args=[world.alpha_club.pk]), {})
    assert response.status_code == 400


def test_choosing_a_draft_organization_as_parent_is_refused_without_naming_it(partner, world):
    url = reverse("wagtailadmin_pages:choose_parent", args=["directory", "programpage"])
    response = partner.post(url, {"parent_page": world.gamma.pk}, follow=True)
    assert_refused(response, GAMMA_ORG)


def test_choosing_own_organization_as_parent_leads_to_the_add_form(partner, world):
    url = reverse("wagtailadmin_pages:choose_parent", args=["directory", "programpage"])
    response = partner.post(url, {"parent_page": world.alpha.pk})
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "wagtailadmin_pages:add", args=["directory", "programpage", world.alpha.pk]
    )


# --- The rest of the admin ------------------------------------------------------------------

ADMIN_AREAS = [
    ("wagtailusers_users:index", None),
    ("wagtailusers_users:add", None),
    ("wagtailusers_users:edit", lambda w: w.staff.pk),
    ("wagtailusers_groups:index", None),
    ("wagtailusers_groups:add", None),
    ("wagtailusers_groups:edit", lambda w: w.partner_a.groups.get().pk),
    ("wagtailadmin_workflows:index", None),
    ("wagtailadmin_workflows:add", None),
    ("wagtailadmin_workflows:task_index", None),
    ("wagtailadmin_collections:index", None),
    ("wagtailsites:index", None),
    ("wagtailredirects:index", None),
    ("wagtailsnippets_directory_interest:list", None),
    ("wagtailsnippets_directory_interest:add", None),
    ("wagtailsnippets_directory_interest:edit", lambda w: w.interest.pk),
    ("wagtailsnippets_directory_interest:delete", lambda w: w.interest.pk),
    ("wagtailsnippets_directory_language:add", None),
    ("wagtailsnippets_directory_supporttype:add", None),
    ("wagtailsnippets_directory_eligibilitytag:add", None),
    ("wagtailsnippets_directory_location:edit", lambda w: w.location.pk),
    ("wagtailsnippets_directory_location:delete", lambda w: w.location.pk),
    ("wagtailsnippets_directory_location:usage", lambda w: w.location.pk),
]


@pytest.mark.parametrize("name,arg", ADMIN_AREAS, ids=[name for name, _arg in ADMIN_AREAS])
@pytest.mark.parametrize("method", ["get", "post"])
def test_partner_is_refused_outside_its_listings(partner, world, name, arg, method):
    url = reverse(name, args=[arg(world)] if arg else [])
    assert_refused(getattr(partner, method)(url, follow=True))


@pytest.mark.parametrize("path", ["/admin/users/", "/admin/groups/", "/admin/workflows/list/"])
def test_partner_cannot_reach_admin_areas_by_path(partner, world, path):
    assert_refused(partner.get(path, follow=True))


@pytest.mark.parametrize("path", ["/admin/settings/", "/admin/workflows/"])
def test_admin_paths_that_are_not_pages_are_not_found(partner, world, path):
    # No settings are registered yet and the workflow list lives at /admin/workflows/list/;
    # these paths are "not found" for everyone, staff included.
    assert_not_found(partner.get(path, follow=True))


def test_shared_snippets_survive_a_refused_edit_and_delete(partner, world):
    partner.post(
        reverse("wagtailsnippets_directory_interest:edit", args=[world.interest.pk]),
        {"name": "Hacked", "slug": "robotics"},
    )
    partner.post(reverse("wagtailsnippets_directory_location:delete", args=[world.location.pk]))
    world.interest.refresh_from_db()
    assert world.interest.name == "Robotics"
    world.location.refresh_from_db()  # still there


def test_settings_are_refused(partner, world):
    from wagtail.contrib.settings.registry import registry

    if not registry:
        pytest.skip("no settings are registered in the project yet")
    for model in registry:
        url = reverse("wagtailsettings:edit", args=[model._meta.app_label, model._meta.model_name])
        assert_refused(partner.get(url, follow=True))


def test_partner_may_add_a_location_and_list_locations(partner, world):
    assert partner.get(reverse("wagtailsnippets_directory_location:list")).status_code == 200
    assert partner.get(reverse("wagtailsnippets_directory_location:add")).status_code == 200
    response = partner.post(
        reverse("wagtailsnippets_directory_location:add"),
        {
            "name": "Eastside Rec Center",
            "street_address": "9 Oak Ave",
            "city": "Springfield",
            "state": "CA",
            "postal_code": "90002",
            "latitude": "34.1",
            "longitude": "-118.1",
        },
    )
    assert response.status_code == 302
    from hub.directory.models import Location

    assert Location.objects.filter(name="Eastside Rec Center").exists()


# --- Images and documents -------------------------------------------------------------------


@pytest.fixture
def images(world):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file
    from wagtail.models import GroupCollectionPermission

    def collection_of(user):
        return GroupCollectionPermission.objects.filter(group__user=user).first().collection

    own = Image.objects.create(
        title="Alpha Team Photo",
        file=get_test_image_file(),
        collection=collection_of(world.partner_a),
    )
    other = Image.objects.create(
        title="Beta Secret Photo",
        file=get_test_image_file(),
        collection=collection_of(world.partner_b),
    )
    return own, other


def test_partner_sees_and_chooses_only_own_collections_images(partner, images):
    own, other = images
    for name in ("wagtailimages:index", "wagtailimages_chooser:choose"):
        body = partner.get(reverse(name)).content.decode()
        assert own.title in body
        assert other.title not in body


def test_partner_cannot_edit_or_delete_another_partners_image(partner, images):
    _own, other = images
    for name in ("wagtailimages:edit", "wagtailimages:delete"):
        assert_refused(partner.get(reverse(name, args=[other.pk]), follow=True), other.title)
    assert partner.get(reverse("wagtailimages:edit", args=[_own.pk])).status_code == 200


# --- Deleting -------------------------------------------------------------------------------


@pytest.fixture
def delta(client, world):
    """A new draft organization with nothing under it yet, its partner logged in. Having no
    live or child pages, it is the one organization page Wagtail itself would let a partner
    delete."""
    from hub.directory.models import OrganizationPage
    from hub.partners.onboarding import ensure_partner

    org = world.partners.add_child(
        instance=OrganizationPage(
            title="Delta", slug="delta", kind="library", summary="x", live=False
        )
    )
    client.force_login(ensure_partner(org, "d@delta.example").user)
    return org


def test_partner_may_delete_own_draft_program(client, delta):
    from hub.directory.models import ProgramPage

    program = delta.add_child(
        instance=ProgramPage(
            title="Delta Draft",
            slug="d",
            kind="club",
            summary="x",
            live=False,
            grade_min=1,
            grade_max=2,
        )
    )
    response = client.post(reverse("wagtailadmin_pages:delete", args=[program.pk]))
    assert response.status_code == 302
    assert not ProgramPage.objects.filter(pk=program.pk).exists()


def test_partner_cannot_delete_own_organization_page(client, delta):
    from hub.directory.models import OrganizationPage

    assert_refused(client.post(reverse("wagtailadmin_pages:delete", args=[delta.pk]), follow=True))
    assert OrganizationPage.objects.filter(pk=delta.pk).exists()


def test_partner_cannot_bulk_delete_own_organization_page(client, delta):
    from hub.directory.models import OrganizationPage

    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
    assert_refused(client.post(f"{url}?id={delta.pk}", follow=True))
    assert OrganizationPage.objects.filter(pk=delta.pk).exists()
