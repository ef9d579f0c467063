"""/<lang>/find/: the family's questions and, on the same URL, the answer. Works without
JavaScript; the answers live in the query string, so a result page can be bookmarked."""

from dataclasses import replace
from functools import lru_cache

from django.conf import settings
from django.shortcuts import render
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from hub.directory.grades import GRADE_CHOICES, OLDEST_AGE, YOUNGEST_AGE, grade_label

from . import handoff, signals, terms, vocabulary
from . import query as questions
from .explain import age_words, kind_choices, kind_label, present_all, schedule_label, term_labels
from .matcher import CANDIDATES, answer_for

# The form field each question's parameter comes from, so an error can point at it. The others
# (interests, needs, formats, ...) are ticked from fixed choices and only a hand-made address
# gets them wrong.
FIELD_OF_PARAMETER = {
    "grade": "f-grade",
    "age": "f-age",
    "q": "f-q",
    "language": "f-language",
    "zip": "f-zip",
}


def _page_number(params):
    """The page of ranked results asked for ("Show more"), 1 when none. Short decimal digits
    only: int() refuses "²" and very long numbers, and no question ranks that many pages."""
    raw = (params.get("page") or "").strip()
    if not raw:
        return 1
    if not (raw.isdecimal() and len(raw) <= 2) or not 1 <= int(raw) <= CANDIDATES:
        raise questions.BadParameter(
            "page", _("Use a whole number from 1 to %(max)d.") % {"max": CANDIDATES}
        )
    return int(raw)


def _question_line(question):
    """The question in one line, in the page's language: "Grade 9 · Robotics · near 95823"."""
    parts = []
    if question.grade is not None:
        parts.append(str(grade_label(question.grade)))
    elif question.age is not None:
        parts.append(age_words(question.age))
    names = terms.names("interest")
    parts += [names[slug] for slug in question.interests if slug in names]
    parts += [kind_label(kind) for kind in question.kinds]
    if question.text:
        parts.append(f"“{question.text}”")
    if question.free:
        parts.append(_("Free only"))
    if question.language_only:
        parts.append(_("Only in my language"))
    if question.place:
        parts.append(_("near %(place)s") % {"place": question.place})
    elif question.point:  # from "Use my location": the point itself is never shown
        parts.append(_("near your location"))
    return parts


def _next_page_url(params, page):
    """The same question, one page further; the browser scrolls to the results (no JS)."""
    kept = [(key, value) for key, values in params.lists() if key != "page" for value in values]
    return "?" + urlencode([*kept, ("page", page + 1)]) + "#results"


def _understood(request, question):
    """[(label, link that asks again without it)] for each term read in the free text."""
    kept = [(k, v) for k, values in request.GET.lists() if k not in ("q", "page") for v in values]
    found = []
    for term, label in zip(question.terms, term_labels(question.terms), strict=True):
        asked_again = urlencode([*kept, ("q", vocabulary.without(question.text, term))])
        found.append((label, f"?{asked_again}#results"))
    return found


@lru_cache(maxsize=64)
def _fixed_choices(language):
    """The form's lists written in code, not read from the database, in `language` (the active
    one): translated once per language rather than on every question."""
    return {
        "grades": [(value, str(label)) for value, label in GRADE_CHOICES],
        "ages": [(age, str(age_words(age))) for age in range(YOUNGEST_AGE, OLDEST_AGE + 1)],
        "kinds": [(value, str(label)) for value, label in kind_choices()],
        "schedules": [(code, str(schedule_label(code))) for code in questions.SCHEDULES],
    }


@require_GET
def find(request):
    language = get_language()
    error, answer, question, page = None, None, None, 1
    try:
        question = questions.parse(request.GET, default_language=language)
        page = _page_number(request.GET)
    except questions.BadParameter as bad:
        error = bad
    results, first, more_url = [], 0, None
    # The form was sent, even with nothing chosen.
    if question is not None and not error and request.GET:
        # Every ranked result, so "Show more" can page through them; one page is explained.
        answer = answer_for(replace(question, limit=CANDIDATES))
        size = question.limit
        first_look = page == 1  # "Show more" is the same question, not another family asking
        page = min(page, max(1, -(-len(answer.results) // size)))  # past the end: the last
        first = (page - 1) * size
        results = answer.results[first : first + size]
        if first + size < len(answer.results):
            more_url = _next_page_url(request.GET, page)
        signals.answered(
            request, "find page", question, replace(answer, results=results), first_look
        )
    context = {
        "question": question,
        "error": error,
        "error_field": FIELD_OF_PARAMETER.get(error.parameter) if error else None,
        "answer": answer,
        "results": present_all(results, language),
        "ranked": len(answer.results) if answer else 0,
        "first_shown": first + 1,
        "last_shown": first + len(results),
        "more_url": more_url,
        "near": questions.near_text(question),  # the rounded point, kept in the form only
        "question_line": _question_line(question) if answer else [],
        "understood": _understood(request, question) if answer else [],
        "services": present_all(answer.services, language) if answer else [],
        "refer_211": handoff.refer_to_211(answer, question),
        **_fixed_choices(language),
        "interests": terms.choices("interest"),
        "needs": terms.choices("need"),
        "languages": settings.HUB_LANGUAGES,  # endonyms, as in the language switcher
        "chosen": {
            "grade": request.GET.get("grade", ""),
            "age": request.GET.get("age", ""),
            "kinds": set(questions.list_param(request.GET, "kinds")),
            # As typed, so a family corrects a place the hub did not know instead of retyping.
            "text": request.GET.get("q", "")[: questions.MAX_TEXT],
            "place": request.GET.get("zip", "")[:80],
            "interests": set(request.GET.getlist("interests")),
            "needs": set(request.GET.getlist("needs")),
            "schedule": set(questions.list_param(request.GET, "schedule")),
            "free": request.GET.get("free") == "1",
            "low_cost": request.GET.get("low_cost") == "1",
            "paid": request.GET.get("paid") == "1",
            # "More choices" opens when one of its answers was given in the form.
            "more": any(
                request.GET.get(name)
                for name in ("kinds", "free", "low_cost", "paid", "needs", "schedule", "formats")
            ),
            "formats": request.GET.get("formats", ""),
            "language": question.language if question else language,
        },
    }
    return render(request, "search/find.html", context, status=400 if error else 200)
