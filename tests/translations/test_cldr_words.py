"""What a family reads in its own language: dates, months, money, distances and language names
from CLDR (Babel), on the program page, a find-page result card and the printable flyer.

Measured before: Ukrainian "Запишіться до 19 Січень" (a month in the wrong case), Vietnamese
"trước ngày Ngày 07 tháng 1" (a doubled word), English month and language names under a
Somali or Tagalog page, "Tiếng Việt Nam" for Vietnamese, and one place shown "6 km" on the
card and "5 km away" in its reasons."""

import datetime
import re
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.utils import translation
from factories import (
    LanguageFactory,
    LocationFactory,
    OrganizationPageFactory,
    ProgramPageFactory,
)

from hub.directory import formatting
from hub.directory.models import ProgramSession

LANGUAGES = [code for code, _name in settings.HUB_LANGUAGES]

# ZIP 95823's centre (the `zipcodes` data) and a library 5.46 km due north of it: a distance
# that rounds to 5 as a whole number but to 6 from its one-decimal 5.5.
ZIP = "95823"
LIBRARY = {"latitude": "38.528803", "longitude": "-121.443800"}

DEADLINE = datetime.date(2035, 1, 19)
START, END = datetime.date(2035, 3, 5), datetime.date(2035, 5, 20)

# What CLDR writes for the deadline, in a sentence ("Apply by …"), in each hub language.
DEADLINE_TEXT = {
    "en": "January 19, 2035",
    "es": "19 de enero de 2035",
    "vi": "19 tháng 1, 2035",
    "zh-hans": "2035年1月19日",
    "so": "Janaayo 19, 2035",
    "ar": "19 يناير 2035",
    "ru": "19 января 2035 г.",
    "uk": "19 січня 2035 р.",
    "ko": "2035년 1월 19일",
    "tl": "Enero 19, 2035",
}
# $1,250.50 as CLDR places the currency and separators (Spanish as written in the US).
COST_TEXT = {
    "en": "$1,250.50",
    "es": "$1,250.50",
    "vi": "1.250,50 US$",
    "zh-hans": "US$1,250.50",
    "so": "US$1,250.50",
    "ar": "1,250.50 US$",
    "ru": "1 250,50 $",
    "uk": "1 250,50 USD",
    "ko": "US$1,250.50",
    "tl": "$1,250.50",
}
DISTANCE_TEXT = {"en": "5.5", "es": "5.5", "vi": "5,5", "ru": "5,5", "uk": "5,5", "so": "5.5"}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self._skip = [], 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("script", "style", "title")

    def handle_endtag(self, tag):
        self._skip -= tag in ("script", "style", "title") and self._skip > 0

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def read(response):
    """The text a reader sees, whitespace collapsed; CLDR's no-break and bidi marks as the eye
    reads them (a space, nothing)."""
    assert response.status_code == 200, response.status_code
    parser = _Text()
    parser.feed(response.content.decode())
    text = "".join(parser.parts).replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", re.sub("[\u200e\u200f]", "", text))


@pytest.fixture
def club(indexes):
    """A robotics club taught in all ten hub languages (so every page language finds it),
    $1,250.50, applications due 19 January 2035, at a library 5.46 km from ZIP 95823."""
    languages = [
        LanguageFactory(code=code, endonym=endonym, english_name=code)
        for code, endonym in settings.HUB_LANGUAGES
    ]
    org = OrganizationPageFactory(parent=indexes["partners"], title="Alpha", slug="alpha")
    library = LocationFactory(name="North Library", **LIBRARY)
    page = ProgramPageFactory(
        parent=org,
        slug="robot-club",
        title="Robot Club",
        delivery_languages=languages,
        cost_type="fixed",
        cost_amount="1250.50",
        grade_min=6,
        grade_max=8,
        summary="Build and program robots with friends.",
        sessions=[
            ProgramSession(
                start_date=START,
                end_date=END,
                application_deadline=DEADLINE,
                seats=24,
                location=library,
            )
        ],
    )
    page.save_revision().publish()  # the publish signal indexes it
    page.refresh_from_db()
    return page


def program_page(client, page, language):
    return read(client.get(f"/{language}/partners/alpha/robot-club/"))


def card(client, language, extra=""):
    return read(client.get(f"/{language}/find/?grade=7&zip={ZIP}{extra}"))


def flyer(client, page, language):
    return read(client.get(f"/{language}/share/{page.pk}/flyer/"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_reads_the_deadline_as_its_own_calendar_writes_it(client, club, language):
    """The deadline on the program page, the flyer and the result card (its date and its
    "Apply by" reason) is CLDR's date in the page language, never Django's English-only or
    nominative month."""
    expected = DEADLINE_TEXT[language]
    for where, text in (
        ("program page", program_page(client, club, language)),
        ("flyer", flyer(client, club, language)),
        ("result card", card(client, language)),
    ):
        assert expected in text, (where, language)


@pytest.mark.parametrize("language", ["uk", "ru"])
def test_a_day_is_followed_by_its_month_in_the_genitive_in_ukrainian_and_russian(
    client, club, language
):
    """ "Запишіться до 19 Січень" was a nominative, capitalised month after a day."""
    wrong = {"uk": ("Січень", "січень"), "ru": ("Январь", "январь")}[language]
    for text in (
        program_page(client, club, language),
        flyer(client, club, language),
        card(client, language),
    ):
        assert not any(f"19 {month}" in text for month in wrong)
    right = {"uk": "Запишіться до 19 січня", "ru": "Запишитесь до 19 января"}[language]
    assert right in program_page(client, club, language)
    assert right in card(client, language)


def test_vietnamese_does_not_say_ngay_twice(client, club):
    """The sentence says "trước ngày"; the date must not add its own "Ngày"."""
    for text in (program_page(client, club, "vi"), flyer(client, club, "vi"), card(client, "vi")):
        assert "Ngày" not in text
        assert "ngày ngày" not in text.lower()
    assert "Đăng ký trước ngày 19 tháng 1, 2035" in program_page(client, club, "vi")
    assert "Đăng ký trước ngày 19 tháng 1, 2035" in card(client, "vi")


@pytest.mark.parametrize(("language", "month"), [("so", "Janaayo"), ("tl", "Enero")])
def test_somali_and_tagalog_read_month_names_in_their_language(client, club, language, month):
    """English "January" under a Somali or Tagalog page; CLDR has so and fil (Filipino)."""
    for text in (
        program_page(client, club, language),
        flyer(client, club, language),
        card(client, language),
    ):
        assert month in text
        # An English month next to its day ("May 31"): Tagalog's own "may" ("there is") is not one.
        assert not re.search(r"\b(January|March|May|Jan\.) \d", text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_cost_is_written_as_the_page_language_writes_money(client, club, language):
    """ "$1,250.50" is where CLDR puts the currency and separators in each language."""
    expected = COST_TEXT[language]
    assert expected in program_page(client, club, language)
    assert expected in flyer(client, club, language)
    assert expected in card(client, language)


@pytest.mark.parametrize("language", ["vi", "so", "tl", "ko", "ru"])
def test_languages_a_program_is_taught_in_are_named_in_themselves(client, club, language):
    """The result card listed "Tiếng Việt Nam" (Django's Vietnamese for Vietnamese) and
    English names under a Somali page; every list of languages now uses the endonyms the
    switcher uses: "Tiếng Việt", "Soomaali", "Tagalog"."""
    text = card(client, language)
    assert "Tiếng Việt Nam" not in text
    spoken = text.split(translation_of("Languages spoken:", language), 1)[1]
    for endonym in ("Tiếng Việt", "Soomaali", "Tagalog", "Русский", "한국어", "English"):
        assert endonym in spoken[:300], endonym


def translation_of(msgid, language):
    with translation.override(language):
        return translation.gettext(msgid)


@pytest.mark.parametrize(
    ("language", "asked", "reason"),
    [
        ("vi", "vi", "Dạy bằng Tiếng Việt"),
        ("so", "so", "Waxaa lagu dhigaa Soomaali"),
        ("tl", "tl", "Itinuturo sa Tagalog"),
        ("ko", "en", "수업 언어: 영어"),
        ("so", "vi", "Waxaa lagu dhigaa Fiitnaamays"),
    ],
)
def test_a_sentence_names_the_language_in_the_page_language(client, club, language, asked, reason):
    """ "Taught in …" in a sentence uses CLDR's name of the language in the page language:
    a Somali page says "Fiitnaamays", not the English "Vietnamese"."""
    text = card(client, language, f"&language={asked}")
    assert reason in text
    assert "Tiếng Việt Nam" not in text


@pytest.mark.parametrize("language", ["en", "es", "vi", "uk", "ru", "so"])
def test_one_place_is_one_distance_on_the_card_and_in_its_reasons(client, club, language):
    """The same library was "6 km" on the card and "5 km away" in its reasons."""
    page = client.get(f"/{language}/find/?grade=7&zip={ZIP}").content.decode()
    # The result cards only: the form's "Use my location (about 1 km)" is not a distance.
    cards = "".join(re.findall(r'<article class="card result".*?</article>', page, re.S))
    distances = set(re.findall(r"(\d+(?:[.,]\d+)?) (?:km|км)", cards))
    assert distances == {DISTANCE_TEXT[language]}


def test_distances_round_once_one_decimal_under_ten_km_whole_km_beyond(settings):
    with translation.override("en"):
        assert formatting.distance_text(formatting.distance_km(5.46)) == "5.5 km"
        assert formatting.distance_text(formatting.distance_km(9.96)) == "10 km"
        assert formatting.distance_text(formatting.distance_km(23.4)) == "23 km"
        assert formatting.distance_km(5.46) == 5.5
    with translation.override("uk"):
        assert formatting.distance_text(formatting.distance_km(5.46)) == "5,5 км"


def test_a_date_this_year_drops_the_year_and_a_month_and_year_reads_naturally():
    """ "Last verified November 2026"; a reason this year says "Apply by January 19"."""
    today = datetime.date(2035, 1, 2)
    with translation.override("en"):
        assert formatting.in_sentence_date(DEADLINE, today) == "January 19"
        assert formatting.month_year(datetime.date(2026, 11, 3)) == "November 2026"
    with translation.override("uk"):
        assert formatting.in_sentence_date(DEADLINE, today) == "19 січня"
    with translation.override("tl"):
        assert formatting.month_year(datetime.date(2026, 11, 3)) == "Nobyembre 2026"


@pytest.mark.django_db
def test_a_language_the_hub_does_not_speak_is_still_named_in_itself():
    """A program taught in Hmong listed "hmn" on its result card."""
    LanguageFactory(code="hmn", endonym="Hmoob", english_name="Hmong")
    assert formatting.endonym("hmn") == "Hmoob"
    assert formatting.endonym("fr") == "français"  # CLDR, when no snippet names it
    assert formatting.endonym("xx-nonsense") == "xx-nonsense"
    with translation.override("ko"):
        assert formatting.language_name("hmn") == "히몸어"  # in a sentence: CLDR's Korean name
    LanguageFactory(code="mam", endonym="Qyol Mam", english_name="Mam")
    with translation.override("so"):
        assert formatting.language_name("mam") == "Qyol Mam"  # CLDR has no Somali name for it
