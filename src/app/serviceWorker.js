// The service worker: precaches the build so the app works with no network after one visit.
// vite.config.ts fills in VERSION and FILES at build time (the exact list of built files).
const VERSION = '__VERSION__';
const FILES = __FILES__;
// Each language's own chunks sit in assets/<language>/ (vite.config.ts); a page registers the worker with
// its language (sw.js?lang=zh-CN), and the worker precaches that language's files and the shared ones,
// never the other's. A visit to the other page registers it again with that language, which adds its files
// to the same version's cache.
const LANGUAGES = ['en', 'zh-CN'];
const LANGUAGE = new URL(self.location.href).searchParams.get('lang') ?? 'en';
const otherLanguage = (file) =>
  LANGUAGES.some((lang) => lang !== LANGUAGE && file.startsWith(`assets/${lang}/`));
// Only this app's caches are its business: a GitHub Pages origin is shared by every site of an account.
const PREFIX = 'kms-error-explorer-';
// The versions installed, newest last, kept in a cache of their own.
const HISTORY = `${PREFIX}versions`;
const SCOPE = self.registration.scope;
const HISTORY_KEY = new URL('versions.json', SCOPE).href;
// Each page's folder: the English page at the base, the Chinese one in zh-CN/.
const PAGES = ['', 'zh-CN/'].map((folder) => new URL(folder, SCOPE).href);
// A tab opened before a deploy keeps running the version it loaded, and asks for that version's lazy
// parts (an entry's details, the decoder) that the site no longer has. The last few versions' files stay
// cached for it; a tab older than that sees the app's error screen, which offers a reload.
const KEPT_VERSIONS = 3;

self.addEventListener('install', (event) => {
  event.waitUntil(install());
});

// A new version takes over at once. The same version registered again by the other language's page only
// adds that language's files to the version's cache, which the active worker reads too: it keeps serving,
// and no worker is swapped under a page that is navigating.
async function install() {
  const sameVersion = await caches.has(VERSION);
  await precache();
  if (!sameVersion) await self.skipWaiting();
}

self.addEventListener('activate', (event) => {
  event.waitUntil(keepRecentVersions().then(() => self.clients.claim()));
});

// Past the browser's HTTP cache: a new version must not store the previous one's pages. Hashed files this
// version already holds (the page of the other language was visited) are not fetched again.
async function precache() {
  const cache = await caches.open(VERSION);
  const wanted = FILES.filter((file) => !otherLanguage(file));
  const held = await Promise.all(
    wanted.map(async (file) => file.startsWith('assets/') && (await cache.match(new URL(file, SCOPE).href))),
  );
  const missing = wanted.filter((_, index) => !held[index]);
  await cache.addAll(missing.map((file) => new Request(new URL(file, SCOPE), { cache: 'reload' })));
}

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

// Cache first, for this origin's GETs only. Every view of a page is its index.html with a query string,
// so a navigation to a page (its folder, or its index.html) is answered with that page's cached
// index.html whatever its query: the English page as English, zh-CN/ as Chinese. Any other file
// (catalog.json opened in a tab) is itself. This version's cache is asked first (both pages and the icons
// are in every version's); an older version's hashed files after.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const path = url.href.split(/[?#]/)[0];
  // A folder named without its slash (zh-CN): sent to the folder, as the server would send it, so the
  // page's relative addresses resolve.
  if (request.mode === 'navigate' && PAGES.includes(`${path}/`)) {
    event.respondWith(Response.redirect(`${path}/${url.search}`, 301));
    return;
  }
  const page =
    request.mode === 'navigate' && PAGES.find((folder) => path === folder || path === `${folder}index.html`);
  event.respondWith(
    cached(page ? `${page}index.html` : request).then((response) => response ?? fetch(request)),
  );
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
