"""Photos keep no trace of where they were taken or on which camera.

A phone writes the place (GPS), the camera, the owner's name and more into a photo's EXIF, XMP
and IPTC, and a photo of a children's program can give away a home or a school. Every picture
written under the image folders of the media store is re-saved without them (uploads.py), so
the original and every rendition made from it are clean: Willow copies a JPEG's or PNG's EXIF
into JPEG and PNG renditions, so cleaning renditions alone would not do.

Kept: the colour profile (ICC), the resolution, and the EXIF Orientation tag alone. Keeping the
orientation rather than turning the pixels (ImageOps.exif_transpose) leaves the picture exactly
the size Wagtail recorded when it read the upload (width, height, focal point) and changes no
pixel; Wagtail turns every rendition by that tag. A JPEG is re-encoded with its own
quantization tables (quality "keep"), a lossless WebP losslessly, a PNG is lossless anyway."""

import io

from django.utils.translation import gettext
from PIL import ExifTags, Image, UnidentifiedImageError

# Pillow's format -> the format the clean copy is written in (an MPO is a JPEG with extra
# frames, as many phones write: the first frame is the photo).
FORMATS = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG", "WEBP": "WEBP"}
# What Pillow reads into `info` that says nothing about a person.
HARMLESS_INFO = {
    "icc_profile",
    "dpi",
    "jfif",
    "jfif_version",
    "jfif_unit",
    "jfif_density",
    "progressive",
    "progression",
    "adobe",
    "adobe_transform",
    "transparency",
    "gamma",
    "srgb",
    "aspect",
    "loop",
    "duration",
    "background",
    "blend",
    "disposal",
    "default_image",
}
ORIENTATION = ExifTags.Base.Orientation


class UnreadablePicture(ValueError):
    """A picture that claims to be a JPEG, PNG or WebP but cannot be decoded to its end."""

    def user_message(self):
        return gettext(
            "This picture could not be read to its end, so nothing was saved. Save it again"
            " from your photo app (or take a screenshot of it) and upload that."
        )


def _carries_metadata(picture):
    exif = picture.getexif()
    return bool(set(picture.info) - HARMLESS_INFO - {"exif"} or set(exif) - {ORIENTATION})


def _webp_is_lossless(data):
    """True when the first image chunk of a WebP (RIFF) file is VP8L, the lossless coding."""
    position = 12
    while position + 8 <= len(data):
        tag = data[position : position + 4]
        if tag in (b"VP8 ", b"VP8L"):
            return tag == b"VP8L"
        size = int.from_bytes(data[position + 4 : position + 8], "little")
        position += 8 + size + (size & 1)
    return False


def without_metadata(data):
    """`data` (a picture's bytes) re-saved without location, camera or any other EXIF, XMP,
    IPTC, comment or text chunk; None when it is no JPEG, PNG or WebP, or has nothing to
    remove. Raises UnreadablePicture for one that cannot be decoded."""
    try:
        picture = Image.open(io.BytesIO(data))
    except (UnidentifiedImageError, OSError, ValueError):
        return None
    save_as = FORMATS.get(picture.format)
    if save_as is None or not _carries_metadata(picture):
        return None
    options = {}
    orientation = picture.getexif().get(ORIENTATION)
    if orientation not in (None, 1):
        exif = Image.Exif()
        exif[ORIENTATION] = orientation
        options["exif"] = exif.tobytes()
    for key in ("icc_profile", "dpi"):
        if picture.info.get(key):
            options[key] = picture.info[key]
    if save_as == "JPEG":
        # comment="": Pillow would copy the photo's own JPEG comment otherwise.
        options.update(quality="keep", progressive=bool(picture.info.get("progressive")))
        options["comment"] = b""
    elif save_as == "WEBP":
        options.update({"lossless": True} if _webp_is_lossless(data) else {"quality": 90})
    if save_as != "JPEG" and getattr(picture, "is_animated", False):
        options["save_all"] = True
    out = io.BytesIO()
    try:
        picture.save(out, save_as, **options)
    except (OSError, ValueError, SyntaxError) as error:  # truncated or corrupt image data
        raise UnreadablePicture(str(error)) from error
    return out.getvalue()
