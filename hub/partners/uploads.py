"""A media store that fails while a partner uploads (a full disk, a missing or unwritable
directory) gives the partner a clear message instead of a 500, and leaves nothing behind.

`MediaStorage` is Django's file system storage that, when a write fails, removes the part it
wrote and raises `MediaStoreFailure`. Wagtail saves an image's file before its row, inside the
view's transaction, so no row remains either. `MediaStoreFailureMiddleware` turns the failure
into a message: the upload form again (one image or document), or the JSON error the
multiple-upload page shows beside the file.

Pictures stored under the image folders are first cleaned of location and camera metadata
(photo_metadata.py): this is the one place every upload passes (the image forms, the
multiple-upload page, the chooser's upload, scripts)."""

import logging

from django.contrib import messages
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.http import HttpResponseRedirect, JsonResponse
from django.utils.translation import gettext

from .photo_metadata import UnreadablePicture, without_metadata

log = logging.getLogger(__name__)


class MediaStoreFailure(OSError):
    """The media store could not keep an uploaded file. `message`, when given, is what to
    tell the partner instead of the usual failure_message()."""

    def __init__(self, detail, message=None):
        super().__init__(detail)
        self.message = message

    def user_message(self):
        return self.message or failure_message()


# Wagtail's folders for originals, and for uploads waiting for their details (multiple upload).
PICTURE_FOLDERS = ("original_images/", "uploaded_files/")


class MediaStorage(FileSystemStorage):
    def _save(self, name, content):
        if name.startswith(PICTURE_FOLDERS):
            content = _without_metadata(name, content)
        existed = self.exists(name)
        try:
            return super()._save(name, content)
        except OSError as error:
            # A file created by this write and cut short (e.g. the disk filled up) goes.
            if not existed:
                try:
                    self.delete(name)
                except OSError:
                    pass
            raise MediaStoreFailure(f"{name}: {error}") from error


def _without_metadata(name, content):
    content.seek(0)
    try:
        cleaned = without_metadata(content.read())
    except UnreadablePicture as error:
        raise MediaStoreFailure(f"{name}: {error}", error.user_message()) from error
    content.seek(0)
    return content if cleaned is None else ContentFile(cleaned)


def failure_message():
    return gettext(
        "The file could not be stored, so nothing was saved. This is a problem on the hub's"
        " side, not with your file: please try again later, and tell the hub team if it"
        " keeps happening."
    )


class MediaStoreFailureMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, MediaStoreFailure):
            return None
        log.error("Media store failed while saving an upload: %s", exception)
        match = request.resolver_match
        if match is not None and match.url_name == "add_multiple":
            # What Wagtail's multiple-upload page shows beside the file that failed.
            return JsonResponse({"success": False, "error_message": exception.user_message()})
        messages.error(request, exception.user_message())
        return HttpResponseRedirect(request.get_full_path())
