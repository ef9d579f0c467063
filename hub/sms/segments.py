"""What fits in one SMS segment. A message written only in the GSM 03.38 alphabet takes 160
of its 7-bit characters (a few, such as "{" or "€", take two); any other character (an "á", a
Vietnamese or Arabic letter, "·") sends the whole message as UCS-2, 70 UTF-16 units. A longer
message is split by the phone network and costs a family on a prepaid plan more, and may
arrive in pieces out of order, so every message the hub sends fits one segment."""

import gsm0338  # noqa: F401  (registers the "gsm03.38" codec)

GSM_LIMIT = 160
UCS2_LIMIT = 70


def is_gsm(text):
    try:
        text.encode("gsm03.38")
    except UnicodeEncodeError:
        return False
    return True


def size(text):
    """(units used, units a segment holds) for `text`."""
    if is_gsm(text):
        return len(text.encode("gsm03.38")), GSM_LIMIT
    return len(text.encode("utf-16-le")) // 2, UCS2_LIMIT


def fits(text):
    used, limit = size(text)
    return used <= limit


def ellipsis_for(text):
    """ "..." keeps a GSM message GSM; "…" is one unit in a message that is UCS-2 anyway."""
    return "..." if is_gsm(text) else "…"


def shorten(text, rest):
    """`text`, cut where it must (at a word, unless that would lose half of it) so that
    `text + rest` fits one segment; "" when not even its first letter fits."""
    if fits(text + rest):
        return text
    mark = ellipsis_for(text + rest)
    end = len(text)
    while end > 0 and not fits(text[:end].rstrip() + mark + rest):
        end -= 1
    if end == 0:
        return ""
    kept = text[:end]
    space = kept.rfind(" ")
    if space > end // 2:
        kept = kept[:space]
    return kept.rstrip(" ,.;:-") + mark


def pack(sentences):
    """Sentences joined into as few one-segment messages as they fit, in order. A sentence too
    long for one segment is split between words (or between letters, for a language written
    without spaces)."""
    messages, current = [], ""
    for sentence in (s.strip() for s in sentences):
        if not sentence:
            continue
        joined = f"{current} {sentence}" if current else sentence
        if fits(joined):
            current = joined
            continue
        if current:
            messages.append(current)
        current = ""
        for piece in _pieces(sentence):
            joined = f"{current} {piece}" if current else piece
            if fits(joined):
                current = joined
            else:
                messages.append(current)
                current = piece
    if current:
        messages.append(current)
    return messages


def _pieces(sentence):
    """Words that each fit one segment: a word longer than that is cut between letters."""
    for word in sentence.split(" ") if " " in sentence else [sentence]:
        while word and not fits(word):
            end = len(word)
            while end > 1 and not fits(word[:end]):
                end -= 1
            yield word[:end]
            word = word[end:]
        if word:
            yield word
