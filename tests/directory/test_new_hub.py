"""A hub with no content yet (just installed, before any partner or interest) opens its public
pages and APIs instead of failing."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    [
        "/en/equity/",  # was a 500 (KeyError) until the first interest existed
        "/ar/equity/?category=gender",
        "/en/find/",
        "/en/find/?grade=7&q=robots",
        "/api/v1/match?grade=7",
        "/api/hsds/services",
        "/en/privacy/",
    ],
)
def test_an_empty_hub_answers(client, home, path):
    assert client.get(path).status_code == 200
