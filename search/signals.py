"""The matcher's own signal, and the index following the others' signals.

`match_answered` is sent once a match is answered (the find page or the API), so what listens
(the anonymous counters) is never called by the matcher itself.

The index follows Wagtail's own signals: publish, unpublish, move and delete. Never post_save
of a page, which would index drafts (wagtail#3239)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal, receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from hub.directory.models import EligibilityTag, Interest, SupportType

from . import indexing, vocabulary
from .documents import is_opportunity

# Sent with `question` (query.Question), `answer` (matcher.Answer, its results being those
# shown) and `new_question` (False for another page of the same question: "Show more").
match_answered = Signal()


@receiver(page_published)
@receiver(page_unpublished)
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


# The words families type are read through the taxonomy's names and synonyms: an edit is read
# at the next question, by every process.
for model in (Interest, SupportType, EligibilityTag):
    post_save.connect(vocabulary.taxonomy_changed, sender=model, dispatch_uid=f"words-{model}")
    post_delete.connect(vocabulary.taxonomy_changed, sender=model, dispatch_uid=f"gone-{model}")
