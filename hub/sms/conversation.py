"""A family's conversation with the hub by text message, whatever the gateway.

A text is a question for the same matcher as the find page ("robotics grade 7 95823"), or a
keyword (keywords.py): MORE, STOP, START, HELP or a language's name. The answer comes back in
the language the text was written in, one SMS segment per message: what was understood (and
what was not), then the three best matches (title, when, cost, a short link in that language).

Privacy: the phone number is turned at once into a salted hash (`person`) and never kept,
logged or counted. The hash keys the conversation's state for "MORE" (the question, the
language, how many were shown), held in the cache for HUB_SMS_CONVERSATION_SECONDS; the mark
that a number texted STOP; and the rate limit. The question is counted in the anonymous
counters like any other search."""

import hashlib
import hmac
import re
from dataclasses import dataclass, field, replace

from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext

from hub import regions, throttle
from hub.directory import formatting, help_lines
from search import handoff, signals
from search import query as questions
from search.explain import cost_text, present, schedule_label, term_labels
from search.matcher import CANDIDATES, answer_for

from . import keywords, language, segments

PER_ANSWER = 3  # matches in each answer; MORE sends the next ones
SENDER = "text message"  # how the anonymous counters know this channel's answers
TITLE_AT_LEAST = 16  # letters of a title kept before a match's date or cost is left out
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass
class Reply:
    language: str
    messages: list = field(default_factory=list)  # each fits one SMS segment


def person(number):
    """The salted hash a phone number is known by, for as long as the cache keeps it."""
    salt = settings.HUB_SMS_SALT or f"sms:{settings.SECRET_KEY}"
    digits = re.sub(r"[^\d+]", "", number)
    return hmac.new(salt.encode(), digits.encode(), hashlib.sha256).hexdigest()[:32]


def _key(kind, who):
    return f"sms:{kind}:{who}"


def forget(who):
    """Everything the cache holds for `who`: the conversation, a STOP, the rate limit's count."""
    kinds = ("conversation", "stopped", "told-to-wait", "throttle")
    cache.delete_many([_key(kind, who) for kind in kinds] + [f"{_key('throttle', who)}:opened"])


def answer(body, who, origin, counted=True):
    """The `Reply` to the text `body` from the person hashed as `who` (`person`). `origin`:
    the site's address for the links ("https://hub.example.org"). `counted`: False for staff
    trying the simulator, whose questions are not a family's demand."""
    text = CONTROL.sub(" ", body or "").strip()[: questions.MAX_TEXT]
    state = cache.get(_key("conversation", who)) or {}
    keyword = keywords.read(text) if text else None
    chosen = _language(keyword, text, state.get("language"))
    with translation.override(chosen):
        reply = Reply(chosen)
        if keyword and keyword.command == keywords.STOP:
            # Honoured at once and for good: nothing more goes to this number until START.
            cache.delete(_key("conversation", who))
            cache.set(_key("stopped", who), True, timeout=None)
            reply.messages = segments.pack([_stopped_sentence()])
            return reply
        if cache.get(_key("stopped", who)):
            if not (keyword and keyword.command == keywords.START):
                return reply  # no answer at all to a number that said STOP
            cache.delete(_key("stopped", who))
        wait = throttle.seconds_to_wait_for(_key("throttle", who), *settings.HUB_RATE_LIMITS["sms"])
        if wait:
            # Said once per window; after that, silence (each answer costs the family).
            if cache.add(_key("told-to-wait", who), True, timeout=wait):
                minutes = -(-wait // 60)
                reply.messages = segments.pack(
                    [
                        ngettext(
                            "Too many messages. Please try again in %(minutes)d minute.",
                            "Too many messages. Please try again in %(minutes)d minutes.",
                            minutes,
                        )
                        % {"minutes": minutes}
                    ]
                )
            return reply
        if keyword is None and text:
            parts, state = _search(text, origin, counted)
        elif keyword and keyword.command == keywords.MORE:
            parts, state = _more(state, origin, counted)
        else:  # HELP, START, a language's name, or an empty text (a picture)
            parts = [_help_sentences()]
        state["language"] = chosen
        cache.set(_key("conversation", who), state, timeout=settings.HUB_SMS_CONVERSATION_SECONDS)
        reply.messages = [message for part in parts for message in _as_messages(part)]
        return reply


def _language(keyword, text, current):
    """A keyword's language, else the language the text is written in. The conversation's
    language stays for a word it shares with the keyword's ("info"), and for the English
    keywords every phone user knows (STOP, HELP): a family asking in Spanish who texts STOP
    is told in Spanish. A language's name always switches."""
    if keyword is None:
        return language.guess(text, current)
    shared = current in keyword.languages or "en" in keyword.languages
    if current and shared and keyword.command != keywords.LANGUAGE:
        return current
    return keyword.languages[0]


def _as_messages(part):
    """A part of the answer is a match's line, already fitted to one segment (`_line`), or a
    list of sentences, packed into as few segments as they fit."""
    return [part] if isinstance(part, str) else segments.pack(part)


# --- A question -------------------------------------------------------------------------------


def _question(state):
    params = {"q": state["q"], "zip": state["zip"], "language": translation.get_language()}
    return questions.parse(params, default_language=translation.get_language())


def _search(text, origin, counted):
    """A new question: what was understood, and the first matches."""
    place = regions.zip_in(text)
    words = regions.ZIP_IN_TEXT.sub(" ", text).strip() if place else text
    asked = {"q": words, "zip": place, "shown": 0}
    try:
        question = _question(asked)
    except questions.BadParameter as bad:  # a ZIP code outside the region, say
        return [[bad.message, *_example_sentences()]], {}
    understood = term_labels(question.terms)
    if place:
        understood.append(_("near %(place)s") % {"place": place})
    if not understood:  # a grade or an age in the text is a term too
        return [[_not_understood(question), *_example_sentences()]], {}
    return _page(question, asked, origin, counted, understood)


def _more(state, origin, counted):
    if not state.get("q") and not state.get("zip"):
        return [[_("Send a question first."), *_example_sentences()]], state
    try:
        question = _question(state)
    except questions.BadParameter:  # the region's places changed since: start again
        return [_example_sentences()], {}
    return _page(question, state, origin, counted, understood=None)


def _page(question, state, origin, counted, understood):
    """The next PER_ANSWER matches of `question` after the `state["shown"]` already sent; with
    `understood` (a new question), first what was understood and how many fit."""
    found = answer_for(replace(question, limit=CANDIDATES))
    first = state["shown"]
    shown = found.results[first : first + PER_ANSWER]
    if counted:
        signals.match_answered.send(
            SENDER,
            question=question,
            answer=replace(found, results=shown),
            new_question=understood is not None,
        )
    state = {**state, "shown": first + len(shown)}
    sentences = []
    if understood is not None:
        sentences = _summary(found, question, understood)
    elif not shown:
        sentences = [_("That is all that fits. Send a new question, or HELP.")]
    language_code = translation.get_language()
    lines = [
        _line(first + number, result, language_code, origin)
        for number, result in enumerate(shown, start=1)
    ]
    more = len(found.results) - state["shown"]
    closing = []
    if more > 0:
        next_count = min(more, PER_ANSWER)
        closing.append(
            ngettext(
                "Text MORE for %(count)d more.", "Text MORE for the next %(count)d.", next_count
            )
            % {"count": next_count}
        )
    if handoff.refer_to_211(found, question) and (understood is not None or more <= 0):
        closing.append(_help_211_sentence())
    if not lines:
        return [sentences + closing], state
    return [sentences, *lines, closing], state


def _summary(found, question, understood):
    """[What was understood and how many fit, whether they fit all of it, the words that were
    not understood]."""
    listed = formatting.short_list(understood)
    count = len(found.results)
    if count:
        sentence = ngettext(
            "%(count)d match for %(understood)s.", "%(count)d matches for %(understood)s.", count
        ) % {"count": count, "understood": listed}
    else:
        sentence = _("Nothing fits %(understood)s yet.") % {"understood": listed}
    sentences = [sentence]
    if found.relaxed and count:
        sentences.append(_("None fit everything asked; these fit the most."))
    if question.unrecognised_typed:
        sentences.append(_not_understood(question))
    return sentences


def _not_understood(question):
    typed = question.unrecognised_typed or (question.text,)
    return _("Not understood: %(words)s.") % {"words": ", ".join(typed)}


def _line(number, result, language_code, origin):
    """ "1. Alpha Robot Club, Jan 9, Free hub.example.org/es/p/12": as much of the title as
    one segment leaves room for; the details go before the title is cut to nothing."""
    doc = result.doc
    title = present(result, language_code)["title"]
    link = f"{origin}/{language_code}/p/{doc['id']}"
    details = [d for d in (_when(result), _cost(doc)) if d]
    prefix = f"{number}. "
    while True:
        rest = "".join(f", {detail}" for detail in details) + f" {link}"
        fitted = segments.shorten(prefix + title, rest)
        if len(fitted) >= len(prefix) + TITLE_AT_LEAST or not details:
            return (fitted or prefix.strip()) + rest
        details.pop()


def _when(result):
    if result.next_date:
        return formatting.short_date(result.next_date)
    schedule = result.doc.get("schedule") or []
    if schedule:
        return str(schedule_label(schedule[0]))
    if result.doc["type"] == "pathway":
        return ""
    return _("dates not listed")


def _cost(doc):
    if doc["type"] == "pathway":
        return ""
    if doc["cost_type"] is None:
        return _("cost not listed")  # never "free": unknown is unknown
    return str(cost_text(doc))


# --- What to send ---------------------------------------------------------------------------


def _example_sentences():
    """What to text, and an example: two sentences, each whole in its own message when one
    segment cannot hold both (separate messages may arrive in any order)."""
    # Translators: an example question a family would text, in your language's words for
    # "robotics" and "grade 7" (the hub understands them); 95823 is a ZIP code.
    example = pgettext("an example text message", "robotics grade 7 95823")
    return [
        _("Text what your child likes, their grade and your ZIP code."),
        _("For example: %(example)s") % {"example": example},
    ]


def _help_sentences():
    """What HELP answers, as carriers expect of a text line: who is texting, what to send, how
    to stop, how to reach a person."""
    sentences = [
        _("%(name)s: programs for your child, by text. Message and data rates may apply.")
        % {"name": _("STEM Opportunity Hub")},
        *_example_sentences(),
        # Translators: MORE, STOP and HELP are the words to text: use your language's (they
        # are listed in hub/sms/keywords.py).
        _("MORE: the next matches. STOP: no more messages. HELP: this message."),
        _("A person at the hub can help: %(phone)s.") % {"phone": settings.HUB_CONTACT_PHONE},
    ]
    if help_lines.two_one_one():
        sentences.append(_help_211_sentence())
    others = [name for code, name in settings.HUB_LANGUAGES if code != translation.get_language()]
    sentences.append(_("Other languages: %(names)s.") % {"names": ", ".join(others)})
    return sentences


def _help_211_sentence():
    line = help_lines.two_one_one()
    sentence = _("Food, housing, health or other help: call %(phone)s.") % {"phone": line["phone"]}
    if line["text"]:
        sentence += " " + _("Or text %(number)s.") % {"number": line["text"]}
    return sentence


def _stopped_sentence():
    # Translators: START is the word to text: use your language's (hub/sms/keywords.py).
    return _("You will get no more messages from the hub. Text START to use it again.")
