// The service worker: precaches the whole build so the app works with no network after one visit.
// vite.config.ts fills in VERSION and FILES at build time (the exact list of built files).
const VERSION = '__VERSION__';
const FILES = __FILES__;
// Only this app's caches are its business: a GitHub Pages origin is shared by every site of an account.
const PREFIX = 'kms-error-explorer-';
// The versions installed, newest last, kept in a cache of their own.
const HISTORY = `${PREFIX}versions`;
const SCOPE = self.registration.scope;
const HISTORY_KEY = new URL('versions.json', SCOPE).href;
const INDEX = new URL('index.html', SCOPE).href;
// A tab opened before a deploy keeps running the version it loaded, and asks for that version's lazy
// parts (an entry's details, the decoder) that the site no longer has. The last few versions' files stay
// cached for it; a tab older than that sees the app's error screen, which offers a reload.
const KEPT_VERSIONS = 3;

self.addEventListener('install', (event) => {
  // Past the browser's HTTP cache: a new version must not store the previous one's index.html.
  const requests = FILES.map((file) => new Request(new URL(file, SCOPE), { cache: 'reload' }));
  event.waitUntil(
    caches
      .open(VERSION)
      .then((cache) => cache.addAll(requests))
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
  const stale = names.filter((name) => name.startsWith(PREFIX) && name !== HISTORY && !kept.includes(name));
  await Promise.all(stale.map((name) => caches.delete(name)));
}

// Cache first, for this origin's GETs only. Every page of the app is index.html with a query string,
// so a navigation to the app (its folder, or index.html) is answered with the cached index.html whatever
// its query; any other file (catalog.json opened in a tab) is itself. This version's cache is asked
// first (index.html and the icons are in every version's); an older version's hashed files after.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const page =
    request.mode === 'navigate' && (url.href.split('?')[0] === SCOPE || url.pathname.endsWith('/index.html'));
  event.respondWith(cached(page ? INDEX : request).then((response) => response ?? fetch(request)));
});

// Vary is ignored: module scripts are requested with an Origin header the precache requests lacked.
async function cached(key) {
  const current = await caches.open(VERSION);
  const own = await current.match(key, { ignoreVary: true });
  if (own) return own;
  for (const name of await caches.keys())
    if (name.startsWith(PREFIX) && name !== HISTORY) {
      const older = await (await caches.open(name)).match(key, { ignoreVary: true });
      if (older) return older;
    }
  return undefined;
}
