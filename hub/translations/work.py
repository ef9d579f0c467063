"""Community translators at work: their queue, the side-by-side editor, and the review of what
they propose (by Hub staff, or a lead translator of that language).

A translator edits nothing of a page directly. The editor takes only the translated fields of
one language, and what they write waits as a TranslationProposal; approving it publishes
exactly those fields, on the live page and on any draft the partner has in progress, so neither
the partner's pending changes nor anything else of the page is published or lost."""

import difflib
from datetime import timedelta

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Sum
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin import messages
from wagtail.models import Page, Revision
from wagtail.signals import page_published

from hub.counters.models import Appearance
from hub.directory.bulk import publish_contents
from hub.directory.i18n import DEFAULT_LANGUAGE, localized_field_name, stored_value
from hub.partners.onboarding import OnboardingError, is_hub_staff, password_setup_url

from . import body, catalog, glossary
from .coverage import LISTING_TYPES, fingerprint, listing_fields, states, target_languages
from .models import TranslationCheck, TranslationProposal, TranslatorLanguage
from .translators import ensure_translator, languages_of, leads_of, may_review
from .views import language_names

VIEWS_WINDOW = timedelta(days=90)  # "most viewed": appearances in match results lately
REASONS = {
    "untranslated": gettext_lazy("Never translated"),
    "outdated": gettext_lazy("The English changed"),
    "partial": gettext_lazy("Partly translated"),
}


# --- Who may do what ------------------------------------------------------------------------


def _translator_language(request, language):
    if language not in target_languages():
        raise Http404
    if language not in languages_of(request.user) and not is_hub_staff(request.user):
        raise PermissionDenied
    return language


def _listing(page_id):
    page = get_object_or_404(Page, pk=page_id, live=True).specific
    if not isinstance(page, LISTING_TYPES):
        raise Http404
    return page


def text_fields(page):
    """The listing's translated fields a translator writes as text, in the editor's order, as
    model fields; its body, built of blocks, is translated piece by piece (body.py)."""
    model = type(page)
    fields = []
    for name in listing_fields(page):
        field = model._meta.get_field(name)  # not title_en: its label says "[en]"
        if field.get_internal_type() in ("CharField", "TextField"):
            fields.append((name, field))
    return fields


# --- The queue ------------------------------------------------------------------------------


def views_by_page(pages):
    """{page id: appearances in match results over the last VIEWS_WINDOW}: anonymous counts."""
    since = timezone.localdate() - VIEWS_WINDOW
    pks = [page.pk for page in pages]
    counts = {}
    for start in range(0, len(pks), 500):  # a query's variables are limited
        rows = (
            Appearance.objects.filter(page_id__in=pks[start : start + 500], day__gte=since)
            .values("page_id")
            .annotate(views=Sum("count"))
        )
        counts.update((row["page_id"], row["views"]) for row in rows)
    return counts


def queue(language):
    """What needs a translator of `language`, most viewed first: listings never translated into
    it, those whose English changed since, those partly translated; each as a dict."""
    pages = [page for model in LISTING_TYPES for page in model.objects.live().order_by("title")]
    checks = {}
    for start in range(0, len(pages), 500):
        chunk = [page.pk for page in pages[start : start + 500]]
        for check in TranslationCheck.objects.filter(page_id__in=chunk, language=language):
            checks.setdefault(check.page_id, []).append(check)
    waiting = set(
        TranslationProposal.objects.filter(
            language=language, status=TranslationProposal.Status.WAITING
        ).values_list("page_id", flat=True)
    )
    views = views_by_page(pages)
    items = []
    for page in pages:
        state = states(page, checks.get(page.pk, []))[language]
        if state.status == "translated":
            continue
        status = "outdated" if state.outdated else state.status  # the English changed: first
        items.append(
            {
                "page": page,
                "status": status,
                "reason": REASONS[status],
                "fields": [*state.outdated, *state.missing],
                "views": views.get(page.pk, 0),
                "waiting": page.pk in waiting,
            }
        )
    items.sort(key=lambda item: -item["views"])  # stable: title order among equals
    return items


def work(request):
    """A translator's home: what needs them in one of their languages, and what they sent."""
    languages = languages_of(request.user)
    if not languages:
        if is_hub_staff(request.user):
            return redirect("translations:proposals")
        raise PermissionDenied
    language = request.GET.get("language")
    language = language if language in languages else languages[0]
    page = Paginator(queue(language), 50).get_page(request.GET.get("page"))
    names = language_names()
    reviewed, total = catalog.share(language)
    return TemplateResponse(
        request,
        "translations/work.html",
        {
            "language": language,
            "language_name": names[language],
            "languages": [(code, names[code]) for code in languages],
            "items": page,
            "sent": TranslationProposal.objects.filter(translator=request.user).order_by(
                "-submitted_at"
            )[:20],
            "leads": sorted(leads_of(request.user)),
            "strings_waiting": total - reviewed,
            "strings_waiting_text": ngettext(
                "%(count)s of %(total)s string of the site awaits your review",
                "%(count)s of %(total)s strings of the site await your review",
                total - reviewed,
            )
            % {"count": total - reviewed, "total": total},
        },
    )


# --- The side-by-side editor ----------------------------------------------------------------


class TranslationForm(forms.Form):
    """One text box per translated field of the page, and one per piece of text of its body,
    for one language; no other field exists in it, so nothing else can be posted through it."""

    def __init__(self, page, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in text_fields(page):
            long = field.get_internal_type() == "TextField"
            widget = forms.Textarea(attrs={"rows": 4}) if long else forms.TextInput()
            self.fields[name] = forms.CharField(
                label=field.verbose_name,
                required=False,
                max_length=field.max_length,
                widget=widget,
                strip=True,
            )
        self.body_keys = []
        if has_body(page):
            for key, label, _text, _rich in body.pieces(english_body(page)):
                self.body_keys.append(key)
                self.fields[f"body-{key}"] = forms.CharField(
                    label=label, required=False, widget=forms.Textarea(attrs={"rows": 3})
                )

    def clean(self):
        data = super().clean()
        given = [data.get(f"body-{key}") for key in self.body_keys]
        if any(given) and not all(given):
            raise forms.ValidationError(
                _("Translate every part of the description, or leave all of them empty.")
            )
        return data

    def body_texts(self):
        """{piece key: text} of the body, or None when it was left empty."""
        texts = {key: self.cleaned_data[f"body-{key}"] for key in self.body_keys}
        return texts if any(texts.values()) else None


def has_body(page):
    return "body" in listing_fields(page)


def english_body(page):
    return stored_value(page, "body", DEFAULT_LANGUAGE)


def body_pieces_in(page, language):
    """{piece key: text} of the body written in `language`, where its blocks are the English
    body's (else {}: it was written for another version of the English)."""
    written = stored_value(page, "body", language)
    english = body.pieces(english_body(page))
    own = body.pieces(written)
    if [key for key, *_ in own] != [key for key, *_ in english]:
        return {}
    return {key: text for key, _label, text, _rich in own}


def _english_when_translated(page, name, wanted):
    """The English of `name` as it was when its translation was written (the newest revision
    whose English has the fingerprint the check recorded), or None if no revision has it."""
    column = localized_field_name(name, DEFAULT_LANGUAGE)
    contents = Revision.page_revisions.filter(object_id=str(page.pk)).order_by("-pk")
    for content in contents.values_list("content", flat=True)[:100]:
        value = content.get(column) if isinstance(content, dict) else None
        if isinstance(value, str) and fingerprint(value) == wanted:
            return value
    return None


def word_diff(before, after):
    """`before` -> `after` as HTML, removed words in <del>, added ones in <ins>."""
    old, new = before.split(), after.split()
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new).get_opcodes():
        if op == "equal":
            parts.append(escape(" ".join(old[i1:i2])))
            continue
        if i2 > i1:
            parts.append(f"<del>{escape(' '.join(old[i1:i2]))}</del>")
        if j2 > j1:
            parts.append(f"<ins>{escape(' '.join(new[j1:j2]))}</ins>")
    return mark_safe(" ".join(parts))  # noqa: S308 - every piece of text is escaped above


def translate(request, page_id, language):
    language = _translator_language(request, language)
    page = _listing(page_id)
    waiting = TranslationProposal.objects.filter(
        page_id=page.pk,
        language=language,
        translator=request.user,
        status=TranslationProposal.Status.WAITING,
    ).first()
    current = {name: stored_value(page, name, language) or "" for name, _f in text_fields(page)}
    if request.method == "POST":
        form = TranslationForm(page, request.POST)
        if form.is_valid():
            changed = {
                name: form.cleaned_data[name]
                for name, _f in text_fields(page)
                if form.cleaned_data[name] != current[name]
            }
            texts = form.body_texts()
            if texts is not None:
                wanted = body.translated(english_body(page), texts)
                if wanted != body.raw(stored_value(page, "body", language)):
                    changed["body"] = wanted
            if not changed:
                messages.warning(request, _("Nothing changed, so nothing was sent for review."))
                return redirect("translations:translate", page.pk, language)
            proposal = waiting or TranslationProposal(
                page_id=page.pk, language=language, translator=request.user
            )
            proposal.fields = changed
            proposal.sources = {
                name: fingerprint(stored_value(page, name, DEFAULT_LANGUAGE)) for name in changed
            }
            proposal.submitted_at = timezone.now()
            proposal.save()
            messages.success(
                request,
                _("Your translation of “%(title)s” was sent for review.") % {"title": page.title},
            )
            flagged = _ignored_terms(page, changed, glossary.terms(language))
            if flagged:
                messages.warning(
                    request,
                    _("It does not use the glossary's words for %(terms)s; the reviewer will see.")
                    % {"terms": ", ".join(sorted({term.english for term in flagged}))},
                )
            return redirect(f"{reverse('translations:work')}?language={language}")
    else:
        proposed = dict(waiting.fields) if waiting else {}
        pieces_now = body_pieces_in(page, language)
        if "body" in proposed:
            proposed.update(
                (f"body-{key}", text)
                for key, _label, text, _rich in body.pieces(proposed.pop("body"))
            )
        initial = {**current, **{f"body-{key}": text for key, text in pieces_now.items()}}
        form = TranslationForm(page, initial={**initial, **proposed})
    checks = {
        c.field: c for c in TranslationCheck.objects.filter(page_id=page.pk, language=language)
    }
    rows = []
    for name, field in text_fields(page):
        english = stored_value(page, name, DEFAULT_LANGUAGE) or ""
        check = checks.get(name)
        changed = None
        if check and current[name] and check.source_fingerprint != fingerprint(english):
            before = _english_when_translated(page, name, check.source_fingerprint)
            changed = word_diff(before, english) if before is not None else ""
        rows.append(
            {
                "name": name,
                "label": field.verbose_name,
                "english": english,
                "previous": current[name],
                "changed": changed,
                "field": form[name],
            }
        )
    if has_body(page):
        pieces_now = body_pieces_in(page, language)
        for key, label, text, rich in body.pieces(english_body(page)):
            rows.append(
                {
                    "name": f"body-{key}",
                    "label": label,
                    "english": body.plain(text) if rich else text,
                    "source": text if rich else "",  # its links and emphasis, to keep
                    "previous": pieces_now.get(key, ""),
                    "changed": None,
                    "field": form[f"body-{key}"],
                }
            )
    terms = glossary.terms(language)
    for row in rows:
        row["ignored"] = glossary.ignored(row["english"], row["field"].value(), terms)
    return TemplateResponse(
        request,
        "translations/translate.html",
        {
            "page": page,
            "language": language,
            "language_name": language_names()[language],
            "rows": rows,
            "terms": glossary.used_in(" ".join(row["english"] for row in rows), terms),
            "form": form,
            "waiting": waiting,
        },
    )


# --- Review ---------------------------------------------------------------------------------


def proposals(request):
    """Proposals waiting for someone who may review them: staff see all, a lead their own
    languages. Approve or send back, one at a time."""
    staff = is_hub_staff(request.user)
    leads = leads_of(request.user)
    if not staff and not leads:
        raise PermissionDenied
    waiting = TranslationProposal.objects.filter(status=TranslationProposal.Status.WAITING)
    if not staff:
        waiting = waiting.filter(language__in=leads)
    names = language_names()
    rows = []
    waiting = list(waiting.select_related("translator")[:100])
    terms = {code: glossary.terms(code) for code in {p.language for p in waiting}}
    pages = Page.objects.filter(pk__in=[p.page_id for p in waiting]).specific().in_bulk()
    for proposal in waiting:
        page = pages.get(proposal.page_id)
        if page is None:
            continue
        labels = {name: field.verbose_name for name, field in text_fields(page)}
        labels["body"] = _("Description")
        rows.append(
            {
                "proposal": proposal,
                "page": page,
                "language_name": names.get(proposal.language, proposal.language),
                "fields": [
                    {
                        "label": labels.get(name, name),
                        "english": _readable(stored_value(page, name, DEFAULT_LANGUAGE)),
                        "before": _readable(stored_value(page, name, proposal.language)),
                        "after": _readable(text),
                        "english_changed": proposal.sources.get(name)
                        != fingerprint(stored_value(page, name, DEFAULT_LANGUAGE)),
                        "ignored": _ignored_terms(page, {name: text}, terms[proposal.language]),
                    }
                    for name, text in proposal.fields.items()
                ],
            }
        )
    return TemplateResponse(request, "translations/proposals.html", {"rows": rows})


def _ignored_terms(page, fields, terms):
    """The glossary `terms` a proposal's `fields` ({name: text or body}) do not use."""
    return [
        term
        for name, text in fields.items()
        for term in glossary.ignored(
            _readable(stored_value(page, name, DEFAULT_LANGUAGE)), _readable(text), terms
        )
    ]


def _readable(value):
    """A field's text for reading side by side: a body as its pieces, one per line."""
    if value is None or isinstance(value, str):
        return value or ""
    texts = (body.plain(text) if rich else text for _k, _l, text, rich in body.pieces(value))
    return "\n".join(texts)


def review(request, proposal_id):
    if request.method != "POST":
        return redirect("translations:proposals")
    proposal = get_object_or_404(
        TranslationProposal, pk=proposal_id, status=TranslationProposal.Status.WAITING
    )
    if not may_review(request.user, proposal.language):
        raise PermissionDenied
    if proposal.translator_id == request.user.pk and not is_hub_staff(request.user):
        raise PermissionDenied  # a lead's own work is reviewed by someone else
    if request.POST.get("decision") == "approve":
        page = approve(proposal, request.user)
        messages.success(
            request, _("The translation of “%(title)s” is published.") % {"title": page.title}
        )
    else:
        proposal.status = TranslationProposal.Status.REJECTED
        proposal.note = request.POST.get("note", "")[:500]
        proposal.reviewer, proposal.reviewed_at = request.user, timezone.now()
        proposal.save()
        messages.success(request, _("The translation was sent back to its translator."))
    return redirect("translations:proposals")


@transaction.atomic
def approve(proposal, reviewer):
    """Publish the proposal's fields, and nothing else: on the live page, and on the partner's
    draft if there is one, which stays a draft in its review (Wagtail's own publish would
    cancel that review), so approving it later keeps the translation. The translation is on
    record as written against the English it was translated from, by its translator."""
    page = Page.objects.select_for_update().get(pk=proposal.page_id).specific
    allowed = {name for name, _f in text_fields(page)} | ({"body"} if has_body(page) else set())
    fields = {name: text for name, text in proposal.fields.items() if name in allowed}
    columns = [localized_field_name(name, proposal.language) for name in fields]
    for column, value in zip(columns, fields.values(), strict=True):
        setattr(page, column, value)
    type(page).objects.filter(pk=page.pk).update(**{c: getattr(page, c) for c in columns})
    # As a revision stores them (a body as its JSON), for the live and the draft revision.
    stored = {column: page.serializable_data()[column] for column in columns}
    live = page.live_revision.content if page.live_revision_id else page.serializable_data()
    draft = None
    if page.has_unpublished_changes and page.latest_revision_id:
        draft = {**page.latest_revision.content, **stored}
    publish_contents([(page, {**live, **stored}, draft)], reviewer)
    # What a publish tells the rest of the hub: the matcher, the caches, the CDN, coverage.
    page_published.send(sender=type(page), instance=page, revision=page.live_revision)
    for name in fields:
        TranslationCheck.objects.update_or_create(
            page_id=page.pk,
            field=name,
            language=proposal.language,
            defaults={
                "source_fingerprint": proposal.sources.get(name, ""),
                "translation_fingerprint": fingerprint(stored_value(page, name, proposal.language)),
                "checked_at": timezone.now(),
                "checked_by": proposal.translator,
            },
        )
    proposal.status = TranslationProposal.Status.APPROVED
    proposal.reviewer, proposal.reviewed_at = reviewer, timezone.now()
    proposal.save()
    return page


# --- Staff: inviting translators ------------------------------------------------------------


class InviteForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("E-mail address"))
    languages = forms.MultipleChoiceField(
        label=gettext_lazy("Languages"), widget=forms.CheckboxSelectMultiple
    )
    lead = forms.BooleanField(
        label=gettext_lazy("Lead translator (reviews others' work in these languages)"),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        names = language_names()
        self.fields["languages"].choices = [(code, names[code]) for code in target_languages()]


def translators(request):
    if not is_hub_staff(request.user):
        raise PermissionDenied
    link = None
    if request.method == "POST":
        form = InviteForm(request.POST)
        if form.is_valid():
            try:
                user, created = ensure_translator(
                    form.cleaned_data["email"],
                    form.cleaned_data["languages"],
                    lead=form.cleaned_data["lead"],
                )
            except OnboardingError as error:
                form.add_error("email", str(error))
            else:
                messages.success(request, _("%(email)s may translate.") % {"email": user.email})
                if created or not user.has_usable_password():
                    link = password_setup_url(user)
                form = InviteForm()
    else:
        form = InviteForm()
    names = language_names()
    people = {}
    for row in TranslatorLanguage.objects.select_related("user").order_by("user__username"):
        people.setdefault(row.user, []).append(
            names.get(row.language, row.language) + (f" ({_('lead')})" if row.lead else "")
        )
    return TemplateResponse(
        request,
        "translations/translators.html",
        {"form": form, "people": sorted(people.items(), key=lambda p: p[0].username), "link": link},
    )
