"""Closing the places where Wagtail 8.0.1 shows one partner another partner's unpublished work.

Wagtail already confines the page explorer, admin search, the admin API and every page action
to a user's permitted subtree. What it does not confine:

- the page chooser (browse, search and "chosen multiple"), which lists every page in the tree,
  drafts included, and shows live pages under their pending draft title, so a partner linking
  a page could read other organizations' unpublished titles;
- the "Page types usage" report, which names the most recently edited page of each type
  anywhere in the site (a draft of another organization, typically);
- the copy and "choose parent" forms, which take any page id as the destination and, when they
  refuse it, name that page (its draft title) in the error and in the re-rendered chooser;
- the move confirmation page, which on GET names any destination page without a check;
- the "confirm workflow cancellation" modal, which checks no permission at all and tells
  anyone whether a page is in review, and in which workflow;
- the bulk-action confirmation (e.g. /admin/bulk/wagtailcore/page/delete/?id=...), which lists
  any page id it is given under "you don't have permission", by its draft title;
- the admin API's image and document endpoints (/admin/api/main/images/, .../documents/), which
  list and show every image and document, whatever collection it is in;
- the "requested by" filter of the workflow report and the "user" filter of the site history
  report, which list every account that ever submitted a page or edited one (other partners'
  e-mail addresses);
- the history of shared snippets (locations, which partners may add), in the snippet's own
  history page and in the site history report, which names whoever edited them.

Found by walking every admin URL as a partner (tests/test_partners_admin_walk.py).

Also, a partner may delete a draft organization page (it has change rights on it), which would
delete the permission rows that give the partner its access: only publishers may.

Each of these is pinned by a test in tests/test_partners_isolation.py, so a Wagtail upgrade that
changes the behaviour fails loudly.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404, HttpResponseBadRequest
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.chooser import ChosenMultipleView, PageChooserTable, ParentPageColumn
from wagtail.admin.views.pages.bulk_actions.page_bulk_action import PageBulkAction
from wagtail.admin.views.pages.choose_parent import ChooseParentView
from wagtail.admin.views.pages.workflow import ConfirmWorkflowCancellationView
from wagtail.admin.views.reports.audit_logging import (
    SiteHistoryReportFilterSet,
    get_users_for_filter,
)
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.admin.views.reports.workflows import (
    WorkflowReportFilterSet,
    get_editable_content_type_ids,
    get_editable_page_ids_query,
)
from wagtail.documents import get_document_model
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.images.fields import WagtailImageField
from wagtail.models import ModelLogEntry, Page, WorkflowState, get_default_page_content_type
from wagtail.snippets.views.snippets import HistoryView as SnippetHistoryView

from hub.directory.models import OrganizationPage
from hub.directory.references import hide_foreign_drafts, in_choosable_collections, own_paths

from . import admin_guards  # noqa: F401 - replaces a wagtail-modeltranslation admin view
from .dashboard import add_partner_panel
from .onboarding import is_hub_staff
from .photo_metadata import UnreadablePicture


def _show_live_titles(pages, user):
    """A live page elsewhere may carry a pending rename in ``draft_title``, which is what
    Wagtail's chooser displays. Show the published title instead (in memory; never saved)."""
    paths = own_paths(user)
    if paths is None:
        return
    for page in pages:
        if page is not None and not any(page.path.startswith(path) for path in paths):
            page.draft_title = page.title


@hooks.register("construct_page_chooser_queryset")
def hide_other_organizations_drafts(pages, request):
    # Browsing *into* a hidden draft would still show its title as the chooser's first row.
    match = request.resolver_match
    parent_id = match.kwargs.get("parent_page_id") if match else None
    if parent_id is not None:
        if not hide_foreign_drafts(Page.objects.filter(pk=parent_id), request.user).exists():
            raise Http404
    return hide_foreign_drafts(pages, request.user)


_chooser_table_context = PageChooserTable.get_context_data


def _chooser_table_context_live_titles(self, parent_context):
    request = parent_context.get("request")
    if request is not None:
        _show_live_titles(self.data, request.user)
    return _chooser_table_context(self, parent_context)


PageChooserTable.get_context_data = _chooser_table_context_live_titles

_parent_cell_context = ParentPageColumn.get_cell_context_data


def _parent_cell_context_live_title(self, instance, parent_context):
    context = _parent_cell_context(self, instance, parent_context)
    request = parent_context.get("request")
    if request is not None:
        _show_live_titles([context.get("value")], request.user)
    return context


ParentPageColumn.get_cell_context_data = _parent_cell_context_live_title


def _chosen_multiple_visible_only(self, request):
    # Wagtail's version returns the title of any page id it is given and runs no hook; this
    # is the same view, restricted to what the chooser itself would list.
    ids = [pk for pk in request.GET.getlist("id") if pk.isdigit()]
    pages = list(hide_foreign_drafts(Page.objects.filter(pk__in=ids), request.user).specific())
    _show_live_titles(pages, request.user)
    result = [
        {
            "id": page.pk,
            "parentId": page.get_parent().pk,
            "adminTitle": page.get_admin_display_title(),
            "editUrl": reverse("wagtailadmin_pages:edit", args=(page.pk,)),
            "url": page.url,
        }
        for page in pages
    ]
    return self.render_chosen_response(result)


ChosenMultipleView.get = _chosen_multiple_visible_only

# The report's "last edited page" column spans the whole site; it is a staff tool.
PageTypesUsageReportView.any_permission_required = ["publish"]


@hooks.register("construct_reports_menu")
def hide_page_types_report_from_partners(request, menu_items):
    if not is_hub_staff(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]


def _refuse_foreign_destination(request, field, required):
    """Refuse a POSTed destination page the user may not add under, before a form names it.

    With ``required``, a missing or unknown id is a 400 (Wagtail's copy view would crash on it);
    otherwise the form reports it as usual."""
    if request.method != "POST":
        return None
    raw = request.POST.get(field, "")
    destination = Page.objects.filter(pk=raw).first() if raw.isdigit() else None
    if destination is None:
        return HttpResponseBadRequest(_("Choose a page to put it under.")) if required else None
    if not destination.permissions_for_user(request.user).can_add_subpage():
        return permission_denied(request)
    return None


# Ahead of wagtail-modeltranslation's own copy view, which is also a before_copy_page hook.
@hooks.register("before_copy_page", order=-100)
def refuse_copy_to_foreign_page(request, page):
    return _refuse_foreign_destination(request, "new_parent_page", required=True)


# Wagtail's move confirmation page checks nothing on GET and names the destination.
@hooks.register("before_move_page", order=-100)
def refuse_move_confirmation_to_foreign_page(request, page, destination):
    if not page.permissions_for_user(request.user).can_move_to(destination):
        return permission_denied(request)


_choose_parent_post = ChooseParentView.post


def _choose_parent_post_own_pages_only(self, request, *args, **kwargs):
    refused = _refuse_foreign_destination(request, "parent_page", required=False)
    return refused or _choose_parent_post(self, request, *args, **kwargs)


ChooseParentView.post = _choose_parent_post_own_pages_only

_confirm_cancellation_dispatch = ConfirmWorkflowCancellationView.dispatch


def _confirm_cancellation_for_editors_only(self, request, *args, **kwargs):
    if not self.object.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return _confirm_cancellation_dispatch(self, request, *args, **kwargs)


ConfirmWorkflowCancellationView.dispatch = _confirm_cancellation_for_editors_only


def _deletes_an_organization_they_cannot_publish(user, pages):
    for page in pages:
        if page.specific_class is OrganizationPage:
            if not page.permissions_for_user(user).can_publish():
                return True
    return False


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


_page_bulk_actionable_objects = PageBulkAction.get_actionable_objects


def _bulk_action_names_only_visible_pages(self):
    # The confirmation lists the pages the user may not act on by title: keep only pages the
    # user could see anyway, under their published title.
    objects, extra = _page_bulk_actionable_objects(self)
    refused = extra["items_with_no_access"]
    visible = set(
        hide_foreign_drafts(
            Page.objects.filter(pk__in=[page.pk for page in refused]), self.request.user
        ).values_list("pk", flat=True)
    )
    refused = [page for page in refused if page.pk in visible]
    _show_live_titles(refused, self.request.user)
    return objects, {**extra, "items_with_no_access": refused}


PageBulkAction.get_actionable_objects = _bulk_action_names_only_visible_pages


_images_api_queryset = ImagesAdminAPIViewSet.get_queryset
_documents_api_queryset = DocumentsAdminAPIViewSet.get_queryset


def _images_api_own_collections(self):
    return in_choosable_collections(
        get_image_model(), _images_api_queryset(self), self.request.user
    )


def _documents_api_own_collections(self):
    return in_choosable_collections(
        get_document_model(), _documents_api_queryset(self), self.request.user
    )


ImagesAdminAPIViewSet.get_queryset = _images_api_own_collections
DocumentsAdminAPIViewSet.get_queryset = _documents_api_own_collections


def _requesters_of_visible_workflows(request):
    # The same workflows the report itself lists (WorkflowView.get_queryset).
    visible = Q(
        base_content_type_id=get_default_page_content_type().id,
        object_id__in=get_editable_page_ids_query(request),
    ) | Q(content_type_id__in=get_editable_content_type_ids(request))
    User = get_user_model()
    requesters = WorkflowState.objects.filter(visible).values("requested_by")
    return User.objects.filter(pk__in=requesters).order_by(User.USERNAME_FIELD)


WorkflowReportFilterSet.base_filters["requested_by"].queryset = _requesters_of_visible_workflows


def _site_history_users(self):
    # Wagtail 8.0.1 meant this report to offer only the users of entries the viewer may see
    # (its get_user_choices, which nothing calls any more); the base class offers everyone.
    return get_users_for_filter(self.request.user)


SiteHistoryReportFilterSet.get_users_queryset = _site_history_users

# Partners may add shared places (locations), which gives them the right to see the history of
# every location, edits by other partners included. For anyone but staff, the history of
# snippets is their own entries only; page history is unchanged (confined to their pages).
_model_log_viewable_by_user = type(ModelLogEntry.objects).viewable_by_user


def _model_log_own_entries_unless_staff(self, user):
    entries = _model_log_viewable_by_user(self, user)
    return entries if is_hub_staff(user) else entries.filter(user=user)


type(ModelLogEntry.objects).viewable_by_user = _model_log_own_entries_unless_staff

_snippet_history_queryset = SnippetHistoryView.get_base_queryset


def _snippet_history_own_entries_unless_staff(self):
    entries = _snippet_history_queryset(self)
    return entries if is_hub_staff(self.request.user) else entries.filter(user=self.request.user)


SnippetHistoryView.get_base_queryset = _snippet_history_own_entries_unless_staff


_check_image_pixel_size = WagtailImageField.check_image_pixel_size


def _cut_short_picture_is_a_form_error(self, f):
    # Wagtail's upload form decodes the picture here and lets Pillow's "image file is
    # truncated" (an OSError) through as a 500.
    try:
        return _check_image_pixel_size(self, f)
    except OSError as error:
        raise ValidationError(UnreadablePicture().user_message(), code="invalid_image") from error


WagtailImageField.check_image_pixel_size = _cut_short_picture_is_a_form_error


@hooks.register("construct_homepage_panels")
def partner_listings_panel(request, panels):
    add_partner_panel(request, panels)
