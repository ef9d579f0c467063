"""Pictures for the demo, drawn with Pillow: nothing is downloaded, and the same input always
gives the same PNG bytes, so a second load finds (by title) what the first one made."""

import hashlib
import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model

LOGO_SIZE = 256
PROGRAM_IMAGE_SIZE = (640, 360)

# Logo backgrounds dark enough for white initials (WCAG AA at this text size).
LOGO_COLOURS = [
    "#1d3557",
    "#2a6f97",
    "#6a040f",
    "#386641",
    "#5a189a",
    "#7f5539",
    "#005f73",
    "#9d0208",
    "#3a5a40",
    "#283618",
    "#3c096c",
    "#0b525b",
    "#7b2cbf",
    "#8d0801",
    "#14213d",
    "#4a4e69",
]


def _rgb(hex_colour):
    hex_colour = hex_colour.lstrip("#")
    return tuple(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))


def _seeded(text):
    return random.Random(int(hashlib.sha256(text.encode()).hexdigest()[:16], 16))


def _png(image):
    buffer = io.BytesIO()
    # No timestamps or other metadata, so the bytes depend only on the drawing.
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def initials(name):
    words = [w for w in name.replace("-", " ").split() if w[:1].isalnum()]
    skip = {"and", "of", "the", "for"}
    letters = [w[0] for w in words if w.lower() not in skip]
    return "".join(letters[:3]).upper() or "?"


def draw_logo(name):
    """Initials on a coloured rounded square, with a thin ring: a plausible small logo."""
    rng = _seeded(name)
    colour = _rgb(rng.choice(LOGO_COLOURS))
    image = PILImage.new("RGBA", (LOGO_SIZE, LOGO_SIZE), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, LOGO_SIZE - 1, LOGO_SIZE - 1), radius=40, fill=colour)
    inset = 18
    draw.ellipse(
        (inset, inset, LOGO_SIZE - inset, LOGO_SIZE - inset),
        outline=(255, 255, 255, 90),
        width=6,
    )
    text = initials(name)
    font = ImageFont.load_default(size=110 if len(text) < 3 else 84)
    draw.text((LOGO_SIZE / 2, LOGO_SIZE / 2), text, font=font, fill="white", anchor="mm")
    return _png(image)


def draw_program_image(label, colour):
    """A banner in the interest's colour with a few soft shapes and its name."""
    rng = _seeded(label)
    width, height = PROGRAM_IMAGE_SIZE
    base = _rgb(colour)
    image = PILImage.new("RGB", PROGRAM_IMAGE_SIZE, base)
    draw = ImageDraw.Draw(image, "RGBA")
    for _ in range(9):
        radius = rng.randint(30, 140)
        x, y = rng.randint(0, width), rng.randint(0, height)
        tint = 255 if rng.random() < 0.5 else 0
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=(tint, tint, tint, 38))
    for _ in range(4):
        y = rng.randint(0, height)
        draw.line((0, y, width, y + rng.randint(-80, 80)), fill=(255, 255, 255, 50), width=3)
    draw.rectangle((0, height - 96, width, height), fill=(0, 0, 0, 110))
    font = ImageFont.load_default(size=44)
    draw.text((32, height - 48), label, font=font, fill="white", anchor="lm")
    return _png(image)


def ensure_image(title, filename, draw, description=""):
    """The Wagtail image with this title, drawing and saving it only if it does not exist yet.
    Returns (image, created)."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).order_by("pk").first()
    if existing is not None:
        return existing, False
    image = Image(title=title, description=description)
    image.file = ImageFile(io.BytesIO(draw()), name=filename)
    image._set_image_file_metadata()
    image.save()
    return image, True
