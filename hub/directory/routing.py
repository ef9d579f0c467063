"""Serving a family page without walking the page tree on every request.

Wagtail finds a page by asking for each level's child by slug and then for its specific row
(two queries a level), and the site and the view restrictions with more queries. What those
queries answer changes only with an edit, and every edit a family can see changes the "content"
version (hub/caching/receivers.py), so their answers are kept per process
(hub/caching/memo.py) as plain data:

- SITES: (hostname, port) -> the site's row and its root page's row; `site_for_request` builds
  fresh instances from them for each request (`site` puts it where Wagtail looks); and the
  sites' root paths, which Wagtail needs for every page URL;
- ROUTES: (root page id, path components) -> the page's id, specific class and the components
  left for a page type with a route() of its own;
- PAGES: (class, page id) -> that page's row (every translated column) and its image's row:
  HomePage.route makes a new instance of the page from them for each request;
- RESTRICTIONS: page id -> the ids of the view restrictions on it and its ancestors (usually
  none: then Wagtail's check asks nothing more; else the restrictions are read and applied as
  Wagtail always does);
- RELATIONS: (page id, language) -> the rows of what its template reads through its relations
  (`routed_relations`: interests, sessions and their places...), in the order the database
  gives them in that language; put in place as Django's prefetch_related would;
- NAVIGATION: the header's browse pages; PARENTS: the organization a program or service
  page names.

Nothing stored depends on the request, the visitor or the language: rows hold every
translated column, and modeltranslation picks the language when a template reads them."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import DEFAULT_DB_ALIAS
from django.http import Http404
from django.http.request import split_domain_port
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from wagtail.blocks import StreamValue
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname

from hub.caching.memo import ProcessMemo

SITES = ProcessMemo("sites", max_entries=100)
ROUTES = ProcessMemo("routes", max_entries=50_000)
RESTRICTIONS = ProcessMemo("view_restrictions", max_entries=50_000)
NAVIGATION = ProcessMemo("navigation", max_entries=100)
PARENTS = ProcessMemo("parents", max_entries=20_000)
RELATIONS = ProcessMemo("page_relations", max_entries=20_000)
# ~8.5 KB a page (147 columns): at most ~43 MB per worker, a 211-sized directory's pages.
PAGES = ProcessMemo("pages", max_entries=5_000)


# --- Rows: a model instance as plain data, and back ----------------------------------------


def _attnames(model):
    return tuple(field.attname for field in model._meta.concrete_fields)


def _plain(value):
    # A StreamField's value as its raw blocks: each new instance makes its own StreamValue
    # from them (lazily), so no request shares one.
    return tuple(value.raw_data) if isinstance(value, StreamValue) else value


def rows_of(queryset):
    """(model label, column names, (row tuple, ...)) of a queryset's rows: plain data to keep."""
    model = queryset.model
    names = _attnames(model)
    rows = tuple(tuple(map(_plain, row)) for row in queryset.values_list(*names))
    return model._meta.label_lower, names, rows


def instances(rows):
    """New model instances from rows_of's answer, as if just read from the database."""
    label, names, values = rows
    model = apps.get_model(label)
    return [model.from_db(DEFAULT_DB_ALIAS, names, row) for row in values]


# --- The site ------------------------------------------------------------------------------


def _site_rows(hostname, port):
    try:
        site = get_site_for_hostname(hostname, port)
    except Site.DoesNotExist:
        return None
    names = _attnames(Site)
    site_rows = (Site._meta.label_lower, names, (tuple(getattr(site, n) for n in names),))
    root_type = Page.objects.filter(pk=site.root_page_id).values_list("content_type_id")
    root_model = (
        ContentType.objects.get_for_id(root_type[0][0]).model_class() if root_type else None
    )
    root_rows = rows_of(root_model.objects.filter(pk=site.root_page_id)) if root_model else None
    return site_rows, root_rows


def site_for_request(request):
    """The Site Wagtail's Site.find_for_request would find, with its root page already in its
    specific class: no query once this process knows the host."""
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    found = SITES.get((hostname, port), lambda: _site_rows(hostname, port))
    if found is None:
        return None
    site_rows, root_rows = found
    site = instances(site_rows)[0]
    roots = instances(root_rows) if root_rows else []
    if roots:
        site.root_page = roots[0]
    return site


def site(request):
    """The request's Site, as Site.find_for_request would answer, kept on the request where
    Wagtail looks for it first (`request._wagtail_site`, its own per-request cache)."""
    if request is None:
        return None
    if not hasattr(request, "_wagtail_site"):
        request._wagtail_site = site_for_request(request)
    return request._wagtail_site


def site_root_paths():
    """Site.get_site_root_paths(), which Wagtail reads from the shared cache once per request
    to make any page's URL; kept here (sites and page moves change the content version)."""
    return SITES.get("root paths", Site.get_site_root_paths)


class SiteMiddleware:
    """Finds the site of a request for a Wagtail page before Wagtail asks (see `site`), and
    gives every request the sites' root paths, where Wagtail looks for them first."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Lazily: most API requests make no page URL (and some are answered without a database).
        request._wagtail_cached_site_root_paths = SimpleLazyObject(site_root_paths)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        from wagtail.views import serve

        if view_func is serve:
            site(request)


# --- Routes --------------------------------------------------------------------------------


def _routes_itself(model):
    """True for a page type that routes its children the way Wagtail's Page does (or the way
    the hub's home page does, through this module)."""
    return model is not None and getattr(model.route, "hub_memo_route", model.route is Page.route)


def _walk(root, components):
    """Wagtail's Page.route, level by level, as plain data: (page id, model label, components
    left) of the page that answers; Http404 when there is none."""
    path, depth = root.path, root.depth
    found = None
    for position, slug in enumerate(components):
        child = (
            Page.objects.filter(path__startswith=path, depth=depth + 1, slug=slug)
            .values_list("pk", "path", "depth", "content_type_id")
            .first()
        )
        if child is None:
            raise Http404  # not kept: unknown addresses must not crowd out the known ones
        pk, path, depth, content_type_id = child
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            raise Http404
        found = pk, model._meta.label_lower, tuple(components[position + 1 :])
        if not _routes_itself(model):
            return found
    return found


def route_below(root, request, path_components):
    """What root.route(request, path_components) would answer for a child of `root`, reading
    the one page that answers (and what its page type asks to read with it)."""
    key = (root.pk, tuple(path_components))
    found = ROUTES.get(key, lambda: _walk(root, path_components))
    pk, label, remaining = found
    page = routed_page(label, pk)
    if page is None:
        raise Http404
    attach_relations(page)
    return page.route(request, list(remaining))


def _page_rows(label, pk):
    model = apps.get_model(label)
    page_rows = rows_of(model.objects.filter(pk=pk))
    image = model._meta.get_field("image") if hasattr(model, "image") else None
    image_rows = None
    if image is not None and page_rows[2]:
        image_id = page_rows[2][0][page_rows[1].index(image.attname)]
        if image_id is not None:
            image_rows = rows_of(image.related_model.objects.filter(pk=image_id))
    return page_rows, image_rows


def routed_page(label, pk):
    """A new instance of the page `pk` (its specific class `label`), with its image, from the
    rows this process keeps; None when there is no such page."""
    page_rows, image_rows = PAGES.get((label, pk), lambda: _page_rows(label, pk))
    pages = instances(page_rows)
    if not pages:
        return None
    page = pages[0]
    if image_rows:
        images = instances(image_rows)
        if images:
            page.image = images[0]
    return page


def memo_route(method):
    """Marks a route() that goes through route_below (so the walk passes through it)."""
    method.hub_memo_route = True
    return method


# --- Relations -----------------------------------------------------------------------------


def _relation_rows(page, relations):
    kept = []
    for relation in relations:
        name, *joined = relation.split("__")
        queryset = getattr(page, name).all()
        rows = rows_of(queryset)
        related = []
        for field_name in joined:  # a foreign key of each row, e.g. a session's location
            field = queryset.model._meta.get_field(field_name)
            ids = {row[rows[1].index(field.attname)] for row in rows[2]} - {None}
            related.append(
                (field.name, field.attname, rows_of(field.related_model.objects.filter(pk__in=ids)))
            )
        kept.append((name, rows, tuple(related)))
    return tuple(kept)


def attach_relations(page):
    """Put what `page`'s template reads through its relations (`routed_relations` of its
    class, "relation" or "relation__foreign_key") in place, as prefetch_related would, from
    what this process keeps for the page in the active language."""
    relations = getattr(type(page), "routed_relations", ())
    if not relations or page.pk is None:
        return
    key = (page._meta.label_lower, page.pk, get_language())
    kept = RELATIONS.get(key, lambda: _relation_rows(page, relations))
    cache = page.__dict__.setdefault("_prefetched_objects_cache", {})
    for name, rows, related in kept:
        objects = instances(rows)
        for field_name, attname, related_rows in related:
            by_id = {obj.pk: obj for obj in instances(related_rows)}
            for obj in objects:
                target = by_id.get(getattr(obj, attname))
                if target is not None:
                    setattr(obj, field_name, target)
        manager = getattr(page, name)
        queryset = manager.get_queryset()
        queryset._result_cache = objects
        queryset._prefetch_done = True
        cache[_prefetch_cache_name(manager, name)] = queryset


def _prefetch_cache_name(manager, name):
    # A many-to-many manager names its cache; a reverse foreign key (a child relation) uses
    # the relation's name, as Django's prefetch_related does.
    return getattr(manager, "prefetch_cache_name", name)


# --- View restrictions ---------------------------------------------------------------------


def view_restrictions(page, compute):
    """The view restrictions that apply to `page` (Wagtail's Page.get_view_restrictions, as
    `compute`), asking nothing when this process knows the page has none."""
    if page.pk is None:
        return compute()
    ids = RESTRICTIONS.get(page.pk, lambda: tuple(compute().values_list("pk", flat=True)))
    if not ids:
        return PageViewRestriction.objects.none()
    return PageViewRestriction.objects.filter(pk__in=ids)


# --- Navigation ----------------------------------------------------------------------------


def browse_pages(site):
    """The site's browse pages (its root page's live, public children), new instances each
    time."""

    def compute():
        return rows_of(site.root_page.get_children().live().public().order_by("path"))

    return instances(NAVIGATION.get(("browse", site.root_page_id), compute))


# --- Parents -------------------------------------------------------------------------------


def organization_at(path):
    """The organization page at tree path `path` (a program's or service's parent), a new
    instance each time, or None when the page there is something else."""
    from .models import OrganizationPage

    def compute():
        return rows_of(OrganizationPage.objects.filter(path=path))

    found = instances(PARENTS.get(("organization", path), compute))
    return found[0] if found else None


def kept_pages(name, make_queryset, limit=None):
    """New instances of the pages of the queryset `make_queryset()` answers (the first `limit`),
    kept per process by `name` and the active language (an order by title depends on it) until
    the content changes: the queryset is only built when they are not kept."""

    def compute():
        queryset = make_queryset()
        pks = list(queryset.values_list("pk", flat=True)[:limit])
        label, names, rows = rows_of(queryset.model.objects.filter(pk__in=pks))
        position = {pk: n for n, pk in enumerate(pks)}
        pk_at = names.index(queryset.model._meta.pk.attname)
        return label, names, tuple(sorted(rows, key=lambda row: position[row[pk_at]]))

    return instances(NAVIGATION.get((name, get_language()), compute))
