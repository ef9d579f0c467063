"""The hub's URLs plus /bench/bare/, a view with no database and no template: what the machine
serves through the same gunicorn workers and middleware when the hub does no work at all."""

from django.http import HttpResponse
from django.urls import path

from hub.urls import handler500  # noqa: F401 - the hub's error pages, unchanged
from hub.urls import urlpatterns as hub_urlpatterns


def bare(request):
    return HttpResponse(b"ok", content_type="text/plain")


urlpatterns = [path("bench/bare/", bare), *hub_urlpatterns]
