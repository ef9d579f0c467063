"""A partner reports who took part in its program (aggregate counts, on the program editor's
Participation tab); like any edit it goes to Hub staff review, and only once approved do the
figures reach the equity page."""

from decimal import Decimal

import pytest
from django.urls import reverse
from partners_fixtures import edit_form_data
from wagtail.models import WorkflowState

from hub.equity.models import ParticipationCount, PopulationGroup

pytestmark = pytest.mark.django_db


def representation(client):
    """{program title: (participants, {group: index text})} as the equity page shows them."""
    response = client.get("/en/equity/?category=gender")
    assert response.status_code == 200
    found = {}
    for item in response.context["representation"]:
        if item["table"].key != "representation-programs":
            continue
        for label, cells, total in item["rows"]:
            found[label] = (
                total,
                dict(zip(item["columns"], [c["text"] for c in cells], strict=True)),
            )
    return found


def test_a_partners_participant_counts_are_published_after_review(client, world):
    girls = PopulationGroup.objects.create(category="gender", name="Girls", share=Decimal(50))
    boys = PopulationGroup.objects.create(category="gender", name="Boys", share=Decimal(50))
    client.force_login(world.partner_a)
    url = reverse("wagtailadmin_pages:edit", args=[world.alpha_club.pk])
    data = edit_form_data(
        client.get(url),
        extra_rows={
            "participation": [
                {"year": "2026", "term": "fall", "group": girls.pk, "count": "18"},
                {"year": "2026", "term": "fall", "group": boys.pk, "count": "22"},
            ]
        },
    )
    data["action-submit"] = "Submit to Hub staff review"
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors

    # Waiting for review: nothing is published.
    assert not ParticipationCount.objects.exists()
    assert "Alpha Robot Club" not in representation(client)

    # Another partner cannot open this program's editor, counts and all.
    client.force_login(world.partner_b)
    assert client.get(url).status_code in (302, 403, 404)

    client.force_login(world.staff)
    state = WorkflowState.objects.get(
        object_id=str(world.alpha_club.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )
    approve = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[world.alpha_club.pk, "approve", state.current_task_state.pk],
    )
    assert client.post(approve).status_code == 302
    assert ParticipationCount.objects.count() == 2
    total, indexes = representation(client)["Alpha Robot Club"]
    assert total == 40
    assert indexes == {"Girls": "0.90", "Boys": "1.10"}  # 45 % and 55 % of a 50/50 region
