"""Snippets (shared taxonomy and places) in the Wagtail admin, and the editor's own styles."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import HistoryView, SnippetViewSet, SnippetViewSetGroup

from .models import EligibilityTag, Interest, Language, Location, SupportType


class InterestViewSet(SnippetViewSet):
    model = Interest
    icon = "pick"
    list_display = ["name", "slug", "icon"]
    search_fields = ["name", "synonyms"]


class LanguageViewSet(SnippetViewSet):
    model = Language
    icon = "globe"
    list_display = ["endonym", "english_name", "code", "direction"]


class SupportTypeViewSet(SnippetViewSet):
    model = SupportType
    icon = "help"
    list_display = ["name", "slug"]


class EligibilityTagViewSet(SnippetViewSet):
    model = EligibilityTag
    icon = "tag"
    list_display = ["name", "slug"]


class SharedPlaceHistoryView(HistoryView):
    """Partners may add places, which lets them open any place's history: it names other
    partners' edits only to those who may change every place (staff)."""

    def get_base_queryset(self):
        entries = super().get_base_queryset()
        if self.request.user.has_perm("directory.change_location"):
            return entries
        return entries.filter(user=self.request.user)


class LocationViewSet(SnippetViewSet):
    model = Location
    history_view_class = SharedPlaceHistoryView
    icon = "site"
    list_display = ["name", "city", "postal_code"]
    search_fields = ["name", "street_address", "city", "postal_code"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = "Taxonomy"
    menu_icon = "list-ul"
    menu_order = 300
    items = (
        InterestViewSet,
        LanguageViewSet,
        SupportTypeViewSet,
        EligibilityTagViewSet,
        LocationViewSet,
    )


register_snippet(TaxonomyGroup)


@hooks.register("insert_global_admin_css")
def readable_language_toggles():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))
