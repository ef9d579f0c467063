"""HSDS ids: UUIDs that stay the same for as long as the thing they name exists.

- A page (organization, program, support service, pathway) is identified by its Wagtail
  `translation_key`: a UUID given when the page is created and kept through edits, renames,
  moves, publishing and database copies. Looking one up is an indexed equality, and an importer
  can keep a foreign HSDS id by writing it into `translation_key`.
- A place, a program session or a support service's hours keep the id they were imported
  with (`hsds_id`); made here, their id is a uuid5 of their database key.
- Everything else (taxonomy terms, addresses, phones...) has no UUID of its own, so its id is a
  uuid5 in the hub's namespace of what it is and the natural key it hangs off (a place's
  address hangs off the place's id, so it survives an export and re-import too).

Two requests, two exports of the same database, give the same ids."""

import uuid

# Fixed forever: changing it would change every derived id.
NAMESPACE = uuid.UUID("6f0a3c52-8d1e-5b7a-9c4e-2d3b1a0f7e65")


def derived(*parts):
    return str(uuid.uuid5(NAMESPACE, "/".join(str(part) for part in parts)))


def page_id(page):
    return str(page.translation_key)


def taxonomy_id(taxonomy_code):
    return derived("taxonomy", taxonomy_code)


def term_id(taxonomy_code, slug):
    return derived("taxonomy_term", taxonomy_code, slug)


def location_id(place):
    return str(place.hsds_id) if place.hsds_id else derived("location", place.pk)


def schedule_id(row, kind):
    """A program session's (kind "session") or a support service's hours' ("service_location")."""
    return str(row.hsds_id) if row.hsds_id else derived("schedule", kind, row.pk)


def service_at_location_id(service_id, location_id):
    return derived("service_at_location", service_id, location_id)


def parse(value):
    """The canonical form of a UUID given as text, or None when it is not one."""
    try:
        return str(uuid.UUID(str(value)))
    except (ValueError, TypeError, AttributeError):
        return None
