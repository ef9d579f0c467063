"""The embedded default: documents in a table, hard constraints as SQL filters on indexed
columns, then the exact conditions and the weights of scoring.py evaluated in Python."""

import heapq
import time

from django.db import connection, transaction
from django.db.models import Q

from ..models import OpportunityDocument
from ..scoring import All, AnyOf, Between, Either, Is, Missing, Preferences, points, score

# Left out of `facts`: only the shown results need them (text_all has a column of its own).
TEXTS = {"title", "summary", "organization", "path", "text_all"}
LIST_COLUMNS = {"interests", "supports", "delivery_languages"}
COLUMNS = {"type", "grade_min", "grade_max", "ends_on", "free"} | LIST_COLUMNS


# page id -> (stamp, facts): decoded facts kept between queries by this process. Every query
# reads the current stamp of its candidates from the database, so a document changed by
# another process is decoded again, never served stale.
_FACTS_CACHE = {}


# page id -> (stamp, document): the whole documents of results already shown by this process,
# kept the same way, so the answers kept per question (matcher.ANSWERS) share one copy of each
# and a result shown again is not read and decoded again. Shared: never changed in place.
_DOCS_CACHE = {}


def _documents(ranked):
    """{page id: document} for the ranked page ids, at the stamps their facts were read at."""
    wanted = {pk: _FACTS_CACHE[pk][0] for pk in ranked if pk in _FACTS_CACHE}
    stale = [pk for pk, stamp in wanted.items() if _DOCS_CACHE.get(pk, (None,))[0] != stamp]
    if stale:
        rows = OpportunityDocument.objects.filter(page_id__in=stale)
        for pk, stamp, data in rows.values_list("page_id", "stamp", "data"):
            _DOCS_CACHE[pk] = (stamp, data)
    return {pk: _DOCS_CACHE[pk][1] for pk in ranked if pk in _DOCS_CACHE}


def _facts(candidates):
    """(page_id, stamp, facts with `text_all`) for (page_id, stamp) pairs."""
    candidates = list(candidates)
    stale = [pk for pk, stamp in candidates if _FACTS_CACHE.get(pk, (None,))[0] != stamp]
    for start in range(0, len(stale), 500):
        rows = OpportunityDocument.objects.filter(page_id__in=stale[start : start + 500])
        for pk, stamp, facts, text_all in rows.values_list("page_id", "stamp", "facts", "text_all"):
            facts["text_all"] = text_all
            _FACTS_CACHE[pk] = (stamp, facts)
    for pk, _stamp in candidates:
        if pk in _FACTS_CACHE:  # else deleted since the candidates were read
            stamp, facts = _FACTS_CACHE[pk]
            yield pk, stamp, facts


# Most of a score comes from the preferences every family asking in one language on one day
# shares (scoring.Preferences.shared), so their points are kept per document across
# questions: {shared preferences: {page id: (stamp, points)}}, all forgotten when too many
# languages and days have piled up.
_SHARED_POINTS = {}
SHARED_GROUPS_KEPT = 30


def _shared_points(prefs):
    if prefs.shared not in _SHARED_POINTS and len(_SHARED_POINTS) >= SHARED_GROUPS_KEPT:
        _SHARED_POINTS.clear()
    return _SHARED_POINTS.setdefault(prefs.shared, {})


def _packed(values):
    return "|" + "|".join(values) + "|" if values else ""


def _is(field, value):
    if field in LIST_COLUMNS:
        return Q(**{f"{field}__contains": f"|{value}|"})
    return Q(**{field: value})


def sql_filter(condition):
    """(q, rest): a Q every document meeting `condition` meets, and the part of `condition`
    the Q does not decide exactly (None when SQL decides it all). Python checks only `rest`."""
    match condition:
        case Is(field, value) if field in COLUMNS:
            return _is(field, value), None
        case AnyOf(field, values) if field in COLUMNS:
            q = Q(pk__in=[])
            for value in values:
                q |= _is(field, value)
            return q, None
        case Between(field, gte, lte) if field in COLUMNS - LIST_COLUMNS:
            bounds = {f"{field}__gte": gte, f"{field}__lte": lte}
            return Q(**{k: v for k, v in bounds.items() if v is not None}), None
        case Missing(field) if field in LIST_COLUMNS:
            return Q(**{field: ""}), None
        case Missing(field) if field in COLUMNS:
            return Q(**{f"{field}__isnull": True}), None
        case All(parts):
            q, rest = Q(), []
            for part in parts:
                part_q, part_rest = sql_filter(part)
                q &= part_q or Q()
                if part_rest is not None:
                    rest.append(part_rest)
            return q, (All(tuple(rest)) if rest else None)
        case Either(parts):
            translated = [sql_filter(part) for part in parts]
            if any(part_q is None for part_q, _rest in translated):
                return None, condition
            q = Q(pk__in=[])
            for part_q, _rest in translated:
                q |= part_q
            exact = all(rest is None for _q, rest in translated)
            return q, (None if exact else condition)
    return None, condition


def _candidates(q):
    """(page_id, stamp) of the documents `q` selects, read straight from the cursor: the
    rows are thousands and the ORM's per-row work would double the time."""
    rows = OpportunityDocument.objects.filter(q or Q()).values_list("page_id", "stamp")
    sql, params = rows.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def top(documents, rest, prefs, size, known):
    """The `size` best (page_id, score) of `documents` ((page_id, stamp, facts)) meeting
    `rest`, best first. `known`: shared points already computed ({page_id: (stamp, points)}),
    added to as it goes.

    Candidates are visited by their shared points, highest first; once even the best points
    the question's own preferences could add cannot reach the size-th score found so far, no
    later candidate can either (weights are never negative), and the rest are never scored.
    A broad question ("grade 10") leaves thousands of candidates; a few hundred are scored."""
    if size <= 0:
        return []
    by_shared = []
    for pk, stamp, facts in documents:
        entry = known.get(pk)
        if entry is None or entry[0] != stamp:
            entry = known[pk] = (stamp, points(facts, prefs.shared))
        by_shared.append((-entry[1], pk, facts))
    by_shared.sort(key=lambda candidate: candidate[:2])
    most_own = sum(pref.weight for pref in prefs.own)
    ranked, best_scores = [], []  # best_scores: a min-heap of the `size` best scores
    for minus_shared, pk, facts in by_shared:
        if len(best_scores) == size and most_own - minus_shared < best_scores[0] - 1e-9:
            break
        if rest is not None and not rest.holds(facts):
            continue
        found = score(facts, prefs, shared_points=-minus_shared)
        ranked.append((pk, found))
        heapq.heappush(best_scores, found)
        if len(best_scores) > size:
            heapq.heappop(best_scores)
    ranked.sort(key=lambda hit: (-hit[1], hit[0]))
    return ranked[:size]


def _columns(doc):
    return {
        "type": doc["type"],
        "grade_min": doc["grade_min"],
        "grade_max": doc["grade_max"],
        "ends_on": doc["ends_on"],
        "free": doc["free"],
        "interests": _packed(doc["interests"]),
        "supports": _packed(doc["supports"]),
        "delivery_languages": _packed(doc["delivery_languages"]),
        "data": doc,
        "facts": {k: v for k, v in doc.items() if k not in TEXTS},
        "text_all": doc["text_all"],
        "stamp": time.time_ns(),
    }


class DatabaseBackend:
    name = "database"

    def search(self, condition, prefs, size):
        """[(document, score)], best first; ties go to the lower page id on both backends."""
        if not isinstance(prefs, Preferences):
            prefs = Preferences(prefs)
        q, rest = sql_filter(condition)
        ranked = top(_facts(_candidates(q)), rest, prefs, size, _shared_points(prefs))
        docs = _documents([pk for pk, _points in ranked])
        return [(docs[pk], points) for pk, points in ranked if pk in docs]

    def save(self, doc):
        OpportunityDocument.objects.update_or_create(page_id=doc["id"], defaults=_columns(doc))

    def save_many(self, docs):
        """save() for each of `docs`, in a few statements: their old rows go, new ones come."""
        for start in range(0, len(docs), 500):  # a query's variables are limited
            batch = docs[start : start + 500]
            self.remove([doc["id"] for doc in batch])
            OpportunityDocument.objects.bulk_create(
                [OpportunityDocument(page_id=doc["id"], **_columns(doc)) for doc in batch],
                batch_size=100,
            )

    def remove(self, page_ids):
        page_ids = list(page_ids)
        for start in range(0, len(page_ids), 500):  # a query's variables are limited
            OpportunityDocument.objects.filter(page_id__in=page_ids[start : start + 500]).delete()

    def count(self):
        return OpportunityDocument.objects.count()

    def documents(self, page_ids=None):
        rows = OpportunityDocument.objects.order_by("page_id")
        if page_ids is not None:
            rows = rows.filter(page_id__in=page_ids)
        return rows.values_list("data", flat=True).iterator(chunk_size=500)

    @transaction.atomic
    def replace_all(self, docs):
        OpportunityDocument.objects.all().delete()
        self.save_many(docs)
