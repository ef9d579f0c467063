"""The privacy page must be exactly true, in every language. The attack (a reader checking it):
it promised "no cookie" while a one-year language cookie went out on every page, and said
nothing of the words of problem reports, which were kept for ever."""

import re

import pytest
from django.conf import settings

from hub.directory.models import ProgramPage

pytestmark = pytest.mark.django_db
LANGUAGES = [code for code, _name in settings.HUB_LANGUAGES]
# What the page now says, in English (the source of each translation).
NEW_SENTENCES = (
    "Reading and searching put no cookie in your browser.",
    "your browser keeps a cookie for one year",
    "puts a security cookie in your browser until you close it",
    "We keep what you write until the problem is dealt with",
    "If no one deals with it, we erase it",
    "the hub does not keep which ones",
)


def text_of(response):
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


def test_the_privacy_page_says_when_a_cookie_is_set_and_how_long_report_words_are_kept(client):
    text = text_of(client.get("/en/privacy/"))
    assert "no cookie, " not in text  # the old, untrue promise
    for sentence in NEW_SENTENCES:
        assert sentence in text, sentence
    # The page says "one year": the cookie's own lifetime (tests/site_wide/test_language_cookie.py).
    assert settings.LANGUAGE_COOKIE_AGE == 365 * 24 * 60 * 60
    assert "dealt with, and then 90 more days. Then we erase it." in text
    assert "we erase it 365 days after you sent it." in text


def test_the_periods_on_the_page_are_the_ones_the_daily_command_uses(client, settings):
    settings.HUB_PROBLEM_DETAILS_KEEP_DAYS = 30
    settings.HUB_PROBLEM_DETAILS_KEEP_DAYS_UNHANDLED = 180
    text = text_of(client.get("/en/privacy/"))
    assert "and then 30 more days." in text and "we erase it 180 days after" in text


def test_a_form_leaves_only_a_security_cookie_that_ends_with_the_browser_session(client, region):
    """What the page promises for the report form: a random code, not kept a year."""
    program = ProgramPage.objects.live().first()
    response = client.get(f"/es/report/{program.pk}/")
    assert set(response.cookies) == {settings.CSRF_COOKIE_NAME}
    cookie = response.cookies[settings.CSRF_COOKIE_NAME]
    assert not cookie["max-age"] and not cookie["expires"]


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "en"])
def test_the_privacy_page_says_it_in_every_language(client, language):
    """Needs the catalogs updated with PRIVACY_TRANSLATIONS.md (locale/ is the lead's)."""
    text = text_of(client.get(f"/{language}/privacy/"))
    untranslated = [sentence for sentence in NEW_SENTENCES if sentence in text]
    assert not untranslated, untranslated


def test_the_privacy_page_says_what_happens_to_the_location(client):
    """Issue 16, item 6: "Use my location" on the find page (static/js/near.js rounds it)."""
    text = text_of(client.get("/en/privacy/"))
    assert (
        "If you choose “Use my location”, your phone rounds your position to about 1 km before "
        "sending it. The hub uses it for that one search only and never keeps it." in text
    )
