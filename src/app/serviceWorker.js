// The service worker: precaches the whole build so the app works with no network after one visit.
// vite.config.ts fills in VERSION and FILES at build time (the exact list of built files).
const VERSION = '__VERSION__';
const FILES = __FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(VERSION)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== VERSION).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// Cache first, for this origin's GETs only. Every page of the app is index.html with a query string,
// so navigations are answered with the cached index.html whatever their query.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const key = request.mode === 'navigate' ? new URL('index.html', self.registration.scope).href : request;
  // Vary is ignored: module scripts are requested with an Origin header the precache requests lacked.
  event.respondWith(caches.match(key, { ignoreVary: true }).then((cached) => cached ?? fetch(request)));
});
