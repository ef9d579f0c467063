/* The hub's service worker: pages a family has opened keep working without a connection.
   Pages: the network first, the copy kept in this browser when offline, else the offline
   page in the family's language. Static files: the kept copy first. Nothing leaves the
   browser; the admin, the API and forms are never kept. */
var CACHE = "hub-pages-v1";
var KEEP = 80; // pages kept; the oldest go first
var LANG = new URL(self.location).searchParams.get("lang") || "en";
var OFFLINE = "/" + LANG + "/offline/";

self.addEventListener("install", function (event) {
  self.skipWaiting();
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.add(OFFLINE); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys().then(function (names) {
      return Promise.all(names.filter(function (n) { return n !== CACHE; }).map(function (n) { return caches.delete(n); }));
    }).then(function () { return self.clients.claim(); })
  );
});

function keepable(url) {
  // An answer to "Use my location" (near=) is not kept on the phone either.
  return !/^\/(admin|api|verify|documents|i18n|l)\//.test(url.pathname) && url.pathname !== "/sw.js" &&
    !url.searchParams.has("near");
}

function trim(cache) {
  return cache.keys().then(function (keys) {
    var extra = keys.length - KEEP;
    return Promise.all(keys.slice(0, Math.max(0, extra)).filter(function (request) {
      return new URL(request.url).pathname !== OFFLINE;
    }).map(function (request) { return cache.delete(request); }));
  });
}

// The page asks to keep the family's saved list (/<lang>/list/?ids=…) each time it changes.
self.addEventListener("message", function (event) {
  var url = new URL((event.data && event.data.keep) || "", self.location);
  if (url.origin !== self.location.origin || !/^\/[a-z-]+\/list\/$/.test(url.pathname)) return;
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.add(url.href).then(function () { return trim(cache); });
  }).catch(function () {}));
});

// The language switcher's link (/i18n/choose/?next=/es/...) remembers the choice online;
// offline, it opens the page it leads to as any other page would be opened.
function choiceOffline(url) {
  var next = new URL(url.searchParams.get("next") || "/", self.location);
  return caches.match(next.href, { ignoreVary: true }).then(function (kept) { return kept || caches.match(OFFLINE); });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.mode === "navigate" && url.origin === self.location.origin && url.pathname === "/i18n/choose/") {
    event.respondWith(fetch(request).catch(function () { return choiceOffline(url); }));
    return;
  }
  if (request.method !== "GET" || url.origin !== self.location.origin || !keepable(url)) return;
  if (url.pathname.indexOf("/static/") === 0) {
    event.respondWith(caches.match(request).then(function (kept) {
      return kept || fetch(request).then(function (response) {
        var copy = response.clone();
        if (response.ok) caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
        return response;
      });
    }));
    return;
  }
  if (request.mode !== "navigate") return;
  event.respondWith(
    fetch(request).then(function (response) {
      if (response.ok) {
        var copy = response.clone();
        caches.open(CACHE).then(function (cache) { return cache.put(request, copy).then(function () { return trim(cache); }); });
      }
      return response;
    }).catch(function () {
      // The address carries the language, so a copy kept for another Accept-Language still fits.
      return caches.match(request, { ignoreVary: true }).then(function (kept) { return kept || caches.match(OFFLINE); });
    })
  );
});
