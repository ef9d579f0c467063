from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import PopulationGroup


class PopulationGroupViewSet(SnippetViewSet):
    """The region's population shares, configured once by hub staff."""

    model = PopulationGroup
    icon = "group"
    menu_label = _("Population shares")
    list_display = ["category", "name", "share"]
    list_filter = ["category"]


register_snippet(PopulationGroupViewSet)
