"""What the page cache (hub/caching/pages.py) holds, read back from the tests' cache (Django's
local-memory one): each answer's status, headers and body, decompressed as a browser would."""

import gzip
import pickle

import brotli
from django.core.cache import cache


def stored_pages():
    found = []
    for key, value in cache._cache.items():
        if ":page:" not in key:
            continue
        status, headers, content, _replays = pickle.loads(value)
        headers = dict(headers)
        encoding = headers.get("Content-Encoding", "")
        if encoding == "br":
            content = brotli.decompress(content)
        elif encoding == "gzip":
            content = gzip.decompress(content)
        found.append((key, status, headers, content))
    return found
