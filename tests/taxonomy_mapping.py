"""Staff mapping another directory's term on its admin page, and what families then find: shared
by the mapping tests and the real samples' end-to-end test."""

import re


def save_mapping(client, term, **chosen):
    """Open the term's mapping page and submit it, CSRF token and all, as staff do; returns
    the page shown after saving, as text."""
    url = f"/admin/taxonomy-mapping/{term.pk}/"
    page = client.get(url)
    assert page.status_code == 200
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())
    response = client.post(url, {"csrfmiddlewaretoken": token.group(1), **chosen}, follow=True)
    assert response.status_code == 200
    return response.content.decode()


def services_found(response):
    """The titles of the support services a match API answer lists."""
    return {result["title"] for result in response.json()["services"]}
