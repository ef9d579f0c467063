"""Clean the pictures stored before uploads were cleaned: every original image loses its
location, camera and other metadata (hub/partners/photo_metadata.py), and the renditions made
from it go (Willow had copied that metadata into JPEG and PNG renditions; Wagtail makes them
again, clean, when next asked). Safe to run again: a clean picture is left as it is.

Run once after deploying; copies already in a shared cache or CDN must be purged there."""

from django.core.management.base import BaseCommand
from wagtail.images import get_image_model

from hub.partners.photo_metadata import UnreadablePicture, without_metadata


class Command(BaseCommand):
    help = "Remove location and camera metadata from every stored original image."

    def handle(self, **options):
        cleaned = unchanged = 0
        for image in get_image_model().objects.order_by("pk").iterator():
            try:
                with image.open_file() as f:
                    clean = without_metadata(f.read())
            except (OSError, UnreadablePicture) as error:
                self.stderr.write(f"Image {image.pk} ({image.file.name}) left as is: {error}")
                continue
            if clean is None:
                unchanged += 1
                continue
            with image.file.storage.open(image.file.name, "wb") as f:
                f.write(clean)
            image.file_size = len(clean)
            image._set_file_hash()
            image.save(update_fields=["file_size", "file_hash"])
            image.renditions.all().delete()  # their files go with them
            cleaned += 1
        self.stdout.write(f"Cleaned {cleaned} image(s); {unchanged} had nothing to remove.")
