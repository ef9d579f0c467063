"""Which page each spreadsheet row became, so importing the same file again changes nothing."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportedListing(models.Model):
    """A row's own id (the partner's `external_id`) within one organization, the page it made,
    and a fingerprint of the row as last imported."""

    organization = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    external_id = models.CharField(max_length=100)
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    fingerprint = models.CharField(max_length=64)
    imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("imported listing")
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "external_id"], name="one_page_per_external_id"
            )
        ]

    def __str__(self):
        return self.external_id


class ImportUpload(models.Model):
    """A file a partner uploaded, kept between the preview and the confirmation so that what
    is written is exactly what was previewed (and checked again at that moment)."""

    organization = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    filename = models.CharField(max_length=255)
    content = models.BinaryField()
    # The file as read when it was uploaded ({"header": [...], "rows": [[number, {...}]]}): the
    # preview plans from it, so a file is parsed once, never on every visit.
    table = models.JSONField(null=True, blank=True)
    uploaded_at = models.DateTimeField(auto_now_add=True)
    applied_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return self.filename


class ImportJob(models.Model):
    """A long import run by the worker (`manage.py import_worker`), not inside a request: what
    was uploaded, how far it has gone, and what became of each record. The row is the queue."""

    class Kind(models.TextChoices):
        HSDS = "hsds", _("HSDS records")
        SPREADSHEET = "spreadsheet", _("Spreadsheet")
        # A term staff mapped (hub/hsds/mapping_admin.py): its services re-linked to hub terms.
        MAPPING = "mapping", _("Imported taxonomy terms")

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        RUNNING = "running", _("Running")
        DONE = "done", _("Imported")
        FAILED = "failed", _("Nothing imported")
        CANCELLED = "cancelled", _("Cancelled: nothing imported")

    kind = models.CharField(max_length=16, choices=Kind.choices)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    filename = models.CharField(max_length=255)
    content = models.BinaryField(blank=True)  # the HSDS zip; a spreadsheet lives in `upload`
    upload = models.ForeignKey(
        ImportUpload, null=True, blank=True, on_delete=models.CASCADE, related_name="jobs"
    )
    # What a job with no file works on: a mapping's {"term": pk, "before": {kind: [pk]}}.
    arguments = models.JSONField(default=dict, blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED)
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    # One dict per record (HSDS: table, hsds_id, name, action, reasons; spreadsheet: row,
    # external_id, title, action), and the problems with the file as a whole.
    report = models.JSONField(default=list, blank=True)
    problems = models.JSONField(default=list, blank=True)
    notes = models.JSONField(default=list, blank=True)
    cancel_requested = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("import job")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.filename

    @property
    def finished(self):
        return self.status in (self.Status.DONE, self.Status.FAILED, self.Status.CANCELLED)
