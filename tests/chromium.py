"""Debian's Chromium driven by Playwright (which cannot download browsers here)."""

from contextlib import contextmanager

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"


@contextmanager
def launch_chromium():
    """A headless Chromium. Playwright's sync API runs an event loop in this thread, and
    Django then gives ORM calls made meanwhile a connection of their own: with SQLite's
    in-memory test database, do the database work before launching or commit it (live_server
    tests use transaction=True)."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        try:
            yield browser
        finally:
            browser.close()


# WCAG 2.2 AA: axe-core's rules for each level up to 2.2 AA (axe tags each rule with the
# version that introduced it, so every tag is listed).
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


# Waits (3 s at most) until the page has loaded and no finite animation or transition runs,
# asking again after each round: under load a message can start fading in only after a first
# look found nothing running, and axe would measure it half-transparent.
SETTLED = """async () => {
    const deadline = Date.now() + 3000;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    while (Date.now() < deadline) {
        if (document.readyState === "complete") {
            await frame();
            await frame();
            const running = document.getAnimations()
                .filter((a) => a.playState === "running" || a.pending)
                .filter((a) => a.effect && a.effect.getComputedTiming().endTime !== Infinity);
            if (running.length === 0) return;
            await Promise.race([
                Promise.all(running.map((a) => a.finished.catch(() => null))),
                new Promise((resolve) => setTimeout(resolve, deadline - Date.now())),
            ]);
        } else {
            await new Promise((resolve) => setTimeout(resolve, 50));
        }
    }
}"""


def axe_violations(page):
    """axe-core's WCAG 2.2 AA violations on the page as it is now, one (rule, element) pair
    each. axe.min.js comes inside the axe-playwright-python wheel: nothing is downloaded."""
    from axe_playwright_python.base import AXE_SCRIPT

    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_SCRIPT)
    # A message still fading in would be measured half-transparent.
    page.evaluate(SETTLED)
    options = {"runOnly": {"type": "tag", "values": WCAG_22_AA}, "resultTypes": ["violations"]}
    results = page.evaluate("(options) => axe.run(document, options)", options)
    return [
        {
            "rule": violation["id"],
            "impact": violation["impact"],
            "target": " ".join(map(str, node["target"])),
            "help": violation["help"],
            "summary": node["failureSummary"].replace("\n", " "),
        }
        for violation in results["violations"]
        for node in violation["nodes"]
    ]


def assert_accessible(page, allowed=()):
    """Fails naming each element axe finds wrong: rule, impact, selector, what to fix.
    `allowed`: (rule, selector) pairs in Wagtail's own admin markup the hub cannot change,
    each with a comment naming the Wagtail template."""
    found = [v for v in axe_violations(page) if (v["rule"], v["target"]) not in set(allowed)]
    lines = [
        f"{v['rule']} ({v['impact']}) {v['target']}: {v['help']}\n    {v['summary']}" for v in found
    ]
    assert not found, f"axe (WCAG 2.2 AA) on {page.url}:\n" + "\n".join(lines)
