// Ally Toolkit's service worker: pages a reader has visited (and the module they are in) stay
// readable offline. Pages come from the network first, so updates arrive whenever the reader
// is online; the cache is named after the content's version, and a new version empties the
// old one. Nothing is sent anywhere: this file only keeps copies in this browser.
"use strict";
var CACHE = "allykit-{{ version }}";

self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf("allykit-") === 0 && name !== CACHE;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

function keepable(response) {
  if (!response || !response.ok || response.type !== "basic") { return false; }
  var control = response.headers.get("Cache-Control") || "";
  return !/private|no-store/.test(control);
}

function isAsset(url) {
  return url.pathname.indexOf("/static/") !== -1 || url.pathname.indexOf("/pagefind/") !== -1;
}

function fromNetwork(request) {
  return fetch(request).then(function (response) {
    if (keepable(response)) {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
    }
    return response;
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || url.search) {
    return;
  }
  if (isAsset(url)) {
    // Fingerprinted files never change: the copy is as good as the network.
    event.respondWith(caches.match(request).then(function (hit) {
      return hit || fromNetwork(request);
    }));
    return;
  }
  event.respondWith(fromNetwork(request).catch(function () {
    return caches.match(request).then(function (hit) {
      return hit || Response.error();
    });
  }));
});

self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (data.type === "keep" && Array.isArray(data.urls)) {
    event.waitUntil(caches.open(CACHE).then(function (cache) {
      return Promise.all(data.urls.map(function (href) {
        var url = new URL(href, self.location.href);
        if (url.origin !== self.location.origin) { return null; }
        return cache.match(url.href).then(function (hit) {
          return hit || fetch(url.href).then(function (response) {
            return keepable(response) ? cache.put(url.href, response) : null;
          }).catch(function () { return null; });
        });
      }));
    }));
  } else if (data.type === "clear") {
    event.waitUntil(caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) {
        return name.indexOf("allykit-") === 0;
      }).map(function (name) { return caches.delete(name); }));
    }).then(function () {
      if (event.source) { event.source.postMessage({ type: "cleared" }); }
    }));
  }
});
