"""The database backend's index and the outbox that keeps Elasticsearch in step."""

from django.db import models


class OpportunityDocument(models.Model):
    """One live opportunity as the matcher sees it: the document (JSON) plus the columns the
    hard constraints filter on in SQL. Written in the same transaction as the publish."""

    page = models.OneToOneField(
        "wagtailcore.Page", primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    type = models.CharField(max_length=10)
    grade_min = models.SmallIntegerField(null=True)
    grade_max = models.SmallIntegerField(null=True)
    ends_on = models.DateField(null=True)
    free = models.BooleanField(null=True)
    # "|robotics|coding|": a LIKE on a short column is enough at a region's scale
    interests = models.CharField(max_length=1000, blank=True)
    supports = models.CharField(max_length=1000, blank=True)
    delivery_languages = models.CharField(max_length=200, blank=True)
    data = models.JSONField()
    # What matching reads: the document without its texts, so thousands of candidates decode
    # fast; the words of its texts separately, read only when the family typed words.
    facts = models.JSONField(default=dict)
    text_all = models.TextField(blank=True)
    # Changes with every save: how a process knows its decoded copy of `facts` is current.
    stamp = models.BigIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        # Every column the hard constraints filter on, plus the stamp: the candidates of a
        # question are read from this index alone, never from the wide rows holding the JSON.
        indexes = [
            models.Index(
                fields=[
                    "grade_min",
                    "grade_max",
                    "type",
                    "ends_on",
                    "free",
                    "delivery_languages",
                    "interests",
                    "supports",
                    "stamp",
                ],
                name="search_doc_constraints",
            )
        ]

    def __str__(self):
        return f"{self.type} {self.page_id}"


class IndexOutbox(models.Model):
    """ "Page N changed": written with the change, drained into Elasticsearch after commit.
    Rows stay until Elasticsearch has taken the change, so an outage loses nothing."""

    page_id = models.IntegerField(db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return f"page {self.page_id}"
