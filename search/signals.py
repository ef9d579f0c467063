"""The matcher's own signal, and the index following the others' signals.

`match_answered` is sent once a match is answered (the find page or the API), so what listens
(the anonymous counters) is never called by the matcher itself.

The index follows Wagtail's own signals (publish, unpublish, move and delete) and
verification's `listing_verified`. Never post_save of a page, which would index drafts
(wagtail#3239). Snippets a document copies from (a place's point and name, a term's slug, a
language's code) are not part of a page's revision: their saves and deletions rebuild the live
listings that show them, the way publishing does (the database document in the same
transaction, Elasticsearch through the outbox after the commit)."""

from dataclasses import replace

from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import Signal, receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from hub.caching import pages
from hub.directory.models import (
    EligibilityTag,
    Interest,
    Language,
    Location,
    OrganizationPage,
    PathwayPage,
    ProgramPage,
    SupportServicePage,
    SupportType,
)
from hub.verification.signals import listing_verified

from . import indexing
from .documents import is_opportunity
from .matcher import Result

# Sent with `question` (query.Question), `answer` (matcher.Answer, its results being those
# shown) and `new_question` (False for another page of the same question: "Show more").
match_answered = Signal()


def answered(request, sender, question, answer, new_question):
    """Send `match_answered` for this request, and again each time the page cache serves its
    response to another family (hub/caching/pages.py): every answer seen is counted. What is
    kept for that is the question and the shown listings' ids, not the listings."""
    match_answered.send(sender, question=question, answer=answer, new_question=new_question)
    pages.on_every_hit(request, answered_again, sender, question, _ids_only(answer), new_question)


def answered_again(sender, question, answer, new_question):
    match_answered.send(sender, question=question, answer=answer, new_question=new_question)


def _ids_only(answer):
    def slim(results):
        return [Result(doc={"id": result.doc["id"]}, score=result.score) for result in results]

    return replace(
        answer,
        question=None,
        results=slim(answer.results),
        services=slim(answer.services),
        relaxed=[(code, str(text)) for code, text in answer.relaxed],
    )


@receiver(page_published)
@receiver(page_unpublished)
@receiver(listing_verified)
def page_changed(sender, instance, **kwargs):
    # Descendants too: an organization's title and visibility are part of its listings.
    indexing.refresh([instance])


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    indexing.refresh([instance])  # the URL of the page and everything below it changed


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and is_opportunity(instance):
        indexing.forget([instance.pk])


# {snippet model: (the fields documents copy from it, [(page model, lookup to the snippet)])}.
# An organization's places are its programs' places when their sessions name none.
EMBEDDED = {
    Location: (
        ("name", "latitude", "longitude"),
        [
            (OrganizationPage, "locations__location"),
            (ProgramPage, "sessions__location"),
            (SupportServicePage, "service_locations__location"),
        ],
    ),
    Interest: (("slug",), [(ProgramPage, "interests"), (PathwayPage, "interests")]),
    SupportType: (("slug",), [(ProgramPage, "supports"), (SupportServicePage, "support_types")]),
    EligibilityTag: (
        ("slug",),
        [(ProgramPage, "eligibility_tags"), (SupportServicePage, "eligibility_tags")],
    ),
    Language: (
        ("code",),
        [(ProgramPage, "delivery_languages"), (SupportServicePage, "delivery_languages")],
    ),
}


def _embedding_pages(instance):
    """The live pages whose documents (or whose descendants' documents) copy `instance`."""
    _fields, embedders = EMBEDDED[type(instance)]
    pages = {}
    for model, lookup in embedders:
        for page in model.objects.live().filter(**{lookup: instance.pk}).distinct():
            pages[page.pk] = page
    return list(pages.values())


def snippet_changing(sender, instance, **kwargs):
    """Before a save: note whether a field the documents copy is changing."""
    fields, _embedders = EMBEDDED[sender]
    stored = sender.objects.filter(pk=instance.pk).values(*fields).first() if instance.pk else None
    instance._documents_stale = stored is not None and any(
        stored[name] != getattr(instance, name) for name in fields
    )


def snippet_changed(sender, instance, created, **kwargs):
    if not created and getattr(instance, "_documents_stale", False):
        indexing.refresh(_embedding_pages(instance))


def snippet_deleting(sender, instance, **kwargs):
    # Afterwards the links to it are gone with it: find the listings while they still exist.
    instance._embedding_pages = _embedding_pages(instance)


def snippet_deleted(sender, instance, **kwargs):
    indexing.refresh(getattr(instance, "_embedding_pages", []))


for model in EMBEDDED:
    uid = f"documents-{model._meta.label}"
    pre_save.connect(snippet_changing, sender=model, dispatch_uid=f"changing-{uid}")
    post_save.connect(snippet_changed, sender=model, dispatch_uid=f"changed-{uid}")
    pre_delete.connect(snippet_deleting, sender=model, dispatch_uid=f"deleting-{uid}")
    post_delete.connect(snippet_deleted, sender=model, dispatch_uid=f"deleted-{uid}")
