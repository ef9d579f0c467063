from hub.directory.models import OrganizationPage, ProgramPage


def test_program_page_renders_in_spanish_with_english_fallback(client, indexes):
    org = indexes["partners"].add_child(
        instance=OrganizationPage(title="Acme", slug="acme", kind="employer", summary="Robots")
    )
    org.add_child(
        instance=ProgramPage(
            title="Robot Club",
            slug="robot-club",
            kind="club",
            summary="Build robots",
            summary_es="Construye robots",
            grade_min=6,
            grade_max=8,
        )
    )
    assert client.get("/es/partners/acme/robot-club/").status_code == 200
