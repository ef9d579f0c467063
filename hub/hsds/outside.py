"""Other directories' taxonomy terms (211/AIRS, Open Eligibility, any term list) that imported
services carry, mapped by staff onto the hub's interests and support types.

The importer stores each such term (`store_terms`) and links it to the services carrying it
(`link_services`); a mapped term gives those services its hub terms on import (`add_mapped`)
and, when staff save a mapping, at once (`apply_mapping`), so they reach the matcher and the
browse pages. `suggestions` proposes hub terms from the names and synonyms families' words are
read with (search/vocabulary.py)."""

from collections import defaultdict

from django.conf import settings
from wagtail.models import Revision

from hub.caching import purge
from hub.directory.bulk import publish_contents
from hub.directory.i18n import localized_field_name
from hub.directory.models import Interest, ProgramPage, SupportServicePage, SupportType
from search import indexing

from . import patches
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


def _still_given(page_pks, exclude):
    """{page pk: {"interests": {pk}, "support_types": {pk}}}: what the pages' other outside terms
    map to. One query per kind for all the pages (not one per page)."""
    given = defaultdict(lambda: {kind: set() for kind in MODELS})
    for kind in MODELS:
        field = OutsideTerm._meta.get_field(kind)
        rows = (
            field.remote_field.through.objects.filter(outsideterm__services__in=page_pks)
            .exclude(outsideterm_id=exclude.pk)
            .values_list("outsideterm__services", field.m2m_reverse_name())
        )
        for page_pk, pk in rows:
            given[page_pk][kind].add(pk)
    return given


def _wanted(current, relations, added, removed):
    """{relation: sorted pks} a page's relations (`current`: {relation: pks}) become."""
    return {
        relation: sorted((set(current[relation]) | added[kind]) - removed[kind])
        for kind, relation in relations.items()
    }


def _apply_chunk(model, relations, pks, term, before, now, user):
    """apply_mapping for one chunk of live pages of one model: the same queries however many
    pages the chunk holds. Returns the pages whose published content changed."""
    pages = list(model.objects.filter(pk__in=pks).order_by("pk"))
    through = {
        relation: model._meta.get_field(relation).remote_field.through
        for relation in relations.values()
    }
    columns = {
        relation: (
            model._meta.get_field(relation).m2m_column_name(),
            model._meta.get_field(relation).m2m_reverse_name(),
        )
        for relation in relations.values()
    }
    stored = {relation: defaultdict(dict) for relation in relations.values()}  # page: {pk: row}
    for relation, (page_column, column) in columns.items():
        rows = through[relation].objects.filter(**{f"{page_column}__in": pks})
        for row_pk, page_pk, pk in rows.values_list("pk", page_column, column):
            stored[relation][page_pk][pk] = row_pk
    still = _still_given(pks, term) if any(before[kind] - now[kind] for kind in before) else {}
    revisions = {
        r.pk: r.content
        for r in Revision.objects.filter(
            pk__in=[p.live_revision_id for p in pages if p.live_revision_id]
            + [p.latest_revision_id for p in pages if p.has_unpublished_changes]
        )
    }
    stale, new, changes = defaultdict(list), defaultdict(list), []
    for page in pages:
        given = still.get(page.pk, {kind: set() for kind in MODELS})
        removed = {kind: before[kind] - now[kind] - given[kind] for kind in before}
        current = {relation: stored[relation][page.pk] for relation in relations.values()}
        wanted = _wanted(current, relations, now, removed)
        draft = revisions.get(page.latest_revision_id) if page.has_unpublished_changes else None
        if draft is not None:
            draft_wanted = _wanted(
                {relation: draft.get(relation) or [] for relation in wanted},
                relations,
                now,
                removed,
            )
            if any(draft_wanted[r] != sorted(draft.get(r) or []) for r in wanted):
                draft = {**draft, **draft_wanted}  # the reviewer still sees the partner's changes
            else:
                draft = None
        if all(wanted[r] == sorted(current[r]) for r in wanted):
            if draft is not None:  # only the draft lacks the mapping
                changes.append((page, None, draft))
            continue
        for relation, pks_wanted in wanted.items():
            page_column, column = columns[relation]
            stale[relation] += [
                row for pk, row in current[relation].items() if pk not in pks_wanted
            ]
            new[relation] += [
                through[relation](**{page_column: page.pk, column: pk})
                for pk in pks_wanted
                if pk not in current[relation]
            ]
        content = revisions.get(page.live_revision_id)
        if content is None:  # published before revisions were kept: as Wagtail would save it
            content = page.serializable_data()
        changes.append((page, {**content, **wanted}, draft))
    for relation in relations.values():
        through[relation].objects.filter(pk__in=stale[relation]).delete()
        through[relation].objects.bulk_create(new[relation], batch_size=patches.CHUNK)
    publish_contents(changes, user)
    return [page for page, live, _draft in changes if live is not None]


def apply_mapping(term, before, user=None):
    """Give every live service carrying `term` the hub terms it is now mapped to, and take away
    those it no longer is (unless another of the service's outside terms gives them). Each
    changed page is published again (a new revision, so an editor opening it keeps them) and
    its matcher document rebuilt; a draft waiting for review gets the same change and stays a
    draft. `before`: {"interests": {pk}, "support_types": {pk}} as mapped until now. Done in
    chunks of patches.CHUNK pages, a fixed number of queries each. Returns the pages changed."""
    now = {kind: {obj.pk for obj in getattr(term, kind).all()} for kind in before}
    changed = []
    for model, relations in RELATIONS.items():
        pks = list(
            model.objects.live()
            .exact_type(model)
            .filter(outside_terms=term)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        for start in range(0, len(pks), patches.CHUNK):
            chunk = pks[start : start + patches.CHUNK]
            changed += _apply_chunk(model, relations, chunk, term, before, now, user)
    if changed:
        indexing.refresh(changed)
        if purge.configured():
            purge.purge(
                [url for page in changed for url in purge.page_urls(page)] + purge.listings()
            )
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
