"""A listing's body (a stream of headings, paragraphs, questions and pictures) as the pieces of
text a translator writes, and back: the translation keeps the English body's blocks, in order,
with each piece of text replaced, so pictures and layout never need translating."""

import copy

from django.utils.translation import gettext_lazy as _
from wagtail.admin.rich_text.converters.db_html import DbHTMLConverter
from wagtail.rich_text import RichText, get_text_for_indexing

from hub.directory.blocks import ParagraphBlock

# (block type, part of its value or None for the whole value, label, rich text?)
PARTS = (
    ("heading", None, _("Heading"), False),
    ("paragraph", None, _("Paragraph"), True),
    ("question", "question", _("Question"), False),
    ("question", "answer", _("Answer"), False),
    ("image", "caption", _("Picture caption"), False),
    ("image", "alt_text", _("Picture description"), False),
)


def raw(stream):
    """A body's blocks as stored: [{"type", "value", "id"}] ([] for an empty body)."""
    if not stream:
        return []
    return [dict(block) for block in getattr(stream, "raw_data", stream)]


def pieces(stream):
    """[(key, label, text, rich)] of every piece of text in `stream`, in reading order. A key
    names the block by position and the part of it ("2-answer")."""
    found = []
    for index, block in enumerate(raw(stream)):
        for kind, part, label, rich in PARTS:
            if block.get("type") != kind:
                continue
            value = block.get("value")
            text = value if part is None else (value or {}).get(part)
            if isinstance(text, str) and text.strip():
                found.append((f"{index}-{part or 'text'}", label, text, rich))
    return found


def plain(html):
    """What a family reads of a paragraph's rich text, for showing beside the English."""
    return get_text_for_indexing(str(RichText(html)))


def clean_paragraph(html):
    """A translator's paragraph, kept to what the page editor allows there (bold, italic,
    links, lists): any other tag, attribute or script is dropped, as the editor would."""
    cleaned, _removals = DbHTMLConverter(features=ParagraphBlock().features).clean(html)
    return cleaned


def translated(english_stream, texts):
    """The English body's blocks with each piece replaced by `texts` {key: text}."""
    blocks = copy.deepcopy(raw(english_stream))
    for key, _label, _text, rich in pieces(english_stream):
        index, part = key.split("-", 1)
        block = blocks[int(index)]
        text = clean_paragraph(texts[key]) if rich else texts[key]
        if part == "text":
            block["value"] = text
        else:
            block["value"] = {**block["value"], part: text}
    return blocks
