"""Other directories' taxonomy terms (211/AIRS, Open Eligibility, any term list) that imported
services carry, mapped by staff onto the hub's interests and support types.

The importer stores each such term (`store_terms`) and links it to the services carrying it
(`link_services`); a mapped term gives those services its hub terms on import (`add_mapped`)
and, when staff save a mapping, at once (`apply_mapping`), so they reach the matcher and the
browse pages. `suggestions` proposes hub terms from the names and synonyms families' words are
read with (search/vocabulary.py)."""

from django.conf import settings

from hub.directory.i18n import localized_field_name
from hub.directory.models import Interest, ProgramPage, SupportServicePage, SupportType

from .inverse import records, string
from .models import OutsideTerm

# Where a mapped hub term goes on each kind of service page. A support service has no
# interests: an interest reaches programs only.
RELATIONS = {
    ProgramPage: {"interests": "interests", "support_types": "supports"},
    SupportServicePage: {"support_types": "support_types"},
}
MODELS = {"interests": Interest, "support_types": SupportType}
FIELDS = ("hsds_id", "taxonomy", "taxonomy_id", "code", "name", "description", "parent_hsds_id")


def _term_id(attribute):
    nested = attribute.get("taxonomy_term")
    return attribute.get("taxonomy_term_id") or (nested or {}).get("id")


# --- On import ---------------------------------------------------------------------------------


def _values(key, record, taxonomies):
    detail = record.get("taxonomy_detail")
    detail = detail if isinstance(detail, dict) else {}
    taxonomy_id = string(record, "taxonomy_id") or string(detail, "id") or ""
    given = taxonomies.get(taxonomy_id) or detail
    return {
        "hsds_id": key,
        "taxonomy": string(given, "name") or string(record, "taxonomy") or "",
        "taxonomy_id": taxonomy_id[:64],
        "code": string(record, "code") or "",
        "name": string(record, "name") or "",
        "description": string(record, "description") or "",
        "parent_hsds_id": (string(record, "parent_id") or "")[:64],
        "data": record,
    }


def store_terms(found_terms, found_taxonomies, hub_term_ids):
    """Store every term of the files that is not one of the hub's (`hub_term_ids`: those the
    importer mapped); {HSDS id: OutsideTerm}, with what each is mapped to."""
    wanted = {
        key: _values(key, record, found_taxonomies)
        for key, record in found_terms.items()
        if key not in hub_term_ids
    }
    if not wanted:
        return {}
    existing = {t.hsds_id: t for t in OutsideTerm.objects.filter(hsds_id__in=list(wanted))}
    changed, new = [], []
    for key, values in wanted.items():
        term = existing.get(key)
        if term is None:
            new.append(OutsideTerm(**values))
        elif any(getattr(term, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(term, name, value)
            changed.append(term)
    OutsideTerm.objects.bulk_create(new, batch_size=500)
    OutsideTerm.objects.bulk_update(changed, [*FIELDS[1:], "data"], batch_size=500)
    return {
        t.hsds_id: t
        for t in OutsideTerm.objects.filter(hsds_id__in=list(wanted)).prefetch_related(
            "interests", "support_types"
        )
    }


def add_mapped(record, model, m2m, outside_terms):
    """Add to a service's relations (`m2m`, as inverse.service made them) the hub terms its
    outside terms are mapped to."""
    for attribute in records(record, "attributes"):
        term = outside_terms.get(_term_id(attribute))
        if term is None:
            continue
        for kind, relation in RELATIONS.get(model, {}).items():
            linked = m2m.setdefault(relation, [])
            linked.extend(obj for obj in getattr(term, kind).all() if obj not in linked)


def link_services(found_services, pages, outside_terms):
    """Link each imported service page to the outside terms its record carries (the file says
    all of them: links it no longer gives are removed)."""
    through = OutsideTerm.services.through
    wanted = set()
    for key, record in found_services.items():
        page = pages.get(key)
        if page is None:
            continue
        for attribute in records(record, "attributes"):
            term = outside_terms.get(_term_id(attribute))
            if term is not None:
                wanted.add((term.pk, page.pk))
    page_pks = [page.pk for page in pages.values()]
    for start in range(0, len(page_pks), 500):
        stored = through.objects.filter(page_id__in=page_pks[start : start + 500])
        stale = [
            row.pk
            for row in stored.only("pk", "outsideterm_id", "page_id")
            if (row.outsideterm_id, row.page_id) not in wanted
        ]
        through.objects.filter(pk__in=stale).delete()
        wanted -= set(stored.values_list("outsideterm_id", "page_id"))
    through.objects.bulk_create(
        [through(outsideterm_id=t, page_id=p) for t, p in sorted(wanted)], batch_size=500
    )


# --- Staff's mapping ---------------------------------------------------------------------------


def _still_given(page, exclude):
    """{"interests": {pk}, "support_types": {pk}} the page's other outside terms map to."""
    given = {"interests": set(), "support_types": set()}
    others = OutsideTerm.objects.filter(services=page).exclude(pk=exclude.pk)
    for other in others.prefetch_related("interests", "support_types"):
        for kind in given:
            given[kind] |= {obj.pk for obj in getattr(other, kind).all()}
    return given


def _update(page, relations, added, removed):
    """Give `page` (live or a draft) the `added` hub terms, less the `removed`; whether that
    changed anything."""
    differs = False
    for kind, relation in relations.items():
        current = {obj.pk for obj in getattr(page, relation).all()}
        wanted = (current | added[kind]) - removed[kind]
        if wanted != current:
            setattr(page, relation, list(MODELS[kind].objects.filter(pk__in=wanted)))
            differs = True
    return differs


def apply_mapping(term, before, user=None):
    """Give every live service carrying `term` the hub terms it is now mapped to, and take away
    those it no longer is (unless another of the service's outside terms gives them). Each
    changed page is published again (so the matcher indexes it); a draft waiting for review
    gets the same change and stays a draft. `before`: {"interests": {pk}, "support_types":
    {pk}} as mapped until now. Returns how many pages changed."""
    now = {kind: {obj.pk for obj in getattr(term, kind).all()} for kind in before}
    changed = 0
    for page in term.services.live().specific():
        relations = RELATIONS.get(type(page))
        if not relations:
            continue
        still = _still_given(page, term)
        removed = {kind: before[kind] - now[kind] - still[kind] for kind in before}
        draft = page.get_latest_revision_as_object() if page.has_unpublished_changes else None
        if _update(page, relations, now, removed):
            page.save_revision(user=user).publish(user=user)
            changed += 1
        if draft is not None and _update(draft, relations, now, removed):
            draft.save_revision(user=user)  # the reviewer still sees the partner's changes
    return changed


# --- Suggestions -------------------------------------------------------------------------------


def _hub_words():
    """{folded word: {(kind, pk)}} of the hub's interests and support types, from their names
    and synonyms in every language."""
    from search.scoring import words

    index = {}
    for kind, model in (("interests", Interest), ("support_types", SupportType)):
        columns = [
            localized_field_name(field, code)
            for code, _name in settings.HUB_LANGUAGES
            for field in ("name", "synonyms")
        ]
        for pk, *texts in model.objects.values_list("pk", *columns):
            for text in texts:
                for word in words(text or ""):
                    index.setdefault(word, set()).add((kind, pk))
    return index


class Suggester:
    """Hub terms an outside term likely means: first those its name reads as (a name or
    synonym of a hub term), then those sharing words with it ("Computer Classes": "Computer
    science"). Reads the hub's terms once; use one per request."""

    def __init__(self):
        self.index = _hub_words()
        self.by_key = {
            **{("interests", o.pk): o for o in Interest.objects.all()},
            **{("support_types", o.pk): o for o in SupportType.objects.all()},
        }
        self.slugs = {(key[0], obj.slug): key for key, obj in self.by_key.items()}

    def __call__(self, term, limit=3):
        """{"interests": [Interest], "support_types": [SupportType]}, best first."""
        from search.scoring import words
        from search.vocabulary import understand

        scores = {}
        understood = understand(term.name or "")
        read = {"interests": understood.interests, "support_types": understood.needs}
        for kind, values in read.items():
            for slug in values:
                key = self.slugs.get((kind, slug))
                if key:
                    scores[key] = scores.get(key, 0) + 10
        for word in set(words(term.name or "")):
            for key in self.index.get(word, ()):
                scores[key] = scores.get(key, 0) + 1
        ranked = sorted(scores, key=lambda key: (-scores[key], self.by_key[key].name))
        found = {"interests": [], "support_types": []}
        for key in ranked:
            if len(found[key[0]]) < limit:
                found[key[0]].append(self.by_key[key])
        return found


# --- The HSDS API ------------------------------------------------------------------------------


def as_hsds(term):
    """The term as an HSDS taxonomy_term: as the file gave it, with the fields the hub read."""
    record = dict(term.data) if isinstance(term.data, dict) else {}
    record.update(
        {
            key: value
            for key, value in (
                ("id", term.hsds_id),
                ("code", term.code),
                ("name", term.name),
                ("description", term.description),
                ("parent_id", term.parent_hsds_id),
                ("taxonomy", term.taxonomy),
                ("taxonomy_id", term.taxonomy_id),
            )
            if value
        }
    )
    return record
