// The end-to-end harness: the real release build, served by the real veriga-server on a free
// loopback port, driven in Debian's headless Chromium through playwright-core.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('../../', import.meta.url).pathname;
export const SERVER = process.env.VERIGA_SERVER ?? join(root, 'target/server/veriga-server');
export const DIST = process.env.VERIGA_DIST ?? join(root, 'dist');

// What the tests check the app against is read from the build the app ships (and the one
// thing no build carries, from core's source), never copied from core, so a change there
// cannot leave the tests checking an old value.

const homeFile = join(DIST, 'index.html');
const home = readFileSync(homeFile, 'utf8');

/** The attributes of the first link of the home page that `wanted` accepts. */
function homeLink(what, wanted) {
  for (const [tag] of home.matchAll(/<a\s[^>]*>/g)) {
    const attributes = {};
    for (const [, name, value = ''] of tag.slice(2).matchAll(/([\w-]+)(?:="([^"]*)")?/g)) {
      attributes[name] = value.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');
    }
    if (wanted(attributes)) return attributes;
  }
  throw new Error(`${homeFile} has no ${what}: is ${DIST} a build?`);
}

const homeLang = home.match(/<html[^>]*\blang="([^"]+)"/)?.[1];
const homePack = JSON.parse(readFileSync(join(DIST, 'content', `${homeLang}.json`), 'utf8'));
/** The bare path's language first, then the other languages its pack offers, in its order. */
export const LANGS = [homeLang, ...homePack.languages.map(({ code }) => code).filter((code) => code !== homeLang)];
/**
 * The anchor help line's link, written here on purpose and not read from the build: nothing may
 * change the number a frightened reader dials, so the tests hold the build to this literal
 * rather than to whatever the build says (core's `ANCHOR_NUMBER` is the app's one copy).
 */
export const ANCHOR_TEL = 'tel:0800800678';
/** Where quick exit goes: public/quick-exit.js leaves for its link's href. */
export const NEUTRAL_URL = homeLink('quick-exit link', (link) => 'data-quick-exit' in link).href;
/** The lesson module's and the app's JS glue and wasm, as the page's loader names them. */
export const MODULES = Object.fromEntries(
  ['lesson', 'app'].map((role) => {
    const files = home.match(new RegExp(`const ${role} = (\\[[^\\]]+\\]);`))?.[1];
    if (!files) throw new Error(`${homeFile}'s loader names no ${role} module: is ${DIST} a build?`);
    return [role, JSON.parse(files)];
  }),
);
/** core's marker of a missing message: the packs must not carry it, so it is read from core. */
export const MISSING_MARKER = (() => {
  const source = readFileSync(join(root, 'core/src/pack.rs'), 'utf8');
  const literal = source.match(/pub const MISSING_MARKER: &str = "([^"]+)";/)?.[1];
  if (!literal) throw new Error('core/src/pack.rs no longer defines MISSING_MARKER as a plain string');
  return literal.replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16)));
})();
if (LANGS.length < 2 || !ANCHOR_TEL?.startsWith('tel:') || !NEUTRAL_URL?.startsWith('https://')) {
  throw new Error(`${DIST} does not look like a build: ${JSON.stringify({ LANGS, ANCHOR_TEL, NEUTRAL_URL })}`);
}

/**
 * Starts veriga-server on a free port (or on `addr`, to serve another build from the same
 * origin); resolves once it says where it listens.
 */
export async function startServer({ dist = DIST, data, addr = '127.0.0.1:0' } = {}) {
  const dataDir = data ?? mkdtempSync(join(tmpdir(), 'veriga-e2e-'));
  const child = spawn(SERVER, ['serve', '--addr', addr, '--dist', dist, '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const url = await new Promise((resolve, reject) => {
    // Generous: the server compresses the whole build at start, slower on a busy CI machine.
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 45000);
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const found = out.match(/serving on (http:\/\/\S+)/);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
  });
  return {
    url,
    addr: new URL(url).host,
    dataDir,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/** Debian's Chromium as root, headless, with no background traffic to the closed network. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: BROWSER_ARGS });
}

/**
 * A fresh context (no storage, no cookies) whose page records what a user would never want:
 * console errors, uncaught errors, CSP violations and requests to any other origin.
 */
export async function newPage(browser, origin, options = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, ...options });
  const problems = [];
  const foreignRequests = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  context.setDefaultTimeout(10000);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.origin !== origin) {
      foreignRequests.push(request.url());
    }
  });
  return { context, page, problems, foreignRequests };
}

/**
 * Polls an async predicate in the page until it is true. (`page.waitForFunction` does not
 * await a promise the predicate returns: a pending promise already counts as truthy.)
 */
export async function waitUntil(page, predicate, arg, { timeout = 20000, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(predicate, arg)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Waits until the service worker is active and has stored the pack of `lang`. */
export function offlineReady(page, lang) {
  return waitUntil(
    page,
    async (want) =>
      Boolean((await navigator.serviceWorker.getRegistration())?.active) &&
      Boolean(await caches.match(`/content/${want}.json`)),
    lang,
    { what: `the ${lang} pack stored offline` },
  );
}

/**
 * Follows a link on a lesson's page, which loads the next page (replacing this one in the
 * history), and waits until that page's code has run.
 */
export async function followLink(page, link) {
  await Promise.all([page.waitForEvent('load'), link.click()]);
  await appReady(page);
}

/**
 * Waits until the page's code has run: the lesson module has taken over a lesson's page in
 * place, or the app has drawn any other screen (both mark `<html data-enhanced>`).
 */
export async function appReady(page) {
  await page.waitForSelector('html[data-enhanced]', { state: 'attached', timeout: 15000 });
  await page.waitForSelector('main#main', { timeout: 15000 });
}
