"""StreamField blocks for the body of pages. Kept few and plain so pages stay light."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        preview_value = "What you will do"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link", "ol", "ul"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        label = _("Paragraph")
        preview_value = "<p>Build and program a robot with your team.</p>"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    caption = blocks.CharBlock(required=False)
    alt_text = blocks.CharBlock(
        required=False, help_text=_("Describe the picture for people who cannot see it.")
    )

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock()
    answer = blocks.TextBlock()

    class Meta:
        icon = "help"
        template = "blocks/question_block.html"
        label = _("Question and answer")
        preview_value = {"question": "Do I need a laptop?", "answer": "No, we lend one."}


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    question = QuestionBlock()

    class Meta:
        template = "blocks/body_block.html"


class ProgramChooserBlock(blocks.PageChooserBlock):
    def __init__(self, **kwargs):
        super().__init__(page_type="directory.ProgramPage", **kwargs)

    class Meta:
        icon = "doc-full"
        label = _("Program")
