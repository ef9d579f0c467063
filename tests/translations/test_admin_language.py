"""The admin speaks each person's language: Wagtail follows the language chosen in their account
settings, any of the hub's ten (Somali and Tagalog too, which Wagtail itself does not offer),
and the hub's own admin screens are in the catalogs."""

import pytest
from django.utils import translation
from django.utils.translation import gettext
from wagtail.users.models import UserProfile

from hub.translations.translators import ensure_translator

pytestmark = pytest.mark.django_db


def prefer(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def test_a_vietnamese_partner_uses_the_admin_in_vietnamese(client, world):
    prefer(world.partner_a, "vi")
    client.force_login(world.partner_a)
    body = client.get("/admin/").content.decode()
    assert '<html lang="vi"' in body
    with translation.override("vi"):
        assert gettext("Dashboard") in body and gettext("Dashboard") != "Dashboard"


def test_a_somali_translator_gets_the_hubs_own_screens_in_somali(client, world):
    translator, _created = ensure_translator("fadumo@liaison.example", ["so"])
    client.force_login(translator)
    account = client.get("/admin/account/").content.decode()
    assert 'value="so"' in account and 'value="tl"' in account  # offered in account settings
    prefer(translator, "so")
    body = client.get("/admin/translations/work/").content.decode()
    assert '<html lang="so"' in body
    with translation.override("so"):
        for text in ("Translation work", "Listings that need you", "Never translated"):
            assert gettext(text) != text and gettext(text) in body
