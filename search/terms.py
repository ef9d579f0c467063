"""The taxonomy as the find page and the match API read it on every request (names of interests,
needs and groups; the form's choices; which slugs exist), kept per process until the content
version changes (hub/caching: every snippet saved or deleted changes it). Names are in the
active language, so each language has its own entry.

What these return is shared by every request of the process: read it, never change it."""

from django.utils.translation import get_language

from hub.caching.memo import ProcessMemo
from hub.directory.models import EligibilityTag, Interest, SupportType
from hub.directory.taxonomy import neighbouring_interests

MODELS = {"interest": Interest, "need": SupportType, "eligibility": EligibilityTag}
TAXONOMY = ProcessMemo("search taxonomy")
NEIGHBOURS = ProcessMemo("search neighbouring interests")  # keyed by what families ask


def names(kind):
    """{slug: name in the active language} of the interests, needs ("need") or groups
    ("eligibility")."""
    model = MODELS[kind]
    return TAXONOMY.get(
        ("names", kind, get_language()),
        lambda: dict(model.objects.values_list("slug", "name")),
    )


def slugs(kind):
    """Every slug of `kind` there is."""
    model = MODELS[kind]
    return TAXONOMY.get(
        ("slugs", kind), lambda: frozenset(model.objects.values_list("slug", flat=True))
    )


def choices(kind):
    """The form's choices of `kind`, ordered by name in the active language: ({"slug", "name",
    "icon"}, ...)."""
    model = MODELS[kind]

    def compute():
        fields = ["slug", "name", *(["icon"] if kind == "interest" else [])]
        return tuple(model.objects.order_by("name").values(*fields))

    return TAXONOMY.get(("choices", kind, get_language()), compute)


def neighbours(interests):
    """hub.directory.taxonomy.neighbouring_interests, read once per set of interests."""
    return NEIGHBOURS.get(interests, lambda: neighbouring_interests(interests))
