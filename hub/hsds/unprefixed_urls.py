"""The API's URLs without the site's language-prefixed ones, for judging an API 404 by.

Django's LocaleMiddleware answers a 404 at an unprefixed path with a redirect to the same path
under /en/ when that path would be valid there, and Wagtail's catch-all page route makes every
path valid there: /api/hsds/services/<unknown id> would become a redirect to an HTML page.
views.endpoint points a 404's request at this URLconf so it stays the API's JSON 404."""

from django.urls import include, path

urlpatterns = [path("api/hsds/", include("hub.hsds.urls"))]
