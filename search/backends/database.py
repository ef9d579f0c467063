"""The embedded default: documents in a table, hard constraints as SQL filters on indexed
columns, then the exact conditions and the weights of scoring.py evaluated in Python."""

import time

from django.db import transaction
from django.db.models import Q

from ..models import OpportunityDocument
from ..scoring import All, AnyOf, Between, Either, Is, Missing, score

# Left out of `facts`: only the shown results need them (text_all has a column of its own).
TEXTS = {"title", "summary", "organization", "path", "text_all"}
LIST_COLUMNS = {"interests", "supports", "delivery_languages"}
COLUMNS = {"type", "grade_min", "grade_max", "ends_on", "free"} | LIST_COLUMNS


# page id -> (stamp, facts): decoded facts kept between queries by this process. Every query
# reads the current stamp of its candidates from the database, so a document changed by
# another process is decoded again, never served stale.
_FACTS_CACHE = {}


def _facts(candidates):
    """The matching facts (with `text_all`) of (page_id, stamp) pairs."""
    candidates = list(candidates)
    stale = [pk for pk, stamp in candidates if _FACTS_CACHE.get(pk, (None,))[0] != stamp]
    for start in range(0, len(stale), 500):
        rows = OpportunityDocument.objects.filter(page_id__in=stale[start : start + 500])
        for pk, stamp, facts, text_all in rows.values_list("page_id", "stamp", "facts", "text_all"):
            facts["text_all"] = text_all
            _FACTS_CACHE[pk] = (stamp, facts)
    return [_FACTS_CACHE[pk][1] for pk, _stamp in candidates if pk in _FACTS_CACHE]


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


class DatabaseBackend:
    name = "database"

    def search(self, condition, prefs, size):
        """[(document, score)], best first; ties go to the lower page id on both backends."""
        q, rest = sql_filter(condition)
        candidates = OpportunityDocument.objects.filter(q or Q()).values_list("page_id", "stamp")
        ranked = [
            (facts["id"], score(facts, prefs))
            for facts in _facts(candidates)
            if rest is None or rest.holds(facts)
        ]
        ranked.sort(key=lambda hit: (-hit[1], hit[0]))
        ranked = ranked[:size]
        docs = dict(
            OpportunityDocument.objects.filter(page_id__in=[pk for pk, _s in ranked]).values_list(
                "page_id", "data"
            )
        )
        return [(docs[pk], points) for pk, points in ranked]

    def save(self, doc):
        OpportunityDocument.objects.update_or_create(
            page_id=doc["id"],
            defaults={
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
            },
        )

    def remove(self, page_ids):
        OpportunityDocument.objects.filter(page_id__in=page_ids).delete()

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
        for doc in docs:
            self.save(doc)
