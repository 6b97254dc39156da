// Veriga's service worker, in the pattern of Squoosh's: a versioned cache per release, old
// caches deleted on activate, and a new version that waits until the reader agrees to reload.
// The build (scripts/postbuild.mjs) fills in VERSION, SHELL and PAGES.
//
// Navigations are answered with the prerendered page of the screen (the first byte is the
// lesson, offline too), in the language the reader chose, else the one the URL names, else
// the one in use. When a verified content update newer than the built-in pack is kept for
// that language, the app shell is served instead, so the app draws the newer text: a
// prerendered page never hides it. Scans (`?k=<tag>`) answered here are reported to the
// server once, with the day only, queued while offline.
const VERSION = '__VERIGA_VERSION__';
const SHELL = __VERIGA_SHELL__;
// Every prerendered page by language: `/<lang>/<path>/index.html`, `/<lang>/404.html`.
const PAGES = __VERIGA_PAGES__;
const PREFIX = 'veriga-';
const CACHE = `${PREFIX}${VERSION}`;
// What the app told this worker and the scans waiting to be sent: kept across releases, and
// emptied by "Delete my data".
const STATE = `${PREFIX}state`;
const READER = '/__veriga/reader';
const SCANS = '/__veriga/scans/';
const APP_SHELL = '/shell.html';
const LANG = /^[a-z]{2,3}$/;
// Which tags and lessons count is the server's rule (POST /api/v1/scans refuses the rest, and
// a refused report is dropped), so the worker only picks them out of the URL.
const LESSON = /^\/l\/([^/]+)$/;
// The teacher area is a page of its own: stored the first time a teacher opens it, never
// precached for students.
const TEACH = /^\/teach(\/|$)/;
const PACK = /^\/content\/[a-z]{2,3}\.json$/;

self.addEventListener('install', (event) => {
  // No skipWaiting: a new version never swaps itself in under an open lesson.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((names) =>
      Promise.all(
        names.filter((name) => name.startsWith(PREFIX) && name !== CACHE && name !== STATE).map((name) => caches.delete(name)),
      ),
    ),
  );
});

const json = (value) => new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });

async function reader() {
  const hit = await (await caches.open(STATE)).match(READER);
  return hit ? hit.json() : {};
}

self.addEventListener('message', (event) => {
  const message = event.data || {};
  const reply = (type) => () => event.source && event.source.postMessage({ type });
  const langs = Array.isArray(message.langs) ? message.langs.filter((lang) => LANG.test(lang) && PAGES[lang]) : [];
  if (message.type === 'store-packs') {
    // The page names the language in use at once (the app needs its pack), the others when idle.
    const done = reply('packs-stored');
    event.waitUntil(storeMissing(langs.map((lang) => `/content/${lang}.json`)).then(done, done));
  } else if (message.type === 'store-pages') {
    // Sent when the device is idle: the prerendered pages, so they open in airplane mode.
    const done = reply('pages-stored');
    event.waitUntil(storeMissing(langs.flatMap((lang) => PAGES[lang])).then(done, done));
  } else if (message.type === 'reader' && LANG.test(message.lang)) {
    const state = { lang: message.lang, chosen: message.chosen === true, updated: message.updated === true };
    event.waitUntil(caches.open(STATE).then((cache) => cache.put(READER, json(state))));
  } else if (message.type === 'forget') {
    event.waitUntil(caches.delete(STATE));
  } else if (message.type === 'send-scans') {
    event.waitUntil(sendScans());
  } else if (message.type === 'store-teach' && Array.isArray(message.urls)) {
    // The teacher area names its own files once it runs, so it works offline from then on.
    const urls = message.urls.filter((path) => typeof path === 'string' && TEACH.test(path));
    event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(urls)).then(reply('teach-stored'), reply('teach-stored')));
  } else if (message.type === 'skip-waiting') {
    // Only ever sent after the reader chose "reload".
    self.skipWaiting();
  }
});

// A release's files never change under its cache name, so what is held is not fetched again.
async function storeMissing(urls) {
  const cache = await caches.open(CACHE);
  const held = await Promise.all(urls.map((url) => cache.match(url)));
  await cache.addAll(urls.filter((url, index) => !held[index]));
}

// `/hu/l/<id>` is [hu, /l/<id>]; a bare `/l/<id>` has no language of its own.
function split(pathname) {
  const match = /^\/([a-z]{2,3})(\/.*)?$/.exec(pathname);
  if (match) return [match[1], match[2] || '/'];
  return [null, pathname];
}

// The prerendered file of a screen in `lang`, as scripts/postbuild.mjs listed it; a screen
// that has none is the language's not-found page.
function pageFile(lang, rest) {
  const path = rest.replace(/\/+$/, '');
  const file = path === '' || path === '/index.html' ? `/${lang}/index.html` : `/${lang}${path}/index.html`;
  return PAGES[lang].includes(file) ? file : `/${lang}/404.html`;
}

async function navigate(event, url) {
  const request = event.request;
  const [prefix, rest] = split(url.pathname);
  if (prefix && !PAGES[prefix]) return fetch(request).catch(() => caches.match(APP_SHELL));
  const state = await reader();
  const lang = [state.chosen ? state.lang : null, prefix, state.lang].find((code) => code && PAGES[code]);
  const scan = scanOf(rest, url.searchParams.get('k'));
  if (lang) {
    const cache = await caches.open(CACHE);
    const hit = state.updated && state.lang === lang ? await cache.match(APP_SHELL) : await cache.match(pageFile(lang, rest));
    if (hit) {
      if (scan) {
        await queueScan(scan);
        event.waitUntil(sendScans());
      }
      return hit;
    }
  }
  try {
    // The server counts a scan it answers itself; a chosen language is asked for by its URL.
    const chosen = state.chosen && lang === state.lang && lang !== prefix;
    return await fetch(chosen ? `/${lang}${rest}${url.search}` : request);
  } catch (offline) {
    if (scan) await queueScan(scan);
    const shell = await caches.match(APP_SHELL);
    if (shell) return shell;
    throw offline;
  }
}

function scanOf(rest, tag) {
  const lesson = LESSON.exec(rest.replace(/\/+$/, ''));
  return lesson && tag ? { tag, lesson: lesson[1] } : null;
}

// One entry per scan, with the day only (UTC, as the server counts).
async function queueScan(scan) {
  const day = new Date().toISOString().slice(0, 10);
  const id = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  await (await caches.open(STATE)).put(`${SCANS}${id}`, json({ ...scan, day }));
}

// Each waiting scan is sent once: removed after the server answered (counted, or refused for
// good); kept when offline, rate-limited or the server failed, for the next try. One run at a
// time, so two navigations never send the same entry twice.
let sending = null;
function sendScans() {
  sending = sending || sendWaiting().finally(() => {
    sending = null;
  });
  return sending;
}

async function sendWaiting() {
  const cache = await caches.open(STATE);
  for (const key of await cache.keys()) {
    if (!new URL(key.url).pathname.startsWith(SCANS)) continue;
    const entry = await cache.match(key);
    let response;
    try {
      response = await fetch('/api/v1/scans', { method: 'POST', headers: { 'content-type': 'application/json' }, body: await entry.text() });
    } catch {
      return; // offline: the rest waits too
    }
    if (response.status === 429 || response.status >= 500) return;
    await cache.delete(key);
  }
}

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
    event.respondWith(navigate(event, url));
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
