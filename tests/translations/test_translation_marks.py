"""A family reading the hub in Somali, Korean or Vietnamese is never shown English, or a
translation older than its English, as if it were a current translation: browse cards, find
results, flyers and shared lists carry the same visible mark as the detail page, with
lang="en" on English text, and the match API says which language each text is really in."""

import re

import pytest
from django.test import Client
from django.utils import translation
from django.utils.html import escape
from wagtail.models import Page

from hub.directory.i18n import localized_field_name
from hub.directory.models import ProgramPage
from hub.sharing.models import SharedList

pytestmark = pytest.mark.django_db

GRADE = 10
MISSING = "Not yet translated — shown in English"
OUTDATED = "Possibly out of date: the English changed after this was translated."
LANGUAGES = ("en", "es", "vi", "zh-hans", "ar", "ko", "ru", "uk", "so", "tl")


def note(language, english):
    with translation.override(language):
        return translation.gettext(english)


def publish(page, **fields):
    """Publish an edit; `summary=` edits the English (a request may have left another active)."""
    with translation.override("en"):
        page = Page.objects.get(pk=page.pk).specific
        for name, value in fields.items():
            setattr(page, name, value)
        page.save_revision().publish()
        return Page.objects.get(pk=page.pk).specific


def only_english(page):
    """Every translation of the title and summary removed: English is all there is."""
    blank = {
        localized_field_name(name, code): ""
        for name in ("title", "summary")
        for code in LANGUAGES
        if code != "en"
    }
    return publish(page, **blank)


def written_in(page, language):
    """Title and summary translated into `language` for the current English."""
    return publish(
        page,
        **{
            localized_field_name("title", language): f"{page.title} ({language})",
            localized_field_name("summary", language): f"{page.summary} ({language})",
        },
    )


def in_english(html, text):
    """True if `text` (its start) is inside an element marked lang="en"."""
    return bool(re.search(r'lang="en"[^>]*>\s*' + re.escape(escape(text[:30])), html))


def first_found(language):
    """The program the find page shows first for a grade-10 question."""
    html = Client().get(f"/{language}/find/", {"grade": GRADE}).content.decode()
    first = int(re.search(r'<article class="card result" data-id="(\d+)"', html)[1])
    return ProgramPage.objects.get(pk=first)


def card(html, page):
    """The card (<article>) of `page` in a page of cards, or None."""
    for article in re.findall(r"<article class=\"card[^\"]*\".*?</article>", html, re.S):
        if f'href="{page.url}"' in article or f'data-id="{page.pk}"' in article:
            return article
    return None


def the_four_places(page, language):
    """The browse card, the find result card, the flyer and the shared list card of `page`."""
    client = Client()
    translation.activate(language)
    page = Page.objects.get(pk=page.pk).specific  # URLs in this language
    browse = None
    for number in range(1, 50):
        response = client.get(f"/{language}/programs/", {"grade": GRADE, "page": number})
        browse = card(response.content.decode(), page)
        if browse or response.context["listing"].number < number:
            break
    found = card(client.get(f"/{language}/find/", {"grade": GRADE}).content.decode(), page)
    flyer = client.get(f"/{language}/share/{page.pk}/flyer/").content.decode()
    flyer = flyer[flyer.index("<h1") : flyer.index('<dl class="facts">')]
    made = client.post(f"/{language}/list/", {"ids": str(page.pk), "title": "Grade 10"})
    assert made.status_code == 302
    code = SharedList.objects.latest("pk").code
    shared = card(client.get(f"/{language}/list/{code}/").content.decode(), page)
    translation.activate("en")
    places = {"browse card": browse, "find result": found, "flyer": flyer, "shared list": shared}
    for where, html in places.items():
        assert html, f"{page.title} is not on the {where}"
    return places


def api_result(page, language):
    answer = Client().get("/api/v1/match", {"grade": GRADE, "lang": language}).json()
    return next(r for r in answer["results"] if r["id"] == page.pk)


@pytest.mark.parametrize("language", ["so", "ko"])
def test_english_shown_under_somali_or_korean_is_marked_on_every_card(region, language):
    program = only_english(first_found(language))
    mark = note(language, MISSING)
    assert mark != MISSING, "the catalog translates the mark"
    for where, html in the_four_places(program, language).items():
        assert mark in html, f"no mark on the {where}"
        assert in_english(html, program.summary), f"screen readers read the {where} as {language}"

    result = api_result(program, language)
    assert result["summary_language"] == "en" and result["summary_translation"] == "missing"
    assert result["title_language"] == "en" and result["title_translation"] == "missing"


def test_a_vietnamese_summary_gone_out_of_date_after_an_english_edit_is_marked(region):
    program = written_in(only_english(first_found("vi")), "vi")
    program = publish(program, summary="Now meets on Saturdays at the library, with a stipend.")
    mark = note("vi", OUTDATED)
    assert mark != OUTDATED, "the catalog translates the mark"
    places = the_four_places(program, "vi")
    with translation.override("vi"):
        places["detail page"] = Client().get(Page.objects.get(pk=program.pk).url).content.decode()
    for where, html in places.items():
        assert mark in html, f"no out-of-date mark on the {where}"
        if where != "detail page":  # its body is not translated: that note is right there
            assert note("vi", MISSING) not in html, f"the {where} calls a translation missing"

    result = api_result(program, "vi")
    assert result["summary_language"] == "vi" and result["summary_translation"] == "outdated"
    assert result["title_translation"] == "current"


def test_a_fully_translated_current_program_carries_no_mark(region):
    program = written_in(only_english(first_found("vi")), "vi")
    for where, html in the_four_places(program, "vi").items():
        assert note("vi", MISSING) not in html and note("vi", OUTDATED) not in html, where
        with translation.override("vi"):
            summary = Page.objects.get(pk=program.pk).specific.summary
        assert summary.endswith("(vi)") and summary[:30] in html, where
        assert not in_english(html, summary), f"the Vietnamese {where} is marked as English"

    result = api_result(program, "vi")
    assert result["summary_translation"] == result["title_translation"] == "current"
    assert result["summary_language"] == "vi"


@pytest.mark.usefixtures("no_page_cache")
def test_a_card_asked_again_after_an_edit_shows_its_new_translation_state(region):
    """Workers keep presented results, written cards and translation checks until the next
    edit (search/explain.py, search/templatetags/find_form.py, marks.CHECKS): a family asking
    the same question again right after the edit sees the new state, with no page cache."""
    program = written_in(only_english(first_found("vi")), "vi")
    family = Client()

    def asked():
        html = family.get("/vi/find/", {"grade": GRADE}).content.decode()
        return card(html, program), api_result(program, "vi")

    before, result = asked()
    assert note("vi", OUTDATED) not in before and result["summary_translation"] == "current"
    program = publish(program, summary="Now meets on Saturdays at the library, with a stipend.")
    after, result = asked()
    assert note("vi", OUTDATED) in after and result["summary_translation"] == "outdated"
    # The translator catches up: the new translation is current at once.
    written_in(program, "vi")
    caught_up, result = asked()
    assert note("vi", OUTDATED) not in caught_up and result["summary_translation"] == "current"
