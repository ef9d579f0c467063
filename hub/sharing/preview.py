"""The picture a messaging app shows beside a shared link (Open Graph): the listing's title,
who runs it, for which grades and at what cost, drawn here with Pillow, 1200 × 630.

Fonts are the machine's own (DejaVu, in Debian's fonts-dejavu-core): they cover Latin,
Cyrillic and Arabic, not Chinese or Korean, so for those the picture shows the English title
(the link's text, og:title, is still in the family's language)."""

import io
import textwrap
from functools import lru_cache

from django.utils import translation
from django.utils.translation import get_language, get_language_bidi
from django.utils.translation import gettext as _
from PIL import Image, ImageDraw, ImageFont, features

from hub.directory.templatetags.hub_tags import cost_label

WIDTH, HEIGHT, MARGIN = 1200, 630, 72
INK, PAPER, ACCENT, MUTED = "#1a1a1a", "#f2f5f8", "#0a6b3d", "#4a4a4a"
NOT_COVERED = ("zh-hans", "ko")  # scripts the machine's fonts do not draw


@lru_cache(maxsize=4)
def _font(size, bold=False):
    try:
        return ImageFont.truetype("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf", size)
    except OSError:  # no DejaVu on this machine: Pillow's own font (Latin only)
        return ImageFont.load_default(size=size)


def _lines(draw, text, font, width, most):
    """`text` wrapped to `width` pixels, at most `most` lines (the last one cut with …)."""
    words, lines = text.split(), []
    while words and len(lines) < most:
        line = words.pop(0)
        while words and draw.textlength(f"{line} {words[0]}", font=font) <= width:
            line = f"{line} {words.pop(0)}"
        lines.append(line)
    if words:
        lines[-1] = textwrap.shorten(
            lines[-1] + " " + " ".join(words), len(lines[-1]), placeholder="…"
        )
    return lines


def preview_png(page):
    language = get_language()
    drawn_in = language
    if language in NOT_COVERED or (get_language_bidi() and not features.check("raqm")):
        drawn_in = "en"
    with translation.override(drawn_in):
        rtl = get_language_bidi()
        title = page.title
        hub = _("STEM Opportunity Hub")
        facts = []
        if getattr(page, "grade_min", None) is not None and hasattr(page, "grade_range"):
            facts.append(str(page.grade_range))
        if getattr(page, "cost_type", None):
            facts.append(str(cost_label(page)))
        organization = getattr(page, "organization", None)
        if organization is not None:
            facts.append(organization.title)
    image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    edge = WIDTH - MARGIN if rtl else MARGIN
    anchor = "ra" if rtl else "la"
    direction = "rtl" if rtl else "ltr"
    bar = (WIDTH - 24, 0, WIDTH, HEIGHT) if rtl else (0, 0, 24, HEIGHT)
    draw.rectangle(bar, fill=ACCENT)

    # Right-to-left shaping needs Pillow's raqm layout; without it, draw the English title.
    shaping = {"direction": direction} if features.check("raqm") else {}

    def text(y, value, font, fill):
        draw.text((edge, y), value, font=font, fill=fill, anchor=anchor, **shaping)

    text(MARGIN, hub, _font(34, bold=True), ACCENT)
    y = MARGIN + 90
    for line in _lines(draw, title, _font(64, bold=True), WIDTH - 2 * MARGIN, 3):
        text(y, line, _font(64, bold=True), INK)
        y += 80
    y = max(y + 30, HEIGHT - MARGIN - 100)
    for line in _lines(draw, " · ".join(facts), _font(36), WIDTH - 2 * MARGIN, 2):
        text(y, line, _font(36), MUTED)
        y += 50
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
