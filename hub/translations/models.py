"""What a translation was written against, so a change to the English can be noticed."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationCheck(models.Model):
    """One field of one listing in one language: fingerprints of the English text and of the
    translation when the translation was last written or confirmed. When the English changes
    and the translation does not, the translation is possibly out of date."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    field = models.CharField(max_length=50)
    language = models.CharField(max_length=10)
    source_fingerprint = models.CharField(max_length=16)
    translation_fingerprint = models.CharField(max_length=16)
    checked_at = models.DateTimeField()
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("translation check")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "field", "language"], name="one_check_per_field_and_language"
            )
        ]

    def __str__(self):
        return f"{self.page_id} {self.field} {self.language}"


class TranslatorLanguage(models.Model):
    """A community translator's language: they may propose translations of any listing into
    it, and nothing else. A lead (named by staff) also reviews others' proposals in it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="translator_languages"
    )
    language = models.CharField(_("language"), max_length=10)
    lead = models.BooleanField(
        _("lead translator"),
        default=False,
        help_text=_("Reviews and approves other translators' work in this language."),
    )

    class Meta:
        verbose_name = _("translator's language")
        constraints = [
            models.UniqueConstraint(fields=["user", "language"], name="one_row_per_language")
        ]

    def __str__(self):
        return f"{self.user_id} {self.language}"


class TranslationProposal(models.Model):
    """A community translator's translation of one listing into one language, waiting for
    review: only the translated fields of that language, {field: text}. Approving it publishes
    exactly those fields; nothing else of the page changes."""

    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting for review")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Sent back")

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(_("language"), max_length=10)
    fields = models.JSONField(default=dict)
    # The English each field was translated from, as fingerprints (coverage.fingerprint).
    sources = models.JSONField(default=dict)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.WAITING)
    translator = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    submitted_at = models.DateTimeField()
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    note = models.CharField(_("note to the translator"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("translation proposal")
        ordering = ["submitted_at"]

    def __str__(self):
        return f"{self.page_id} {self.language} {self.status}"


class CatalogEntry(models.Model):
    """A UI string of one language's catalog as a community translator reviewed it: their
    correction (if the text differs from the repository's catalog) and the review itself.
    The repository's .po files stay the source; these rows are laid over them at run time
    (catalog.py) and exported as .po to bring them back into the repository."""

    language = models.CharField(max_length=10)
    context = models.CharField(max_length=200, blank=True)  # msgctxt
    msgid = models.TextField()
    # The translation as the translator left it: [text] or, for a plural, [form 0, form 1...].
    forms = models.JSONField(default=list)
    reviewed = models.BooleanField(default=False)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("reviewed UI string")
        constraints = [
            models.UniqueConstraint(
                fields=["language", "context", "msgid"], name="one_entry_per_string_and_language"
            )
        ]

    def __str__(self):
        return f"{self.language} {self.msgid[:40]}"


class GlossaryTerm(models.Model):
    """A term the region agreed how to say in one language ("dual enrollment", a grade name,
    an interest): shown beside the translation editors, and a translation of English that
    uses the term but not its agreed translation is flagged."""

    language = models.CharField(_("language"), max_length=10)
    english = models.CharField(_("in English"), max_length=100)
    translation = models.CharField(_("agreed translation"), max_length=200)
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("glossary term")
        ordering = ["english"]
        constraints = [
            models.UniqueConstraint(fields=["language", "english"], name="one_term_per_language")
        ]

    def __str__(self):
        return f"{self.language} {self.english}"
