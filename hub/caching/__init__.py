"""Caching for families, who are all anonymous and whose addresses carry their language.

- `versions`: a version per scope ("content", "equity") held in the shared cache, changed by
  every edit that shows (receivers.py); cache keys carry it, so nothing is ever served stale and
  nothing has to be found and deleted.
- `memo`: per-process caches for what every request reads (site, routing, navigation,
  vocabulary), keyed by that version.
- `pages` (middleware): anonymous family pages, share assets and API answers served from the
  shared cache, with the Cache-Control a proxy or CDN in front needs.
- `shared`: the safety net that keeps a response with a cookie out of every shared cache.
- `compression` (middleware): brotli or gzip for everything rendered, chosen by
  `chosen_encoding(request)` from Accept-Encoding alone, which page cache keys include.
"""
