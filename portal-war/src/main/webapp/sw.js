/*
 * The service worker of the volunteer's "today" card (issue 14): opens the volunteer's home without a
 * network. Scope: the whole portal (served from the context root). What it keeps, in one cache:
 *   - the volunteer's home page as last loaded with a network (network first; the copy answers only when
 *     the network fails). A page that the server redirected (signed out, session ended) is never kept, and
 *     signing out (POST /auth/logout) deletes the copy;
 *   - the static files (styles, scripts, icons: /jakarta.faces.resource/ and /resources/), cache first, as the
 *     pages ask for them or as the card's script lists them once the worker is ready.
 * Everything else (other pages, the API) goes to the network untouched: entries made offline wait in the
 * card's own queue (today.js), not here.
 */
'use strict';

var CACHE = 'leva-today-v1';
var SCOPE = new URL(self.registration.scope);
var HOME = new URL('volunteer/home.xhtml', SCOPE).href;

function isStatic(url) {
  return url.origin === SCOPE.origin
      && (url.pathname.indexOf(SCOPE.pathname + 'jakarta.faces.resource/') === 0 || url.pathname.indexOf(SCOPE.pathname + 'resources/') === 0);
}

function isHome(url) {
  return url.origin === SCOPE.origin && url.pathname === new URL(HOME).pathname;
}

function signedOut(response) {
  return response.redirected && new URL(response.url).pathname.indexOf('/login.xhtml') >= 0;
}

self.addEventListener('install', function () {
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

/* the home page asks, once the worker is ready, to keep what it loaded before the worker was there */
self.addEventListener('message', function (event) {
  var urls = event.data && Array.isArray(event.data.keep) ? event.data.keep : [];
  var keep = urls.map(function (u) { return new URL(u, SCOPE); }).filter(isStatic).map(function (u) { return u.href; });
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    var files = keep.map(function (u) {
      return cache.match(u).then(function (hit) {
        return hit || fetch(u).then(function (r) { return r.ok ? cache.put(u, r) : undefined; }).catch(function () { return undefined; });
      });
    });
    var home = cache.match(HOME).then(function (hit) {
      return hit || fetch(HOME, { credentials: 'same-origin' }).then(function (r) {
        return r.ok && !signedOut(r) ? cache.put(HOME, r) : undefined;
      }).catch(function () { return undefined; });
    });
    return Promise.all(files.concat([home]));
  }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method === 'POST' && url.origin === SCOPE.origin && /\/auth\/logout$/.test(url.pathname)) {
    event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.delete(HOME); }));
    return; // the network signs out
  }
  if (request.method !== 'GET') {
    return;
  }
  if (request.mode === 'navigate' && isHome(url)) {
    event.respondWith(fetch(request).then(function (response) {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) {
        return response.ok && !signedOut(response) ? cache.put(HOME, copy) : cache.delete(HOME);
      });
      return response;
    }).catch(function () {
      return caches.match(HOME).then(function (hit) { return hit || Response.error(); });
    }));
    return;
  }
  if (isStatic(url)) {
    event.respondWith(caches.match(request).then(function (hit) {
      return hit || fetch(request).then(function (response) {
        if (response.ok) {
          var copy = response.clone();
          caches.open(CACHE).then(function (cache) { return cache.put(request, copy); });
        }
        return response;
      });
    }));
  }
});
