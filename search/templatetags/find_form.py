"""The find page's long parts, written here rather than looped over in its template, where each
option and each card cost a dozen template lookups on every question a family asks: the form's
lists (grades, ages, interests, kinds, needs: ~100 options and chips) and the result cards.

Every value is escaped with the standard library's html.escape (what Django's escape does,
without its per-call lazy-string checks, a third of these parts' time through format_html)."""

from html import escape

from django import template
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from hub.caching.memo import ProcessMemo
from hub.directory.templatetags.hub_tags import result_note

register = template.Library()

# Written cards, until the next edit: the same program comes up for many families' questions.
CARDS = ProcessMemo("result cards", max_entries=5_000)


def _e(value):
    return escape(str(value))


def _entries(choices):
    """(value, label, icon) from (value, label) pairs or terms.choices()'s dicts."""
    for choice in choices:
        if isinstance(choice, dict):
            yield choice["slug"], choice["name"], choice.get("icon", "")
        else:
            yield choice[0], choice[1], ""


@register.simple_tag
def options(choices, chosen):
    """A <select>'s options; `chosen` is the value as the form sent it (a string)."""
    return mark_safe(
        "".join(
            f'<option value="{_e(value)}"{" selected" if str(value) == chosen else ""}>'
            f"{_e(label)}</option>"
            for value, label, _icon in _entries(choices)
        )
    )


@register.simple_tag
def chips(name, choices, chosen):
    """Checkbox chips; `chosen` is the set of values the form sent."""
    return mark_safe("\n".join(_chip(name, *entry, chosen) for entry in _entries(choices)))


def _chip(name, value, label, icon, chosen):
    checked = " checked" if str(value) in chosen else ""
    icon = f'<span aria-hidden="true">{_e(icon)}</span> ' if icon else ""
    return (
        f'<label class="chip"><input type="checkbox" name="{_e(name)}" value="{_e(value)}"'
        f"{checked}> {icon}{_e(label)}</label>"
    )


@register.simple_tag(takes_context=True)
def result_card(context, item):
    """One result and why it fits."""
    page_language = context.get("LANGUAGE_CODE")
    # The rest of a card is its page's, in the page's language (explain.present).
    why = tuple((reason["code"], reason["text"]) for reason in item["reasons"])
    key = (page_language, item["id"], item["next_date_text"], item["distance_text"], why)
    return CARDS.get(key, lambda: _card(item, page_language))


def _card(item, page_language):
    title_lang = ""
    if item["title_language"] != page_language:
        title_lang = f' lang="{_e(item["title_language"])}"'
    summary = ""
    if item["summary"]:
        summary_lang = ""
        if item["summary_language"] != page_language:
            summary_lang = f' lang="{_e(item["summary_language"])}" dir="ltr"'
        summary = f"<p{summary_lang}>{_e(Truncator(item['summary']).chars(180))}</p>"
    organization = ""
    if item["organization"]:
        organization = f'<p class="meta">{_e(item["organization"])}</p>\n  '
    facts = [f"<strong>{_e(item['grades_text'])}</strong>"]
    if item["cost"]["text"]:
        facts.append(f"<strong>{_e(item['cost']['text'])}</strong>")
    facts += [_e(item[key]) for key in ("next_date_text", "distance_text") if item[key]]
    languages = ""
    if item["languages_text"]:
        spoken = ", ".join(
            f'<span lang="{_e(code)}">{_e(name)}</span>'
            for code, name in zip(item["languages"], item["languages_text"], strict=True)
        )
        label = _("Languages spoken:")  # outside the f-string, where makemessages finds it
        languages = f'<p class="meta">{_e(label)} {spoken}</p>'
    reasons = "".join(
        f'<li data-reason="{_e(reason["code"])}">{_e(reason["text"])}</li>'
        for reason in item["reasons"]
    )
    why = _("Why it fits:")
    return mark_safe(
        f'<article class="card result" data-id="{_e(item["id"])}">\n'
        f'  <h3><a href="{_e(item["url"])}"{title_lang}>{_e(item["title"])}</a></h3>\n'
        f"  {summary}{result_note(item, 'title', 'summary')}\n"
        f'  {organization}<p class="meta">{" · ".join(facts)}</p>\n'
        f"  {languages}\n"
        f'  <p class="why-label">{_e(why)}</p>\n'
        f'  <ul class="why">{reasons}</ul>\n'
        "</article>\n"
    )
