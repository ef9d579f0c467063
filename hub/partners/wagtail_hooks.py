"""The partners' admin: what a partner sees of other organizations, and their dashboard.

The hub's versions of Wagtail views that would show one partner another partner's unpublished
work are in admin_overrides.py (with the reason for each); the ones Wagtail lets a project
replace through a hook are registered here.
"""

from django.http import Http404, HttpResponseBadRequest
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.models import Page

from hub.directory.models import OrganizationPage
from hub.directory.references import hide_foreign_drafts

from .admin_overrides import (
    PAGE_BULK_ACTIONS,
    DocumentsAPIViewSet,
    HubPageViewSet,
    ImagesAPIViewSet,
    posted_page,
    refuse_adding_under,
)
from .dashboard import add_partner_panel
from .onboarding import is_hub_staff

# Registered after Wagtail's own (order 0 or less), so that the hub's replace them.
AFTER_WAGTAIL = 100


@hooks.register("construct_page_chooser_queryset")
def hide_other_organizations_drafts(pages, request):
    # Browsing *into* a hidden draft would still show its title as the chooser's first row.
    match = request.resolver_match
    parent_id = match.kwargs.get("parent_page_id") if match else None
    if parent_id is not None:
        if not hide_foreign_drafts(Page.objects.filter(pk=parent_id), request.user).exists():
            raise Http404
    return hide_foreign_drafts(pages, request.user)


@hooks.register("construct_reports_menu")
def hide_page_types_report_from_partners(request, menu_items):
    if not is_hub_staff(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]


# Ahead of wagtail-modeltranslation's own copy view, which is also a before_copy_page hook.
@hooks.register("before_copy_page", order=-100)
def refuse_copy_to_foreign_page(request, page):
    if request.method != "POST":
        return None
    destination = posted_page(request, "new_parent_page")
    if destination is None:
        # Wagtail's copy view would crash on it.
        return HttpResponseBadRequest(_("Choose a page to put it under."))
    return refuse_adding_under(request, destination)


# Wagtail's move confirmation page checks nothing on GET and names the destination.
@hooks.register("before_move_page", order=-100)
def refuse_move_confirmation_to_foreign_page(request, page, destination):
    if not page.permissions_for_user(request.user).can_move_to(destination):
        return permission_denied(request)


def _deletes_an_organization_they_cannot_publish(user, pages):
    for page in pages:
        if page.specific_class is OrganizationPage:
            if not page.permissions_for_user(user).can_publish():
                return True
    return False


# A partner may change a draft organization page, but deleting it would delete the permission
# rows that give the partner its access: only publishers may.
@hooks.register("before_delete_page")
def keep_organization_pages_for_publishers(request, page):
    if _deletes_an_organization_they_cannot_publish(request.user, [page]):
        return permission_denied(request)


@hooks.register("before_bulk_action")
def keep_organization_pages_for_publishers_in_bulk(request, action_type, objects, action):
    if action_type == "delete" and _deletes_an_organization_they_cannot_publish(
        request.user, [obj for obj in objects if isinstance(obj, Page)]
    ):
        return permission_denied(request)


# The page viewset registry keeps the last viewset registered for a model; Wagtail registers
# its own for Page at order -1.
@hooks.register("register_admin_viewset", order=AFTER_WAGTAIL)
def register_page_viewset():
    return HubPageViewSet()


# The bulk action registry keeps the last action registered for a model and action type.
for _action in PAGE_BULK_ACTIONS:
    hooks.register("register_bulk_action", _action, order=AFTER_WAGTAIL)


# The API router keeps the last endpoint registered under a name.
@hooks.register("construct_admin_api", order=AFTER_WAGTAIL)
def register_own_collections_endpoints(router):
    router.register_endpoint("images", ImagesAPIViewSet)
    router.register_endpoint("documents", DocumentsAPIViewSet)


@hooks.register("construct_homepage_panels")
def partner_listings_panel(request, panels):
    add_partner_panel(request, panels)
