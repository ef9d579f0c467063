"""The glossary: per language, the terms the region agreed how to say (grade names, "dual
enrollment", "apprenticeship", the interests), so that every listing and every UI string says
them the same way. Translators see the terms their text uses beside the editors; a translation
of English that uses a term but none of its agreed forms is flagged for them and the reviewer.

    terms(language) -> [GlossaryTerm]
    used_in(english, terms) -> [GlossaryTerm]
    ignored(english, translation, terms) -> [GlossaryTerm]

An agreed translation may list the forms a language inflects it into, separated by "|"
("bac|bacs"): any one of them counts as used."""

import re

from .models import GlossaryTerm


def terms(language):
    return list(GlossaryTerm.objects.filter(language=language))


def _mentions(english, term):
    return re.search(rf"(?<!\w){re.escape(term.english)}(?!\w)", english, re.IGNORECASE)


def accepted_forms(term):
    return [form.strip() for form in term.translation.split("|") if form.strip()]


def used_in(english, glossary):
    """The terms of `glossary` that `english` uses."""
    english = english or ""
    return [term for term in glossary if _mentions(english, term)]


def ignored(english, translation, glossary):
    """The terms `english` uses whose agreed translation `translation` does not (nothing
    for an empty translation: that is "not translated", said elsewhere)."""
    if not (translation or "").strip():
        return []
    written = translation.casefold()
    return [
        term
        for term in used_in(english, glossary)
        if not any(form.casefold() in written for form in accepted_forms(term))
    ]
