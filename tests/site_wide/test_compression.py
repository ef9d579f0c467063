"""Answers reach a family's phone compressed: brotli when the browser takes it, else gzip, else
as they are; decoded, they are exactly the page the hub rendered. Pictures are sent as they are,
every answer whose encoding depends on Accept-Encoding says so in Vary, and static files come
from whitenoise's own .br copies (hub/caching/compression.py)."""

import gzip
import json
import shutil
import tempfile

import brotli
import pytest
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.management import call_command
from django.http import HttpResponse, StreamingHttpResponse
from django.test import Client, RequestFactory, override_settings

from hub.caching import compression
from hub.caching.compression import CompressionMiddleware, chosen_encoding
from hub.directory.models import ProgramPage

pytestmark = pytest.mark.django_db

BROTLI_FIRST = "br, gzip"


def get(path, accept_encoding=None, method="get"):
    headers = {} if accept_encoding is None else {"Accept-Encoding": accept_encoding}
    return getattr(Client(), method)(path, headers=headers)


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def decoded(response):
    encoding = response.get("Content-Encoding", "")
    data = body(response)
    if encoding == "br":
        return brotli.decompress(data)
    if encoding == "gzip":
        return gzip.decompress(data)
    assert encoding == "", encoding
    return data


def varies_on(response):
    return {h.strip().lower() for h in response.get("Vary", "").split(",") if h.strip()}


@pytest.fixture
def program_path(region):
    return ProgramPage.objects.live().public().order_by("pk").first().url


def family_addresses(program_path):
    return [program_path, "/api/hsds/services/", "/api/v1/match?grade=7&interests=robotics"]


def test_pages_and_api_answers_are_brotli_for_a_browser_that_takes_it(program_path):
    for path in family_addresses(program_path):
        plain = get(path)
        assert plain.status_code == 200, path
        assert "Content-Encoding" not in plain, path
        squeezed = get(path, BROTLI_FIRST)
        assert squeezed["Content-Encoding"] == "br", path
        assert "accept-encoding" in varies_on(squeezed), path
        assert int(squeezed["Content-Length"]) == len(squeezed.content) < len(plain.content)
        # What the family reads is exactly what the hub rendered (the CSRF token aside, which
        # is masked anew on every request; these pages have no form).
        assert brotli.decompress(squeezed.content) == plain.content, path


def test_gzip_for_a_browser_without_brotli_and_nothing_for_one_that_asks_for_nothing(
    program_path,
):
    for path in family_addresses(program_path):
        plain = get(path)
        zipped = get(path, "gzip, deflate")
        assert zipped["Content-Encoding"] == "gzip", path
        assert gzip.decompress(zipped.content) == plain.content, path
        for refused in ("identity", "br;q=0, gzip;q=0", "*;q=0", "deflate"):
            response = get(path, refused)
            assert "Content-Encoding" not in response, (path, refused)
            assert response.content == plain.content
        # Not compressed, and still tells a cache it would have been for another browser.
        assert "accept-encoding" in varies_on(plain), path


def test_the_json_a_client_reads_is_the_same_json(region):
    plain = json.loads(get("/api/hsds/services/").content)
    for accept in (BROTLI_FIRST, "gzip"):
        assert json.loads(decoded(get("/api/hsds/services/", accept))) == plain


@override_settings(HUB_PAGE_CACHE=False)  # made afresh each time, as a page with a form is
def test_every_compressed_answer_is_padded_by_a_random_length_against_breach(program_path):
    """Django's GZipMiddleware answer to BREACH, for brotli too: the same page compressed twice
    differs in length (0-99 random bytes), and still decodes to the same page. (A stored answer
    holds no secret to guess: no CSRF token, nothing of a signed-in user.)"""
    for accept in (BROTLI_FIRST, "gzip"):
        lengths = set()
        for _ in range(8):
            response = get(program_path, accept)
            lengths.add(len(response.content))
            assert decoded(response) == get(program_path).content
        assert len(lengths) > 1, (accept, lengths)


def test_a_qr_code_picture_is_sent_as_it_is(program_path):
    program = ProgramPage.objects.live().public().order_by("pk").first()
    for accept in (BROTLI_FIRST, "gzip", None):
        response = get(f"/en/share/{program.pk}/qr.png", accept)
        assert response.status_code == 200
        assert response["Content-Type"] == "image/png"
        assert "Content-Encoding" not in response
        assert response.content.startswith(b"\x89PNG")
        assert "accept-encoding" not in varies_on(response)


def test_the_ndjson_stream_is_compressed_as_it_streams(region):
    path = "/api/hsds/services/?format=ndjson"
    plain = get(path)
    assert plain.streaming
    plain_body = body(plain)
    for accept in (BROTLI_FIRST, "gzip"):
        response = get(path, accept)
        assert response.streaming
        assert response["Content-Encoding"] == accept[:4].strip(", ")
        assert "Content-Length" not in response
        assert decoded(response) == plain_body


def test_a_head_request_gets_the_headers_of_the_get_and_no_body(program_path):
    response = get(program_path, BROTLI_FIRST, method="head")
    assert response.status_code == 200
    assert response["Content-Encoding"] == "br"
    assert "accept-encoding" in varies_on(response)
    assert response.content == b""


# --- The middleware alone -------------------------------------------------------------------


def answer(response, accept_encoding="br", method="get"):
    request = getattr(RequestFactory(), method)("/", headers={"Accept-Encoding": accept_encoding})
    return CompressionMiddleware(lambda request: response)(request)


HTML = "<p>" + "Robótica para familias. " * 40 + "</p>"


def test_a_strong_etag_becomes_weak_and_a_weak_one_stays():
    strong = HttpResponse(HTML)
    strong["ETag"] = '"abc"'
    assert answer(strong)["ETag"] == 'W/"abc"'
    weak = HttpResponse(HTML)
    weak["ETag"] = 'W/"abc"'
    assert answer(weak)["ETag"] == 'W/"abc"'
    uncompressed = HttpResponse(HTML)
    uncompressed["ETag"] = '"abc"'
    assert answer(uncompressed, accept_encoding="identity")["ETag"] == '"abc"'


def test_what_is_not_compressed():
    short = answer(HttpResponse("<p>Hi</p>"))
    assert "Content-Encoding" not in short
    # Too short to compress now; a cache must still key on the header.
    assert "accept-encoding" in varies_on(short)

    already = HttpResponse(brotli.compress(HTML.encode()), content_type="text/html")
    already["Content-Encoding"] = "br"
    assert answer(already).content == brotli.compress(HTML.encode())

    for content_type in (
        "image/png",
        "image/jpeg",
        "application/zip",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/pdf",
    ):
        response = answer(HttpResponse(HTML.encode(), content_type=content_type))
        assert "Content-Encoding" not in response, content_type
        assert response.content == HTML.encode()

    not_modified = HttpResponse(HTML, status=304)
    assert "Content-Encoding" not in answer(not_modified)
    no_content = HttpResponse(HTML, status=204)
    assert "Content-Encoding" not in answer(no_content)


@pytest.mark.parametrize(
    "content_type",
    [
        "text/html; charset=utf-8",
        "application/json",
        "application/problem+json",
        "text/css",
        "text/javascript",
        "application/javascript",
        "application/xml",
        "text/csv; charset=utf-8",
        "image/svg+xml",
        "text/calendar",
        "application/x-ndjson",
    ],
)
def test_text_of_every_kind_is_compressed(content_type):
    for accept, decode in (("br", brotli.decompress), ("gzip", gzip.decompress)):
        response = answer(HttpResponse(HTML.encode(), content_type=content_type), accept)
        assert response["Content-Encoding"] == accept, content_type
        assert decode(response.content) == HTML.encode()


def test_a_streamed_body_is_compressed_whole():
    chunks = [HTML.encode()] * 50
    for accept, decode in (("br", brotli.decompress), ("gzip", gzip.decompress)):
        response = answer(StreamingHttpResponse(iter(chunks), content_type="text/csv"), accept)
        assert response["Content-Encoding"] == accept
        assert decode(b"".join(response.streaming_content)) == b"".join(chunks)


@pytest.mark.parametrize(
    ("accept_encoding", "chosen"),
    [
        ("", ""),
        ("br", "br"),
        ("gzip", "gzip"),
        ("br, gzip", "br"),
        ("gzip, deflate, br, zstd", "br"),  # what Chrome sends
        ("gzip, deflate", "gzip"),  # an old browser, curl --compressed without brotli
        ("identity", ""),
        ("deflate", ""),
        ("br;q=0, gzip", "gzip"),
        ("br;q=0.0, gzip;q=0.5", "gzip"),
        ("br; q=0.001", "br"),
        ("gzip;q=0, br;q=0", ""),
        ("*", "br"),
        ("*;q=0", ""),
        ("*;q=0, gzip", "gzip"),
        ("br;q=0, *", "gzip"),
        ("*, br;q=0, gzip;q=0", ""),
        ("BR, GZIP", "br"),
        ("GZip", "gzip"),
        ("  gzip ;  q=1 ,  br ; Q=0 ", "gzip"),
        ("x-gzip", "gzip"),
        ("br;q=nonsense, gzip", "gzip"),
        ("brotli, gzip", "gzip"),  # not the coding's name
        (",,;", ""),
    ],
)
def test_chosen_encoding(accept_encoding, chosen):
    request = RequestFactory().get("/", headers={"Accept-Encoding": accept_encoding})
    assert chosen_encoding(request) == chosen


def test_chosen_encoding_reads_only_accept_encoding():
    """The page cache keys on it: nothing but the header may change it."""
    factory = RequestFactory()
    plain = factory.get("/en/", headers={"Accept-Encoding": "gzip"})
    other = factory.post(
        "/es/find/?grade=7",
        headers={"Accept-Encoding": "gzip", "Accept-Language": "es", "User-Agent": "Safari"},
    )
    other.COOKIES["sessionid"] = "x"
    assert chosen_encoding(plain) == chosen_encoding(other) == "gzip"
    assert "HTTP_ACCEPT_ENCODING" not in factory.get("/").META
    assert chosen_encoding(factory.get("/")) == ""


def test_the_page_cache_keeps_each_encoding_compressed_once(region):
    """The compression middleware sits right below the page cache: a hit is the stored brotli
    (or gzip) body, never compressed again, and each encoding is its own stored copy."""
    program = ProgramPage.objects.live().public().order_by("pk").first()
    first = {}
    for accept, encoding in (("br, gzip", "br"), ("gzip", "gzip"), ("identity", None)):
        miss = Client().get(program.url, headers={"Accept-Encoding": accept})
        hit = Client().get(program.url, headers={"Accept-Encoding": accept})
        assert (miss["X-Hub-Cache"], hit["X-Hub-Cache"]) == ("miss", "hit"), accept
        assert hit.get("Content-Encoding") == encoding and hit.content == miss.content
        first[accept] = miss.content
    assert (
        brotli.decompress(first["br, gzip"]) == gzip.decompress(first["gzip"]) == first["identity"]
    )


# --- Static files ---------------------------------------------------------------------------


@pytest.fixture
def collected_static():
    """collectstatic with production's storage (hashed names, .gz and .br copies) into a
    temporary STATIC_ROOT; only the hub's own static/ (Wagtail's admin files take a minute)."""
    root = tempfile.mkdtemp(prefix="hub-static-")
    production_storage = {
        "default": {"BACKEND": "hub.partners.uploads.MediaStorage"},
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    try:
        with override_settings(
            STATIC_ROOT=root,
            STORAGES=production_storage,
            STATICFILES_FINDERS=["django.contrib.staticfiles.finders.FileSystemFinder"],
            WHITENOISE_USE_FINDERS=False,
            WHITENOISE_AUTOREFRESH=False,
        ):
            call_command("collectstatic", "--noinput", verbosity=0)
            yield root
    finally:
        shutil.rmtree(root, ignore_errors=True)


def test_whitenoise_serves_the_brotli_copy_collectstatic_wrote(collected_static):
    hashed = staticfiles_storage.stored_name("css/hub.css")
    assert hashed != "css/hub.css"
    with open(f"{collected_static}/{hashed}", "rb") as original:
        css = original.read()
    with open(f"{collected_static}/{hashed}.br", "rb") as squeezed:
        assert brotli.decompress(squeezed.read()) == css

    client = Client()  # a new handler, so whitenoise reads the collected files
    response = client.get(f"/static/{hashed}", headers={"Accept-Encoding": BROTLI_FIRST})
    assert response.status_code == 200
    assert response["Content-Encoding"] == "br"
    assert brotli.decompress(body(response)) == css
    assert "accept-encoding" in varies_on(response)
    assert "immutable" in response["Cache-Control"]  # hashed names are kept for good

    zipped = client.get(f"/static/{hashed}", headers={"Accept-Encoding": "gzip"})
    assert zipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(body(zipped)) == css
    plain = client.get(f"/static/{hashed}")
    assert "Content-Encoding" not in plain
    assert body(plain) == css


def test_the_quality_is_a_fast_one():
    """bench/compression.py: above 6 brotli costs tens of milliseconds a page for a few bytes."""
    assert 4 <= compression.BROTLI_QUALITY <= 6
