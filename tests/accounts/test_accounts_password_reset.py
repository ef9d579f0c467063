"""Wagtail's "Forgotten password?" flow with the hub's settings: the e-mail, its link, the new
password, and what it does to a sign-in lock."""

import re

import pytest
from django.conf import settings
from django.core import mail

from hub.partners.onboarding import ensure_staff_user

pytestmark = pytest.mark.django_db

RESET = "/admin/password_reset/"
PASSWORD = "a-long-robot-passphrase"
NEW_PASSWORD = "another-long-passphrase-2"


@pytest.fixture
def reviewer(home):
    return ensure_staff_user("reviewer@hub.example", PASSWORD)


def sign_in(client, password):
    return client.post(
        "/admin/login/",
        {"username": "reviewer@hub.example", "password": password, "next": "/admin/"},
    )


def request_reset(client, email):
    return client.post(RESET, {"email": email}, follow=True)


def reset_link():
    (message,) = mail.outbox
    match = re.search(r"^(\S+/admin/password_reset/confirm/\S+/)$", message.body, re.MULTILINE)
    return match.group(1)


def set_new_password(client, link):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    assert link.startswith(base + "/")
    # The link's token moves into the session and the form lives at a token-less address.
    form_page = client.get(link.removeprefix(base), follow=True)
    assert form_page.status_code == 200
    form_url = form_page.redirect_chain[-1][0]
    assert "set-password" in form_url
    return client.post(
        form_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}, follow=True
    )


def test_the_whole_reset(client, reviewer):
    response = request_reset(client, "Reviewer@hub.example")
    assert response.status_code == 200
    (message,) = mail.outbox
    assert message.to == ["reviewer@hub.example"]
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    done = set_new_password(client, reset_link())
    assert done.redirect_chain[-1][0] == "/admin/password_reset/complete/"
    assert sign_in(client, PASSWORD).status_code == 200  # the old password no longer works
    assert sign_in(client, NEW_PASSWORD)["Location"] == "/admin/"


def test_a_used_link_does_not_work_twice(client, reviewer):
    request_reset(client, "reviewer@hub.example")
    link = reset_link()
    set_new_password(client, link)
    client.cookies.clear()
    again = client.get(link.removeprefix(settings.WAGTAILADMIN_BASE_URL.rstrip("/")), follow=True)
    assert again.status_code == 200
    assert "new_password1" not in again.content.decode()
    assert "invalid" in again.content.decode()


def _without_csrf_token(response):
    # The page's CSRF token is masked afresh for every response; nothing else may differ.
    return re.sub(r'"CSRF_TOKEN": "\w+"', "", response.content.decode())


def test_an_unknown_address_gets_the_same_answer_and_no_mail(client, reviewer):
    known = request_reset(client, "reviewer@hub.example")
    mail.outbox.clear()
    unknown = request_reset(client, "nobody@hub.example")
    assert unknown.status_code == known.status_code == 200
    assert unknown.redirect_chain == known.redirect_chain
    assert _without_csrf_token(unknown) == _without_csrf_token(known)
    assert mail.outbox == []


def test_a_reset_lifts_a_sign_in_lock(client, reviewer):
    for _ in range(5):
        sign_in(client, "wrong-password")
    assert sign_in(client, PASSWORD).status_code == 429
    request_reset(client, "reviewer@hub.example")
    set_new_password(client, reset_link())
    assert sign_in(client, NEW_PASSWORD)["Location"] == "/admin/"


def test_without_a_reset_the_lock_stays(client, reviewer):
    # The control for the test above.
    for _ in range(5):
        sign_in(client, "wrong-password")
    request_reset(client, "reviewer@hub.example")  # asking is not enough: the mailbox must answer
    assert sign_in(client, PASSWORD).status_code == 429
