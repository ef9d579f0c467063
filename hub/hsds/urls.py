"""/api/hsds/: the HSDS 3.0 API's paths (outside the language prefixes: the data is English,
with every translation inside). A trailing slash is optional; any other path is a JSON 404."""

from django.urls import path, re_path

from . import views

app_name = "hsds"


def _api(name, view, route_name, key=None):
    pattern = rf"^{name}/?$" if key is None else rf"^{name}/(?P<{key}>[^/]+)/?$"
    return re_path(pattern, view, name=route_name)


urlpatterns = [
    path("", views.root, name="root"),
    path("profile/", views.profile_view, name="profile"),
    path("openapi.json", views.openapi_view, name="openapi"),
    _api("services", views.services, "services"),
    _api("services", views.service_detail, "service", "service_id"),
    _api("service_at_locations", views.service_at_locations, "service_at_locations"),
    _api("service_at_locations", views.service_at_location_detail, "service_at_location", "sal_id"),
    _api("organizations", views.organizations, "organizations"),
    _api("organizations", views.organization_detail, "organization", "organization_id"),
    _api("taxonomies", views.taxonomies, "taxonomies"),
    _api("taxonomies", views.taxonomy_detail, "taxonomy", "taxonomy_id"),
    _api("taxonomy_terms", views.taxonomy_terms, "taxonomy_terms"),
    _api("taxonomy_terms", views.taxonomy_term_detail, "taxonomy_term", "term_id"),
    _api("pathways", views.pathways, "pathways"),
    _api("pathways", views.pathway_detail, "pathway", "pathway_id"),
    re_path(r"^.*$", views.unknown, name="unknown"),
]
