"""Every change a family can see changes a cache version (hub/caching/receivers.py), including
the snippets, which Wagtail registers only after the caching app is ready."""

import pytest

from hub.caching import versions
from hub.directory.models import Interest, Location
from hub.equity.models import PopulationGroup

pytestmark = pytest.mark.django_db


def test_a_snippet_saved_or_deleted_changes_the_content_version(region):
    before = versions.current("content")
    place = Location.objects.first()
    place.name = "Renamed"
    place.save()
    after = versions.current("content")
    assert after != before
    Interest.objects.create(slug="beekeeping", name="Beekeeping").delete()
    assert versions.current("content") != after


def test_population_shares_change_the_equity_figures_only(region):
    content, equity = versions.current("content"), versions.current("equity")
    group = PopulationGroup.objects.first()
    group.share += 1
    group.save()
    assert versions.current("equity") != equity
    assert versions.current("content") == content
