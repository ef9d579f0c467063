"""A partner uploads a phone photo of a program: where it was taken (GPS) and on which camera
must not reach anyone. The photo is uploaded through the real admin forms, used on a program
and an organization, published, and then every picture a visitor or an API client can fetch
for it is opened with Pillow.

Media files are not served by Django in production or tests (the web server serves MEDIA_ROOT
as is), so a /media/ URL is read from the media store at the same path."""

import io
import json
import re
from urllib.parse import urlsplit

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from PIL import ExifTags, ImageCms, PngImagePlugin
from PIL import Image as PillowImage
from wagtail.images import get_image_model
from wagtail.models import GroupCollectionPermission

pytestmark = pytest.mark.django_db

GPS = ExifTags.IFD.GPSInfo  # 0x8825
MAKE, MODEL, ORIENTATION = ExifTags.Base.Make, ExifTags.Base.Model, ExifTags.Base.Orientation
CAMERA = "SpyPhone Corp"
HOME = "Child's home, 12 Elm St"


def _exif():
    exif = PillowImage.Exif()
    exif[MAKE] = CAMERA
    exif[MODEL] = "SpyPhone 15 Pro"
    exif[ORIENTATION] = 6  # taken holding the phone upright: turn 90° to show
    exif[ExifTags.Base.ImageDescription] = HOME
    gps = exif.get_ifd(GPS)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (38.0, 34.0, 51.12)
    gps[ExifTags.GPS.GPSLongitudeRef] = "W"
    gps[ExifTags.GPS.GPSLongitude] = (121.0, 29.0, 38.4)
    return exif


SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def phone_photo(kind="jpeg"):
    """A small photo as a phone writes it: EXIF with GPS, camera and orientation, XMP, an ICC
    colour profile, and (PNG) text chunks."""
    picture = PillowImage.new("RGB", (64, 48), (200, 30, 30))
    out = io.BytesIO()
    xmp = f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description>{HOME}</rdf:Description>'
    xmp = (xmp + "</x:xmpmeta>").encode()
    if kind == "jpeg":
        picture.save(out, "JPEG", exif=_exif(), icc_profile=SRGB, xmp=xmp, comment=HOME)
    elif kind == "png":
        text = PngImagePlugin.PngInfo()
        text.add_text("Location", HOME)
        picture.save(out, "PNG", exif=_exif(), icc_profile=SRGB, pnginfo=text)
    else:
        picture.save(out, "WEBP", exif=_exif(), icc_profile=SRGB, xmp=xmp)
    extension = {"jpeg": "jpg"}.get(kind, kind)
    return SimpleUploadedFile(f"IMG_2041.{extension}", out.getvalue(), f"image/{kind}")


def assert_no_location_or_camera(data, where):
    """What a curious visitor would run on a downloaded picture."""
    picture = PillowImage.open(io.BytesIO(data))
    exif = picture.getexif()
    assert not exif.get_ifd(GPS), f"{where} gives away where the photo was taken"
    assert GPS not in exif, where
    assert MAKE not in exif and MODEL not in exif, f"{where} names the camera"
    assert CAMERA.encode() not in data and b"Elm St" not in data, where
    assert not any("Elm St" in str(value) for value in picture.info.values()), where


def fetch(client, url):
    """The bytes a visitor gets at `url`: from the media store for /media/, else the site."""
    path = urlsplit(url).path
    if path.startswith("/media/"):
        with default_storage.open(path.removeprefix("/media/")) as f:
            return f.read()
    response = client.get(path)
    assert response.status_code == 200, (url, response.status_code)
    return b"".join(response.streaming_content) if response.streaming else response.content


def picture_urls_in_html(html):
    urls = re.findall(r'(?:src|href|content)="([^"]+)"', html)
    for srcset in re.findall(r'srcset="([^"]+)"', html):
        urls += [part.strip().split(" ")[0] for part in srcset.split(",")]
    return {u for u in urls if "/media/" in u or u.endswith((".png", ".jpg", ".webp"))}


def picture_urls_in_json(data):
    found = set()
    if isinstance(data, dict):
        for value in data.values():
            found |= picture_urls_in_json(value)
    elif isinstance(data, list):
        for value in data:
            found |= picture_urls_in_json(value)
    elif isinstance(data, str) and "/media/" in data:
        found.add(data)
    return found


@pytest.fixture
def partner(client, world):
    client.force_login(world.partner_a)
    return client


@pytest.fixture
def collection(world):
    return GroupCollectionPermission.objects.filter(group__user=world.partner_a).first().collection


def upload(partner, collection, title, photo):
    response = partner.post(
        reverse("wagtailimages:add"), {"title": title, "file": photo, "collection": collection.pk}
    )
    assert response.status_code == 302, response.content[:500]
    return get_image_model().objects.get(title=title)


@pytest.mark.parametrize("kind", ["jpeg", "png", "webp"])
def test_uploaded_original_keeps_no_location_or_camera(partner, collection, kind):
    image = upload(partner, collection, f"Robot club {kind}", phone_photo(kind))
    with image.file.open() as f:
        stored = f.read()
    assert_no_location_or_camera(stored, f"the stored {kind} original")
    picture = PillowImage.open(io.BytesIO(stored))
    # Still shown the right way up, in the right colours, at the size Wagtail recorded.
    assert picture.getexif().get(ORIENTATION) == 6
    assert picture.info.get("icc_profile") == SRGB
    assert picture.size == (image.width, image.height) == (64, 48)
    assert picture.format == {"jpeg": "JPEG"}.get(kind, kind.upper())


def test_photo_sent_through_the_multiple_upload_page_keeps_no_location(partner, collection):
    response = partner.post(
        reverse("wagtailimages:add_multiple"),
        {"title": "Robot club multi", "collection": collection.pk, "files[]": phone_photo()},
    )
    assert json.loads(response.content)["success"] is True
    image = get_image_model().objects.latest("pk")
    with image.file.open() as f:
        assert_no_location_or_camera(f.read(), "the stored original (multiple upload)")


def test_no_public_url_of_a_published_photo_gives_its_location(client, partner, collection, world):
    image = upload(partner, collection, "Robot club day", phone_photo())
    program = world.alpha_club
    program.image = image
    program.body = [("image", {"image": image, "caption": "", "alt_text": "Robots"})]
    program.save_revision().publish()
    organization = world.alpha
    organization.logo = image
    organization.save_revision().publish()
    client.logout()

    urls = set()
    for page in (program, organization):
        html = client.get(page.get_url()).content.decode()
        urls |= picture_urls_in_html(html)
    urls.add(f"/en/share/{program.pk}/preview.png")  # the Open Graph picture
    urls |= picture_urls_in_html(client.get(f"/en/share/{program.pk}/flyer/").content.decode())
    api = set()
    for path in (
        "/api/hsds/services?full=true",
        f"/api/hsds/services/{program.translation_key}",
        "/api/hsds/organizations?full=true&full_service=true",
        f"/api/hsds/organizations/{organization.translation_key}",
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        api |= picture_urls_in_json(response.json())
    service = client.get(f"/api/hsds/services/{program.translation_key}").json()
    assert service["x_hub_image"]["url"] in api
    # The API links a rendition, never the photo as uploaded.
    assert api and not [url for url in api if "/original_images/" in url], api
    urls |= api
    urls.add(image.file.url)  # the original, for whoever guesses its address

    assert len([u for u in urls if "/media/" in u]) >= 4, urls
    for url in sorted(urls):
        assert_no_location_or_camera(fetch(client, url), url)


def test_cleaning_command_strips_photos_stored_before_the_fix(world, capsys):
    """Photos uploaded before stripping existed still carry GPS, in their originals and in the
    JPEG renditions made from them (Willow copies EXIF into JPEG and PNG renditions)."""
    plain = FileSystemStorage(location=default_storage.location)
    name = plain.save("original_images/old_phone_photo.jpg", ContentFile(phone_photo().read()))
    image = get_image_model().objects.create(title="Old photo", file=name)
    rendition = image.get_rendition("max-32x32|format-jpeg")
    with rendition.file.open() as f:
        assert PillowImage.open(f).getexif().get_ifd(GPS)  # the leak, as it was

    call_command("strip_image_metadata")

    image.refresh_from_db()
    with image.file.open() as f:
        stored = f.read()
    assert_no_location_or_camera(stored, "the cleaned original")
    assert image.file_size == len(stored)
    assert not image.renditions.filter(pk=rendition.pk).exists()
    with image.get_rendition("max-32x32|format-jpeg").file.open() as f:
        assert_no_location_or_camera(f.read(), "a rendition made after cleaning")
    assert "1 image" in capsys.readouterr().out


def test_a_cut_short_photo_is_refused_with_a_message_not_stored_with_its_location(
    partner, collection
):
    whole = phone_photo().read()
    image_data = whole.index(b"\xff\xda")  # the compressed pixels start here
    cut = SimpleUploadedFile("IMG_2042.jpg", whole[: image_data + 40], "image/jpeg")
    response = partner.post(
        reverse("wagtailimages:add"),
        {"title": "Cut short", "file": cut, "collection": collection.pk},
    )
    assert response.status_code == 200  # the form again, with the reason
    assert "could not be read to its end, so nothing was saved" in response.content.decode()
    assert "file" in response.context["form"].errors
    assert not get_image_model().objects.filter(title="Cut short").exists()
    assert not default_storage.exists("original_images/IMG_2042.jpg")
