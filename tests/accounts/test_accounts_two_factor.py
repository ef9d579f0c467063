"""Optional two-step sign-in: an admin account may turn on codes from an authenticator app;
from then on its password alone opens no admin page. Accounts without it sign in as before.

The codes are real TOTP codes computed from the device's secret, as a phone would."""

import datetime
import re
import time
from base64 import b32decode

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from hub.partners.onboarding import ensure_staff_user

# database_vendor: select_for_update on the device (a used code cannot be replayed).
pytestmark = [pytest.mark.django_db, pytest.mark.database_vendor]

PASSWORD = "a-long-robot-passphrase"
SETTINGS = "/admin/account/two-factor/"
CODE_PAGE = "/admin/login/code/"


@pytest.fixture
def reviewer(home):
    return ensure_staff_user("reviewer@hub.example", PASSWORD)


def code_for(key, steps_ahead=0):
    """What an authenticator app shows for this secret now (or 30 s later, and so on)."""
    totp = TOTP(key)
    totp.time = time.time() + 30 * steps_ahead
    return f"{totp.token():06d}"


def sign_in(client, username="reviewer@hub.example", password=PASSWORD, next_url="/admin/"):
    return client.post(
        "/admin/login/", {"username": username, "password": password, "next": next_url}
    )


def turn_on(client):
    """Through the settings page: read the key off the page, confirm with a code from it."""
    page = client.get(SETTINGS).content.decode()
    secret = re.search(r"<code>([A-Z2-7 ]+)</code>", page).group(1).replace(" ", "")
    key = b32decode(secret)
    response = client.post(SETTINGS, {"code": code_for(key)})
    assert response.status_code == 302, response.content.decode()
    return key


@pytest.fixture
def with_two_factor(client, reviewer):
    """The reviewer has turned two-step sign-in on, then signed out. Returns the secret."""
    assert sign_in(client).status_code == 302
    key = turn_on(client)
    client.post(reverse("wagtailadmin_logout"))
    return key


def allow_another_try():
    # A wrong code makes django-otp wait (1 s, doubling) before the next; let that time pass.
    TOTPDevice.objects.update(
        throttling_failure_timestamp=timezone.now() - datetime.timedelta(minutes=5)
    )


def test_without_two_factor_the_password_is_enough(client, reviewer):
    assert sign_in(client)["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/pages/", follow=True).status_code == 200


def test_the_account_page_offers_it(client, reviewer):
    client.force_login(reviewer)
    assert SETTINGS in client.get(reverse("wagtailadmin_account")).content.decode()


def test_setup_shows_a_qr_code_and_key_until_confirmed(client, reviewer):
    client.force_login(reviewer)
    page = client.get(SETTINGS).content.decode()
    assert "<svg" in page and "QR code for your authenticator app" in page
    assert not TOTPDevice.objects.filter(user=reviewer, confirmed=True).exists()
    turn_on(client)
    device = TOTPDevice.objects.get(user=reviewer)
    assert device.confirmed
    page = client.get(SETTINGS).content.decode()
    assert "Two-step sign-in is on" in page
    assert "QR code for your authenticator app" not in page
    assert "<code>" not in page  # the key is never shown again


def test_a_wrong_confirmation_code_does_not_turn_it_on(client, reviewer):
    client.force_login(reviewer)
    client.get(SETTINGS)
    response = client.post(SETTINGS, {"code": "000000"})
    assert response.status_code == 200
    assert "That code is not right" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=reviewer, confirmed=True).exists()
    # The page still works with the same key.
    assert "QR code for your authenticator app" in response.content.decode()


def test_password_alone_reaches_no_admin_view(client, with_two_factor, home):
    response = sign_in(client)
    assert response.status_code == 302  # the password was right...
    for path in (
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{home.pk}/edit/",
        "/admin/users/",
        "/admin/api/main/pages/",
        SETTINGS,
        reverse("wagtailadmin_account"),
    ):
        refused = client.get(path)
        assert refused.status_code == 302, path
        assert refused["Location"].startswith(f"{CODE_PAGE}?next="), path
    # ...and neither does a POST.
    assert client.post(SETTINGS, {"code": "123456"})["Location"].startswith(CODE_PAGE)
    assert TOTPDevice.objects.filter(confirmed=True).count() == 1


def test_a_wrong_code_is_refused_and_the_right_one_admits(client, with_two_factor):
    sign_in(client, next_url="/admin/pages/")
    response = client.get("/admin/pages/", follow=True)
    assert response.redirect_chain[-1][0] == f"{CODE_PAGE}?next=/admin/pages/"
    assert "Enter your code" in response.content.decode()

    wrong = client.post(f"{CODE_PAGE}?next=/admin/pages/", {"code": "000000"})
    assert wrong.status_code == 200
    assert "That code is not right" in wrong.content.decode()
    assert client.get("/admin/")["Location"].startswith(CODE_PAGE)

    # Straight after a wrong code, even the right one must wait: guessing is slowed down.
    too_soon = client.post(CODE_PAGE, {"code": code_for(with_two_factor, 1), "next": "/admin/"})
    assert "Too many wrong codes" in too_soon.content.decode()
    assert client.get("/admin/")["Location"].startswith(CODE_PAGE)

    allow_another_try()
    right = client.post(CODE_PAGE, {"code": code_for(with_two_factor, 1), "next": "/admin/pages/"})
    assert right.status_code == 302
    assert right["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200


def test_a_code_works_only_once(client, with_two_factor):
    code = code_for(with_two_factor, 1)
    sign_in(client)
    assert client.post(CODE_PAGE, {"code": code, "next": "/admin/"}).status_code == 302
    client.post(reverse("wagtailadmin_logout"))
    sign_in(client)
    replay = client.post(CODE_PAGE, {"code": code, "next": "/admin/"})
    assert replay.status_code == 200
    assert client.get("/admin/")["Location"].startswith(CODE_PAGE)


def test_the_code_page_does_not_send_anyone_to_another_site(client, with_two_factor):
    sign_in(client)
    response = client.post(
        CODE_PAGE, {"code": code_for(with_two_factor, 1), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/admin/"


def test_between_password_and_code_the_public_site_sees_a_visitor(client, with_two_factor):
    sign_in(client)
    assert "_auth_user_id" in client.session
    response = client.get("/en/")
    assert response.status_code == 200
    assert response.wsgi_request.user.is_anonymous


def test_turning_it_off_needs_a_current_code(client, with_two_factor):
    sign_in(client)
    client.post(CODE_PAGE, {"code": code_for(with_two_factor, 1), "next": "/admin/"})
    refused = client.post(SETTINGS, {"code": "000000"})
    assert "That code is not right" in refused.content.decode()
    assert TOTPDevice.objects.filter(confirmed=True).exists()
    allow_another_try()
    assert client.post(SETTINGS, {"code": code_for(with_two_factor, 2)}).status_code == 302
    assert not TOTPDevice.objects.exists()
    client.post(reverse("wagtailadmin_logout"))
    sign_in(client)
    assert client.get("/admin/").status_code == 200


def test_administrators_can_turn_it_off_for_a_lost_phone(client, with_two_factor):
    call_command("two_factor_off", "Reviewer@hub.example")
    sign_in(client)
    assert client.get("/admin/").status_code == 200
