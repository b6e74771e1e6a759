// The service worker: precaches the whole build so the app works with no network after one visit.
// vite.config.ts fills in VERSION and FILES at build time (the exact list of built files).
const VERSION = '__VERSION__';
const FILES = __FILES__;
// The versions installed, newest last, kept in a cache of their own.
const HISTORY = 'kms-error-explorer-versions';
const HISTORY_KEY = new URL('versions.json', self.registration.scope).href;
// A tab opened before a deploy keeps running the version it loaded, and asks for that version's lazy
// parts (an entry's details, the decoder) that the site no longer has. The last few versions' files stay
// cached for it; a tab older than that reloads.
const KEPT_VERSIONS = 3;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(VERSION)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(keepRecentVersions().then(() => self.clients.claim()));
});

async function keepRecentVersions() {
  const history = await caches.open(HISTORY);
  const known = await history.match(HISTORY_KEY);
  const versions = known ? await known.json() : [];
  const kept = [...versions.filter((version) => version !== VERSION), VERSION].slice(-KEPT_VERSIONS);
  await history.put(HISTORY_KEY, new Response(JSON.stringify(kept)));
  const names = await caches.keys();
  await Promise.all(
    names.filter((name) => name !== HISTORY && !kept.includes(name)).map((name) => caches.delete(name)),
  );
}

// Cache first, for this origin's GETs only. Every page of the app is index.html with a query string,
// so navigations are answered with the cached index.html whatever their query. This version's cache is
// asked first (index.html and the icons are in every version's); an older version's hashed files after.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const key = request.mode === 'navigate' ? new URL('index.html', self.registration.scope).href : request;
  event.respondWith(cached(key).then((response) => response ?? fetch(request)));
});

// Vary is ignored: module scripts are requested with an Origin header the precache requests lacked.
async function cached(key) {
  const current = await caches.open(VERSION);
  return (await current.match(key, { ignoreVary: true })) ?? caches.match(key, { ignoreVary: true });
}
