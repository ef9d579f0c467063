"""The Open Referral HSDS 3.0 read API at /api/hsds/, as another directory would use it.

Every response is validated against the official schemas in ../shared/hsds/ (read in place,
never copied here): lists through the official OpenAPI document's own response schemas, objects
through the compiled schemas, and again with the hub's published profile applied and closed, so
a field that is neither HSDS nor declared by the profile fails. Beside the schemas: paging meets
every published listing exactly once, each filter keeps exactly what it says, drafts and private
pages never appear, bad parameters are a 400 naming them, unknown ids a 404, ids are stable, and
a page of results costs the same number of queries however many items it holds."""

import json
import math
from datetime import datetime
from urllib.parse import urlencode

import pytest
import zipcodes
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from factories import ProgramPageFactory
from hsds_schemas import (
    API,
    PAGE_KEYS,
    merge_patch,
    unknown_patch_paths,
    without_extensions,
)
from wagtail.models import Page, PageViewRestriction

from hub.directory.i18n import languages_written, localized_field_name, stored_value
from hub.directory.models import (
    EligibilityTag,
    Interest,
    OrganizationPage,
    PathwayPage,
    ProgramPage,
    SupportServicePage,
    SupportType,
)

pytestmark = pytest.mark.django_db

# --- Helpers --------------------------------------------------------------------------------


def get(client, path, **params):
    url = f"{API}{path}" + (f"?{urlencode(params)}" if params else "")
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code, response.content[:300])
    if response.streaming:
        return [json.loads(line) for line in b"".join(response.streaming_content).splitlines()]
    return response.json()


def every(client, path, **params):
    """Every item of a list endpoint, page by page."""
    items, number = [], 1
    while True:
        body = get(client, path, page=number, per_page=100, **params)
        items += body["contents"]
        if body["last_page"]:
            return items
        number += 1


def live_services():
    return [
        *ProgramPage.objects.live().public(),
        *SupportServicePage.objects.live().public(),
    ]


def all_ids(data):
    """Every `id` anywhere in a response."""
    found = []
    if isinstance(data, dict):
        found += [data["id"]] if "id" in data else []
        for value in data.values():
            found += all_ids(value)
    elif isinstance(data, list):
        for value in data:
            found += all_ids(value)
    return found


def terms_of(service, link_type=None):
    return {
        a["taxonomy_term_id"]
        for a in service.get("attributes", [])
        if link_type is None or a["link_type"] == link_type
    }


def program_with_sessions_and_spanish():
    return (
        ProgramPage.objects.live()
        .filter(sessions__location__isnull=False, interests__isnull=False)
        .exclude(**{localized_field_name("title", "es"): None})
        .distinct()
        .order_by("pk")
        .first()
    )


# --- The API's shape against the official schemas ------------------------------------------


def test_root_names_the_version_the_profile_and_the_openapi_document(client, schemas):
    body = get(client, "/")
    schemas.check_response(body, "/")
    assert body["version"].startswith("3.0")
    assert body["profile"] == "http://testserver/api/hsds/profile/"
    document = client.get(body["openapi_url"].removeprefix("http://testserver")).json()
    assert document["openapi"].startswith("3.1")
    # Every path and parameter of the official API is described, with its response schema.
    for path, operations in schemas.openapi["paths"].items():
        ours = document["paths"][path]["get"]
        names = {p["$ref"].rsplit("/", 1)[1] for p in ours.get("parameters", [])}
        official = {
            p.get("name") or p["$ref"].rsplit("/", 1)[1]
            for p in operations["get"].get("parameters", [])
        }
        assert official <= names, (path, official - names)


LISTS = [
    # (path, params, schema of each item)
    ("/services", {}, "compiled/service_list.json"),
    ("/services", {"full": "true"}, "compiled/service.json"),
    ("/services", {"search": "robot"}, "compiled/service_list.json"),
    ("/organizations", {}, "compiled/organization_list.json"),
    ("/organizations", {"full": "true"}, "compiled/organization.json"),
    ("/organizations", {"full": "true", "full_service": "true"}, "compiled/organization.json"),
    ("/service_at_locations", {}, "compiled/service_at_location_list.json"),
    ("/service_at_locations", {"full": "true"}, "compiled/service_at_location.json"),
    ("/taxonomies", {}, "taxonomy.json"),
    ("/taxonomy_terms", {}, "taxonomy_term.json"),
]


@pytest.mark.parametrize(("path", "params", "item_schema"), LISTS)
def test_list_pages_follow_the_official_schemas(client, schemas, path, params, item_schema):
    first = get(client, path, per_page=7, **params)
    assert first["total_items"] > 0
    pages = {1, 2, first["total_pages"]}
    for number in sorted(pages):
        body = get(client, path, page=number, per_page=7, **params)
        assert PAGE_KEYS <= body.keys()
        schemas.check_response(body, path)
        for record in body["contents"]:
            schemas.check_object(record, item_schema)


def test_filtered_lists_follow_the_official_schemas(client, schemas):
    program = program_with_sessions_and_spanish()
    service = get(client, f"/services/{program.translation_key}")
    term = sorted(terms_of(service, "interest"))[0]
    for path, item_schema in [
        ("/services", "compiled/service_list.json"),
        ("/service_at_locations", "compiled/service_at_location_list.json"),
    ]:
        for params in [
            {"taxonomy_term_id": term},
            {"organization_id": service["organization_id"]},
            {"modified_after": "2000-01-01"},
        ]:
            body = get(client, path, **params)
            assert body["total_items"] > 0, (path, params)
            schemas.check_response(body, path)
            for record in body["contents"]:
                schemas.check_object(record, item_schema)


def test_services_validate_one_by_one(client, schemas):
    programs = ProgramPage.objects.live().order_by("pk")[:6]
    services = SupportServicePage.objects.live().order_by("pk")[:4]
    for page in [*programs, *services, program_with_sessions_and_spanish()]:
        body = get(client, f"/services/{page.translation_key}")
        schemas.check_response(body, "/services/{id}")
        schemas.check_object(body, "compiled/service.json")


def test_organizations_and_their_services_validate(client, schemas):
    for org in OrganizationPage.objects.live().order_by("pk")[:5]:
        for params in ({}, {"full_service": "true"}):
            body = get(client, f"/organizations/{org.translation_key}", **params)
            schemas.check_response(body, "/organizations/{id}")
            schemas.check_object(body, "compiled/organization.json")
            assert {s["id"] for s in body["services"]} == {
                str(p.translation_key) for p in live_services() if p.is_child_of(org)
            }


def test_services_at_locations_validate(client, schemas):
    listed = get(client, "/service_at_locations", per_page=200)["contents"]
    chosen = listed[:: max(1, len(listed) // 6)]
    for item in chosen:
        body = get(client, f"/service_at_locations/{item['id']}")
        # The official OpenAPI document points this path at compiled/service.json, an error
        # (a service_at_location has no name or status): the compiled service_at_location
        # schema is the one that describes it.
        schemas.check_object(body, "compiled/service_at_location.json")
        assert body["service"]["id"] == item["service_id"]
        assert body["location"]["id"] == item["location_id"]


def test_taxonomies_and_terms_validate(client, schemas):
    for taxonomy in get(client, "/taxonomies")["contents"]:
        body = get(client, f"/taxonomies/{taxonomy['id']}")
        schemas.check_response(body, "/taxonomies/{id}")
        schemas.check_object(body, "taxonomy.json")
        terms = get(client, "/taxonomy_terms", taxonomy_id=taxonomy["id"], per_page=100)
        assert terms["total_items"] > 0
        for term in terms["contents"][:4]:
            body = get(client, f"/taxonomy_terms/{term['id']}")
            schemas.check_response(body, "/taxonomy_terms/{id}")
            schemas.check_object(body, "taxonomy_term.json")
            assert body["taxonomy_id"] == taxonomy["id"]


def test_pathways_follow_the_profiles_own_schema(client, schemas):
    schema = schemas.profile["additional_schemas"]["x_hub_pathway.json"]
    validator = schemas.validator(schema, format_checker=schemas.format_checker)
    body = get(client, "/pathways", per_page=5)
    assert PAGE_KEYS <= body.keys() and body["total_items"] == PathwayPage.objects.live().count()
    for item in body["contents"]:
        assert not list(validator.iter_errors(item))
        assert get(client, f"/pathways/{item['id']}") == item
    linked = [
        s for p in every(client, "/pathways") for step in p["steps"] for s in step["service_ids"]
    ]
    assert linked, "the demo pathways name programs"
    program = get(client, f"/services/{linked[0]}")
    assert program["x_hub_pathways"]


def test_the_format_checker_really_checks_the_formats_hsds_uses(schemas):
    """Without the format extras `uri` and `date-time` would quietly pass anything."""
    checker = schemas.format_checker
    for name, bad in [
        ("uuid", "not-a-uuid"),
        ("uri", "no scheme"),
        ("email", "nobody"),
        ("date-time", "2026-13-45"),
    ]:
        assert not checker.conforms(bad, name), name


# --- The profile ----------------------------------------------------------------------------


def test_profile_is_a_merge_patch_over_the_official_files(client, schemas):
    profile = schemas.profile
    assert profile["hsds_version"] == "3.0"
    for name, patch in profile["schemas"].items():
        base = schemas.official[name.removeprefix("schema/")]
        assert not unknown_patch_paths(base, patch), name
        patched = merge_patch(base, patch)
        # It only adds x_hub_ fields: without them the official file is back, unchanged.
        assert without_extensions(patched) == base, name
        assert patched != base, name
    assert "compiled/service.json" in {n.removeprefix("schema/") for n in profile["schemas"]}


def test_services_carry_what_hsds_has_no_field_for(client, region):
    program = program_with_sessions_and_spanish()
    body = get(client, f"/services/{program.translation_key}")
    # English data whatever language the asker's browser prefers.
    spanish_browser = client.get(
        f"{API}/services/{program.translation_key}", HTTP_ACCEPT_LANGUAGE="es"
    )
    assert spanish_browser.json() == body and spanish_browser["Content-Language"] == "en"
    assert body["name"] == stored_value(program, "title", "en")
    assert body["x_hub_type"] == "program" and body["x_hub_kind"] == program.kind
    assert body["x_hub_format"] == program.format
    assert body["x_hub_grades"] == {"min": program.grade_min, "max": program.grade_max}
    if 1 <= program.grade_min and program.grade_max <= 12:
        assert body["minimum_age"] == program.grade_min + 5
        assert body["maximum_age"] == program.grade_max + 6
    # Every other language the listing is written in, with its own text and page.
    written = {*languages_written(program, "title"), *languages_written(program, "summary")}
    written.discard("en")
    assert set(body["x_hub_translations"]) == written
    spanish = body["x_hub_translations"]["es"]
    assert spanish["name"] == stored_value(program, "title", "es")
    assert spanish["x_hub_url"] == body["x_hub_url"].replace("/en/", "/es/", 1)
    assert client.get(spanish["x_hub_url"].removeprefix("http://testserver")).status_code == 200
    # Delivery languages are HSDS languages; sessions are schedules at their places.
    assert {lang["x_hub_code"] for lang in body["languages"]} == {
        lang.code for lang in program.delivery_languages.all()
    }
    sessions = list(program.sessions.all())
    assert len(body["schedules"]) == len(sessions)
    assert {s["valid_from"] for s in body["schedules"]} == {
        s.start_date.isoformat() for s in sessions
    }
    places = {s.location_id for s in sessions if s.location_id}
    assert len(body["service_at_locations"]) == len(places)
    assert body["assured_date"] == program.last_verified.isoformat()
    assert body["organization"]["name"] == program.get_parent().title


def test_support_services_keep_their_kind_of_help_places_and_hours(client, region):
    page = (
        SupportServicePage.objects.live()
        .filter(service_locations__isnull=False, support_types__isnull=False)
        .distinct()
        .order_by("pk")
        .first()
    )
    body = get(client, f"/services/{page.translation_key}")
    assert body["x_hub_type"] == "support_service" and "x_hub_kind" not in body
    help_given = {
        a["taxonomy_term"]["code"] for a in body["attributes"] if a["link_type"] == "support_type"
    }
    assert help_given == {t.slug for t in page.support_types.all()}
    rows = list(page.service_locations.all())
    assert {sal["location"]["name"] for sal in body["service_at_locations"]} == {
        row.location.name for row in rows
    }
    hours = {s["description"] for sal in body["service_at_locations"] for s in sal["schedules"]}
    assert hours == {row.hours for row in rows if row.hours}
    cost = body["cost_options"][0]
    assert body["x_hub_cost"]["type"] == page.cost_type
    assert (cost["amount"] == 0) == (page.cost_type == "free")


def test_list_items_carry_the_one_to_one_extensions(client, region):
    items = get(client, "/services", per_page=100)["contents"]
    programs = [i for i in items if i["x_hub_type"] == "program"]
    assert programs and all(
        {"x_hub_grades", "x_hub_kind", "x_hub_cost"} <= p.keys() for p in programs
    )
    assert any(i["x_hub_type"] == "support_service" for i in every(client, "/services"))


# --- Paging ---------------------------------------------------------------------------------


@pytest.mark.parametrize("per_page", [1, 7, 100])
def test_paging_reaches_every_published_service_exactly_once(client, region, per_page):
    expected = {str(p.translation_key) for p in live_services()}
    first = get(client, "/services", per_page=per_page)
    assert first["total_items"] == len(expected)
    assert first["total_pages"] == math.ceil(len(expected) / per_page)
    pages = range(1, first["total_pages"] + 1) if per_page > 1 else [1, 2, first["total_pages"]]
    seen = []
    for number in pages:
        body = get(client, "/services", page=number, per_page=per_page)
        assert body["page_number"] == number
        assert body["first_page"] == (number == 1)
        assert body["last_page"] == (number == first["total_pages"])
        assert body["size"] == len(body["contents"]) <= per_page
        assert body["empty"] is False
        seen += [item["id"] for item in body["contents"]]
    if per_page > 1:
        assert len(seen) == len(set(seen)) == len(expected)
        assert set(seen) == expected
    beyond = get(client, "/services", page=first["total_pages"] + 1, per_page=per_page)
    assert beyond["contents"] == [] and beyond["empty"] and beyond["size"] == 0


def test_every_list_endpoint_pages_through_everything_once(client, region):
    expected = {
        "/organizations": OrganizationPage.objects.live().count(),
        "/taxonomy_terms": sum(m.objects.count() for m in [Interest, SupportType, EligibilityTag]),
        "/taxonomies": 3,
    }
    for path, count in expected.items():
        ids = [item["id"] for item in every(client, path)]
        assert len(ids) == len(set(ids)) == count, path
    pairs = every(client, "/service_at_locations")
    assert len({p["id"] for p in pairs}) == len(pairs)
    assert {(p["service_id"], p["location_id"]) for p in pairs} == _service_places(client)


def _service_places(client):
    """(service id, location id) of every place every service names, from the services."""
    return {
        (service["id"], sal["location_id"])
        for service in get(client, "/services", format="ndjson", full="true")
        for sal in service["service_at_locations"]
    }


def test_minimal_lists_every_service_in_one_page(client, region):
    body = get(client, "/services", minimal="true")
    assert body["total_pages"] == 1 and body["size"] == len(live_services())
    # The specification: "just service 'id' and 'modified_date'"
    # (test_hsds_frictionless.py checks them against the official schemas).
    assert all(set(item) == {"id", "last_modified"} for item in body["contents"])


def test_ndjson_streams_every_record_without_paging(client, region):
    lines = get(client, "/services", format="ndjson")
    assert len(lines) == len(live_services())
    assert [line["id"] for line in lines] == [item["id"] for item in every(client, "/services")]


# --- Filters --------------------------------------------------------------------------------


@pytest.mark.database_vendor  # icontains on non-ASCII text: SQLite folds ASCII only
def test_search_finds_words_in_name_or_description_in_any_language(client, region):
    program = program_with_sessions_and_spanish()
    word = max(stored_value(program, "title", "es").split(), key=len)
    found = every(client, "/services", search=word.upper())
    assert str(program.translation_key) in {s["id"] for s in found}
    assert len(found) < len(live_services())
    for service in found:
        texts = [service["name"], service["description"]] + [
            t.get(k, "")
            for t in service.get("x_hub_translations", {}).values()
            for k in ("name", "description")
        ]
        assert any(word.casefold() in text.casefold() for text in texts), service["name"]
    assert get(client, "/services", search="zzqx-nothing-like-this")["total_items"] == 0


def test_taxonomy_filters_keep_exactly_the_services_tagged(client, region):
    everything = get(client, "/services", format="ndjson", full="true")
    # An interest some services have and others do not.
    term = next(
        t
        for t in every(client, "/taxonomy_terms")
        if 1 < sum(t["id"] in terms_of(s) for s in everything) < len(everything) // 2
    )
    tagged = {s["id"] for s in everything if term["id"] in terms_of(s)}
    assert 0 < len(tagged) < len(everything)
    assert {s["id"] for s in every(client, "/services", taxonomy_term_id=term["id"])} == tagged

    eligibility = next(
        t for t in get(client, "/taxonomies")["contents"] if "eligibility" in t["name"]
    )
    in_taxonomy = {
        s["id"]
        for s in everything
        if any(a["taxonomy_term"]["taxonomy_id"] == eligibility["id"] for a in s["attributes"])
    }
    assert 0 < len(in_taxonomy) < len(everything)
    assert {
        s["id"] for s in every(client, "/services", taxonomy_id=eligibility["id"])
    } == in_taxonomy

    terms = every(client, "/taxonomy_terms", taxonomy_id=eligibility["id"])
    assert terms and all(t["taxonomy_id"] == eligibility["id"] for t in terms)
    unknown = "00000000-0000-4000-8000-000000000000"
    assert get(client, "/services", taxonomy_term_id=unknown)["total_items"] == 0


def test_organization_filter_keeps_that_organizations_services(client, region):
    org = max(OrganizationPage.objects.live(), key=lambda o: o.get_children().live().count())
    org_id = str(org.translation_key)
    found = every(client, "/services", organization_id=org_id)
    assert found and all(s["organization_id"] == org_id for s in found)
    assert {s["id"] for s in found} == {
        s["id"] for s in get(client, f"/organizations/{org_id}")["services"]
    }
    at_places = every(client, "/service_at_locations", organization_id=org_id)
    assert {p["service_id"] for p in at_places} <= {s["id"] for s in found}
    assert all(p["service"]["organization_id"] == org_id for p in at_places)


def test_modified_after_keeps_what_changed_since(client, region):
    old = sorted(live_services(), key=lambda p: p.pk)[:5]
    Page.objects.filter(pk__in=[p.pk for p in old]).update(
        last_published_at=timezone.make_aware(datetime(2020, 1, 1))
    )
    since = get(client, "/services", modified_after="2021-06-01T00:00:00Z", minimal="true")
    ids = {s["id"] for s in since["contents"]}
    assert ids.isdisjoint({str(p.translation_key) for p in old})
    assert len(ids) == len(live_services()) - len(old)
    assert all(s["last_modified"] >= "2021-06-01" for s in since["contents"])
    on_the_day = get(client, "/services", modified_after="2020-01-01", minimal="true")
    assert on_the_day["total_items"] == len(live_services())
    assert get(client, "/services", modified_after="2100-01-01")["total_items"] == 0


def test_postcode_and_proximity_keep_nearby_places(client, region):
    everything = every(client, "/service_at_locations", full="true")
    postcode = everything[0]["location"]["addresses"][0]["postal_code"]
    in_zip = every(client, "/service_at_locations", postcode=postcode, full="true")
    assert in_zip and all(p["location"]["addresses"][0]["postal_code"] == postcode for p in in_zip)
    assert len(in_zip) == sum(
        1 for p in everything if p["location"]["addresses"][0]["postal_code"] == postcode
    )
    centre = zipcodes.matching(postcode)[0]
    near = every(client, "/service_at_locations", postcode=postcode, proximity=5000)
    far = every(client, "/service_at_locations", postcode=postcode, proximity=200000)
    assert len(near) < len(far) <= len(everything)
    for place in near:
        assert _metres(centre, place["location"]) <= 5000


def _metres(centre, location):
    lat1, lon1 = math.radians(float(centre["lat"])), math.radians(float(centre["long"]))
    lat2, lon2 = math.radians(location["latitude"]), math.radians(location["longitude"])
    a = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6_371_000 * math.asin(math.sqrt(a))


# --- What is never shown --------------------------------------------------------------------


def test_drafts_unpublished_changes_and_private_pages_never_appear(client, region):
    org = OrganizationPage.objects.live().order_by("pk").first()
    draft = ProgramPageFactory(parent=org, title="Secret Draft Robotics Lab", live=False)
    draft.save_revision()
    changed = ProgramPage.objects.live().order_by("pk").first()
    published_title = changed.title
    changed.title = "Unpublished Retitled Program"
    changed.save_revision()  # a draft of new text: the published page stays as it was
    private_org = OrganizationPage.objects.live().order_by("-pk").first()
    hidden = {str(p.translation_key) for p in live_services() if p.is_child_of(private_org)}
    assert hidden
    PageViewRestriction.objects.create(page=private_org, restriction_type=PageViewRestriction.LOGIN)

    services = get(client, "/services", format="ndjson", full="true")
    names = {s["name"] for s in services}
    ids = {s["id"] for s in services}
    assert "Secret Draft Robotics Lab" not in names
    assert "Unpublished Retitled Program" not in names and published_title in names
    assert str(draft.translation_key) not in ids
    assert ids.isdisjoint(hidden)
    assert get(client, "/services", search="Secret Draft")["total_items"] == 0
    assert client.get(f"{API}/services/{draft.translation_key}").status_code == 404
    assert client.get(f"{API}/services/{sorted(hidden)[0]}").status_code == 404
    assert client.get(f"{API}/organizations/{private_org.translation_key}").status_code == 404
    orgs = {o["id"] for o in every(client, "/organizations")}
    assert str(private_org.translation_key) not in orgs
    places = every(client, "/service_at_locations")
    assert {p["service_id"] for p in places}.isdisjoint(hidden | {str(draft.translation_key)})


# --- Bad requests ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "params", "parameter"),
    [
        ("/services", {"per_page": "abc"}, "per_page"),
        ("/services", {"per_page": "0"}, "per_page"),
        ("/services", {"per_page": "100000"}, "per_page"),
        ("/services", {"page": "-1"}, "page"),
        ("/services", {"page": "1.5"}, "page"),
        ("/services", {"page": "99999999999999999999"}, "page"),
        ("/services", {"modified_after": "yesterday"}, "modified_after"),
        ("/services", {"modified_after": "2026-02-30"}, "modified_after"),
        ("/services", {"taxonomy_term_id": "robotics"}, "taxonomy_term_id"),
        ("/services", {"organization_id": "42"}, "organization_id"),
        ("/services", {"full": "maybe"}, "full"),
        ("/services", {"minimal": "2"}, "minimal"),
        ("/services", {"format": "xml"}, "format"),
        ("/organizations", {"full_service": "yes please"}, "full_service"),
        ("/service_at_locations", {"postcode": "Sacramento"}, "postcode"),
        ("/service_at_locations", {"proximity": "1000"}, "proximity"),
        ("/service_at_locations", {"postcode": "95814", "proximity": "far"}, "proximity"),
        ("/service_at_locations", {"postcode": "00000", "proximity": "1000"}, "postcode"),
        ("/taxonomy_terms", {"taxonomy_id": "x"}, "taxonomy_id"),
        ("/taxonomy_terms", {"top_only": "perhaps"}, "top_only"),
        ("/taxonomies", {"per_page": ""}, None),  # empty means the default
    ],
)
def test_bad_parameters_are_a_400_naming_them(client, region, path, params, parameter):
    response = client.get(f"{API}{path}?{urlencode(params)}")
    if parameter is None:
        assert response.status_code == 200
        return
    assert response.status_code == 400, response.content[:200]
    assert response["Content-Type"] == "application/json"
    assert response.json()["parameter"] == parameter and response.json()["message"]


@pytest.mark.parametrize(
    "path",
    [
        "/services/{uuid}",
        "/services/not-an-id",
        "/organizations/{uuid}",
        "/service_at_locations/{uuid}",
        "/taxonomies/{uuid}",
        "/taxonomy_terms/{uuid}",
        "/pathways/{uuid}",
        "/no_such_endpoint",
    ],
)
def test_unknown_ids_are_a_json_404_not_a_redirect(client, region, path):
    response = client.get(API + path.format(uuid="00000000-0000-4000-8000-000000000000"))
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json" and response.json()["message"]


def test_an_organization_id_is_not_a_service_id(client, region):
    org = OrganizationPage.objects.live().first()
    assert client.get(f"{API}/services/{org.translation_key}").status_code == 404


# --- Stable ids and cost --------------------------------------------------------------------


def test_ids_are_stable_and_lead_where_they_say(client, region):
    program = program_with_sessions_and_spanish()
    service = SupportServicePage.objects.live().filter(service_locations__isnull=False).first()
    for page in (program, service):
        first = get(client, f"/services/{page.translation_key}")
        assert first == get(client, f"/services/{page.translation_key}")
        assert first["id"] == str(page.translation_key)
        # Every id names the same thing wherever it is looked up.
        organization = get(client, f"/organizations/{first['organization_id']}")
        assert first["id"] in {s["id"] for s in organization["services"]}
        assert first["service_at_locations"]
        for sal in first["service_at_locations"]:
            alone = get(client, f"/service_at_locations/{sal['id']}")
            assert alone["service"]["id"] == first["id"]
            assert alone["location"] == sal["location"]
        for attribute in first["attributes"]:
            term = get(client, f"/taxonomy_terms/{attribute['taxonomy_term_id']}")
            assert term == attribute["taxonomy_term"]

    # An edit published later changes the text, not the ids.
    before = get(client, f"/services/{program.translation_key}")
    program.title = "Renamed Program"
    program.save_revision().publish()
    after = get(client, f"/services/{program.translation_key}")
    assert after["name"] == "Renamed Program"
    assert all_ids(after) == all_ids(before)

    listed = [s["id"] for s in get(client, "/services", per_page=50)["contents"]]
    assert listed == [s["id"] for s in get(client, "/services", per_page=50)["contents"]]


def test_a_page_of_results_costs_the_same_queries_however_long(
    client, region, django_assert_max_num_queries
):
    for path, params in [
        ("/services", {}),
        ("/services", {"full": "true"}),
        ("/organizations", {"full": "true", "full_service": "true"}),
        ("/service_at_locations", {"full": "true"}),
        ("/taxonomy_terms", {}),
        ("/pathways", {}),
    ]:
        counts = []
        for per_page in (20, 100):
            with CaptureQueriesContext(connection) as queries:
                get(client, path, per_page=per_page, **params)
            counts.append(len(queries))
        assert counts[0] == counts[1], (path, params, counts)
        with django_assert_max_num_queries(25):
            get(client, path, per_page=100, **params)
