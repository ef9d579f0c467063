"""The media store fails while a partner uploads an image through the Wagtail admin: the partner
is told plainly, and no image row and no half-written file remain.

The failures are real ones on the file system under MEDIA_ROOT: a file standing where the
images' directory should be (so it cannot be created), and a write cut short by the kernel
(RLIMIT_FSIZE, which fails a write past the limit the way a full disk or a quota does)."""

import io
import json
import os
import resource
import signal
from contextlib import contextmanager

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.html import escape
from partners_fixtures import build_world
from PIL import Image as PillowImage
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import GroupCollectionPermission

from hub.partners.uploads import failure_message

# Requests run as in production, in autocommit, not inside a test transaction: a failed save
# there must leave nothing, and a savepoint around the test would hide a half-saved row.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TITLE = "Alpha Robot Club team photo"


@pytest.fixture
def world():
    return build_world()


@pytest.fixture
def partner(client, world):
    client.force_login(world.partner_a)
    return client


@pytest.fixture
def collection(world):
    return GroupCollectionPermission.objects.filter(group__user=world.partner_a).first().collection


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    return tmp_path


def files_under(root):
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def small_png():
    return SimpleUploadedFile("team.png", get_test_image_file().file.getvalue())


def noisy_png(size=300):
    """A photo-like PNG of ~size*size*3 bytes (noise does not compress)."""
    buffer = io.BytesIO()
    PillowImage.frombytes("RGB", (size, size), os.urandom(size * size * 3)).save(buffer, "PNG")
    buffer.seek(0)
    return SimpleUploadedFile("team.png", buffer.getvalue(), content_type="image/png")


@contextmanager
def writes_cut_off_after(limit):
    """Writes past `limit` bytes into any file fail with EFBIG (SIGXFSZ ignored), as on a
    full disk: the file is created and partly written, then the write fails."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


def assert_nothing_saved(media_root, expected_files=()):
    assert not get_image_model().objects.filter(title__startswith="Alpha Robot Club team").exists()
    assert files_under(media_root) == sorted(expected_files)


def test_an_image_directory_that_cannot_be_made(partner, collection, media_root):
    (media_root / "original_images").write_text("a file where the directory should be")

    response = partner.post(
        reverse("wagtailimages:add"),
        {"title": TITLE, "file": small_png(), "collection": collection.pk},
        follow=True,
    )
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == reverse("wagtailimages:add")
    assert escape(failure_message()) in response.content.decode()
    assert_nothing_saved(media_root, ["original_images"])

    # Once the store works again, the same upload goes through.
    (media_root / "original_images").unlink()
    response = partner.post(
        reverse("wagtailimages:add"),
        {"title": TITLE, "file": small_png(), "collection": collection.pk},
    )
    assert response.status_code == 302
    image = get_image_model().objects.get(title=TITLE)
    assert files_under(media_root) == [image.file.name]


def test_a_write_cut_short_leaves_no_half_file(partner, collection, media_root):
    upload = noisy_png()
    assert upload.size > 200_000
    with writes_cut_off_after(64_000):
        response = partner.post(
            reverse("wagtailimages:add"),
            {"title": TITLE, "file": upload, "collection": collection.pk},
        )
    assert response.status_code == 302
    page = partner.get(response["Location"]).content.decode()
    assert escape(failure_message()) in page
    assert_nothing_saved(media_root)


def test_the_multiple_upload_page_says_which_file_failed(partner, collection, media_root):
    (media_root / "original_images").write_text("a file where the directory should be")
    response = partner.post(
        reverse("wagtailimages:add_multiple"),
        {"title": TITLE, "collection": collection.pk, "files[]": small_png()},
    )
    assert response.status_code == 200
    # The shape Wagtail's upload page shows beside the file ("upload-failure").
    assert json.loads(response.content) == {"success": False, "error_message": failure_message()}
    assert_nothing_saved(media_root, ["original_images"])
