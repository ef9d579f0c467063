from django.conf import settings
from django.utils.translation import get_language, get_language_info


def hub_languages(request):
    """The language switcher's entries (endonyms) and the page direction for the active language."""
    current = get_language() or settings.LANGUAGE_CODE
    return {
        "hub_languages": settings.HUB_LANGUAGES,
        "hub_language_bidi": get_language_info(current)["bidi"],
    }
