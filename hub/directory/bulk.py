"""Making the database match a list of wanted pages and rows, and changing nothing that
already matches.

New pages are published in bulk: one INSERT per table per batch instead of Wagtail's three
saves, three validations and two index updates per page, which is what makes a 10,000-program
region load in minutes rather than an hour. The result is what `add_child()` +
`save_revision().publish()` leaves behind: treebeard paths and child counts, a revision that is
both latest and live, "create" and "publish" log entries, `page_published` sent for every page
(so the matcher indexes them), Wagtail's search index and reference index filled in at the end.
Pages that exist but differ go through Wagtail's own `save_revision().publish()`.

The spreadsheet import writes drafts the same way (`create_drafts`, `save_drafts`): what
`add_child()` + `save_revision()` leaves, with nothing published or sent to the matcher."""

from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import CharField, F, OuterRef, Subquery
from django.db.models.functions import Cast
from django.db.models.signals import post_save
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.blocks import StreamValue
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.search.backends import get_search_backends
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.signals import page_published, published

from . import search_entries
from .i18n import localized_fields, translated_field_names


@dataclass
class PageSpec:
    """A page as it should be. Translated fields take {language: text}; foreign keys are given
    by attname (`logo_id`); `m2m` holds model instances; `children` holds one dict per
    orderable row, in order."""

    model: type
    slug: str
    fields: dict
    m2m: dict = field(default_factory=dict)
    children: dict = field(default_factory=dict)
    # Fields the source may leave empty though staff must fill them in the admin (a listing
    # imported without a description has no summary rather than an invented one).
    may_be_blank: tuple = ()


class IndexQueue:
    """Objects whose search and reference index entries are brought up to date at the end."""

    def __init__(self):
        self.objects = []

    def add(self, *objects):
        self.objects.extend(objects)

    def flush(self):
        by_model = defaultdict(list)
        for obj in self.objects:
            by_model[type(obj)].append(obj)
        for model, objects in by_model.items():
            if search_index.class_is_indexed(model):
                for backend in get_search_backends(with_auto_update=True):
                    # A few hundred at a time: PostgreSQL's backend writes all it is given in
                    # one statement, built in memory (a region's pages at once otherwise).
                    for start in range(0, len(objects), 500):
                        search_entries.add_pages(backend, model, objects[start : start + 500])
            if issubclass(model, Page) and ReferenceIndex.is_indexed(model):
                _index_references(model, objects)
        self.objects = []


def _index_references(model, pages):
    """ReferenceIndex.create_or_update_for_object for each of `pages` (all of `model`), with
    a query per batch of pages rather than four per page: their references are extracted the
    same way, the missing rows added and the ones no longer there deleted."""
    content_types = [
        ContentType.objects.get_for_model(m, for_concrete_model=False)
        for m in [model, *model._meta.get_parent_list()]
    ]
    content_type, base_content_type = content_types[0], content_types[-1]
    known = {ct.id for ct in content_types}
    new, gone = [], []
    for start in range(0, len(pages), 500):  # a query's variables are limited
        batch = {str(page.pk): page for page in pages[start : start + 500]}
        existing = defaultdict(dict)
        for row in ReferenceIndex.objects.filter(
            base_content_type=base_content_type, object_id__in=list(batch)
        ).values_list(
            "id",
            "content_type_id",
            "object_id",
            "to_content_type",
            "to_object_id",
            "model_path",
            "content_path",
        ):
            existing[row[2]][row[3:]] = (row[1], row[0])  # content type, id
        for object_id, page in batch.items():
            references = set(ReferenceIndex._extract_references_from_object(page))
            have = existing[object_id]
            new.extend(
                ReferenceIndex(
                    content_type=content_type,
                    base_content_type=base_content_type,
                    object_id=object_id,
                    to_content_type_id=to_content_type_id,
                    to_object_id=to_object_id,
                    model_path=model_path,
                    content_path=content_path,
                    content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
                )
                for to_content_type_id, to_object_id, model_path, content_path in (
                    references - have.keys()
                )
            )
            # A row kept under a more specific type than `model` is not the page's to drop.
            gone.extend(
                pk
                for reference, (type_id, pk) in have.items()
                if reference not in references and type_id in known
            )
    ReferenceIndex.objects.bulk_create(
        new, batch_size=500, ignore_conflicts=connection.features.supports_ignore_conflicts
    )
    for start in range(0, len(gone), 500):
        ReferenceIndex.objects.filter(id__in=gone[start : start + 500]).delete()


@contextmanager
def deferred_indexing():
    """Skip the per-save search and reference index updates (each save would re-index every
    page two or three times) and index every touched object once, at the end.

    Signal (dis)connection is process-wide; the loader runs alone in its process."""
    models = [m for m in search_index.get_indexed_models() if m._meta.concrete_model is m]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    queue = IndexQueue()
    try:
        with disable_reference_index_auto_update():
            yield queue
            queue.flush()
    finally:
        for model in models:
            if getattr(model, "search_auto_update", True):
                post_save.connect(post_save_signal_handler, sender=model)


# --- Values: what is stored, in a form that compares equal when nothing changed --------------


def expand(model, values):
    """Field values by attname, with each translated field spread over its language columns."""
    translated = translated_field_names(model)
    out = {}
    for name, value in values.items():
        if name in translated:
            text = value if isinstance(value, dict) else {"en": value}
            out.update(localized_fields(name, text))
        else:
            out[name] = value
    return out


def assign(obj, values):
    """Set expanded values; the untranslated column of a translated field gets English."""
    translated = translated_field_names(type(obj))
    for name, value in values.items():
        if name in translated:
            text = value if isinstance(value, dict) else {"en": value}
            # Under the English locale this sets both `name` and `name_en`.
            setattr(obj, name, text.get("en"))
    for attname, value in expand(type(obj), values).items():
        setattr(obj, attname, value)


@cache
def _defaults(model):
    """(call, default) per concrete field of `model`: a plain default value worked out once, or
    the field's get_default where each instance needs its own (callable or mutable)."""
    defaults = []
    for model_field in model._meta.concrete_fields:
        if not (model_field.has_default() and callable(model_field.default)):
            value = model_field.get_default()
            if isinstance(value, str | int | float | Decimal | date | None):
                defaults.append((False, value))
                continue
        defaults.append((True, model_field.get_default))
    return defaults


def new_instance(model, **values):
    """`model(**values)`, made from positional values as the database makes instances: given
    keywords, Django works out every language column's default under its language and
    modeltranslation rewrites every keyword, which costs more than the rest of making a page."""
    obj = model(*(default() if call else default for call, default in _defaults(model)))
    for name, value in values.items():
        setattr(obj, name, value)
    return obj


def _is_stream(model, attname):
    try:
        return isinstance(model._meta.get_field(attname), StreamField)
    except Exception:
        return False


def normalize(model, attname, value):
    if _is_stream(model, attname):
        # Blocks compare by type and value: a block's id names it, it is not content.
        items = value.raw_data if isinstance(value, StreamValue) else value or []
        return [{k: v for k, v in dict(item).items() if k != "id"} for item in items]
    if value == "":
        return None
    return value


def differences(obj, spec_fields, m2m=None, children=None):
    """Names of what differs between a stored object and the wanted values."""
    model = type(obj)
    changed = [
        attname
        for attname, wanted in expand(model, spec_fields).items()
        if normalize(model, attname, getattr(obj, attname)) != normalize(model, attname, wanted)
    ]
    for name, wanted in (m2m or {}).items():
        have = sorted(o.pk for o in getattr(obj, name).all())
        if have != sorted(o.pk for o in wanted):
            changed.append(name)
    for relation, rows in (children or {}).items():
        have = list(getattr(obj, relation).all())
        if len(have) != len(rows) or any(
            differences(child, row) for child, row in zip(have, rows, strict=False)
        ):
            changed.append(relation)
    return changed


def check_lengths(model, values):
    """TextField max_length is only enforced by forms: fail here, not in a partner's editor."""
    for attname, value in expand(model, values).items():
        try:
            model_field = model._meta.get_field(attname)
        except Exception:
            continue
        limit = getattr(model_field, "max_length", None)
        if isinstance(value, str) and limit and len(value) > limit:
            raise ValueError(f"{model.__name__}.{attname} is {len(value)} > {limit}: {value!r}")


# --- Rows (snippets) -------------------------------------------------------------------------


def sync_rows(model, key, rows, queue, stats):
    """Create or update rows of a plain model, matched on `key`. Returns {key value: object}."""
    existing = {getattr(obj, key): obj for obj in model.objects.all()}
    result, new = {}, []
    for values in rows:
        obj = existing.get(values[key])
        if obj is None:
            obj = model()
            assign(obj, values)
            new.append(obj)
        elif differences(obj, values):
            assign(obj, values)
            obj.save()
            queue.add(obj)
            stats["updated"] += 1
        result[values[key]] = obj
    if new:
        model.objects.bulk_create(new, batch_size=500)
        queue.add(*new)
        stats["created"] += len(new)
    return result


# --- Pages -----------------------------------------------------------------------------------


class PageSync:
    """Brings pages under given parents in line with their specs."""

    def __init__(self, queue, stats):
        self.queue = queue
        self.stats = stats
        self.locale_id = Locale.get_default().pk
        self.page_type_id = ContentType.objects.get_for_model(Page).pk

    def sync(self, items):
        """items: [(parent page, PageSpec)], all of one model and one depth. Returns the live
        specific pages in the same order; `self.actions` says, in that order, what was done to
        each: "created", "updated" or "unchanged"."""
        self.actions = []
        if not items:
            return []
        model = items[0][1].model
        depth = items[0][0].depth + 1
        relations = {n for _, spec in items for n in (*spec.m2m, *spec.children)}
        stored = model.objects.filter(depth=depth).prefetch_related(*sorted(relations))
        existing = {(page.path[: -Page.steplen], page.slug): page for page in stored}

        pages, new = [], []
        for parent, spec in items:
            check_lengths(model, spec.fields)
            page = existing.get((parent.path, spec.slug))
            if page is None:
                new.append((len(pages), parent, spec))
                pages.append(None)
                self.actions.append("created")
                continue
            if not page.live or differences(page, spec.fields, spec.m2m, spec.children):
                self._update(page, spec)
                self.actions.append("updated")
            else:
                self.actions.append("unchanged")
            pages.append(page)
        self._refuse_slugs_taken_by_other_pages(model, depth, new)
        for position, page in zip([n[0] for n in new], self._create(new), strict=True):
            pages[position] = page
        return pages

    @staticmethod
    def _refuse_slugs_taken_by_other_pages(model, depth, new):
        """Wagtail allows one slug per parent; a page of another type (a partner's, say) may
        already hold one the demo wants. Stop and say so rather than publish a twin."""
        wanted = {(parent.path, spec.slug) for _, parent, spec in new}
        if not wanted:
            return
        slugs = sorted({slug for _path, slug in wanted})
        taken = [
            row
            for start in range(0, len(slugs), 500)  # a query's variables are limited
            for row in Page.objects.filter(
                depth=depth, slug__in=slugs[start : start + 500]
            ).values_list("path", "slug")
        ]
        clashes = sorted(
            f"{slug} (under page path {path[: -Page.steplen]})"
            for path, slug in taken
            if (path[: -Page.steplen], slug) in wanted
        )
        if clashes:
            raise ValueError(
                f"Cannot create demo {model.__name__}s; another page already uses: "
                + ", ".join(clashes)
            )

    def _update(self, page, spec):
        assign(page, spec.fields)
        for name, objects in spec.m2m.items():
            setattr(page, name, objects)
        for relation, rows in spec.children.items():
            setattr(
                page, relation, [self._child(page, relation, i, row) for i, row in enumerate(rows)]
            )
        page.save_revision().publish()
        self.queue.add(page)
        self.stats["updated"] += 1

    @staticmethod
    def _child(page, relation, position, row):
        model = getattr(type(page), relation).rel.related_model
        child = new_instance(model)
        assign(child, row)
        child.sort_order = position
        return child

    def create_drafts(self, parent, specs, user):
        """New pages under `parent`, never published, each with one revision by `user`."""
        return self._create([(n, parent, spec) for n, spec in enumerate(specs)], user, live=False)

    def _create(self, items, user=None, live=True):
        if not items:
            return []
        model = items[0][2].model
        now = timezone.now()
        pages = []
        next_step = _next_steps({parent for _position, parent, _spec in items})
        for _position, parent, spec in items:
            page = new_instance(model, slug=spec.slug)
            assign(page, spec.fields)
            page.path = Page._get_path(parent.path, parent.depth + 1, next_step[parent.pk])
            next_step[parent.pk] += 1
            page.depth = parent.depth + 1
            page.numchild = 0
            page.url_path = f"{parent.url_path}{spec.slug}/"
            page.locale_id = self.locale_id
            page.draft_title = page.title
            page.owner = user
            page.live = live
            page.has_unpublished_changes = not live
            if live:
                page.first_published_at = page.last_published_at = now
            page.latest_revision_created_at = now
            # Validation that needs no queries; relations are built from existing objects.
            blank = {*spec.may_be_blank}
            blank.update(
                column for name in spec.may_be_blank for column in localized_fields(name, {})
            )
            page.clean_fields(
                exclude=[f.name for f in model._meta.fields if f.is_relation or f.name in blank]
            )
            pages.append(page)

        self._insert_pages(model, pages)
        self._insert_relations(pages, [spec for _, _, spec in items])
        revisions = self._insert_revisions(pages, now, user, live)
        actions = ("wagtail.create", "wagtail.publish") if live else ("wagtail.create",)
        _insert_log_entries(pages, revisions, now, user, actions)
        added = defaultdict(int)
        parents = {}
        for _position, parent, _spec in items:
            added[parent.pk] += 1
            parents[parent.pk] = parent
        for parent_pk, count in added.items():
            Page.objects.filter(pk=parent_pk).update(numchild=F("numchild") + count)
            parents[parent_pk].numchild += count
        if live:
            for page, revision in zip(pages, revisions, strict=True):
                page_published.send(sender=model, instance=page, revision=revision)
                published.send(sender=model, instance=page, revision=revision)
        self.queue.add(*pages)
        self.stats["created"] += len(pages)
        return pages

    def _insert_pages(self, model, pages):
        # Both tables of each page are written the way Model.save() writes them (one
        # QuerySet._insert per table), many rows per statement.
        base_fields = [f for f in Page._meta.local_concrete_fields if not f.primary_key]
        ids = _insert_rows(Page, pages, base_fields, returning=True)
        for page, (pk,) in zip(pages, ids, strict=True):
            page.id = page.page_ptr_id = pk
        _insert_rows(model, pages, model._meta.local_concrete_fields)
        for page in pages:
            page._state.adding = False
            page._state.db = "default"

    def _insert_relations(self, pages, specs):
        model = type(pages[0])
        child_rows = defaultdict(list)
        through_rows = defaultdict(list)
        for page, spec in zip(pages, specs, strict=True):
            for relation, rows in spec.children.items():
                children = [self._child(page, relation, i, row) for i, row in enumerate(rows)]
                for child in children:
                    child.page_id = page.pk
                child_rows[relation].extend(children)
                setattr(page, relation, children)
            for name, objects in spec.m2m.items():
                m2m_field = model._meta.get_field(name)
                through = m2m_field.remote_field.through
                through_rows[through].extend(
                    through(
                        **{m2m_field.m2m_column_name(): page.pk},
                        **{m2m_field.m2m_reverse_name(): obj.pk},
                    )
                    for obj in objects
                )
                setattr(page, name, objects)
            # Relations the spec does not mention are empty on a new page; saying so in memory
            # keeps the revision serializer from asking the database.
            for relation in _child_relation_names(model):
                if relation not in spec.children:
                    setattr(page, relation, [])
            for name in _parental_m2m_names(model):
                if name not in spec.m2m:
                    setattr(page, name, [])
        for children in child_rows.values():
            if children:
                type(children[0]).objects.bulk_create(children, batch_size=200)
        for through, rows in through_rows.items():
            through.objects.bulk_create(rows, batch_size=500)

    def _insert_revisions(self, pages, now, user, live):
        revisions = _new_revisions(pages, now, user)
        for page, revision in zip(pages, revisions, strict=True):
            page.latest_revision = revision
            if live:
                page.live_revision = revision
        # Each new page's only revision is both its latest and its live one.
        own_revision = Subquery(
            Revision.objects.filter(
                base_content_type_id=self.page_type_id,
                object_id=Cast(OuterRef("pk"), output_field=CharField()),
            )
            .order_by("-pk")
            .values("pk")[:1]
        )
        ids = [page.pk for page in pages]
        for start in range(0, len(ids), 500):
            batch = Page.objects.filter(pk__in=ids[start : start + 500])
            batch.update(latest_revision_id=own_revision)
            if live:
                batch.update(live_revision_id=F("latest_revision_id"))
        return revisions


def _next_steps(parents):
    """{parent pk: the step of its next child's path}, from one query per depth rather than
    one per parent (each a scan of the page table: thousands of organizations' programs)."""
    steps = {}
    for depth in {parent.depth for parent in parents}:
        wanted = {parent.path: parent.pk for parent in parents if parent.depth == depth}
        last = {}
        for path in Page.objects.filter(depth=depth + 1).values_list("path", flat=True):
            prefix = path[: -Page.steplen]
            if prefix in wanted and path > last.get(prefix, ""):
                last[prefix] = path
        for prefix, pk in wanted.items():
            found = last.get(prefix)
            steps[pk] = Page._str2int(found[-Page.steplen :]) + 1 if found else 1
    return steps


def save_drafts(pages, user):
    """What `page.save_revision(user=user, log_action=True)` does for each of `pages` (specific
    pages holding their new draft in memory), in a few statements for all of them: a revision
    each, the page rows' draft bookkeeping, an "edit" log entry. The pages' published content
    is untouched, so their search and reference index entries stay as they are."""
    if not pages:
        return
    now = timezone.now()
    revisions = _new_revisions(pages, now, user)
    for page, revision in zip(pages, revisions, strict=True):
        page.latest_revision = revision
        page.latest_revision_created_at = now
        page.draft_title = page.title
        page.has_unpublished_changes = True
    Page.objects.bulk_update(
        [
            Page(pk=page.pk, **{name: getattr(page, name) for name in _DRAFT_FIELDS})
            for page in pages
        ],
        _DRAFT_FIELDS,
        batch_size=200,
    )
    _insert_log_entries(pages, revisions, now, user, ("wagtail.edit",))


def publish_contents(changes, user):
    """What `save_revision(user=user).publish(user=user)` leaves for each page of `changes`
    whose published content changed, and the draft's own `save_revision` after it for one with a
    draft, in a few statements for all of them: [(page, live content or None, draft content or
    None)], each content a revision's JSON as `serializable_data()` gives it, the page's rows
    already holding the live one (None: the published page is unchanged, only its draft is). A
    new revision each (both latest and live) and a "publish" log entry; a second one for a draft
    (latest: the page keeps its unpublished changes and any review it waits for). Nothing is
    sent: the caller brings the matcher and caches up to date."""
    if not changes:
        return
    now = timezone.now()
    page_type_id = ContentType.objects.get_for_model(Page).pk

    def revision(page, content, title):
        return Revision(
            content_type_id=page.content_type_id,
            base_content_type_id=page_type_id,
            object_id=str(page.pk),
            created_at=now,
            user=user,
            object_str=title,
            content=content,
        )

    published = [
        (page, revision(page, live, page.title)) for page, live, _ in changes if live is not None
    ]
    Revision.objects.bulk_create([r for _page, r in published], batch_size=100)
    drafts = [
        (page, revision(page, draft, page.draft_title))
        for page, _, draft in changes
        if draft is not None
    ]
    Revision.objects.bulk_create([r for _page, r in drafts], batch_size=100)
    for page, own in published:
        page.live_revision = page.latest_revision = own
        page.last_published_at = page.latest_revision_created_at = now
    for page, own in drafts:
        page.latest_revision = own
        page.latest_revision_created_at = now
    rows = [
        Page(pk=page.pk, **{name: getattr(page, name) for name in _PUBLISH_FIELDS})
        for page, _live, _draft in changes
    ]
    Page.objects.bulk_update(rows, _PUBLISH_FIELDS, batch_size=200)
    _insert_log_entries(
        [page for page, _r in published],
        [r for _page, r in published],
        now,
        user,
        ("wagtail.publish",),
    )


_PUBLISH_FIELDS = [
    "live_revision",
    "latest_revision",
    "last_published_at",
    "latest_revision_created_at",
]

_DRAFT_FIELDS = [
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
]


def _new_revisions(pages, now, user):
    page_type_id = ContentType.objects.get_for_model(Page).pk
    revisions = [
        Revision(
            content_type_id=page.content_type_id,
            base_content_type_id=page_type_id,
            object_id=str(page.pk),
            created_at=now,
            user=user,
            object_str=str(page),
            content=page.serializable_data(),
        )
        for page in pages
    ]
    Revision.objects.bulk_create(revisions, batch_size=100)
    return revisions


def _insert_log_entries(pages, revisions, now, user, actions):
    """Log entries as Wagtail writes them: "create" without a revision, the rest with one."""
    entries = [
        PageLogEntry(
            content_type_id=page.content_type_id,
            label=str(page),
            action=action,
            timestamp=now,
            page_id=page.pk,
            user=user,
            revision=None if action == "wagtail.create" else revision,
            content_changed=True,
            data={},
        )
        for page, revision in zip(pages, revisions, strict=True)
        for action in actions
    ]
    PageLogEntry.objects.bulk_create(entries, batch_size=500)


def _insert_rows(model, objs, fields, returning=False):
    """QuerySet._insert (the INSERT behind Model.save and bulk_create) in batches; with
    `returning`, the new primary keys in order."""
    if returning:
        assert connection.features.can_return_rows_from_bulk_insert, (
            "needs SQLite 3.35+ or PostgreSQL"
        )
    batch = max(1, connection.ops.bulk_batch_size(fields, objs))
    returned = []
    for start in range(0, len(objs), batch):
        rows = model._base_manager._insert(
            objs[start : start + batch],
            fields=fields,
            returning_fields=[model._meta.pk] if returning else None,
        )
        if returning:
            returned.extend(rows)
    return returned


def _parental_m2m_names(model):
    return [f.name for f in model._meta.get_fields() if isinstance(f, ParentalManyToManyField)]


def _child_relation_names(model):
    from modelcluster.models import get_all_child_relations

    return [rel.get_accessor_name() for rel in get_all_child_relations(model)]
