"""Run by tests/partners/test_admin_concurrent_publish.py in a process of its own, on a file SQLite
database (the suite's in-memory one locks differently): two staff members press Publish on
the same page at the same moment, `rounds` times, each in a thread of its own as two server
workers would.
Prints the response statuses as JSON.

    python tests/concurrent_publish.py DATABASE_FILE PAGE_ID USER_ID ROUNDS"""

import json
import os
import sys
import threading
from pathlib import Path


def publish_at_once(posts, url, connection):
    """Each (client, data) POSTed to `url` in its own thread, released together."""
    at_once = threading.Barrier(len(posts))
    results = [None] * len(posts)

    def publish(n):
        client, data = posts[n]
        at_once.wait()
        try:
            results[n] = client.post(url, data).status_code
        finally:
            connection.close()  # this thread's connection

    threads = [threading.Thread(target=publish, args=(n,)) for n in range(len(posts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def main(database, page_id, user_id, rounds):
    os.environ["DJANGO_SETTINGS_MODULE"] = "hub.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    here = Path(__file__).resolve().parent
    sys.path[:0] = [str(here.parent), str(here)]
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment
    from django.urls import reverse
    from partners_fixtures import edit_form_data

    setup_test_environment()  # responses carry their template context, as in the suite

    user = get_user_model().objects.get(pk=user_id)
    url = reverse("wagtailadmin_pages:edit", args=[page_id])
    statuses = []
    for round_number in range(rounds):
        posts = []
        for staff in ("A", "B"):
            client = Client(raise_request_exception=False)
            client.force_login(user)
            data = edit_form_data(
                client.get(url), changes={"title_en": f"Round {round_number} by {staff}"}
            )
            data["action-publish"] = "Publish"
            posts.append((client, data))
        statuses.extend(publish_at_once(posts, url, connection))
    print(json.dumps(statuses))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
