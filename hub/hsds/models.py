"""What an HSDS import brought that the hub's own fields have no place for, kept so that the
export gives it back unchanged (see patches.py)."""

from django.db import models


class RecordPatch(models.Model):
    """The difference between an imported record and the hub's own version of it (the fields
    the hub does not model, the children it has no place for, the ids it would have named
    differently), applied to the hub's version whenever it is exported."""

    table = models.CharField(max_length=40)
    hsds_id = models.CharField(max_length=64)
    patch = models.JSONField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["table", "hsds_id"], name="unique_hsds_record_patch")
        ]

    def __str__(self):
        return f"{self.table} {self.hsds_id}"


class KeptRecord(models.Model):
    """An imported record with no place in the hub at all (a term of another directory's
    taxonomy, a row whose parent was not in the files), kept as it came."""

    table = models.CharField(max_length=40)
    hsds_id = models.CharField(max_length=64)
    data = models.JSONField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["table", "hsds_id"], name="unique_hsds_kept_record")
        ]

    def __str__(self):
        return f"{self.table} {self.hsds_id}"


class OutsideTerm(models.Model):
    """A term of another directory's taxonomy (211/AIRS, Open Eligibility, any term list) that
    imported services carry, and the hub's interests and support types staff mapped it to: the
    services carrying it get those (outside.py), now and at every later import."""

    hsds_id = models.CharField(max_length=64, unique=True)
    taxonomy = models.TextField(blank=True)  # the taxonomy's name, as the file gives it
    taxonomy_id = models.CharField(max_length=64, blank=True)
    code = models.TextField(blank=True)
    name = models.TextField(blank=True)
    description = models.TextField(blank=True)
    parent_hsds_id = models.CharField(max_length=64, blank=True)
    data = models.JSONField(default=dict)  # the term as the file gave it, served by the API
    services = models.ManyToManyField("wagtailcore.Page", blank=True, related_name="outside_terms")
    interests = models.ManyToManyField("directory.Interest", blank=True, related_name="+")
    support_types = models.ManyToManyField("directory.SupportType", blank=True, related_name="+")

    class Meta:
        ordering = ["name", "pk"]

    def __str__(self):
        return self.name or self.code or self.hsds_id


class HeldBack(models.Model):
    """An imported service kept unpublished because its source says it is not active (or it is
    a template's example row). Families never see it; the export still gives it back."""

    page = models.OneToOneField(
        "wagtailcore.Page", primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    reason = models.CharField(max_length=200)

    def __str__(self):
        return f"{self.page_id}: {self.reason}"
