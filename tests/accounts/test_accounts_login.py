"""Signing in to the admin: after five wrong passwords an account is locked for 15 minutes,
whatever password comes next, and only that account. No IP address is kept."""

import datetime

import pytest
from axes.models import AccessAttempt, AccessLog
from django.urls import reverse
from django.utils import timezone

from hub.partners.onboarding import ensure_staff_user

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
PASSWORD = "a-long-robot-passphrase"
LOCKED = "Too many failed sign-in attempts for this account."


@pytest.fixture
def reviewer(home):
    return ensure_staff_user("reviewer@hub.example", PASSWORD)


@pytest.fixture
def colleague(home):
    return ensure_staff_user("colleague@hub.example", PASSWORD)


def sign_in(client, username, password, **headers):
    return client.post(
        LOGIN, {"username": username, "password": password, "next": "/admin/"}, **headers
    )


def assert_signed_in(response, client):
    assert response.status_code == 302, response.status_code
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def assert_locked(response, client):
    assert response.status_code == 429
    body = response.content.decode()
    assert LOCKED in body
    assert "Try again in 15 minutes." in body
    assert reverse("wagtailadmin_password_reset") in body
    # Not signed in: the dashboard still sends the visitor to the sign-in page.
    assert client.get("/admin/")["Location"].startswith(LOGIN)


def fail(client, username, times, **headers):
    return [sign_in(client, username, "wrong-password", **headers) for _ in range(times)]


def test_the_right_password_signs_in(client, reviewer):
    assert_signed_in(sign_in(client, "reviewer@hub.example", PASSWORD), client)


def test_four_wrong_passwords_only_show_the_usual_error(client, reviewer):
    for response in fail(client, "reviewer@hub.example", 4):
        assert response.status_code == 200
        assert LOCKED not in response.content.decode()
    assert_signed_in(sign_in(client, "reviewer@hub.example", PASSWORD), client)


def test_after_five_wrong_passwords_even_the_right_one_is_refused(client, reviewer):
    *earlier, fifth = fail(client, "reviewer@hub.example", 5)
    assert all(response.status_code == 200 for response in earlier)
    assert_locked(fifth, client)
    assert_locked(sign_in(client, "reviewer@hub.example", PASSWORD), client)


def test_another_account_is_not_affected(client, reviewer, colleague):
    fail(client, "reviewer@hub.example", 5)
    assert_signed_in(sign_in(client, "colleague@hub.example", PASSWORD), client)


def test_changing_browser_does_not_get_round_the_lock(client, reviewer):
    for number in range(5):
        sign_in(client, "reviewer@hub.example", "wrong", HTTP_USER_AGENT=f"Browser/{number}")
    response = sign_in(client, "reviewer@hub.example", PASSWORD, HTTP_USER_AGENT="Browser/new")
    assert_locked(response, client)


def _age_attempts(minutes):
    # Time passing, as axes sees it: its lock runs from the last failure's recorded time.
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=minutes))


def test_the_lock_lifts_after_the_cool_off(client, reviewer):
    fail(client, "reviewer@hub.example", 5)
    _age_attempts(14)
    assert_locked(sign_in(client, "reviewer@hub.example", PASSWORD), client)
    _age_attempts(16)
    assert_signed_in(sign_in(client, "reviewer@hub.example", PASSWORD), client)


def test_tries_during_the_lock_do_not_extend_it(client, reviewer):
    fail(client, "reviewer@hub.example", 5)
    _age_attempts(10)
    fail(client, "reviewer@hub.example", 3)
    _age_attempts(16)
    assert_signed_in(sign_in(client, "reviewer@hub.example", PASSWORD), client)


def test_a_successful_sign_in_forgets_earlier_failures(client, reviewer):
    fail(client, "reviewer@hub.example", 4)
    sign_in(client, "reviewer@hub.example", PASSWORD)
    client.post(reverse("wagtailadmin_logout"))
    responses = fail(client, "reviewer@hub.example", 4)
    assert all(response.status_code == 200 for response in responses)
    assert_signed_in(sign_in(client, "reviewer@hub.example", PASSWORD), client)


def test_no_ip_address_or_password_is_kept(client, reviewer):
    fail(client, "reviewer@hub.example", 2, REMOTE_ADDR="203.0.113.7")
    sign_in(client, "reviewer@hub.example", PASSWORD, REMOTE_ADDR="203.0.113.7")
    fail(client, "reviewer@hub.example", 1, REMOTE_ADDR="203.0.113.7")
    attempt = AccessAttempt.objects.get()
    assert attempt.ip_address is None
    assert attempt.username == "reviewer@hub.example"
    assert "203.0.113.7" not in str(vars(attempt))
    assert "wrong-password" not in attempt.post_data
    # Successful sign-ins are not logged at all.
    assert not AccessLog.objects.exists()


def test_a_lock_for_an_unknown_account_does_not_crash(client, home):
    responses = fail(client, "nobody@hub.example", 6)
    assert [r.status_code for r in responses] == [200] * 4 + [429] * 2
