"""The privacy page (what the anonymous counters, cookies and problem reports keep), the equity
page and its downloads.

The page and the downloads read the same `figures.Figures`: this month's, computed live, or a
past month's snapshot (or, for a month that has ended without one, its searches from the
counters). What families searched for is published only once a month has ended: while it
runs, the page says when it will be and shows the latest month that has ended instead, and
the demand download answers with no records (see `_download`)."""

import datetime
import io
import json
from decimal import Decimal

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import get_language, get_language_bidi
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from hub.counters import facets
from hub.formula_cells import SafeWriter

from . import charts, figures, proportionality
from .models import PopulationGroup, Snapshot, Term


@require_GET
def privacy(request):
    return render(
        request,
        "privacy.html",
        {
            "threshold": settings.HUB_EQUITY_SUPPRESS_BELOW,
            "keep_days": settings.HUB_PROBLEM_DETAILS_KEEP_DAYS,
            "keep_days_unhandled": settings.HUB_PROBLEM_DETAILS_KEEP_DAYS_UNHANDLED,
            "contact_email": settings.HUB_CONTACT_EMAIL,
            "contact_phone": settings.HUB_CONTACT_PHONE,
        },
    )


# --- What was asked for ----------------------------------------------------------------------


class Choices:
    """The reader's choices, each checked against what exists; anything else means "all"."""

    def __init__(self, params):
        self.month = self._month(params.get("month", ""))
        self.area = params.get("area", "") if params.get("area", "") in facets.areas() else ""
        known = {code for code, _name in settings.HUB_LANGUAGES}
        self.language = params.get("language", "") if params.get("language") in known else ""
        categories = {code for code, _label in PopulationGroup.Category.choices}
        category = params.get("category", "")
        self.category = (
            category if category in categories else PopulationGroup.Category.RACE_ETHNICITY
        )
        self.term = self._term(params.get("term", ""))

    @staticmethod
    def _month(text):
        """The month asked for; this month for anything else, a month not begun included."""
        this_month = figures.month_start()
        try:
            return min(datetime.date.fromisoformat(f"{text}-01"), this_month)
        except ValueError:
            return this_month

    @staticmethod
    def _term(text):
        year, _dash, term = text.partition("-")
        if year.isdecimal() and len(year) == 4 and term in Term.values:  # int() refuses "²"
            return (int(year), term)
        return None


def _past(month, choices):
    """A month that has ended: as its snapshot kept it, else its searches from the counters
    (which no longer change), else None."""
    snapshot = Snapshot.objects.filter(month=month).first()
    if snapshot is not None:
        return figures.stored(snapshot)
    return figures.counted_cached(month, choices.area, choices.language)


def _figures(choices):
    if figures.ended(choices.month):
        found = _past(choices.month, choices)
        if found is None:
            raise Http404(_("No figures were kept for that month."))
        return found
    return figures.live_cached(
        choices.month, choices.area, choices.language, choices.category, choices.term
    )


def _searches(found, choices):
    """The figures whose searches the page shows: the month's own once it has ended; while it
    runs, those of the latest month that has ended (None if there is none)."""
    if found.searches_published_on is None:
        return found
    latest = figures.latest_published_month()
    return _past(latest, choices) if latest else None


# --- The page ----------------------------------------------------------------------------------


def _number(value):
    return f"{value:,}" if isinstance(value, int) else str(value)


def _chart(table, hidden_text):
    labels, rows = table.labelled()
    items = [(label, total) for label, _values, total in rows if total != 0]
    items.sort(key=lambda item: -(item[1] or 0))
    return charts.bar_chart(items[:12], get_language_bidi(), hidden_text, _number)


def _index_cell(value):
    if value is None:
        return {"text": "", "band": "hidden"}
    value = Decimal(value)  # a snapshot keeps it as text
    return {"text": f"{value:.2f}", "band": proportionality.band(value)}


def _query(request, month=None):
    """The page's query string for a download link, for another month if given."""
    params = request.GET.copy()
    if month is not None:
        params["month"] = f"{month:%Y-%m}"
    return params.urlencode()


@require_GET
def equity(request):
    choices = Choices(request.GET)
    found = _figures(choices)
    searches = _searches(found, choices)
    hidden = _("fewer than %(n)d") % {"n": settings.HUB_EQUITY_SUPPRESS_BELOW}
    tables = []
    for key in ("coverage", "demand", "seats"):
        source = searches if key == "demand" else found
        table = source.tables.get(key) if source is not None else None
        item = {"key": key, "title": figures.TITLES[key], "table": table}
        if key == "demand":
            item |= {
                "published_on": found.searches_published_on,
                "month": searches.month if searches is not None else None,
                "from_snapshot": searches is not None and searches.from_snapshot,
                "gaps": [figures.gap_sentence(*gap) for gap in searches.gaps] if searches else [],
            }
        elif table is None:
            continue  # a month whose listings were not kept
        if table is not None:
            columns, rows = table.labelled()
            bars, height = _chart(table, hidden) if key != "seats" else ([], 0)
            item |= {
                "columns": columns,
                "rows": rows,
                "bars": bars,
                "height": height,
                "query": _query(request, source.month if source is not found else None),
            }
        tables.append(item)
    representation = []
    for key in ("representation-pathways", "representation-programs"):
        table = found.tables.get(key)
        if table is None:
            continue
        columns, rows = table.labelled()
        representation.append(
            {
                "table": table,
                "columns": columns,
                "rows": [
                    (label, [_index_cell(v) for v in values], total)
                    for label, values, total in rows
                ],
            }
        )
    context = {
        "choices": choices,
        "figures": found,
        "month": found.month,
        "tables": tables,
        "past": figures.ended(found.month),
        "representation": representation,
        "threshold": settings.HUB_EQUITY_SUPPRESS_BELOW,
        "hidden_text": hidden,
        "areas": [(code, facets.area_label(code)) for code in facets.areas()],
        "languages": settings.HUB_LANGUAGES,
        "categories": PopulationGroup.Category.choices,
        "terms": [
            (f"{year}-{term}", f"{Term(term).label} {year}")
            for year, term in proportionality.terms()
        ],
        "months": figures.published_months(),
        "chart_width": charts.WIDTH,
        "trend": _trend(),
    }
    return render(request, "equity/equity.html", context)


def _trend():
    """Month by month, from the snapshots: programs listed, free, searches that found little.
    Months that have ended only (a snapshot of a running month, taken before the command
    refused one, is not shown)."""
    rows = []
    kept = Snapshot.objects.filter(month__lt=figures.month_start())
    for snapshot in kept.order_by("month")[:24]:
        data = snapshot.figures
        rows.append(
            {
                "month": snapshot.month,
                "programs": data["summary"]["programs"],
                "free": data["summary"]["free"],
                "unmet": data["tables"]["demand"]["total"],
            }
        )
    return rows


# --- Downloads ---------------------------------------------------------------------------------


@require_GET
def download(request, key, extension):
    known = {code for code, _name in settings.HUB_LANGUAGES}
    language = request.GET.get("lang") if request.GET.get("lang") in known else "en"
    with translation.override(language):
        return _download(request, key, extension)


def _download(request, key, extension):
    """One figure as CSV (one row per value) or JSON, for the month asked (this month if none).

    The searches of a month still running are not published: /api/v1/equity/demand.json for
    this month answers 200 with no records, "published_on" (the day they will be, YYYY-MM-DD)
    and "latest_published_month" (YYYY-MM, to ask for with ?month=, or null), and demand.csv
    answers its header row only. A data user's script reads an empty month, not an error;
    nothing in either depends on a search made this month."""
    if extension not in ("csv", "json"):
        raise Http404(_("Downloads are .csv or .json."))
    if key not in figures.TITLES:
        raise Http404(_("No such figure."))
    choices = Choices(request.GET)
    month, extra = choices.month, {}
    if key == "demand" and not figures.ended(month):
        latest = figures.latest_published_month()
        records, suppressed = [], True
        extra = {
            "published_on": figures.published_on(month).isoformat(),
            "latest_published_month": f"{latest:%Y-%m}" if latest else None,
        }
    else:
        found = _figures(choices)
        table = found.tables.get(key)
        if table is None:
            if found.searches_only:
                raise Http404(_("No figures were kept for that month."))
            raise Http404(_("No such figure."))
        records, suppressed = list(table.records()), table.suppressed
    name = f"{key}-{month:%Y-%m}"
    if extension == "json":
        body = {
            "figure": key,
            "title": str(figures.TITLES[key]),
            "month": f"{month:%Y-%m}",
            "language": get_language(),
            **extra,
            "suppressed_below": settings.HUB_EQUITY_SUPPRESS_BELOW if suppressed else None,
            "area": choices.area or None,
            "delivery_language": choices.language or None,
            "records": figures.json_safe(records),
        }
        response = HttpResponse(
            json.dumps(body, ensure_ascii=False, indent=1), content_type="application/json"
        )
    else:
        out = io.StringIO()
        columns = ["row", "row_label", "column", "column_label", "value", "row_total"]
        writer = SafeWriter(out)  # a program's title is a partner's text: never a formula
        writer.writerow(columns)
        for record in records:
            writer.writerow(record.get(column) for column in columns)
        response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response
