from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import InlinePanel, ObjectList
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


@hooks.register("register_program_tabs")
def participation_tab():
    """Partners enter their programs' participant counts on the program's own edit form."""
    return [
        ObjectList(
            [
                InlinePanel(
                    "participation",
                    label=_("Participant counts"),
                    help_text=_(
                        "How many took part, by group, each term: totals only, never "
                        "names. Published on the equity page with small numbers hidden."
                    ),
                )
            ],
            heading=_("Participation"),
        )
    ]
