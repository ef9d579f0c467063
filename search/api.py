"""GET /api/v1/match: the matcher for other sites and apps, described at /api/v1/openapi.json.

Parameters are read by the same code as the find page (query.parse), so the API and the page
can never disagree; any bad parameter is a 400 naming it, never a 500."""

from typing import Literal
from urllib.parse import unquote_to_bytes

from django.http import JsonResponse
from django.utils import translation
from ninja import NinjaAPI, Query, Schema
from pydantic import create_model

from . import query as questions
from . import signals
from .explain import present_all, term_labels
from .matcher import answer_for

api = NinjaAPI(
    title="STEM Opportunity Hub API",
    version="1",
    description="Find local STEM programs, pathways and support services that fit a child.",
    urls_namespace="api-v1",
    docs_url=None,  # the interactive docs page would load scripts from another host
)


# The question's parameters (query.PARAMETERS), each optional text read by query.parse, and
# `lang`, the language of the response.
MatchParams = create_model(
    "MatchParams",
    __base__=Schema,
    **{name: (str | None, None) for name in (*questions.PARAMETERS, "lang")},
)


class Grades(Schema):
    """null: the listing's source gave no ages (never a default range)."""

    min: int | None
    max: int | None


class Cost(Schema):
    free: bool | None  # null: the cost is not listed
    amount: float | None
    currency: str | None
    text: str


class Reason(Schema):
    code: str
    text: str


TranslationState = Literal["current", "missing", "outdated"]


class Opportunity(Schema):
    """`*_language`: the language that text is really written in (English when no translation
    exists); `*_translation`: "missing" (shown in English), "outdated" (the English changed
    after it was translated) or "current"."""

    id: int
    type: str
    title: str
    title_language: str
    title_translation: TranslationState
    summary: str
    summary_language: str
    summary_translation: TranslationState
    url: str
    organization: str
    score: float
    reasons: list[Reason]
    grades: Grades
    languages: list[str]
    cost: Cost
    distance_km: float | None
    next_date: str | None


class Relaxed(Schema):
    code: str
    text: str


class Term(Schema):
    kind: str  # interest, need, eligibility, kind, cost, schedule, format, venue, grade, age...
    value: str | int
    text: str  # what the find page calls it, in the response language


class Understood(Schema):
    """What the free text `q` was read as, in whatever language it was typed. Every word is
    in `terms`, is a word that asks nothing ("for my son"), or is in `unrecognised`."""

    interests: list[str]
    needs: list[str]
    eligibility: list[str]
    words: list[str]  # words no term named that some listing's own text mentions
    terms: list[Term]
    unrecognised: list[str]  # words the hub could not read, as typed: shown to the family


class MatchResponse(Schema):
    results: list[Opportunity]
    services: list[Opportunity]
    relaxed: list[Relaxed]
    total: int
    understood: Understood


class Problem(Schema):
    parameter: str
    message: str


class TooMany(Schema):
    """Over the per-client limit (hub.throttle); the Retry-After header says when to ask again."""

    message: str


def _bad(parameter, message):
    return JsonResponse({"parameter": parameter, "message": str(message)}, status=400)


def _broken_utf8(request):
    """The first parameter whose bytes are not UTF-8 (Django would quietly replace them)."""
    for pair in request.META.get("QUERY_STRING", "").split("&"):
        name, _sep, value = pair.partition("=")
        try:
            unquote_to_bytes(value.replace("+", " ")).decode("utf-8")
        except UnicodeDecodeError:
            return unquote_to_bytes(name).decode("utf-8", "replace") or "query"
    return None


@api.get(
    "/match",
    response={200: MatchResponse, 400: Problem, 429: TooMany},
    summary="Opportunities that fit a child, ranked, each with the reasons it fits",
)
def match_view(request, params: Query[MatchParams]):
    broken = _broken_utf8(request)
    if broken:
        return _bad(broken, "Not valid UTF-8.")
    try:
        response_language = questions.language_param(request.GET, "lang", "en")
        with translation.override(response_language):
            question = questions.parse(request.GET, default_language=response_language)
            answer = answer_for(question)
            signals.answered(request, "api", question, answer, True)
            return {
                "results": present_all(answer.results, response_language),
                "services": present_all(answer.services, response_language),
                "relaxed": [{"code": c, "text": str(t)} for c, t in answer.relaxed],
                "total": answer.total,
                "understood": {
                    "interests": question.text_interests,
                    "needs": question.text_needs,
                    "eligibility": question.text_eligibility,
                    "words": question.text_words,
                    "terms": [
                        {"kind": t.kind, "value": t.value, "text": label}
                        for t, label in zip(
                            question.terms, term_labels(question.terms), strict=True
                        )
                    ],
                    "unrecognised": question.unrecognised_typed,
                },
            }
    except questions.BadParameter as bad:
        return _bad(bad.parameter, bad.message)
