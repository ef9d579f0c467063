"""Page budgets, measured in Chromium on the live server: a program page and the find page with
results each fit in 60 KB of compressed HTML, CSS and JS (images apart), need at most 3
requests before the first paint, ask no other host, and load no web font. Images are WebP
renditions in a srcset, loaded lazily below the fold."""

import gzip
from urllib.parse import urlsplit

import pytest
import wagtail_factories
from playwright.sync_api import expect
from test_browser_journeys import journey_world

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BUDGET_BYTES = 60 * 1024
MAX_BEFORE_FIRST_RENDER = 3
COUNTED = ("document", "stylesheet", "script")  # images are not counted
FONT_FILE = (".woff", ".woff2", ".ttf", ".otf", ".eot")

# Chromium's own record of what blocked rendering and what started before the first paint.
RENDER_TIMING = """() => {
    const paint = performance.getEntriesByName("first-paint")[0];
    const resources = performance.getEntriesByType("resource");
    return {
        first_paint_ms: paint ? paint.startTime : null,
        blocking: resources.filter((r) => r.renderBlockingStatus === "blocking").map((r) => r.name),
        before_paint: resources.filter((r) => paint && r.startTime < paint.startTime)
            .map((r) => r.name),
    };
}"""


def compressed_size(response):
    """What the response costs on the wire compressed. The test server sends files as they
    are (production's WhiteNoise serves them gzipped or Brotli), so each body is gzipped here
    at level 6, the usual server setting; a body already compressed counts as sent."""
    if response.headers.get("content-encoding"):
        return response.request.sizes()["responseBodySize"]
    return len(gzip.compress(response.body(), compresslevel=6))


def measure(browser, url):
    # The service worker would answer from its copy: measure the network, as on a first visit.
    page = browser.new_context(locale="en-US", service_workers="block").new_page()
    responses = []
    page.on("response", lambda response: responses.append(response))
    page.goto(url, wait_until="networkidle")
    timing = page.evaluate(RENDER_TIMING)
    counted = [r for r in responses if r.request.resource_type in COUNTED]
    sizes = {r.url: compressed_size(r) for r in counted}
    images = {r.url for r in responses if r.request.resource_type == "image"}
    figures = {
        "url": url,
        "requests": [f"{r.request.resource_type} {r.url}" for r in responses],
        "compressed_bytes": sum(sizes.values()),
        "by_file": sizes,
        "first_paint_ms": timing["first_paint_ms"],
        # The document and what Chromium marks render-blocking (stylesheets, scripts in the
        # head without defer).
        "before_first_render": 1 + len(timing["blocking"]),
        # Started before the first paint, images apart: the above and deferred scripts.
        "before_first_paint": 1 + len([url for url in timing["before_paint"] if url not in images]),
    }
    print(
        f"\n{url}: {figures['compressed_bytes']} bytes gzipped in {len(counted)} files, "
        f"{figures['before_first_render']} requests before first render, "
        f"{figures['before_first_paint']} started before first paint "
        f"({figures['first_paint_ms']:.0f} ms; images apart)"
    )
    for name, size in sizes.items():
        print(f"  {size:6d}  {name}")
    return page, responses, figures


def test_program_and_find_pages_fit_the_budget(live_server, chromium):
    world = journey_world()
    base = live_server.url
    for url in (
        f"{base}/en{world.alpha_club.url[3:]}",
        f"{base}/en/find/?grade=7&interests=robotics",
    ):
        page, responses, figures = measure(chromium, url)
        expect(page.locator("main")).to_contain_text("Alpha Robot Club")
        assert figures["compressed_bytes"] < BUDGET_BYTES, figures
        assert figures["first_paint_ms"] is not None, "the page never painted"
        assert figures["before_first_render"] <= MAX_BEFORE_FIRST_RENDER, figures
        assert figures["before_first_paint"] <= MAX_BEFORE_FIRST_RENDER, figures
        other_hosts = [r.url for r in responses if urlsplit(r.url).netloc != urlsplit(base).netloc]
        assert not other_hosts, other_hosts
        fonts = [
            r.url
            for r in responses
            if r.request.resource_type == "font" or urlsplit(r.url).path.endswith(FONT_FILE)
        ]
        assert not fonts, fonts
        for response in responses:
            if response.request.resource_type == "stylesheet":
                assert b"@font-face" not in response.body(), response.url


def test_images_are_webp_renditions_loaded_lazily_below_the_fold(live_server, chromium):
    world = journey_world()
    photo = wagtail_factories.ImageFactory(
        title="Robots on a table", file__width=1600, file__height=1000
    )
    world.alpha_club.image = photo
    world.alpha_club.save_revision().publish()
    world.alpha.logo = wagtail_factories.ImageFactory(
        title="Alpha logo", file__width=400, file__height=200
    )
    world.alpha.save_revision().publish()
    base = live_server.url

    phone = chromium.new_context(viewport={"width": 390, "height": 740}, service_workers="block")
    page = phone.new_page()
    image_requests = []
    page.on("request", lambda r: r.resource_type == "image" and image_requests.append(r.url))
    page.goto(f"{base}/en{world.alpha_club.url[3:]}", wait_until="networkidle")

    figure = page.locator("figure.figure img")
    assert figure.get_attribute("loading") == "lazy"
    assert figure.get_attribute("width") and figure.get_attribute("height")
    assert figure.get_attribute("sizes")
    candidates = [c.split()[0] for c in figure.get_attribute("srcset").split(",")]
    widths = sorted(
        int(c.split()[1].rstrip("w")) for c in figure.get_attribute("srcset").split(",")
    )
    assert widths == [320, 640, 960]
    assert all(c.endswith(".webp") for c in candidates), candidates
    # Lazy: the browser decides when (Chromium starts 1250 px ahead of the screen). Of the
    # srcset it fetches the one size a 390 px phone needs, not the largest.
    figure.scroll_into_view_if_needed()
    expect(figure).to_have_js_property("complete", True)
    fetched = [url for url in image_requests if url.endswith(".webp")]
    assert [urlsplit(url).path for url in fetched] == [candidates[1]], image_requests
    assert "fill-640x360" in fetched[0]

    # The renditions are real WebP files.
    for rendition in photo.renditions.all():
        with rendition.file.open("rb") as file:
            head = file.read(12)
        assert head[:4] == b"RIFF" and head[8:12] == b"WEBP", rendition.file.name

    # A logo at the top of the organization page is above the fold: not lazy.
    page.goto(f"{base}/en{world.alpha.url[3:]}")
    logo = page.locator("img.logo")
    assert logo.get_attribute("loading") != "lazy"
    assert ".webp" in logo.get_attribute("srcset")
