"""What an educator hands a family: a link, a text message, an email, a QR code and a one-page
printable flyer, in the family's language, with nothing sent through another host."""

import datetime
import io
import re
from pathlib import Path
from urllib.parse import unquote

import icalendar
import pytest
import zxingcpp
from chromium import launch_chromium
from django.conf import settings
from django.core.cache import cache
from django.test import Client
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext
from PIL import Image

from hub.directory.models import Interest, PathwayPage, ProgramPage, SupportServicePage
from hub.sharing.lists import LISTS_PER_HOUR
from hub.sharing.models import SharedList

pytestmark = pytest.mark.django_db
SCAN = (
    "Scan the code or type the address to see every date, apply, and read this page in your "
    "language."
)
FLYER_CSS = Path(settings.BASE_DIR, "static", "css", "flyer.css").read_text()


def longest(model):
    """The live page of `model` with the most to print: the hardest to fit on one sheet."""

    def size(page):
        sessions = page.upcoming_sessions() if hasattr(page, "upcoming_sessions") else []
        return len(page.title) + len(page.summary) + 80 * len(sessions)

    return max(model.objects.live().specific(), key=size)


def decode(png):
    found = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))
    assert len(found) == 1
    return found[0].text


@pytest.mark.parametrize("language", ["es", "ar"])
def test_a_program_page_shares_by_link_text_email_flyer_and_qr(client, region, language):
    program = longest(ProgramPage)
    path = f"/{language}{program.url[3:]}"  # the same page under the family's language
    html = client.get(path).content.decode()
    address = f"http://testserver{path}"
    assert f'value="{address}"' in html
    sms = re.search(r'href="(sms:[^"]+)"', html).group(1)
    mailto = re.search(r'href="(mailto:\?[^"]+)"', html).group(1)
    assert address in unquote(sms) and program.title in unquote(sms)
    assert address in unquote(mailto)
    assert f'href="/{language}/share/{program.pk}/flyer/"' in html
    # Sharing goes through the family's own apps or the hub, never a third party, and the
    # page loads nothing from another host.
    share = re.search(r'<section class="share".*?</section>', html, re.S).group(0)
    for url in re.findall(r'href="([^"]+)"', share):
        assert url.startswith(("/", "sms:", "mailto:")), url
    for url in re.findall(r'src="([^"]+)"', html):
        assert url.startswith("/"), url

    qr = client.get(f"/{language}/share/{program.pk}/qr.png")
    assert qr["Content-Type"] == "image/png"
    assert decode(qr.content) == address


@pytest.mark.parametrize("model", [PathwayPage, SupportServicePage])
def test_pathways_and_services_share_too(client, region, model):
    page = model.objects.live().first()
    html = client.get(page.url).content.decode()
    assert f'href="/en/share/{page.pk}/flyer/"' in html
    assert decode(client.get(f"/en/share/{page.pk}/qr.png").content) == (
        f"http://testserver{page.url}"
    )


def test_drafts_and_other_pages_have_nothing_to_share(client, region):
    draft = ProgramPage.objects.filter(live=False).first() or ProgramPage.objects.first()
    draft.live = False
    draft.save(update_fields=["live"])
    organization = ProgramPage.objects.live().first().get_parent()
    for page_id in (draft.pk, organization.pk, 999_999):
        assert client.get(f"/en/share/{page_id}/qr.png").status_code == 404
        assert client.get(f"/en/share/{page_id}/flyer/").status_code == 404


def pdf_pages(htmls):
    """How many sheets each HTML prints on (US Letter, with the flyer's stylesheet)."""
    counts = []
    with launch_chromium() as chromium:
        for html in htmls:
            page = chromium.new_page()
            page.set_content(html)
            page.add_style_tag(content=FLYER_CSS)
            pdf = page.pdf(format="Letter", print_background=True)
            counts.append(len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf)))
            page.close()
    return counts


@pytest.mark.parametrize("language", ["en", "es", "ar", "vi"])
def test_the_flyer_is_one_page_in_the_chosen_language(client, region, language):
    with translation.override(language):
        scan = escape(gettext(SCAN))
    assert language == "en" or scan != escape(SCAN), "the catalog translates the flyer"
    htmls = []
    for model in (ProgramPage, PathwayPage, SupportServicePage):
        listing = longest(model)
        response = client.get(f"/{language}/share/{listing.pk}/flyer/")
        html = response.content.decode()
        assert response.status_code == 200
        direction = "rtl" if language == "ar" else "ltr"
        assert f'<html lang="{language}" dir="{direction}">' in html
        assert f'src="/{language}/share/{listing.pk}/qr.png"' in html
        assert f"http://testserver/{language}/" in html  # the address, to type by hand
        assert scan in html
        htmls.append(html)
    assert pdf_pages(htmls) == [1, 1, 1]


def test_a_programs_dates_and_deadlines_open_in_a_calendar(client, region):
    program = max(
        (p for p in ProgramPage.objects.live().specific() if p.next_deadline()),
        key=lambda p: len(p.upcoming_sessions()),
    )
    html = client.get(f"/es{program.url[3:]}").content.decode()
    assert f'href="/es/share/{program.pk}/calendar.ics"' in html
    response = client.get(f"/es/share/{program.pk}/calendar.ics")
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    events = list(calendar.walk("VEVENT"))
    sessions = program.upcoming_sessions()
    deadlines = [s for s in sessions if s.application_deadline]
    assert len(events) == len(sessions) + len(deadlines)
    # A weekly session starts at a time of day (tests/directory/test_calendar.py): its first
    # day counts.
    starts = sorted(_day(e.decoded("dtstart")) for e in events)
    assert starts == sorted(
        [s.start_date for s in sessions] + [s.application_deadline for s in deadlines]
    )
    address = f"http://testserver/es{program.url[3:]}"
    assert all(str(e["url"]) == address for e in events)
    assert len({str(e["uid"]) for e in events}) == len(events)
    assert client.get(f"/es/share/{program.get_parent().pk}/calendar.ics").status_code == 404


def test_an_educators_list_gets_a_short_link_that_opens_in_each_readers_language(client, region):
    picks = list(ProgramPage.objects.live().order_by("-pk")[:3])
    ids = ",".join(str(p.pk) for p in reversed(picks))
    preview = client.get(f"/en/list/?ids={ids}")
    assert preview.status_code == 200
    assert [page.pk for page, _card in preview.context["items"]] == [p.pk for p in reversed(picks)]

    made = client.post("/en/list/", {"ids": ids, "title": "Grade 8   robotics options"})
    code = made["Location"].rstrip("/").rsplit("/", 1)[1]
    assert made["Location"] == f"/en/list/{code}/"
    shared = SharedList.objects.get(code=code)
    assert shared.title == "Grade 8 robotics options"
    assert {f.name for f in SharedList._meta.get_fields()} == {
        "id",
        "code",
        "title",
        "page_ids",
        "created_on",
    }

    # A Vietnamese-speaking parent, on their own phone, follows the short link from paper.
    parent = Client()
    short = parent.get(f"/l/{code}", HTTP_ACCEPT_LANGUAGE="vi")
    assert short["Location"] == f"/vi/list/{code}/"
    page = parent.get(short["Location"])
    html = page.content.decode()
    assert '<html lang="vi"' in html and "Grade 8 robotics options" in html
    assert [item.pk for item, _card in page.context["items"]] == [p.pk for p in reversed(picks)]
    with translation.override("vi"):
        for pick in picks:
            assert ProgramPage.objects.get(pk=pick.pk).title in html
    assert decode(client.get(f"/l/{code}/qr.png").content) == f"http://testserver/l/{code}"

    # A listing that stops being public drops out, and the list says so.
    picks[0].unpublish()
    later = client.get(f"/en/list/{code}/")
    assert len(later.context["items"]) == 2
    assert "1 listing on this list is no longer available." in later.content.decode()


@pytest.mark.parametrize(
    "data, message",
    [
        ({"ids": "12,abc", "title": "x"}, "is not a listing number"),
        ({"ids": ",".join(str(n) for n in range(1, 40)), "title": "x"}, "at most 30 listings"),
        ({"ids": "", "title": "Robotics"}, "Add at least one listing"),
    ],
)
def test_a_bad_list_is_a_clear_400_and_stores_nothing(client, region, data, message):
    response = client.post("/en/list/", data)
    assert response.status_code == 400 and message in response.content.decode()
    assert not SharedList.objects.exists()


def test_a_title_is_needed_and_lists_are_rate_limited(client, region):
    ids = str(ProgramPage.objects.live().first().pk)
    untitled = client.post("/en/list/", {"ids": ids, "title": "   "})
    assert untitled.status_code == 400 and "Give the list a title" in untitled.content.decode()
    cache.clear()
    for _n in range(LISTS_PER_HOUR):
        assert client.post("/en/list/", {"ids": ids, "title": "Mine"}).status_code == 302
    assert client.post("/en/list/", {"ids": ids, "title": "Mine"}).status_code == 429
    other = client.post("/en/list/", {"ids": ids, "title": "Mine"}, REMOTE_ADDR="198.51.100.9")
    assert other.status_code == 302


def test_a_feed_of_upcoming_deadlines_per_interest(client, region):
    interest = Interest.objects.get(slug="robotics")
    today = timezone.localdate()
    expected = sorted(
        (session.application_deadline, program.pk)
        for program in ProgramPage.objects.live().filter(interests=interest)
        for session in program.sessions.all()
        if session.application_deadline and session.application_deadline >= today
    )
    assert expected, "the demo region has robotics programs taking applications"
    program = ProgramPage.objects.live().filter(interests=interest).first()
    assert (
        'href="/es/deadlines/robotics.ics"' in client.get(f"/es{program.url[3:]}").content.decode()
    )

    response = client.get("/es/deadlines/robotics.ics")
    calendar = icalendar.Calendar.from_ical(response.content)
    events = list(calendar.walk("VEVENT"))
    found = sorted(
        (e.decoded("dtstart"), ProgramPage.objects.get(url_path__endswith=_path_tail(e)).pk)
        for e in events
    )
    assert found == expected
    with translation.override("es"):
        assert str(calendar["x-wr-calname"]) == gettext("Deadlines: %(interest)s") % {
            "interest": interest.name
        }
    assert client.get("/es/deadlines/no-such-interest.ics").status_code == 404


def _day(start):
    return start.date() if isinstance(start, datetime.datetime) else start


def _path_tail(event):
    """The page's url_path tail from an event's address (http://testserver/es/<path>)."""
    return "/" + str(event["url"]).split("/", 4)[4]


@pytest.mark.parametrize("language", ["es", "ar", "zh-hans"])
def test_a_shared_link_previews_with_title_summary_and_a_picture(client, region, language):
    program = longest(ProgramPage)
    path = program.url.removeprefix("/en")  # read while English is active
    html = client.get(f"/{language}{path}").content.decode()
    with translation.override(language):
        title = ProgramPage.objects.get(pk=program.pk).title
    assert f'<meta property="og:title" content="{escape(title)}">' in html
    assert f'<meta property="og:url" content="http://testserver/{language}{path}">' in html
    image_url = re.search(r'<meta property="og:image" content="([^"]+)">', html).group(1)
    assert image_url == f"http://testserver/{language}/share/{program.pk}/preview.png"
    picture = client.get(image_url.removeprefix("http://testserver"))
    assert picture["Content-Type"] == "image/png"
    assert Image.open(io.BytesIO(picture.content)).size == (1200, 630)
    # Only listings get them; other pages say nothing rather than something wrong.
    assert "og:image" not in client.get(f"/{language}/").content.decode()
