"""Compressed answers for families on slow or metered phones: brotli when the browser takes it,
else gzip, else none (static files are whitenoise's business: it serves the .br and .gz copies
collectstatic wrote).

`chosen_encoding(request)` is the whole decision and reads nothing but the request's
Accept-Encoding, so a cache above this middleware (hub/caching/pages.py) can put it in its key
and store the compressed body: two requests with the same key always get the same encoding.

A middleware of our own rather than django-compression-middleware (read in its repository's
source): its choice of encoding is internal to the middleware (no function a cache key could
share), compares coding names case-sensitively, fails with a 500 on a weight it cannot read
("br;q=x"), compresses any content type (PNG, zip), sends a streamed answer as gzip while
labelling it br, and pads neither encoding against BREACH. What is left here is a few lines
around Django's own gzip helpers and the brotli library.

BREACH: an attacker who can make a page reflect their text next to a secret can read the secret
from compressed sizes. Django masks the CSRF token with a new random value on every request,
which already defeats it for that token; on top, like Django's GZipMiddleware (Django 5.2:
0-99 random bytes in the gzip header's file name, "Heal the BREACH"), every compressed answer
here carries 0-99 random bytes the decoder skips: the gzip file name (Django's own
`compress_string`), and for brotli a metadata meta-block (RFC 7932, section 9.2), which every
decoder skips by the format's definition. Pages with a CSRF token are never cached
(hub/caching/pages.py) but are compressed, so both encodings get it."""

import functools
import secrets

import brotli
from django.utils.cache import patch_vary_headers
from django.utils.text import compress_sequence, compress_string

# Measured on the demo region's home page and the HSDS services list (the README's
# "Compression" figures): quality 5 is within a few percent of quality 11's size at a fraction
# of its time; higher qualities cost milliseconds per page for a handful of bytes.
BROTLI_QUALITY = 5
# Bytes below which compression is not worth a header (what Django's GZipMiddleware uses).
MIN_SIZE = 200
# Up to this many random bytes in every compressed answer (Django's GZipMiddleware's figure).
MAX_RANDOM_BYTES = 100

_COMPRESSIBLE = {
    "application/json",
    "application/javascript",
    "application/ecmascript",
    "application/x-javascript",
    "application/x-ndjson",
    "application/xml",
    "application/xhtml+xml",
}
# No status 1xx, 204 or 304 response has a body.
_NO_BODY = {204, 304}


@functools.lru_cache(maxsize=256)
def _chosen(accept_encoding):
    weights = {}
    for item in accept_encoding.split(","):
        coding, *parameters = (part.strip() for part in item.split(";"))
        coding = coding.lower()
        if not coding:
            continue
        weight = 1.0
        for parameter in parameters:
            name, _sep, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    weight = float(value.strip())
                except ValueError:
                    weight = 0.0  # a weight nobody can read is not a yes
        if coding == "x-gzip":  # the same coding by another name (RFC 9110, 8.4.1.3)
            coding = "gzip"
        weights[coding] = max(weights.get(coding, 0.0), weight)
    anything = weights.get("*", 0.0)
    for coding in ("br", "gzip"):
        if weights.get(coding, anything) > 0:
            return coding
    return ""


def chosen_encoding(request):
    """ "br", "gzip" or "" for this request: brotli when Accept-Encoding accepts `br` with a
    weight above 0 (by name or by `*`), else gzip the same way, else none. Names are matched
    whatever their case and spacing; an unreadable weight counts as 0."""
    return _chosen(request.META.get("HTTP_ACCEPT_ENCODING", ""))


def compressible(response):
    """Text of any kind (HTML, CSS, CSV, calendars, plain), JavaScript, JSON, XML and SVG;
    not pictures, archives or spreadsheets (already compressed)."""
    media_type = response.get("Content-Type", "").split(";", 1)[0].strip().lower()
    return (
        media_type.startswith("text/")
        or media_type in _COMPRESSIBLE
        or media_type.endswith(("+json", "+xml"))  # problem+json, geo+json, svg+xml, atom+xml
    )


def _brotli_padding():
    """A metadata meta-block (skipped by decoders) of 0 to MAX_RANDOM_BYTES - 1 bytes, to go
    where a meta-block may start on a byte boundary (after a flush)."""
    length = secrets.randbelow(MAX_RANDOM_BYTES)
    # ISLAST=0 (1 bit), MNIBBLES=0 written as 3 (2 bits), reserved 0 (1 bit), MSKIPBYTES (2
    # bits), then MSKIPLEN-1 in MSKIPBYTES bytes, zero bits up to the byte boundary, the bytes.
    if length == 0:
        return bytes([0b0000_0110])  # MSKIPBYTES=0: MSKIPLEN=0
    header = 0b0110 | (1 << 4) | ((length - 1) << 6)  # MSKIPBYTES=1: up to 256 bytes
    return header.to_bytes(2, "little") + b"a" * length


def _brotli_end(compressor):
    # flush() ends the data written so far on a byte boundary, where the padding block may go;
    # finish() then writes the stream's last (empty) meta-block. Padding at the end rather than
    # after the stream header: a flush before any data makes the encoder ~10-30% slower on
    # large answers (bench/compression.py), one after it costs nothing measurable.
    return compressor.flush() + _brotli_padding() + compressor.finish()


def brotli_compress(data):
    compressor = brotli.Compressor(quality=BROTLI_QUALITY)
    return compressor.process(data) + _brotli_end(compressor)


def _brotli_sequence(chunks):
    compressor = brotli.Compressor(quality=BROTLI_QUALITY)
    for chunk in chunks:
        data = compressor.process(chunk)
        if data:
            yield data
    yield _brotli_end(compressor)


async def _brotli_async_sequence(chunks):
    compressor = brotli.Compressor(quality=BROTLI_QUALITY)
    async for chunk in chunks:
        data = compressor.process(chunk)
        if data:
            yield data
    yield _brotli_end(compressor)


async def _gzip_async_sequence(chunks):
    # Django's GZipMiddleware compresses each chunk as a gzip member of its own; a decoder
    # reads the members one after another.
    async for chunk in chunks:
        yield compress_string(chunk, max_random_bytes=MAX_RANDOM_BYTES)


def compress(data, encoding):
    if encoding == "br":
        return brotli_compress(data)
    return compress_string(data, max_random_bytes=MAX_RANDOM_BYTES)


def compress_response(request, response):
    """What the middleware does, for a response already made."""
    if response.has_header("Content-Encoding") or not compressible(response):
        return response
    if response.status_code < 200 or response.status_code in _NO_BODY:
        return response
    # On every answer of a compressible type, compressed this time or not (too short, or
    # asked for without compression), so a cache keeps one copy per encoding and never hands
    # brotli to a browser that asked for none.
    patch_vary_headers(response, ("Accept-Encoding",))
    if not response.streaming and len(response.content) < MIN_SIZE:
        return response
    encoding = chosen_encoding(request)
    if not encoding:
        return response

    if request.method == "HEAD":
        # The headers a GET would get, without compressing a body nobody will be sent; its
        # length is unknown without compressing it, and HTTP lets a HEAD answer leave it out.
        if response.streaming:
            response.streaming_content = []
        else:
            response.content = b""
        response.headers.pop("Content-Length", None)
    elif response.streaming:
        if response.is_async:
            original = response.streaming_content
            wrap = _brotli_async_sequence if encoding == "br" else _gzip_async_sequence
            response.streaming_content = wrap(original)
        elif encoding == "br":
            response.streaming_content = _brotli_sequence(response.streaming_content)
        else:
            response.streaming_content = compress_sequence(
                response.streaming_content, max_random_bytes=MAX_RANDOM_BYTES
            )
        # The compressed length is known only at the end.
        response.headers.pop("Content-Length", None)
    else:
        compressed = compress(response.content, encoding)
        if len(compressed) >= len(response.content):
            return response  # still right for this key: every browser takes the uncompressed
        response.content = compressed
        response.headers["Content-Length"] = str(len(compressed))

    # The compressed bytes differ from the uncompressed ones (and, by the padding, from one
    # answer to the next): a strong ETag becomes weak, as Django's GZipMiddleware does
    # (RFC 9110, 8.8.1), so conditional requests still match.
    etag = response.get("ETag")
    if etag and etag.startswith('"'):
        response.headers["ETag"] = "W/" + etag
    response.headers["Content-Encoding"] = encoding
    return response


class CompressionMiddleware:
    """Below whitenoise (static files arrive compressed already) and above the sessions, so
    everything the site renders passes through it, and a page cache above it stores what it
    made."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return compress_response(request, self.get_response(request))
