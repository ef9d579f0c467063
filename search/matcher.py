"""From a family's question to a short, ranked, explained list.

Hard constraints narrow; preferences (scoring.py) rank; no organization fills the list; when
too little fits, constraints are relaxed one step at a time in a fixed order, and each step is
said to the family. Elasticsearch answers when it can, the database whenever it cannot."""

import logging
import time
from dataclasses import dataclass, field, replace

from django.conf import settings
from django.utils.translation import get_language

from hub.caching.memo import ProcessMemo

from . import explain, terms
from .backends import SearchUnavailable, database_backend, query_backend
from .scoring import (
    WEIGHTS,
    All,
    AnyOf,
    Between,
    Either,
    Is,
    Missing,
    Near,
    Preference,
    Preferences,
    preferences,
)

log = logging.getLogger(__name__)

# Fewer results than this, and the next relaxation step is tried.
ENOUGH = 3
# How many ranked candidates are read before the per-organization cap is applied: enough for
# ten results at two per organization, few enough to keep each answer small.
CANDIDATES = 40
PER_ORGANIZATION = 2  # in the first CAP_WINDOW results
CAP_WINDOW = 10
SERVICES_SHOWN = 3

# The order in which constraints are relaxed. Each step keeps the ones before it. The family's
# language is not among them: it ranks (scoring.py), and hides nothing unless they ask for
# "only in my language", which is never relaxed.
RELAXATIONS = ("venue", "distance", "schedule", "neighbouring_interests", "grade", "kind")


@dataclass
class Result:
    doc: dict
    score: float
    reasons: list = field(default_factory=list)  # [(code, text)]
    distance_km: float | None = None
    next_date: str | None = None
    # {language: what explain.present made of it}: a result in the answers memo is shared by
    # every family asking alike until the next edit, so it is presented once per language.
    presented: dict = field(default_factory=dict, repr=False, compare=False)


@dataclass
class Answer:
    question: object
    results: list
    services: list
    relaxed: list  # [(code, sentence)]
    total: int  # how many opportunities fit, counted up to CANDIDATES
    backend: str
    fitting: int = 0  # programs that fitted everything asked, before any relaxation


def _relaxable(question, with_interests, distances=None):
    """{step: (strict condition, relaxed condition or None)} for the steps that apply to this
    question, in the order they are relaxed. None drops the constraint when relaxed.
    `distances`: the preferences' memo of distances (scoring.Preferences), to share.
    `with_interests`: programs and pathways, not support services (no interests, no kind)."""
    steps = {}
    if question.venues:
        steps["venue"] = (AnyOf("venues", question.venues), None)
    if question.point:
        lat, lon = question.point
        near = Near(lat, lon, question.max_km, {} if distances is None else distances)
        steps["distance"] = (Either((Is("place_bound", False), near)), None)
    if question.schedule:
        at_times = AnyOf("schedule", question.schedule)
        steps["schedule"] = (Either((Missing("schedule"), at_times)), None)
    if with_interests and question.all_interests:
        steps["neighbouring_interests"] = (
            AnyOf("interests", question.all_interests),
            # Looked up only when this step is taken.
            lambda: AnyOf("interests", terms.neighbours(question.all_interests)),
        )
    if question.grades is not None:
        low, high = question.grades
        steps["grade"] = (_grades_between(low, high), _grades_between(low - 1, high + 1))
    if with_interests and question.kinds:
        steps["kind"] = (AnyOf("kind", question.kinds), None)
    return {step: steps[step] for step in RELAXATIONS if step in steps}


def _grades_between(low, high):
    """The listing's grades overlap low..high. An end the source did not give (None) is not
    held against it: unknown grades fit any grade asked (explain.py says they are unknown)."""
    return All(
        (
            Either((Missing("grade_min"), Between("grade_min", lte=high))),
            Either((Missing("grade_max"), Between("grade_max", gte=low))),
        )
    )


def _cost(question):
    """The hard constraints of cost. Pathways have no fee of their own: they pass."""
    parts = []
    pathway = Is("type", "pathway")
    if question.free:
        parts.append(Either((Is("free", True), pathway)))
    if question.low_cost:
        affordable = (
            Is("free", True),
            Between("cost_amount", lte=settings.HUB_LOW_COST),
            Is("cost_type", "sliding"),
            Is("fee_waiver", True),
        )
        parts.append(Either((*affordable, pathway)))
    if question.paid:
        parts.append(Is("paid", True))
    return parts


def _taught_in_language(question):
    language = [Is("type", "pathway"), Is("delivery_languages", question.language)]
    if question.language == settings.LANGUAGE_CODE:
        language.append(Missing("delivery_languages"))  # unstated: assume the source language
    return Either(tuple(language))


def constraints(question, relaxed, types=("program", "pathway"), distances=None):
    """The hard constraints, with the steps named in `relaxed` loosened or dropped."""
    parts = [
        AnyOf("type", types),
        Either((Missing("ends_on"), Between("ends_on", gte=question.today.isoformat()))),
        *_cost(question),
    ]
    if question.formats:
        parts.append(Either((Missing("format"), AnyOf("format", question.formats))))
    if question.language_only:
        parts.append(_taught_in_language(question))
    relaxable = _relaxable(question, "service" not in types, distances)
    for step, (strict, loose) in relaxable.items():
        part = strict
        if step in relaxed:
            part = loose() if callable(loose) else loose
        if part is not None:
            parts.append(part)
    return parts


# After Elasticsearch fails, this process answers from the database until this moment, so a
# hung cluster costs one timeout, not one per query (each match may ask several times).
_elasticsearch_resting_until = 0.0


def _search(condition, prefs, size):
    """(hits, backend name): Elasticsearch if configured and answering, else the database."""
    global _elasticsearch_resting_until
    backend = query_backend()
    if backend.name != "database" and time.monotonic() >= _elasticsearch_resting_until:
        try:
            return backend.search(condition, prefs, size), backend.name
        except SearchUnavailable as error:
            log.warning("Matching from the database: %s", error)
            _elasticsearch_resting_until = time.monotonic() + settings.HUB_ELASTICSEARCH_RETRY_AFTER
    database = database_backend()
    return database.search(condition, prefs, size), database.name


def _owner(doc):
    # Pathways belong to the collaborative: they share one cap, like one organization's.
    return doc["organization_id"] if doc["type"] != "pathway" else "pathways"


def cap_per_organization(hits, limit):
    """At most PER_ORGANIZATION results of one organization in the first CAP_WINDOW; the
    others may follow after that window when the limit is larger."""
    first, held_back, per_org = [], [], {}
    for hit in hits:
        org = _owner(hit[0])
        if per_org.get(org, 0) >= PER_ORGANIZATION:
            held_back.append(hit)
            continue
        per_org[org] = per_org.get(org, 0) + 1
        first.append(hit)
    window = first[:CAP_WINDOW]
    if len(window) < CAP_WINDOW:
        return window[:limit]  # the held-back ones would land inside the first ten
    rest = sorted(first[CAP_WINDOW:] + held_back, key=lambda h: (-h[1], h[0]["id"]))
    return (window + rest)[:limit]


# Steps whose strict condition also ranks: once loosened, what meets it comes first. (The
# interests rank by their own weights, and nearer places by the distance bands.)
STRICT_RANKS = ("venue", "schedule", "grade", "kind")


def match(question):
    relaxable = _relaxable(question, with_interests=True)
    prefs = preferences(question)
    strict = [
        Preference(None, relaxable[step][0], WEIGHTS["strict"])
        for step in STRICT_RANKS
        if step in relaxable
    ]
    prefs = Preferences([*prefs, *strict], prefs.distances)
    steps = list(relaxable)
    relaxed = []
    fitting = None
    while True:
        condition = All(tuple(constraints(question, relaxed, distances=prefs.distances)))
        hits, backend = _search(condition, prefs, CANDIDATES)
        # Pathways pass most program constraints (no schedule, no fee): count programs only.
        programs = sum(1 for doc, _score in hits if doc["type"] != "pathway")
        fitting = programs if fitting is None else fitting
        if programs >= ENOUGH or len(relaxed) == len(steps):
            break
        relaxed.append(steps[len(relaxed)])
    shown = cap_per_organization(hits, question.limit)
    # Say only the steps a shown result needed: if every program shown is near, the family
    # need not hear that farther ones were looked for.
    needed = [
        step for step in relaxed if any(not relaxable[step][0].holds(doc) for doc, _score in shown)
    ]
    services = []
    if question.all_needs:
        condition = All(
            (
                *constraints(question, relaxed, ("service",), prefs.distances),
                AnyOf("supports", question.all_needs),
            )
        )
        services, _backend = _search(condition, prefs, SERVICES_SHOWN)
    explainer = explain.Explainer(question)
    return Answer(
        question=question,
        results=[explainer.result(doc, score) for doc, score in shown],
        services=[explainer.result(doc, score) for doc, score in services],
        relaxed=[(step, explain.relaxation_sentence(step, question)) for step in needed],
        total=len(hits),
        backend=backend,
        fitting=fitting,
    )


# Answers already given in this process, by the question as the matcher reads it and the
# language its reasons are written in; all forgotten when the content version changes (every
# publish, edit and index delivery changes it, hub/caching). Each answer holds up to
# CANDIDATES results; the documents in them are shared with the database backend's (those
# Elasticsearch returns are not: a few hundred answers hold a few tens of MB).
ANSWERS = ProcessMemo("match answers", max_entries=300)


def _asked(question):
    """The question as the matcher reads it: what it does not read (the words as typed, the
    place as named: its point is read) left out, and the order of what is a set sorted, so
    "robotics, coding" and "coding, robotics" are one question with one answer."""
    return replace(
        question,
        interests=tuple(sorted(question.all_interests)),
        text_interests=(),
        needs=tuple(sorted(question.all_needs)),
        text_needs=(),
        text_eligibility=tuple(sorted(set(question.text_eligibility))),
        text_words=tuple(sorted(set(question.text_words))),
        kinds=tuple(sorted(question.kinds)),
        formats=tuple(sorted(question.formats)),
        schedule=tuple(sorted(question.schedule)),
        venues=tuple(sorted(question.venues)),
        text="",
        place="",
        terms=(),
        ignored=(),
        unrecognised=(),
        unrecognised_typed=(),
    )


def answer_for(question):
    """`match(question)`, answered once per process and content version for each question
    the matcher reads alike (see `_asked`). The answer returned names `question` itself; its
    results are shared with every request asking the same: never change them in place."""
    asked = _asked(question)
    found = ANSWERS.get((get_language(), asked), lambda: match(asked))
    return replace(found, question=question)
