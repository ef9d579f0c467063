"""hub.hsds.tabular.read_tabular: an HSDS 3.0 tabular datapackage (a folder of CSVs) read back
into the nested JSON documents the importer consumes. The official example loads whole, nothing
lost; faulty files give problems naming file, row and column instead of exceptions."""

import csv
import json
from collections import Counter
from pathlib import Path

import pytest
from django.conf import settings

from hub.hsds.tables import TABLES
from hub.hsds.tabular import read_tabular

EXAMPLE = Path(settings.BASE_DIR).parent / "shared" / "hsds" / "examples" / "csv"
# Which table a nested list holds; written out here rather than taken from the module under test.
LISTS = {
    "phones": "phone",
    "contacts": "contact",
    "schedules": "schedule",
    "languages": "language",
    "service_areas": "service_area",
    "addresses": "address",
    "accessibility": "accessibility",
    "cost_options": "cost_option",
    "required_documents": "required_document",
    "funding": "funding",
    "programs": "program",
    "organization_identifiers": "organization_identifier",
    "service_at_locations": "service_at_location",
    "attributes": "attribute",
    "metadata": "metadata",
}


@pytest.fixture(scope="module")
def example():
    if not EXAMPLE.is_dir():
        pytest.skip(f"the official HSDS example {EXAMPLE} is not present")
    return read_tabular(EXAMPLE)


def write(directory, files):
    for name, text in files.items():
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text if isinstance(text, bytes) else text.encode())
    return directory


def objects_by_table(result):
    """Every (table, id) in documents and kept, counted, with the object found there."""
    found, counts = {}, Counter()

    def visit(table, obj):
        counts[table, obj["id"]] += 1
        found[table, obj["id"]] = obj
        for key, value in obj.items():
            if isinstance(value, list):
                for child in value:
                    visit(LISTS[key], child)

    for table, objs in [*result.documents.items(), *result.kept.items()]:
        for obj in objs:
            visit(table, obj)
    return found, counts


def test_official_example_reads_without_problems(example):
    assert example.problems == []
    documents = example.documents
    assert [len(documents[root]) for root in ("organization", "service", "location")] == [1, 1, 1]
    (service,) = example.documents["service"]
    assert service["minimum_age"] == 12 and service["organization_id"].startswith("d9d5e0f5")
    (sal,) = service["service_at_locations"]
    assert sal["location_id"] == example.documents["location"][0]["id"]
    assert sal["schedules"][0]["freq"] == "WEEKLY"
    # The phone names a contact, a service at location, a location, a service and an
    # organization: the contact, most specific, holds it, with its language below it.
    (contact,) = service["contacts"]
    (phone,) = contact["phones"]
    assert phone["number"] == '"+44 1234 234567"'
    assert phone["extension"] == 100
    assert phone["languages"][0]["code"] == "ur"
    assert "phones" not in sal and "phones" not in service
    assert example.documents["organization"][0]["year_incorporated"] == 2011
    assert example.documents["location"][0]["latitude"] == 100


def test_official_example_keeps_rows_whose_links_point_at_nothing(example):
    assert [row["id"][:8] for row in example.kept["attribute"]] == ["ae58cc39"]
    assert [row["id"][:8] for row in example.kept["metadata"]] == ["6cd71e9f"]
    assert [row["name"] for row in example.kept["meta_table_description"]] == ["Example name"]
    assert any(n.startswith("attributes.csv row 2 ") and "link_id" in n for n in example.notes)
    assert any(n.startswith("metadata.csv row 2 ") and "resource_id" in n for n in example.notes)
    # Its term is in the files, so the kept attribute still carries it.
    assert example.kept["attribute"][0]["taxonomy_term"]["term_uri"] == "http://example.com"


def test_official_example_loses_nothing(example):
    found, counts = objects_by_table(example)
    expected = {}
    for table, (file_name, columns) in TABLES.items():
        numbers = {column[0] for column in columns if column[1] == "number"}
        path = EXAMPLE / file_name
        if not path.exists():
            continue
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                expected[table, row["id"]] = {
                    column: (float(value) if "." in value else int(value))
                    if column in numbers
                    else value
                    for column, value in row.items()
                    if value != ""
                }
    assert len(expected) == 21
    assert set(counts) == set(expected)
    assert set(counts.values()) == {1}
    for key, cells in expected.items():
        obj = found[key]
        assert {column: obj.get(column) for column in cells} == cells, key
        assert not set(obj) - set(cells) - set(LISTS) - {"taxonomy_term"}, key


def test_a_value_that_is_not_a_number_names_file_row_and_column(tmp_path):
    write(tmp_path, {"services.csv": "id,name,minimum_age\ns1,A,12\ns2,B,abc\ns3,C,35.5\n"})
    result = read_tabular(tmp_path)
    assert result.problems == ["services.csv row 3, minimum_age: 'abc' is not a number"]
    assert [s.get("minimum_age") for s in result.documents["service"]] == [12, "abc", 35.5]


def test_missing_and_duplicate_ids_are_problems(tmp_path):
    write(tmp_path, {"organizations.csv": "id,name\no1,A\n,B\no1,C\n"})
    problems = read_tabular(tmp_path).problems
    assert problems == [
        "organizations.csv row 3, id: the row has no id",
        "organizations.csv row 4, id: 'o1' is already the id of row 2",
    ]


def test_a_file_that_is_not_utf8_is_a_problem_not_an_exception(tmp_path):
    write(tmp_path, {"services.csv": b"id,name\ns1,Caf\xe9\n", "organizations.csv": "id\no1\n"})
    result = read_tabular(tmp_path)
    assert len(result.problems) == 1
    assert result.problems[0].startswith("services.csv cannot be read as UTF-8 text")
    assert [o["id"] for o in result.documents["organization"]] == ["o1"]


def test_a_quote_never_closed_is_a_problem_not_a_swallowed_file(tmp_path):
    write(tmp_path, {"services.csv": 'id,name\ns1,"Club\ns2,Hall\n'})
    result = read_tabular(tmp_path)
    assert result.problems == ["services.csv is not valid CSV near line 3: unexpected end of data"]


def test_empty_cells_are_absent_and_text_is_kept_exactly(tmp_path):
    write(tmp_path, {"services.csv": '\ufeffid,name,description,extra\ns1,, two  spaces ,"a,b"\n'})
    result = read_tabular(tmp_path)
    assert result.problems == []
    assert result.documents["service"] == [
        {"id": "s1", "description": " two  spaces ", "extra": "a,b"}
    ]


def test_unknown_csv_is_noted_and_ignored_and_no_datapackage_is_fine(tmp_path):
    write(tmp_path, {"organizations.csv": "id,name\no1,A\n", "volunteers.csv": "id\nv1\n"})
    result = read_tabular(tmp_path)
    assert result.problems == []
    assert [o["name"] for o in result.documents["organization"]] == ["A"]
    assert any("volunteers.csv" in note and "ignored" in note for note in result.notes)
    assert any("no datapackage.json" in note for note in result.notes)


def test_a_folder_without_any_table_is_a_problem(tmp_path):
    write(tmp_path, {"volunteers.csv": "id\nv1\n"})
    assert read_tabular(tmp_path).problems == [f"no HSDS table found in {tmp_path}"]


def test_datapackage_paths_are_followed(tmp_path):
    package = {"resources": [{"name": "service", "path": "data/svc.csv"}]}
    write(
        tmp_path,
        {
            "datapackage.json": json.dumps(package),
            "data/svc.csv": "id,name\ns1,Renamed\n",
            "services.csv": "id,name\ns2,Standard name\n",
            "organizations.csv": "id,name\no1,A\n",
        },
    )
    result = read_tabular(tmp_path)
    assert result.problems == []
    assert [s["name"] for s in result.documents["service"]] == ["Renamed"]
    assert [o["name"] for o in result.documents["organization"]] == ["A"]
    assert any(note.startswith("services.csv ignored") for note in result.notes)


def test_datapackage_may_not_point_outside_the_folder(tmp_path):
    package = {"resources": [{"name": "service", "path": "../services.csv"}]}
    write(tmp_path / "pkg", {"datapackage.json": json.dumps(package), "organizations.csv": "id\n"})
    write(tmp_path, {"services.csv": "id,name\ns1,Secret\n"})
    result = read_tabular(tmp_path / "pkg")
    assert any("outside the folder" in problem for problem in result.problems)
    assert result.documents["service"] == []


def test_attribute_attaches_to_the_table_its_link_entity_names(tmp_path):
    # The same id in two tables: link_entity decides; an unknown link_entity tries every table.
    write(
        tmp_path,
        {
            "attributes.csv": "id,link_id,link_entity,taxonomy_term_id,value\n"
            "a1,x,location,t1,wheelchair\na2,x,Service,,other\n",
            "locations.csv": "id,name\nx,Hall\n",
            "services.csv": "id,name\nx,Club\n",
            "taxonomy_terms.csv": "id,name\nt1,Accessible\n",
        },
    )
    result = read_tabular(tmp_path)
    (location,) = result.documents["location"]
    (service,) = result.documents["service"]
    assert [a["id"] for a in location["attributes"]] == ["a1"]
    assert location["attributes"][0]["taxonomy_term"] == {"id": "t1", "name": "Accessible"}
    assert [a["id"] for a in service["attributes"]] == ["a2"]
    assert result.kept == {} and result.problems == []


def test_children_nest_at_any_depth_whatever_the_file_order(tmp_path):
    write(
        tmp_path,
        {
            "languages.csv": "id,phone_id,name\nl1,p1,Urdu\n",
            "phones.csv": "id,contact_id,service_id,number\np1,c1,s1,123\n",
            "contacts.csv": "id,service_at_location_id,name\nc1,sal1,Ann\n",
            "service_at_location.csv": "id,service_id,location_id\nsal1,s1,l1\n",
            "services.csv": "id,name\ns1,Club\n",
            "locations.csv": "id,name\nl1,Hall\n",
        },
    )
    result = read_tabular(tmp_path)
    (service,) = result.documents["service"]
    (sal,) = service["service_at_locations"]
    phone = sal["contacts"][0]["phones"][0]
    assert phone["number"] == "123" and phone["languages"][0]["name"] == "Urdu"
    assert "phones" not in service
    assert "contacts" not in result.documents["location"][0]


def test_a_child_whose_parents_are_missing_is_kept_with_a_note(tmp_path):
    write(
        tmp_path,
        {
            "services.csv": "id,name\ns1,Club\n",
            # p1's contact is missing, so it falls back to its service; p2 has nowhere to go.
            "phones.csv": "id,contact_id,service_id,number\np1,c9,s1,1\np2,c9,s9,2\np3,,,3\n",
        },
    )
    result = read_tabular(tmp_path)
    assert [p["id"] for p in result.documents["service"][0]["phones"]] == ["p1"]
    assert result.kept == {
        "phone": [
            {"id": "p2", "contact_id": "c9", "service_id": "s9", "number": "2"},
            {"id": "p3", "number": "3"},
        ]
    }
    assert result.notes[-2:] == [
        "phones.csv row 3 (id p2) kept as-is: its contact_id, service_id match no row in the files",
        "phones.csv row 4 (id p3) kept as-is: it names no parent",
    ]


def test_rows_that_name_each_other_are_kept_rather_than_looping(tmp_path):
    write(
        tmp_path,
        {
            "organizations.csv": "id\no1\n",
            "metadata.csv": "id,resource_id,resource_type\nm1,m2,metadata\nm2,m1,metadata\n",
        },
    )
    result = read_tabular(tmp_path)
    assert result.problems == []
    found, counts = objects_by_table(result)
    assert counts == {("organization", "o1"): 1, ("metadata", "m1"): 1, ("metadata", "m2"): 1}
    json.dumps(result.kept)  # no circular reference
