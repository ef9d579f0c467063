"""Dates, numbers, money, distances and language names as a family reads them, in the page's
language, from CLDR through Babel.

Not Django's per-language format files: they have nothing for Somali and Tagalog (English
months), put a Ukrainian or Russian month after a day in the nominative ("19 Січень" for
"19 січня"), and the Vietnamese one writes "Ngày 07 tháng 1" inside a sentence that already
says "ngày". Every family-facing date, amount, distance and language name goes through here;
the template filters in templatetags/hub_tags.py wrap these functions."""

import datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton, format_time
from babel.lists import format_list
from babel.localedata import locale_identifiers
from babel.numbers import format_currency, format_decimal
from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from hub.caching.memo import ProcessMemo

from .models import Language

# The hub's language codes that CLDR spells otherwise. Tagalog's written standard is Filipino
# in CLDR ("fil"); "tl" alone has no CLDR locale.
CLDR_LOCALES = {"zh-hans": "zh_Hans", "zh-hant": "zh_Hant", "tl": "fil"}
# The hub's money and region: Spanish as written in the US is CLDR's es_US ("$1,250.50").
CURRENCY = "USD"
STORED_ENDONYMS = ProcessMemo("language endonyms", max_entries=500)
COUNTRY = "US"


@lru_cache(maxsize=64)
def cldr_locale(code):
    """Babel's locale for a hub language code: the country's variant where CLDR has one."""
    name = CLDR_LOCALES.get(code.lower(), code.replace("-", "_"))
    regional = f"{name}_{COUNTRY}"
    if regional in locale_identifiers():
        name = regional
    try:
        return Locale.parse(name)
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en_US")


def page_locale():
    return cldr_locale(get_language() or settings.LANGUAGE_CODE)


def _as_date(value):
    return datetime.date.fromisoformat(value) if isinstance(value, str) else value


# --- Dates ---------------------------------------------------------------------------------


def long_date(value):
    """A whole date: "January 19, 2035", "19 січня 2035 р.", "Janaayo 19, 2035"."""
    if not value:
        return ""
    return format_date(_as_date(value), "long", locale=page_locale())


def in_sentence_date(value, today=None):
    """A date inside a sentence ("Apply by …"): day and month in the form that follows a day
    (genitive in ru/uk), with the year only when it is not this year."""
    if not value:
        return ""
    value = _as_date(value)
    today = today or timezone.localdate()
    if value.year != today.year:
        return long_date(value)
    return format_skeleton("MMMMd", value, locale=page_locale())


SHORT_DATE_DAYS = 300  # "Jan 9" read in December is next January's, not last year's


def short_date(value, today=None):
    """A date in as few letters as it reads clearly (a text message): "Jan 9", "9 ene", "1月9日",
    with the year only for a date that is past or more than ten months away."""
    if not value:
        return ""
    value = _as_date(value)
    today = today or timezone.localdate()
    soon = 0 <= (value - today).days <= SHORT_DATE_DAYS
    return format_skeleton("MMMd" if soon else "yMMMd", value, locale=page_locale())


def short_list(items):
    """Items in one line, the language's way: "Robotics, Grade 7 and Free"."""
    return format_list([str(item) for item in items], style="standard", locale=page_locale())


def date_range(start, end=None):
    """ "March 5, 2035 – May 20, 2035"; one date when it ends the day it starts."""
    if not end or end == start:
        return long_date(start)
    return f"{long_date(start)} – {long_date(end)}"


def month_year(value):
    """ "Last verified November 2026": month and year as the language writes them alone."""
    if not value:
        return ""
    return format_skeleton("yMMMM", _as_date(value), locale=page_locale())


# --- Opening hours -------------------------------------------------------------------------

DAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]  # CLDR's day numbers, Monday first


def _time(value):
    try:
        return format_time(datetime.time.fromisoformat(value), "short", locale=page_locale())
    except (TypeError, ValueError):
        return None


def _days(byday):
    """ "MO,TU,WE,TH,FR" -> "Monday – Friday"; "TU,TH" -> "Tuesday and Thursday"."""
    numbers = sorted({DAY_CODES.index(d) for d in byday.upper().split(",") if d in DAY_CODES})
    if not numbers:
        return ""
    names = page_locale().days["format"]["wide"]
    if len(numbers) >= 3 and numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"{names[numbers[0]]} – {names[numbers[-1]]}"
    return format_list([names[n] for n in numbers], style="standard", locale=page_locale())


def weekly_hours(entries):
    """Opening hours as HSDS schedules give them ([{"byday", "opens_at", "closes_at"}]), one
    line each, with the days and times the page language's way ("lunes – viernes: 9:00 –
    17:00"). Only what is given: a schedule with no days says no days."""
    lines = []
    for entry in entries or []:
        if not isinstance(entry, dict):
            continue
        opens, closes = _time(entry.get("opens_at")), _time(entry.get("closes_at"))
        if opens and closes:
            hours = f"{opens} – {closes}"
        elif opens:
            hours = _("from %(time)s") % {"time": opens}
        elif closes:
            hours = _("until %(time)s") % {"time": closes}
        else:
            continue
        days = _days(entry.get("byday") or "")
        lines.append(_("%(days)s: %(hours)s") % {"days": days, "hours": hours} if days else hours)
    return lines


# --- Numbers, money, distance --------------------------------------------------------------


def number(value):
    """A count or amount with the page language's digits and separators."""
    return format_decimal(value, locale=page_locale())


def money(amount):
    """$120 or $1,250.50 where CLDR puts the currency sign and separators in the page
    language ("1 250,50 $" in Russian); no cents on a whole amount."""
    if amount is None:
        return ""
    locale = page_locale()
    pattern = locale.currency_formats["standard"].pattern
    amount = Decimal(str(amount))
    if amount == amount.to_integral_value():
        pattern = pattern.replace(".00", "")
    return format_currency(amount, CURRENCY, format=pattern, locale=locale, currency_digits=False)


def distance_km(km):
    """The one rounding of a distance, to 0.1 km (what the match API returns); every text of
    it is made from this number, so a card and its reasons never disagree."""
    if km is None:
        return None
    return float(Decimal(str(km)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def distance_number(km):
    """A rounded distance as the page language writes it: one decimal under 10 km ("5.5",
    "5,5"), whole km from 10 km on, where a tenth tells a family nothing."""
    value = Decimal(str(km))
    if value >= 10:
        return number(value.quantize(Decimal("1"), rounding=ROUND_HALF_UP))
    return number(value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def distance_text(km):
    """ "5.5 km", "23 km", "5,5 км"."""
    return _("%(km)s km") % {"km": distance_number(km)}


# --- Language names ------------------------------------------------------------------------


def endonym(code):
    """A language named in itself ("Español", "Tiếng Việt", "Soomaali"), as the language
    switcher and every list of languages shows it: the hub's own name for its languages (the
    Language snippets are seeded from them), else the snippet's, else CLDR's."""
    names = dict(settings.HUB_LANGUAGES)
    if code in names:
        return names[code]
    # Every result card lists its languages: one query per language per edit, not per card.
    stored = STORED_ENDONYMS.get(
        code, lambda: Language.objects.filter(code=code).values_list("endonym", flat=True).first()
    )
    if stored:
        return stored
    try:
        locale = Locale.parse(CLDR_LOCALES.get(code.lower(), code.replace("-", "_")))
    except (UnknownLocaleError, ValueError):
        return code
    return locale.get_display_name(locale) or code


def language_name(code, in_language=None):
    """The language's name in the page language, for a sentence that names it: "영어" in
    "Taught in English" on a Korean page, "Fiitnaamays" on a Somali one. A language named
    in itself, or one CLDR does not name in the page language, is its endonym."""
    page = in_language or get_language() or settings.LANGUAGE_CODE
    if code == page:
        return endonym(code)
    key = CLDR_LOCALES.get(code.lower(), code) if code.lower().startswith("zh") else code
    return cldr_locale(page).languages.get(key) or endonym(code)


def language_list(codes):
    """ "English, Spanish and Tagalog" in the page language: names joined the CLDR way."""
    names = [language_name(code) for code in codes]
    return format_list(names, style="standard", locale=page_locale()) if names else ""
