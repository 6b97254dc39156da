// Veriga's service worker, in the pattern of Squoosh's: a versioned cache per release, old
// caches deleted on activate, and a new version that waits until the reader agrees to reload.
// The build (scripts/postbuild.mjs) fills in VERSION and SHELL.
const VERSION = '__VERIGA_VERSION__';
const SHELL = __VERIGA_SHELL__;
const PREFIX = 'veriga-';
const CACHE = `${PREFIX}${VERSION}`;
const PACK = /^\/content\/[a-z]{2,3}\.json$/;
// The teacher area is a page of its own: stored the first time a teacher opens it, never
// precached for students.
const TEACH = /^\/teach(\/|$)/;

self.addEventListener('install', (event) => {
  // No skipWaiting: a new version never swaps itself in under an open lesson.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((names) =>
      Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name))),
    ),
  );
});

self.addEventListener('message', (event) => {
  const message = event.data || {};
  if (message.type === 'store-packs' && Array.isArray(message.langs)) {
    // The page names the language in use (and, when idle, the others): their built-in packs.
    const urls = message.langs.filter((lang) => /^[a-z]{2,3}$/.test(lang)).map((lang) => `/content/${lang}.json`);
    const done = () => event.source && event.source.postMessage({ type: 'packs-stored' });
    event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(urls)).then(done, done));
  } else if (message.type === 'store-teach' && Array.isArray(message.urls)) {
    // The teacher area names its own files once it runs, so it works offline from then on.
    const urls = message.urls.filter((path) => typeof path === 'string' && TEACH.test(path));
    const done = () => event.source && event.source.postMessage({ type: 'teach-stored' });
    event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(urls)).then(done, done));
  } else if (message.type === 'skip-waiting') {
    // Only ever sent after the reader chose "reload".
    self.skipWaiting();
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate' && TEACH.test(url.pathname)) {
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        const hit = await cache.match('/teach/index.html');
        if (hit) return hit;
        const response = await fetch(request);
        if (response.ok) await cache.put('/teach/index.html', response.clone());
        return response;
      }),
    );
    return;
  }
  if (request.mode === 'navigate') {
    // Every route (deep links from QR codes included) is the same page.
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match('/index.html')).then((hit) => hit || fetch(request)),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(request, { ignoreSearch: true });
      if (hit) return hit;
      const response = await fetch(request);
      if (response.ok && (PACK.test(url.pathname) || TEACH.test(url.pathname))) await cache.put(request, response.clone());
      return response;
    }),
  );
});
