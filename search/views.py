"""/<lang>/find/: the family's questions and, on the same URL, the answer. Works without
JavaScript; the answers live in the query string, so a result page can be bookmarked."""

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from hub import throttle
from hub.counters import recording as counters
from hub.directory.grades import GRADE_CHOICES
from hub.directory.models import Interest, OrganizationPage, SupportType

from . import query as questions
from .explain import present_all
from .matcher import match


def _people_to_ask():
    """Community learning hubs: places where someone helps a family in person."""
    return (
        OrganizationPage.objects.live()
        .public()
        .filter(kind=OrganizationPage.Kind.LEARNING_HUB)
        .order_by("title")[:3]
    )


# The form field each question's parameter comes from, so an error can point at it. The others
# (interests, needs, formats, ...) are ticked from fixed choices and only a hand-made address
# gets them wrong.
FIELD_OF_PARAMETER = {"grade": "f-grade", "q": "f-q", "language": "f-language", "zip": "f-zip"}


@require_GET
def find(request):
    if request.GET:  # a search: counted against the client's limit
        wait = throttle.over_limit(request, "match")
        if wait:
            return throttle.too_many_page(request, wait)
    language = get_language()
    error, answer, question = None, None, None
    try:
        question = questions.parse(request.GET, default_language=language)
    except questions.BadParameter as bad:
        error = bad
    if question is not None and request.GET:  # the form was sent, even with nothing chosen
        answer = match(question)
        counters.shown(answer)
        counters.asked(question, answer)
    context = {
        "question": question,
        "error": error,
        "error_field": FIELD_OF_PARAMETER.get(error.parameter) if error else None,
        "answer": answer,
        "results": present_all(answer.results, language) if answer else [],
        "services": present_all(answer.services, language) if answer else [],
        "grades": GRADE_CHOICES,
        "interests": Interest.objects.order_by("name"),
        "needs": SupportType.objects.order_by("name"),
        "languages": settings.HUB_LANGUAGES,  # endonyms, as in the language switcher
        "chosen": {
            "grade": request.GET.get("grade", ""),
            # As typed, so a family corrects a place the hub did not know instead of retyping.
            "text": request.GET.get("q", "")[: questions.MAX_TEXT],
            "place": request.GET.get("zip", "")[:80],
            "interests": set(request.GET.getlist("interests")),
            "needs": set(request.GET.getlist("needs")),
            "schedule": set(request.GET.getlist("schedule")),
            "formats": request.GET.get("formats", ""),
            "language": question.language if question else language,
        },
        "contact_phone": settings.HUB_CONTACT_PHONE,
        "contact_email": settings.HUB_CONTACT_EMAIL,
        "people_to_ask": _people_to_ask() if answer and len(answer.results) < 3 else [],
    }
    return render(request, "search/find.html", context, status=400 if error else 200)
