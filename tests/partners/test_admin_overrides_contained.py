"""The hub changes Wagtail's admin only by subclassing: nothing reassigns an attribute of Wagtail,
wagtail-modeltranslation or modeltranslation, whose effect would reach every user, staff
included, depend on import order, and change silently with an upgrade.

The hub's versions of Wagtail views live in hub/partners/admin_overrides.py and are put in place
through Wagtail's hooks and settings, or mounted ahead of Wagtail's URLs.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCANNED = ("hub", "search")
OVERRIDES_MODULE = "hub/partners/admin_overrides.py"
PATCHABLE_PACKAGES = ("wagtail", "wagtail_modeltranslation", "modeltranslation")


def _from_patchable_package(module):
    return module is not None and module.split(".")[0] in PATCHABLE_PACKAGES


def _imported_names(tree):
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if _from_patchable_package(alias.name):
                    names.add(alias.asname or alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            if _from_patchable_package(node.module):
                names.update(alias.asname or alias.name for alias in node.names)
    return names


def _root(node):
    """The name an expression such as ``Foo.bar``, ``Foo.bar["x"]`` or ``type(Foo.objects)``
    reaches into, or None (a call's result, say, is a new object, not the imported one)."""
    while True:
        if isinstance(node, ast.Name):
            return node.id
        if isinstance(node, ast.Attribute | ast.Subscript):
            node = node.value
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "type"
            and node.args
        ):
            node = node.args[0]
        else:
            return None


def _targets(node):
    if isinstance(node, ast.Assign):
        return node.targets
    if isinstance(node, ast.AugAssign | ast.AnnAssign):
        return [node.target]
    if isinstance(node, ast.Delete):
        return node.targets
    return []


def _flatten(targets):
    for target in targets:
        if isinstance(target, ast.Tuple | ast.List):
            yield from _flatten(target.elts)
        else:
            yield target


def patching_assignments(source):
    """Line numbers of assignments (plain, augmented, annotated, ``del``, ``setattr``,
    ``delattr``) to an attribute or item of something imported from Wagtail,
    wagtail-modeltranslation or modeltranslation, directly or through a plain alias
    (``cls = PageChooserTable``)."""
    tree = ast.parse(source)
    patchable = _imported_names(tree)
    # Plain aliases of those: a name bound to a reference (no call) into one of them.
    while True:
        aliases = {
            target.id
            for node in ast.walk(tree)
            if isinstance(node, ast.Assign) and _root(node.value) in patchable
            for target in _flatten(node.targets)
            if isinstance(target, ast.Name)
        }
        if aliases <= patchable:
            break
        patchable |= aliases
    lines = set()
    for node in ast.walk(tree):
        for target in _flatten(_targets(node)):
            if isinstance(target, ast.Attribute | ast.Subscript) and _root(target) in patchable:
                lines.add(node.lineno)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("setattr", "delattr")
            and node.args
            and _root(node.args[0]) in patchable
        ):
            lines.add(node.lineno)
    return sorted(lines)


def _scanned_files():
    for folder in SCANNED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if "migrations" not in path.relative_to(ROOT).parts:
                yield path.relative_to(ROOT).as_posix(), path.read_text()


def _found(files):
    return [f"{name}:{line}" for name, source in files for line in patching_assignments(source)]


def test_no_wagtail_attribute_is_reassigned_outside_the_overrides_module():
    found = _found((name, source) for name, source in _scanned_files() if name != OVERRIDES_MODULE)
    assert found == [], (
        "Wagtail patched in place (subclass the view and register or mount it in "
        f"{OVERRIDES_MODULE} instead): {found}"
    )


def test_the_overrides_module_reassigns_nothing_either():
    found = _found((name, source) for name, source in _scanned_files() if name == OVERRIDES_MODULE)
    assert found == [], f"Subclass rather than patch: {found}"


def test_the_scan_covers_the_code():
    names = [name for name, _source in _scanned_files()]
    assert OVERRIDES_MODULE in names
    assert "hub/partners/wagtail_hooks.py" in names
    assert "search/api.py" in names
    assert not any("/migrations/" in name for name in names)


# How the partners' admin fixes were written before they became subclasses: each of these
# lines reassigns a Wagtail or wagtail-modeltranslation attribute.
PATCHED_AS_IT_WAS = """
import wagtail_modeltranslation.wagtail_hooks as modeltranslation_hooks
from wagtail.admin.views.chooser import ChosenMultipleView, PageChooserTable, ParentPageColumn
from wagtail.admin.views.pages.bulk_actions.page_bulk_action import PageBulkAction
from wagtail.admin.views.pages.choose_parent import ChooseParentView
from wagtail.admin.views.pages.workflow import ConfirmWorkflowCancellationView
from wagtail.admin.views.reports.audit_logging import SiteHistoryReportFilterSet
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.admin.views.reports.workflows import WorkflowReportFilterSet
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.images.fields import WagtailImageField
from wagtail.models import ModelLogEntry
from wagtail.snippets.views.snippets import HistoryView as SnippetHistoryView

PageChooserTable.get_context_data = _chooser_table_context_live_titles
ParentPageColumn.get_cell_context_data = _parent_cell_context_live_title
ChosenMultipleView.get = _chosen_multiple_visible_only
PageTypesUsageReportView.any_permission_required = ["publish"]
ChooseParentView.post = _choose_parent_post_own_pages_only
ConfirmWorkflowCancellationView.dispatch = _confirm_cancellation_for_editors_only
PageBulkAction.get_actionable_objects = _bulk_action_names_only_visible_pages
ImagesAdminAPIViewSet.get_queryset = _images_api_own_collections
DocumentsAdminAPIViewSet.get_queryset = _documents_api_own_collections
WorkflowReportFilterSet.base_filters["requested_by"].queryset = _requesters
SiteHistoryReportFilterSet.get_users_queryset = _site_history_users
type(ModelLogEntry.objects).viewable_by_user = _model_log_own_entries_unless_staff
SnippetHistoryView.get_base_queryset = _snippet_history_own_entries_unless_staff
WagtailImageField.check_image_pixel_size = _cut_short_picture_is_a_form_error
modeltranslation_hooks.return_translation_target_field_rendered_html = _copy_for_editors
"""


def test_the_scan_finds_each_patch_as_it_was_written():
    lines = patching_assignments(PATCHED_AS_IT_WAS)
    first = PATCHED_AS_IT_WAS.splitlines().index(
        "PageChooserTable.get_context_data = _chooser_table_context_live_titles"
    )
    assert lines == list(range(first + 1, first + 16))


def test_the_scan_sees_through_the_other_ways_of_writing_a_patch():
    source = """
import wagtail
from wagtail import hooks as wagtail_hooks
from wagtail.models import Page
from hub.directory.models import ProgramPage

wagtail.admin.thing = 1
setattr(Page, "title", None)
delattr(Page, "url")
Page.search_fields += []
Page.count: int = 0
del Page.save
wagtail_hooks._hooks["x"] = []
table = Page
table.columns, other = [], 1
ProgramPage.template = "mine.html"
page = Page.objects.get(pk=1)
page.title = "a new title"
Page.objects.first().title = "renamed"
"""
    assert patching_assignments(source) == [7, 8, 9, 10, 11, 12, 13, 15]


def test_every_page_bulk_action_is_the_hubs():
    # Wagtail registers four; one it adds in an upgrade would list refused pages by draft title.
    from wagtail.admin.views.bulk_action.registry import bulk_action_registry

    from hub.partners.admin_overrides import PAGE_BULK_ACTIONS

    registered = set(bulk_action_registry.get_bulk_actions_for_model("wagtailcore", "page"))
    assert registered == set(PAGE_BULK_ACTIONS)
