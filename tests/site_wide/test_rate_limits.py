"""Per-client limits on the match (find page, /api/v1/match) and the public APIs: answers are
normal under the limit, a 429 with Retry-After over it (a short page in the family's language, or
JSON), another client is unaffected, the window really ends, and no address is kept."""

import time
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.test import override_settings

from hub import throttle

FAMILY, NEIGHBOUR = "203.0.113.7", "203.0.113.8"


@pytest.fixture(autouse=True)
def fresh_counts():
    """Counts left by other tests (all from one test address) must not count here."""
    cache.clear()
    yield
    cache.clear()


def limits(match=(3, 60), api=(3, 60)):
    return override_settings(HUB_RATE_LIMITS={"match": match, "api": api})


@pytest.mark.django_db
def test_searches_over_the_limit_get_a_short_translated_page(client, home):
    with limits(match=(3, 60)):
        for _ in range(3):
            answer = client.get("/es/find/?grade=7", REMOTE_ADDR=FAMILY)
            assert answer.status_code == 200
            assert "Retry-After" not in answer
        limited = client.get("/es/find/?grade=8", REMOTE_ADDR=FAMILY)
        assert limited.status_code == 429
        assert 0 < int(limited["Retry-After"]) <= 60
        body = limited.content.decode()
        assert '<html lang="es"' in body
        assert "<form" not in body  # the short page (its words await translation), no search
        assert '<meta name="robots" content="noindex">' in body

        # Another family is not affected, nor is the empty form for the first one.
        assert client.get("/es/find/?grade=8", REMOTE_ADDR=NEIGHBOUR).status_code == 200
        assert client.get("/es/find/", REMOTE_ADDR=FAMILY).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/api/v1/match?grade=7", "/api/v1/openapi.json", "/api/hsds/services"]
)
def test_api_requests_over_the_limit_get_a_json_429(client, home, path):
    with limits(api=(2, 60)):
        for _ in range(2):
            assert client.get(path, REMOTE_ADDR=FAMILY).status_code == 200
        limited = client.get(path, REMOTE_ADDR=FAMILY)
        assert limited.status_code == 429
        assert limited["Content-Type"] == "application/json"
        assert 0 < int(limited["Retry-After"]) <= 60
        assert "try again" in limited.json()["message"]
        assert client.get(path, REMOTE_ADDR=NEIGHBOUR).status_code == 200


@pytest.mark.django_db
def test_the_apis_share_one_count_and_the_find_page_has_its_own(client, home):
    with limits(match=(2, 60), api=(2, 60)):
        assert client.get("/api/v1/match?grade=7", REMOTE_ADDR=FAMILY).status_code == 200
        assert client.get("/api/hsds/services", REMOTE_ADDR=FAMILY).status_code == 200
        assert client.get("/api/hsds/organizations", REMOTE_ADDR=FAMILY).status_code == 429
        assert client.get("/en/find/?grade=7", REMOTE_ADDR=FAMILY).status_code == 200


@pytest.mark.django_db
def test_the_window_ends_when_retry_after_says(client, home):
    with limits(match=(2, 3)):
        started = time.monotonic()
        for _ in range(2):
            assert client.get("/en/find/?grade=7", REMOTE_ADDR=FAMILY).status_code == 200
        limited = client.get("/en/find/?grade=7", REMOTE_ADDR=FAMILY)
        assert limited.status_code == 429
        wait = int(limited["Retry-After"])
        assert 1 <= wait <= 3
        # Still limited just before the window ends (when there is time to tell)...
        if time.monotonic() - started < 1.5:
            assert client.get("/en/find/?grade=7", REMOTE_ADDR=FAMILY).status_code == 429
        time.sleep(max(0.0, started + 3.05 - time.monotonic()))
        # ...and served again once it has: a new window, with its own allowance.
        for _ in range(2):
            assert client.get("/en/find/?grade=7", REMOTE_ADDR=FAMILY).status_code == 200
        assert client.get("/en/find/?grade=7", REMOTE_ADDR=FAMILY).status_code == 429


@pytest.mark.django_db
def test_no_address_is_kept_in_the_cache(client, home):
    with limits():
        client.get("/en/find/?grade=7", REMOTE_ADDR=FAMILY)
        client.get("/api/v1/match?grade=7", REMOTE_ADDR=FAMILY)
    stored = repr(cache._cache) + repr(list(cache._cache.keys()))  # LocMem's own storage
    assert "throttle:match:" in stored and "throttle:api:" in stored
    assert FAMILY not in stored and FAMILY.replace(".", "") not in stored


@pytest.mark.django_db
def test_behind_a_proxy_each_family_is_counted_by_its_own_address(client, home):
    proxy = "10.0.0.2"
    with limits(match=(1, 60)), override_settings(HUB_TRUSTED_PROXIES=1):

        def search(forwarded):
            return client.get(
                "/en/find/?grade=7", REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR=forwarded
            ).status_code

        assert search(FAMILY) == 200
        assert search(NEIGHBOUR) == 200  # same proxy, another family
        # A client cannot make itself someone new by sending its own X-Forwarded-For: the
        # proxy appends the address it saw, and that last one is used.
        assert search(f"198.51.100.1, {FAMILY}") == 429


def test_the_same_address_is_a_different_key_each_day(rf, monkeypatch):
    request = rf.get("/", REMOTE_ADDR=FAMILY)
    today = throttle._client_key(request, "match")
    later = throttle.timezone.localdate() + timedelta(days=1)
    monkeypatch.setattr(throttle.timezone, "localdate", lambda: later)
    assert throttle._client_key(request, "match") != today
