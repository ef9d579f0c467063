"""The hub's own versions of Wagtail admin views, where Wagtail 8.0.1 shows one partner another
partner's unpublished work, names other partners, or answers a partner with a server error.

Wagtail already confines the page explorer, admin search, the pages API and every page action
to a user's permitted subtree. Where it does not, the hub subclasses Wagtail's view and puts it
in place through a supported mechanism when Wagtail has one (``wagtail_hooks.py`` registers
them), or else mounts it at the same address, under the same URL name, ahead of Wagtail's
own (``admin_urlpatterns()`` below, which hub/urls.py includes in place of Wagtail's admin
URLs). Nothing of Wagtail or wagtail-modeltranslation is reassigned
(tests/partners/test_admin_overrides_contained.py).

Each is pinned by a test (tests/partners/: test_partners_isolation.py,
test_partners_admin_leaks.py, and test_partners_admin_walk.py, which opens every admin URL as a
partner), so a Wagtail upgrade that changes the behaviour fails loudly. One paragraph per override:

- Page chooser (/admin/choose-page/..., mounted ahead): it lists every page in the tree and
  shows a live page under its pending draft title. The construct_page_chooser_queryset hook
  hides other organizations' drafts; these views show others' live pages by published title.
- "Chosen multiple" (/admin/choose-page/chosen-multiple/, mounted ahead): Wagtail's returns
  the title of any page id it is given and runs no hook; the hub's answers only for pages the
  chooser itself would list.
- "Page types usage" report (/admin/reports/page-types-usage/, mounted ahead): its "last
  edited page" column spans the whole site (another organization's draft, typically), so it
  is a staff tool: publishers only.
- Workflow report (/admin/reports/workflow/, mounted ahead): its "requested by" filter lists
  every account that ever submitted a page; the hub's lists those of the reviews the report
  itself shows.
- Site history report (/admin/reports/site-history/, mounted ahead): its "user" filter lists
  everyone, and partners may add shared places (locations), which lets them read every
  location's history, edits by other partners included. For anyone but staff, the history of
  snippets is their own entries only (in the list and in the user, type and action filters);
  page history is unchanged (already confined to their pages). The location's own history
  page does the same (hub/directory/wagtail_hooks.py, through the viewset's history view).
- Choosing a parent for a new page (/admin/pages/create/..., page viewset): the form takes any
  page id and, when it refuses it, names that page (its draft title) in the error and in the
  re-rendered chooser. A destination the user may not add under is refused first.
- "Confirm workflow cancellation" (/admin/pages/workflow/confirm_cancellation/..., page
  viewset): it checks no permission and tells anyone whether a page is in review, and in
  which workflow. Editors only.
- Page bulk actions (/admin/bulk/wagtailcore/page/<action>/, register_bulk_action): the
  confirmation lists any page id it is given under "you don't have permission", by its draft
  title. It names only pages the user could see anyway, by their published title.
- Admin API images and documents (/admin/api/main/images/, .../documents/,
  construct_admin_api): they list and show every image and document, whatever collection it
  is in; the hub's list only the collections the user may choose from.
- Image upload form (WAGTAILIMAGES_IMAGE_FORM_BASE): Wagtail decodes the picture to check its
  size and lets Pillow's "image file is truncated" (an OSError) through as a 500. A picture
  cut short is a form error, with the reason.
- Copying a translated field (/admin/pages/<id>/edit/copy_translation_content/, mounted ahead
  of wagtail-modeltranslation's register_admin_urls): it looks up any page id without a
  permission check and crashes on a plain GET or an unknown id.
- Error test page (/admin/failwhale/, mounted ahead): it raises an exception on purpose, to try
  out error reporting; that is for whoever runs the site, not for every partner.
- Password reset confirmation (/admin/password_reset/confirm/..., mounted ahead): the hub's
  view also unlocks the account (hub/accounts/password_reset.py).
"""

import django_filters
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured, PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404, HttpResponseBadRequest
from django.urls import include, path, re_path, reverse
from django.views.decorators.csrf import csrf_exempt
from wagtail.admin.auth import permission_denied, require_admin_access
from wagtail.admin.filters import ContentTypeFilter
from wagtail.admin.views import chooser
from wagtail.admin.views.home import error_test
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction
from wagtail.admin.views.pages.bulk_actions.move import MoveBulkAction
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.admin.views.pages.bulk_actions.unpublish import UnpublishBulkAction
from wagtail.admin.views.pages.choose_parent import GenericChooseParentView
from wagtail.admin.views.pages.workflow import ConfirmWorkflowCancellationView
from wagtail.admin.views.reports.audit_logging import LogEntriesView, SiteHistoryReportFilterSet
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.admin.views.reports.workflows import (
    WorkflowReportFilterSet,
    WorkflowView,
    get_editable_content_type_ids,
    get_editable_page_ids_query,
)
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.documents import get_document_model
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import ModelLogEntry, Page, WorkflowState, get_default_page_content_type
from wagtail.utils.urlpatterns import decorate_urlpatterns
from wagtail_modeltranslation.wagtail_hooks import return_translation_target_field_rendered_html

from hub.accounts.password_reset import UnlockingPasswordResetConfirmView
from hub.directory.references import hide_foreign_drafts, in_choosable_collections, own_paths

from .onboarding import is_hub_staff
from .photo_metadata import UnreadablePicture


def show_live_titles(pages, user):
    """A live page elsewhere may carry a pending rename in ``draft_title``, which is what
    Wagtail's admin displays. Show the published title instead (in memory; never saved)."""
    paths = own_paths(user)
    if paths is None:
        return
    for page in pages:
        if page is not None and not any(page.path.startswith(path) for path in paths):
            page.draft_title = page.title


# --- Page chooser ------------------------------------------------------------------------------


class LiveTitleColumn(chooser.PageTitleColumn):
    def get_cell_context_data(self, instance, parent_context):
        show_live_titles([instance], parent_context["request"].user)
        return super().get_cell_context_data(instance, parent_context)


class LiveParentTitleColumn(chooser.ParentPageColumn):
    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        show_live_titles([context.get("value")], parent_context["request"].user)
        return context


class LiveTitlesMixin:
    """The chooser's columns, with other organizations' pages under their published title."""

    @property
    def columns(self):
        columns = []
        for column in super().columns:
            if type(column) is chooser.PageTitleColumn:
                column = LiveTitleColumn(
                    column.name, label=column.label, is_multiple_choice=column.is_multiple_choice
                )
            elif type(column) is chooser.ParentPageColumn:
                column = LiveParentTitleColumn(column.name, label=column.label)
            columns.append(column)
        return columns


class BrowseView(LiveTitlesMixin, chooser.BrowseView):
    pass


class SearchView(LiveTitlesMixin, chooser.SearchView):
    pass


class ChosenMultipleView(chooser.ChosenMultipleView):
    def get(self, request):
        # Restricted to what the chooser itself would list.
        ids = [pk for pk in request.GET.getlist("id") if pk.isdigit()]
        pages = list(hide_foreign_drafts(Page.objects.filter(pk__in=ids), request.user).specific())
        show_live_titles(pages, request.user)
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


# --- Reports -----------------------------------------------------------------------------------


class PageTypesUsageReport(PageTypesUsageReportView):
    any_permission_required = ["publish"]


def requesters_of_visible_workflows(request):
    # The same workflows the report itself lists (WorkflowView.get_queryset).
    visible = Q(
        base_content_type_id=get_default_page_content_type().id,
        object_id__in=get_editable_page_ids_query(request),
    ) | Q(content_type_id__in=get_editable_content_type_ids(request))
    User = get_user_model()
    requesters = WorkflowState.objects.filter(visible).values("requested_by")
    return User.objects.filter(pk__in=requesters).order_by(User.USERNAME_FIELD)


class WorkflowReportFilters(WorkflowReportFilterSet):
    requested_by = django_filters.ModelChoiceFilter(
        field_name="requested_by", queryset=requesters_of_visible_workflows
    )


class WorkflowReport(WorkflowView):
    filterset_class = WorkflowReportFilters


def visible_log_entries(user):
    """Each log model's entries the user may see in the site history: Wagtail's rule, with the
    history of snippets narrowed to the user's own entries unless staff."""
    for log_model in log_action_registry.get_log_entry_models():
        entries = log_model.objects.viewable_by_user(user)
        if issubclass(log_model, ModelLogEntry) and not is_hub_staff(user):
            entries = entries.filter(user=user)
        yield entries


def _content_types_in_visible_history(request):
    ids = set()
    for entries in visible_log_entries(request.user):
        ids.update(entries.get_content_type_ids())
    return ContentType.objects.filter(pk__in=ids).order_by("model")


class SiteHistoryFilters(SiteHistoryReportFilterSet):
    object_type = ContentTypeFilter(
        label=SiteHistoryReportFilterSet.base_filters["object_type"].label,
        method="filter_object_type",
        queryset=_content_types_in_visible_history,
    )

    def get_users_queryset(self):
        # Wagtail 8.0.1 meant this report to offer only the users of entries the viewer may see
        # (its get_user_choices, which nothing calls any more); the base class offers everyone.
        ids = set()
        for entries in visible_log_entries(self.request.user):
            ids.update(entries.get_user_ids())
        User = get_user_model()
        return User.objects.filter(pk__in=ids).order_by(User.USERNAME_FIELD)

    def get_action_choices(self):
        actions = set()
        for entries in visible_log_entries(self.request.user):
            actions.update(entries.get_actions())
        return [choice for choice in log_action_registry.get_choices() if choice[0] in actions]


class SiteHistoryReport(LogEntriesView):
    filterset_class = SiteHistoryFilters

    def filter_queryset(self, queryset):
        # Called once per log model, on its viewable_by_user() entries (get_filtered_queryset).
        if issubclass(queryset.model, ModelLogEntry) and not is_hub_staff(self.request.user):
            queryset = queryset.filter(user=self.request.user)
        return super().filter_queryset(queryset)


# --- Page views, through the page viewset (registered in wagtail_hooks.py) --------------------


def posted_page(request, field):
    raw = request.POST.get(field, "")
    return Page.objects.filter(pk=raw).first() if raw.isdigit() else None


def refuse_adding_under(request, destination):
    """Refuse a destination page the user may not add under, before a form names it."""
    if (
        destination is not None
        and not destination.permissions_for_user(request.user).can_add_subpage()
    ):
        return permission_denied(request)
    return None


class ChooseParentView(GenericChooseParentView):
    def post(self, request, *args, **kwargs):
        # An unknown id is left to the form, which reports it as usual.
        refused = refuse_adding_under(request, posted_page(request, "parent_page"))
        return refused or super().post(request, *args, **kwargs)


class ConfirmWorkflowCancellation(ConfirmWorkflowCancellationView):
    def dispatch(self, request, *args, **kwargs):
        if not self.object.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class HubPageViewSet(PageViewSet):
    choose_parent_view_class = ChooseParentView
    confirm_workflow_cancellation_view_class = ConfirmWorkflowCancellation


# --- Page bulk actions (registered in wagtail_hooks.py) ---------------------------------------


class NamesOnlyVisiblePagesMixin:
    def get_actionable_objects(self):
        # The confirmation lists the pages the user may not act on by title: keep only pages
        # the user could see anyway, under their published title.
        objects, extra = super().get_actionable_objects()
        refused = extra["items_with_no_access"]
        visible = set(
            hide_foreign_drafts(
                Page.objects.filter(pk__in=[page.pk for page in refused]), self.request.user
            ).values_list("pk", flat=True)
        )
        refused = [page for page in refused if page.pk in visible]
        show_live_titles(refused, self.request.user)
        return objects, {**extra, "items_with_no_access": refused}


class PageDeleteBulkAction(NamesOnlyVisiblePagesMixin, DeleteBulkAction):
    pass


class PageMoveBulkAction(NamesOnlyVisiblePagesMixin, MoveBulkAction):
    pass


class PagePublishBulkAction(NamesOnlyVisiblePagesMixin, PublishBulkAction):
    pass


class PageUnpublishBulkAction(NamesOnlyVisiblePagesMixin, UnpublishBulkAction):
    pass


# Every page bulk action Wagtail registers (wagtail/admin/wagtail_hooks.py).
PAGE_BULK_ACTIONS = (
    PageDeleteBulkAction,
    PageMoveBulkAction,
    PagePublishBulkAction,
    PageUnpublishBulkAction,
)


# --- Admin API images and documents (registered in wagtail_hooks.py) -------------------------


class ImagesAPIViewSet(ImagesAdminAPIViewSet):
    def get_queryset(self):
        return in_choosable_collections(
            get_image_model(), super().get_queryset(), self.request.user
        )


class DocumentsAPIViewSet(DocumentsAdminAPIViewSet):
    def get_queryset(self):
        return in_choosable_collections(
            get_document_model(), super().get_queryset(), self.request.user
        )


# --- Image upload form (settings.WAGTAILIMAGES_IMAGE_FORM_BASE) -------------------------------


class ImageFieldRefusingCutShortPictures(WagtailImageField):
    def check_image_pixel_size(self, f):
        # Decoding a picture cut short raises Pillow's "image file is truncated" (an OSError).
        try:
            return super().check_image_pixel_size(f)
        except OSError as error:
            raise ValidationError(
                UnreadablePicture().user_message(), code="invalid_image"
            ) from error


class ImageForm(BaseImageForm):
    """The base of every image form (single and multiple upload, chooser upload, edit)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail builds the file field itself (formfield_for_dbfield); declaring one here would
        # also put it in the multiple uploader's edit form, which excludes it.
        field = self.fields.get("file")
        if field is not None:
            self.fields["file"] = ImageFieldRefusingCutShortPictures(
                label=field.label,
                required=field.required,
                max_length=field.max_length,
                widget=field.widget,
            )


# --- Other admin views ---------------------------------------------------------------------------


def error_test_for_superusers(request):
    if not request.user.is_superuser:
        raise Http404
    return error_test(request)


@csrf_exempt  # as wagtail-modeltranslation's own: it only renders back the field it is sent
def copy_translation_content_for_editors(request, page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is None or not page.permissions_for_user(request.user).can_edit():
        raise Http404
    if request.method != "POST" or request.headers.get("X-Requested-With") != "XMLHttpRequest":
        return HttpResponseBadRequest()
    return return_translation_target_field_rendered_html(request, page_id)


# --- The admin's URLs ----------------------------------------------------------------------------


def admin_urlpatterns():
    """Wagtail's admin URLs with the hub's views ahead of Wagtail's, at the same routes and
    under the same names, so reverse() gives the same addresses (included by hub/urls.py)."""
    # Imported here, not at the top: importing it collects every app's register_admin_urls
    # hook, and this module is also imported while apps' wagtail_hooks are still loading.
    from wagtail.admin import urls as wagtail_admin_urls
    from wagtail.admin.urls import reports as wagtail_report_urls

    ahead_of_wagtail = decorate_urlpatterns(
        [
            path("failwhale/", error_test_for_superusers, name="wagtailadmin_error_test"),
            path("choose-page/", BrowseView.as_view(), name="wagtailadmin_choose_page"),
            path(
                "choose-page/<int:parent_page_id>/",
                BrowseView.as_view(),
                name="wagtailadmin_choose_page_child",
            ),
            path(
                "choose-page/search/",
                SearchView.as_view(),
                name="wagtailadmin_choose_page_search",
            ),
            path(
                "choose-page/chosen-multiple/",
                ChosenMultipleView.as_view(),
                name="wagtailadmin_choose_page_chosen_multiple",
            ),
            # Unnamed, as wagtail-modeltranslation's.
            re_path(
                r"pages/(?P<page_id>\d+)/edit/copy_translation_content/$",
                copy_translation_content_for_editors,
            ),
        ],
        require_admin_access,
    )
    reports_ahead_of_wagtail = decorate_urlpatterns(
        [
            path("workflow/", WorkflowReport.as_view(), name="workflow"),
            path(
                "workflow/results/",
                WorkflowReport.as_view(results_only=True),
                name="workflow_results",
            ),
            path("site-history/", SiteHistoryReport.as_view(), name="site_history"),
            path(
                "site-history/results/",
                SiteHistoryReport.as_view(results_only=True),
                name="site_history_results",
            ),
            path("page-types-usage/", PageTypesUsageReport.as_view(), name="page_types_usage"),
            path(
                "page-types-usage/results/",
                PageTypesUsageReport.as_view(results_only=True),
                name="page_types_usage_results",
            ),
        ],
        require_admin_access,
    )
    # Wagtail's reports include is replaced by one holding the hub's reports ahead of Wagtail's:
    # a second include under the same namespace would be ambiguous (Django's urls.W005), and
    # reverse() would look in only one of them.
    wagtail_admin, replaced = [], False
    for entry in wagtail_admin_urls.urlpatterns:
        if getattr(entry, "namespace", None) == wagtail_report_urls.app_name:
            reports = [*reports_ahead_of_wagtail, *wagtail_report_urls.urlpatterns]
            entry = path(str(entry.pattern), include((reports, wagtail_report_urls.app_name)))
            replaced = True
        wagtail_admin.append(entry)
    if not replaced:
        raise ImproperlyConfigured("Wagtail's admin no longer includes its reports by namespace")
    return [
        # Not behind the admin's sign-in, as Wagtail's.
        path(
            "password_reset/confirm/<uidb64>/<token>/",
            UnlockingPasswordResetConfirmView.as_view(),
            name="accounts_password_reset_confirm",
        ),
        *ahead_of_wagtail,
        *wagtail_admin,
    ]
