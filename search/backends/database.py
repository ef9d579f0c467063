"""The embedded default: documents in a table, hard constraints as SQL filters on indexed
columns, then the exact conditions and the weights of scoring.py evaluated in Python."""

from django.db import transaction
from django.db.models import Q

from ..models import OpportunityDocument
from ..scoring import All, AnyOf, Between, Either, Is, Missing, score

LIST_COLUMNS = {"interests", "supports", "delivery_languages"}
COLUMNS = {"type", "grade_min", "grade_max", "ends_on", "free"} | LIST_COLUMNS


def _packed(values):
    return "|" + "|".join(values) + "|" if values else ""


def _is(field, value):
    if field in LIST_COLUMNS:
        return Q(**{f"{field}__contains": f"|{value}|"})
    return Q(**{field: value})


def sql_filter(condition):
    """A Q that every document meeting `condition` also meets (None: no such Q is known).
    Python checks the exact condition afterwards, so this only has to be a superset."""
    match condition:
        case Is(field, value) if field in COLUMNS:
            return _is(field, value)
        case AnyOf(field, values) if field in COLUMNS:
            q = Q(pk__in=[])
            for value in values:
                q |= _is(field, value)
            return q
        case Between(field, gte, lte) if field in COLUMNS - LIST_COLUMNS:
            bounds = {f"{field}__gte": gte, f"{field}__lte": lte}
            return Q(**{k: v for k, v in bounds.items() if v is not None})
        case Missing(field) if field in LIST_COLUMNS:
            return Q(**{field: ""})
        case Missing(field) if field in COLUMNS:
            return Q(**{f"{field}__isnull": True})
        case All(parts):
            q = Q()
            for part in parts:
                q &= sql_filter(part) or Q()
            return q
        case Either(parts):
            translated = [sql_filter(part) for part in parts]
            if any(q is None for q in translated):
                return None
            q = Q(pk__in=[])
            for part in translated:
                q |= part
            return q
    return None


class DatabaseBackend:
    name = "database"

    def search(self, condition, prefs, size):
        """[(document, score)], best first; ties go to the lower page id on both backends."""
        rows = OpportunityDocument.objects.filter(sql_filter(condition) or Q())
        docs = [doc for doc in rows.values_list("data", flat=True) if condition.holds(doc)]
        ranked = sorted(
            ((doc, score(doc, prefs)) for doc in docs), key=lambda h: (-h[1], h[0]["id"])
        )
        return ranked[:size]

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
