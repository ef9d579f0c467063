"""manage.py search_index rebuild | sync | status"""

import sys

from django.core.management.base import BaseCommand, CommandError

from search import indexing
from search.backends import (
    SearchUnavailable,
    database_backend,
    elasticsearch_backend,
    elasticsearch_enabled,
)
from search.models import IndexOutbox


class Command(BaseCommand):
    help = (
        "rebuild: every document again (Elasticsearch by alias swap, no downtime); "
        "sync: send waiting changes to Elasticsearch; "
        "status: documents, backlog and backend (exit 1 when the index is behind)."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "sync", "status"])

    def handle(self, action, **options):
        self.verbosity = options["verbosity"]
        return getattr(self, action)()

    def rebuild(self):
        def progress(done, total):
            if self.verbosity and (done == total or done % 50 == 0):
                width = 30
                filled = width * done // max(total, 1)
                sys.stdout.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
                sys.stdout.flush()

        try:
            count = indexing.rebuild_all(progress=progress)
        except SearchUnavailable as error:
            raise CommandError(f"Elasticsearch did not take the rebuild: {error}") from error
        self.stdout.write(f"\nIndexed {count} opportunities.")

    def sync(self):
        try:
            applied = indexing.drain()
        except SearchUnavailable as error:
            raise CommandError(
                f"Elasticsearch unavailable; {IndexOutbox.objects.count()} changes still "
                f"wait: {error}"
            ) from error
        self.stdout.write(f"Applied {applied} waiting changes.")

    def status(self):
        documents = database_backend().count()
        backlog = IndexOutbox.objects.count()
        out_of_step = indexing.out_of_step()
        self.stdout.write(f"database documents:      {documents}")
        self.stdout.write(f"out of step with pages:  {out_of_step}")
        behind = out_of_step > 0
        if elasticsearch_enabled():
            try:
                indexed = elasticsearch_backend().count()
            except SearchUnavailable as error:
                indexed, behind = f"unavailable ({error})", True
            self.stdout.write(f"elasticsearch documents: {indexed}")
            self.stdout.write(f"outbox backlog:          {backlog}")
            self.stdout.write("backend in use:          elasticsearch")
            behind = behind or backlog > 0 or indexed != documents
        else:
            self.stdout.write("backend in use:          database")
        if behind:
            raise CommandError("The index is behind: run `search_index rebuild`.", returncode=1)
