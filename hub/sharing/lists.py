"""Shareable lists: /<lang>/list/?ids=… shows any listings (a family's saved ones, or what an
educator picked); "Share this list" stores them under a short code; /l/<code> opens the list
in the language of whoever follows the link."""

from django.db import IntegrityError, transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language_from_request
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from hub import throttle
from hub.directory.listing import for_cards
from hub.directory.models import PathwayPage, ProgramPage, SupportServicePage
from hub.translations import marks

from .models import MAX_ITEMS, SharedList
from .views import qr_png

LISTS_PER_HOUR = 20
MAX_TITLE = SharedList._meta.get_field("title").max_length


class BadList(ValueError):
    pass


def parse_ids(raw):
    """Page ids from "12,34,56", in order, without repeats; BadList names what is wrong. Stops
    at the first id past the limit, so a huge list costs no more than a full one."""
    ids = {}  # an ordered set
    for part in (raw or "").split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdecimal() or len(part) > 9:  # isdigit() lets "²" through to int()
            raise BadList(_("“%(part)s” is not a listing number.") % {"part": part[:20]})
        ids[int(part)] = None
        if len(ids) > MAX_ITEMS:
            raise BadList(_("A list holds at most %(count)d listings.") % {"count": MAX_ITEMS})
    return list(ids)


CARDS = {
    ProgramPage: "includes/program_card.html",
    PathwayPage: "includes/pathway_card.html",
    SupportServicePage: "includes/service_card.html",
}


def listings(ids):
    """The live, public listings among `ids`, in that order (unpublished or removed ones drop
    out), each with the card template that shows it."""
    pages = {}
    for model in CARDS:  # each with what its card shows fetched up front, not per card
        pages.update(for_cards(model.objects.live().public().filter(pk__in=ids)).in_bulk())
    marks.attach(list(pages.values()))
    return [(pages[pk], CARDS[type(pages[pk])]) for pk in ids if pk in pages]


def _render(request, context, status=200):
    context["max_title"] = MAX_TITLE
    return TemplateResponse(request, "sharing/list.html", context, status=status)


@require_http_methods(["GET", "POST"])
def unsaved_list(request):
    """GET: the listings named in ?ids=. POST: store them with a title, go to the short link."""
    source = request.POST if request.method == "POST" else request.GET
    try:
        ids = parse_ids(source.get("ids"))
    except BadList as bad:
        return _render(request, {"error": str(bad), "items": []}, status=400)
    items = listings(ids)
    context = {"items": items, "ids": ",".join(str(page.pk) for page, _card in items)}
    if request.method == "GET":
        return _render(request, context)
    # NUL dropped: PostgreSQL refuses it in text
    title = " ".join(request.POST.get("title", "").replace("\x00", "").split())
    if not items:
        context["error"] = _("Add at least one listing to the list first.")
    elif not title or len(title) > MAX_TITLE:
        context["error"] = _("Give the list a title (up to %(count)d characters).") % {
            "count": MAX_TITLE
        }
    if "error" in context:
        return _render(request, context, status=400)
    wait = throttle.seconds_to_wait(request, "shared-lists", LISTS_PER_HOUR, 3600)
    if wait:
        context["error"] = _("Too many lists from here in the last hour. Please try again later.")
        response = _render(request, context, status=429)
        response["Retry-After"] = str(wait)
        return response
    shared = _store(title, [page.pk for page, _card in items])
    return redirect("shared_list", code=shared.code)


def _store(title, page_ids):
    for attempt in range(3):  # a new random code on the rare clash with an existing one
        try:
            with transaction.atomic():
                return SharedList.objects.create(title=title, page_ids=page_ids)
        except IntegrityError:
            if attempt == 2:
                raise


@require_GET
def shared_list(request, code):
    shared = get_object_or_404(SharedList, code=code)
    items = listings(shared.page_ids)
    short = request.build_absolute_uri(reverse("short_list", args=[shared.code]))
    return _render(
        request,
        {
            "shared": shared,
            "items": items,
            "missing": len(shared.page_ids) - len(items),
            "short": short,
        },
    )


@require_GET
def short_list(request, code):
    """The link on paper: no language in it, so each family gets their own."""
    shared = get_object_or_404(SharedList, code=code)
    with translation.override(get_language_from_request(request)):
        return redirect(reverse("shared_list", args=[shared.code]))


@require_GET
def short_list_qr(request, code):
    shared = get_object_or_404(SharedList, code=code)
    return HttpResponse(
        qr_png(request.build_absolute_uri(reverse("short_list", args=[shared.code]))),
        content_type="image/png",
    )
