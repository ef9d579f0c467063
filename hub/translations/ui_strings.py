"""The admin screens of a language's UI strings and glossary.

Translators of a language review and correct its UI strings, a page of them at a time (Hub
staff read them and download them): what they save is checked (catalog.problem_with), applied
to the running site at once and kept in the database until exported as .po into the repository.
The glossary is edited by Hub staff and the language's lead translators, and read by every
translator of it."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, to_locale
from wagtail.admin import messages

from hub.partners.onboarding import is_hub_staff

from . import catalog, glossary
from .coverage import target_languages
from .models import GlossaryTerm
from .translators import languages_of, may_review
from .views import language_names

PER_PAGE = 25
SHOWN = {
    "waiting": gettext_lazy("Awaiting review"),
    "reviewed": gettext_lazy("Reviewed"),
    "all": gettext_lazy("All"),
}


def _language(request, language):
    if language not in target_languages():
        raise Http404
    if language not in languages_of(request.user) and not is_hub_staff(request.user):
        raise PermissionDenied
    return language


def _chosen(strings, shown, query):
    if shown == "waiting":
        strings = [s for s in strings if not s.reviewed]
    elif shown == "reviewed":
        strings = [s for s in strings if s.reviewed]
    if query:
        wanted = query.casefold()
        strings = [
            s
            for s in strings
            if wanted in s.msgid.casefold() or any(wanted in f.casefold() for f in s.forms)
        ]
    return strings


def _posted_edits(request):
    """{key: (forms, reviewed)} of the strings of the page that was posted."""
    edits = {}
    count = request.POST.get("count", "")
    for index in range(min(int(count), PER_PAGE) if count.isdigit() else 0):
        key = request.POST.get(f"key-{index}")
        if key is None:
            continue
        texts = request.POST.getlist(f"text-{index}")
        edits[key] = ([text.strip() for text in texts], bool(request.POST.get(f"reviewed-{index}")))
    return edits


def ui_strings(request, language):
    language = _language(request, language)
    shown = request.GET.get("show", "waiting")
    shown = shown if shown in SHOWN else "waiting"
    query = request.GET.get("q", "").strip()[:100]
    everything = catalog.strings(language)
    problems, posted = {}, {}
    # Reviews are the community's: staff read and export them, translators of it write them.
    reviewer = language in languages_of(request.user)
    if request.method == "POST":
        if not reviewer or len(request.POST) > 4 * PER_PAGE + 10:
            raise PermissionDenied
        posted = _posted_edits(request)
        try:
            changed = catalog.save(language, posted, request.user)
        except catalog.CatalogError as error:
            problems = error.problems
            messages.error(request, _("Nothing was saved: correct the strings marked below."))
        else:
            saved = ngettext(
                "%(count)s string saved; the site shows it now.",
                "%(count)s strings saved; the site shows them now.",
                changed,
            )
            messages.success(request, saved % {"count": changed})
            return redirect(request.get_full_path())
    strings = _chosen(everything, shown, query)
    page = Paginator(strings, PER_PAGE).get_page(request.GET.get("page"))
    terms = glossary.terms(language)
    rows = []
    for index, string in enumerate(page):
        forms_now, reviewed = posted.get(string.key, (string.forms, string.reviewed))
        rows.append(
            {
                "index": index,
                "string": string,
                "forms": forms_now,
                "reviewed": reviewed,
                "problem": problems.get(string.key),
                "ignored": [
                    term
                    for text in forms_now
                    for term in glossary.ignored(string.msgid, text, terms)
                ],
                "long": len(string.msgid) > 60,
            }
        )
    on_page = {row["string"].key for row in rows}
    elsewhere = [(key, problem) for key, problem in problems.items() if key not in on_page]
    reviewed, total = catalog.share(language)
    return TemplateResponse(
        request,
        "translations/ui_strings.html",
        {
            "language": language,
            "language_name": language_names()[language],
            "rows": rows,
            "page": page,
            "shown": shown,
            "choices": list(SHOWN.items()),
            "query": query,
            "filters": urlencode({"show": shown, "q": query}),
            "reviewed": reviewed,
            "total": total,
            "terms": terms,
            "elsewhere": elsewhere,
            "reviewer": reviewer,
        },
    )


def export(request, language):
    """The language's catalog with the community's reviews, to commit to the repository."""
    language = _language(request, language)
    response = HttpResponse(catalog.export(language), content_type="text/x-gettext-translation")
    response["Content-Disposition"] = f'attachment; filename="{to_locale(language)}-django.po"'
    return response


# --- Glossary -------------------------------------------------------------------------------


class TermForm(forms.ModelForm):
    class Meta:
        model = GlossaryTerm
        fields = ["english", "translation", "note"]
        help_texts = {"translation": gettext_lazy("Separate the forms you accept with |.")}


def glossary_terms(request, language):
    language = _language(request, language)
    editor = may_review(request.user, language)
    TermFormSet = forms.modelformset_factory(
        GlossaryTerm, form=TermForm, extra=3 if editor else 0, can_delete=editor
    )
    queryset = GlossaryTerm.objects.filter(language=language)
    if request.method == "POST":
        if not editor:
            raise PermissionDenied
        formset = TermFormSet(request.POST, queryset=queryset)
        if formset.is_valid():
            for form in formset.forms:
                form.instance.language = language
            duplicates = _duplicates(formset)
            if duplicates:
                messages.error(
                    request,
                    _("Each term once: %(terms)s is there twice.") % {"terms": duplicates},
                )
            else:
                formset.save()
                messages.success(request, _("The glossary is saved."))
                return redirect("translations:glossary", language)
    else:
        formset = TermFormSet(queryset=queryset)
    return TemplateResponse(
        request,
        "translations/glossary.html",
        {
            "language": language,
            "language_name": language_names()[language],
            "formset": formset,
            "editor": editor,
            "terms": queryset,
            "strings_url": reverse("translations:ui_strings", args=[language]),
        },
    )


def _duplicates(formset):
    seen = set()
    for form in formset.forms:
        data = getattr(form, "cleaned_data", None) or {}
        if not data.get("english") or data.get("DELETE"):
            continue
        english = data["english"].strip().casefold()
        if english in seen:
            return data["english"]
        seen.add(english)
    return None
