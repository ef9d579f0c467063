"""Translated demo text as plain dicts: {"en": ..., "es": ..., "zh-hans": ...}.

A page's field is either wholly translated into a language or left to fall back to English:
`fill` only produces a language when the template and every translated piece have it, so a
family never sees a sentence assembled from half-translated fragments."""

from hub.directory.i18n import tr  # noqa: F401 - the demo's tables write text with it

# The languages demo content is written in, besides English. The rest of the hub's ten
# languages fall back to English, which is what a young regional hub looks like.
CONTENT_LANGUAGES = ("en", "es", "vi", "zh-hans", "ar")


def fill(template, **params):
    """Format a translated template with translated (dict) or language-neutral (str) values."""
    out = {}
    for lang, text in template.items():
        values = {}
        for name, value in params.items():
            if isinstance(value, dict):
                if lang not in value:
                    break
                value = value[lang]
            values[name] = value
        else:
            out[lang] = text.format(**values)
    return out


def only(text, languages):
    """Keep just the languages a page is translated into (English always)."""
    return {lang: value for lang, value in text.items() if lang == "en" or lang in languages}


def join(items, conjunction=None):
    """'a, b and c' in every language all the items share."""
    conjunction = conjunction or AND
    langs = set.intersection(set(conjunction), *(set(item) for item in items)) if items else set()
    out = {}
    for lang in langs:
        words = [item[lang] for item in items]
        if lang == "zh-hans":
            out[lang] = "、".join(words[:-1]) + ("和" if len(words) > 1 else "") + words[-1]
        elif len(words) == 1:
            out[lang] = words[0]
        else:
            sep = "، " if lang == "ar" else ", "
            last = conjunction[lang]
            if lang == "es" and last == " y " and _sounds_like_i(words[-1]):
                last = " e "  # "ciencias e inteligencia artificial"
            out[lang] = sep.join(words[:-1]) + last + words[-1]
    return out


def _sounds_like_i(word):
    word = word.lower()
    return (word.startswith(("i", "hi")) and not word.startswith("hie")) or word.startswith("í")


AND = {"en": " and ", "es": " y ", "vi": " và ", "zh-hans": "和", "ar": " و"}


def lower_first(text):
    """Sentence-case names for use mid-sentence ('Club de robótica'); scripts without case
    pass through unchanged."""
    return {
        lang: (value[:1].lower() + value[1:] if lang in ("en", "es", "vi") else value)
        for lang, value in text.items()
    }
