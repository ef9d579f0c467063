"""/<lang>/equity/ and /api/v1/equity/<figure>.csv|json: what the collaborative publishes. The page
and its downloads come from the same figures and agree; counts of people are suppressed in both;
past months read from their snapshots; the searches shown are those of the latest month that
has ended (tests/equity/test_equity_closed_months.py); the page reads right to left in Arabic."""

import csv
import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from hub.directory.models import ProgramPage
from hub.equity.figures import month_start
from hub.equity.models import Snapshot

pytestmark = pytest.mark.django_db


def downloaded(client, key, query=""):
    as_json = client.get(f"/api/v1/equity/{key}.json?{query}")
    as_csv = client.get(f"/api/v1/equity/{key}.csv?{query}")
    assert as_json.status_code == 200 and as_csv.status_code == 200
    rows = list(csv.DictReader(io.StringIO(as_csv.content.decode())))
    return as_json.json(), rows


def page_values(item):
    """{(row label, column label): value} of one table as the page shows it."""
    return {
        (label, column): value
        for label, values, _total in item["rows"]
        for column, value in zip(item["columns"], values, strict=True)
    }


def test_the_page_and_its_downloads_agree(client, region):
    response = client.get("/en/equity/")
    assert response.status_code == 200
    items = response.context["tables"]
    assert {item["table"].key for item in items} == {"coverage", "demand", "seats"}
    last_month = month_start(month_start() - timezone.timedelta(days=1))
    for item in items:
        key = item["table"].key
        # Each table's own download links: the demand table's are for the month it shows.
        body, rows = downloaded(client, key, f"{item['query']}&lang=en")
        assert body["month"] == f"{(last_month if key == 'demand' else month_start()):%Y-%m}"
        from_json = {(r["row_label"], r["column_label"]): r["value"] for r in body["records"]}
        from_csv = {
            (r["row_label"], r["column_label"]): int(r["value"]) if r["value"] else None
            for r in rows
        }
        assert from_json == page_values(item) == from_csv, key
        assert any(from_json.values()), f"{key}: the demo region has figures"
    html = response.content.decode()
    coverage = items[0]
    for label, _values, _total in coverage["rows"][:5]:
        assert f'<th scope="row">{label}</th>' in html
    assert f"{response.context['figures'].summary['programs']} programs in all" in html


def test_counts_of_people_are_suppressed_on_the_page_and_in_the_downloads(client, region):
    last_month = month_start(month_start() - timezone.timedelta(days=1))
    body, rows = downloaded(client, "demand", f"month={last_month:%Y-%m}")
    assert body["suppressed_below"] == 10
    values = [r["value"] for r in body["records"]]
    assert None in values, "the demo's thin cells are hidden"
    assert all(v is None or v == 0 or v >= 10 for v in values)
    assert all(r["value"] == "" or int(r["value"]) == 0 or int(r["value"]) >= 10 for r in rows)
    for key in ("representation-programs", "representation-pathways"):
        body, _rows = downloaded(client, key)
        totals = [r["row_total"] for r in body["records"]]
        assert all(t is None or t >= 10 for t in totals), key
    # The gaps are named in words only where at least ten searches found nothing, with no count:
    # those of the month shown, the latest that has ended.
    (demand,) = [i for i in client.get("/en/equity/").context["tables"] if i["key"] == "demand"]
    assert demand["month"] == last_month
    gaps = demand["gaps"]
    assert any("Soomaali" in sentence and "Coding" in sentence for sentence in gaps), gaps


def test_a_past_month_is_read_from_its_snapshot_and_does_not_change(client, region):
    last_month = month_start(month_start() - timezone.timedelta(days=1))
    assert Snapshot.objects.filter(month=last_month).exists()  # the demo keeps two
    query = f"month={last_month:%Y-%m}"
    before = client.get(f"/en/equity/?{query}").context
    assert before["figures"].from_snapshot
    programs = before["figures"].summary["programs"]
    ProgramPage.objects.live().first().unpublish()
    after = client.get(f"/en/equity/?{query}").context
    assert after["figures"].summary["programs"] == programs  # as it was published
    assert client.get("/en/equity/").context["figures"].summary["programs"] == programs - 1
    body, _rows = downloaded(client, "coverage", query)
    assert body["month"] == f"{last_month:%Y-%m}"
    assert {(r["row_label"], r["column_label"]): r["value"] for r in body["records"]} == (
        page_values(after["tables"][0])
    )
    trend = [row["month"] for row in after["trend"]]
    assert last_month in trend
    assert client.get("/en/equity/?month=1999-01").status_code == 404  # nothing counted then


def test_a_month_is_kept_by_the_monthly_command(region):
    out = io.StringIO()
    call_command("equity_snapshot", "--month", "2026-03", stdout=out)
    assert "Kept the equity figures of 2026-03." in out.getvalue()
    assert Snapshot.objects.get(month="2026-03-01").figures["tables"]["coverage"]["rows"]
    with pytest.raises(CommandError, match="YYYY-MM"):
        call_command("equity_snapshot", "--month", "March")
    # This month has not ended: its searches are not published, so it is not kept either.
    with pytest.raises(CommandError, match="has not ended"):
        call_command("equity_snapshot", "--month", f"{month_start():%Y-%m}")
    assert not Snapshot.objects.filter(month__gte=month_start()).exists()


def test_the_page_reads_right_to_left_in_arabic_with_its_names_translated(client, region):
    response = client.get("/ar/equity/?category=gender")
    html = response.content.decode()
    assert 'dir="rtl"' in html
    assert "فتيات" in html  # "Girls", from the demo's population groups
    bars = response.context["tables"][0]["bars"]
    assert bars and all(bar.label_anchor == "start" for bar in bars)  # labels on the right
    assert all("," not in bar.x and "٫" not in bar.x for bar in bars)
    assert 'direction="ltr"' in html  # the chart's own coordinates, mirrored by hand


def test_choices_it_does_not_know_mean_everything_and_are_not_echoed(client, region):
    hostile = "area=%3Cscript%3Ex%3C/script%3E&language=xx&category=zzz&term=abc&month=13"
    response = client.get(f"/en/equity/?{hostile}")
    assert response.status_code == 200
    assert "<script>x" not in response.content.decode()
    assert response.context["choices"].area == ""
    assert client.get("/api/v1/equity/nothing.csv").status_code == 404
    assert client.get("/api/v1/equity/coverage.xml").status_code == 404
