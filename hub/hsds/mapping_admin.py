"""Staff's screen mapping other directories' taxonomy terms (outside.py) onto the hub's
interests and support types: the most used terms first, each with suggestions."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin import messages

from hub.directory.models import Interest, ProgramPage, SupportType
from hub.imports.models import ImportJob
from hub.imports.tasks import run_import_job
from hub.partners.onboarding import is_hub_staff
from search import indexing

from . import outside
from .models import OutsideTerm

PER_PAGE = 50
# A term carried by more services than this is applied by the import worker, not the request:
# each changed service's matcher document is rebuilt (some 50 ms each).
MAPPING_IN_REQUEST = 20


def _staff_only(request):
    if not is_hub_staff(request.user):
        raise PermissionDenied


def _with_counts(terms):
    return terms.annotate(service_count=Count("services", distinct=True))


def term_list(request):
    _staff_only(request)
    terms = _with_counts(OutsideTerm.objects.all())
    words = request.GET.get("q", "").strip()[:200]
    if words:
        terms = terms.filter(
            Q(name__icontains=words) | Q(code__icontains=words) | Q(taxonomy__icontains=words)
        )
    unmapped = request.GET.get("unmapped") == "1"
    if unmapped:
        terms = terms.filter(interests__isnull=True, support_types__isnull=True)
    terms = terms.order_by("-service_count", "name", "pk").prefetch_related(
        "interests", "support_types"
    )
    page = Paginator(terms, PER_PAGE).get_page(request.GET.get("p"))
    suggest = outside.Suggester()
    parents = dict(
        OutsideTerm.objects.filter(
            hsds_id__in=[t.parent_hsds_id for t in page if t.parent_hsds_id]
        ).values_list("hsds_id", "name")
    )
    rows = [
        {
            "term": term,
            "parent": parents.get(term.parent_hsds_id, ""),
            "mapped": [*term.interests.all(), *term.support_types.all()],
            "suggested": [obj for found in suggest(term).values() for obj in found],
        }
        for term in page
    ]
    return TemplateResponse(
        request,
        "hsds/term_mapping_list.html",
        {"rows": rows, "page": page, "q": words, "unmapped": unmapped},
    )


class MappingForm(forms.Form):
    interests = forms.ModelMultipleChoiceField(
        Interest.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=gettext_lazy("Interests (programs only)"),
    )
    support_types = forms.ModelMultipleChoiceField(
        SupportType.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=gettext_lazy("Support types"),
    )


def _apply_in_worker(request, term, form, before):
    """Save the mapping now; leave re-linking its services to the import worker."""
    with transaction.atomic():
        term.interests.set(form.cleaned_data["interests"])
        term.support_types.set(form.cleaned_data["support_types"])
        job = ImportJob.objects.create(
            kind=ImportJob.Kind.MAPPING,
            user=request.user,
            filename=str(term)[:255],
            arguments={"term": term.pk, "before": {k: sorted(v) for k, v in before.items()}},
            total=term.service_count,
        )
    run_import_job.enqueue(job.pk)
    progress = reverse("imports:job", args=[job.pk])
    messages.success(
        request,
        ngettext(
            "Mapping of “%(term)s” saved; its %(count)d listing is being updated.",
            "Mapping of “%(term)s” saved; its %(count)d listings are being updated.",
            term.service_count,
        )
        % {"term": term, "count": term.service_count},
        buttons=[messages.button(progress, _("Progress"))],
    )
    return redirect("hsds_mapping:list")


def term_edit(request, term_id):
    _staff_only(request)
    term = get_object_or_404(_with_counts(OutsideTerm.objects.all()), pk=term_id)
    before = {kind: {obj.pk for obj in getattr(term, kind).all()} for kind in outside.MODELS}
    if request.method == "POST":
        form = MappingForm(request.POST)
        if form.is_valid():
            if term.service_count > MAPPING_IN_REQUEST:
                return _apply_in_worker(request, term, form, before)
            # Each page's matcher document rebuilt once, at the end (not at each publish).
            with transaction.atomic(), indexing.refreshed_once():
                term.interests.set(form.cleaned_data["interests"])
                term.support_types.set(form.cleaned_data["support_types"])
                changed = len(outside.apply_mapping(term, before, request.user))
            messages.success(
                request,
                ngettext(
                    "Mapping of “%(term)s” saved; %(count)d listing changed.",
                    "Mapping of “%(term)s” saved; %(count)d listings changed.",
                    changed,
                )
                % {"term": term, "count": changed},
            )
            return redirect("hsds_mapping:list")
    else:
        form = MappingForm(
            initial={"interests": before["interests"], "support_types": before["support_types"]}
        )
    suggested = outside.Suggester()(term)
    programs = term.services.type(ProgramPage).count()
    return TemplateResponse(
        request,
        "hsds/term_mapping_edit.html",
        {
            "term": term,
            "form": form,
            "suggested": [obj for found in suggested.values() for obj in found],
            "programs": programs,
            "support_services": term.service_count - programs,
            "heading": _("Map “%(term)s”") % {"term": term},
        },
    )
