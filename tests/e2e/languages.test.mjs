// Every student page is prerendered in every language at its own URL (`/<lang><path>`), works
// with JavaScript off, opens offline after one visit, and a scan counts once wherever it is
// answered: by the server, or by the service worker from its cache (issue 12).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { ANCHOR_TEL, LANGS, SERVER, appReady, launchBrowser, newPage, offlineReady, startServer, waitUntil } from './harness.mjs';

let server;
let browser;
const packs = {};

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  for (const lang of LANGS) packs[lang] = await (await fetch(`${server.url}/content/${lang}.json`)).json();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** The scans counted for `tag`, as `veriga-server stats` reports them. */
function scans(tag) {
  const out = execFileSync(SERVER, ['stats', '--data', server.dataDir], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((cells) => cells[1] === tag)
    .reduce((sum, cells) => sum + Number(cells[3]), 0);
}

async function expectScans(tag, count) {
  const deadline = Date.now() + 10000;
  while (scans(tag) < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  // Anything sent twice would arrive within this.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  assert.equal(scans(tag), count, `scans counted for ${tag}`);
}

/** Waits until the worker holds every prerendered page of `lang`. */
function pagesStored(page, lang, ids) {
  return waitUntil(
    page,
    async ({ lang, ids }) => {
      const wanted = [`/${lang}/index.html`, `/${lang}/404.html`, ...ids.map((id) => `/${lang}/l/${id}/index.html`)];
      const held = await Promise.all(wanted.map((url) => caches.match(url)));
      return held.every(Boolean);
    },
    { lang, ids },
    { what: `the ${lang} pages stored offline`, timeout: 30000 },
  );
}

/** What went wrong, leaving out the requests that failed because the test cut the network. */
const besidesOffline = (problems) => problems.filter((problem) => !problem.includes('ERR_INTERNET_DISCONNECTED'));

const firstParagraph = (lesson) => lesson.cards[0].split('\n\n')[0].trim();

describe('a poster in Hungarian or English opens its language first', () => {
  for (const lang of ['hu', 'en']) {
    test(`${lang}: /${lang}/l/<id>?k=<tag> paints ${lang} on a Romanian phone, the app keeps it, and the scan counts`, async () => {
      const { context, page, problems } = await newPage(browser, server.url, { locale: 'ro-RO' });
      let release;
      const released = new Promise((resolve) => { release = resolve; });
      await page.route('**/*.wasm', async (route) => { await released; await route.continue(); });
      const lesson = packs[lang].lessons.find((l) => l.id === 'lover-boy');
      const tag = `poster-${lang}`;
      await page.goto(`${server.url}/${lang}/l/lover-boy?k=${tag}`, { waitUntil: 'domcontentloaded' });
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(await page.getByTestId('lesson-title').innerText(), lesson.title);
      assert.ok((await page.getByTestId('lesson-card').first().innerText()).includes(firstParagraph(lesson)));
      release();
      await appReady(page);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(await page.getByTestId('lesson-title').innerText(), lesson.title);
      assert.equal(new URL(page.url()).pathname, `/${lang}/l/lover-boy`);
      await expectScans(tag, 1);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('a code printed before languages had URLs still opens its lesson and counts', async () => {
    const { context, page, problems } = await newPage(browser, server.url, { locale: 'ro-RO' });
    const response = await page.goto(`${server.url}/l/job-offers?k=old-poster`);
    assert.equal(response.status(), 200);
    await appReady(page);
    assert.equal(await page.getByTestId('lesson-title').innerText(), packs.ro.lessons.find((l) => l.id === 'job-offers').title);
    await expectScans('old-poster', 1);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('every screen is prerendered in every language and works with JavaScript off', () => {
  for (const lang of LANGS) {
    test(`${lang}: Home, the self-checks, Help, About, Settings, a page not found, and the language links`, async () => {
      const pack = packs[lang];
      const { context, page } = await newPage(browser, server.url, { javaScriptEnabled: false, locale: 'ro-RO' });
      const helpLine = () => page.locator(`a[href="${ANCHOR_TEL}"]`).first();

      await page.goto(`${server.url}/${lang}/`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.ok(await helpLine().isVisible(), 'Home: the help line');
      for (const lesson of pack.lessons) {
        assert.equal(await page.locator(`main a[href="/${lang}/l/${lesson.id}"]`).count(), 1, `Home links ${lesson.id}`);
      }
      await page.locator(`main a[href="/${lang}/l/${pack.lessons[0].id}"]`).click();
      assert.equal(await page.getByTestId('lesson-title').innerText(), pack.lessons[0].title);

      for (const check of pack.checks) {
        await page.goto(`${server.url}/${lang}/check/${check.id}`);
        const text = await page.locator('main').innerText();
        assert.ok(text.includes(check.title) && text.includes(check.closing), `${check.id}: title and closing`);
        for (const [index, item] of check.items.entries()) {
          const details = page.getByTestId(`static-item-${index}`);
          assert.ok((await details.innerText()).includes(item.text));
          await details.locator('summary').click();
          assert.ok((await details.innerText()).includes(item.why), `${check.id}: item ${index} explains itself`);
        }
        assert.ok(await helpLine().isVisible());
      }

      await page.goto(`${server.url}/${lang}/about`);
      assert.ok(await page.getByTestId('quick-exit-no-js').isVisible());
      assert.ok(await page.getByTestId('quick-exit-limits').isVisible());
      await page.goto(`${server.url}/${lang}/settings`);
      assert.ok(await page.getByTestId('settings-need-script').isVisible(), 'Settings says what needs a script');

      await page.goto(`${server.url}/${lang}/help`);
      for (const other of LANGS.filter((code) => code !== lang)) {
        assert.equal(await page.getByTestId(`lang-${other}`).getAttribute('href'), `/${other}/help`);
      }
      const other = LANGS.find((code) => code !== lang);
      await page.getByTestId(`lang-${other}`).click();
      assert.equal(new URL(page.url()).pathname, `/${other}/help`);
      assert.equal(await page.getAttribute('html', 'lang'), other);

      for (const path of [`/${lang}/l/no-such-lesson`, `/${lang}/check/no-such-check`, `/${lang}/nowhere`]) {
        const response = await page.goto(`${server.url}${path}`);
        assert.equal(response.status(), 404, path);
        assert.equal(await page.getAttribute('html', 'lang'), lang, path);
        assert.ok(await page.getByTestId('not-found').isVisible(), `${path}: the not-found page`);
        assert.ok(await helpLine().isVisible(), `${path}: with the help line`);
      }
      await context.close();
    });
  }

  test('a language the build does not have gets the not-found page, with the help line', async () => {
    const { context, page } = await newPage(browser, server.url, { javaScriptEnabled: false, locale: 'ro-RO' });
    const response = await page.goto(`${server.url}/fr/l/lover-boy`);
    assert.equal(response.status(), 404);
    assert.ok(await page.getByTestId('not-found').isVisible());
    assert.ok(await page.locator(`a[href="${ANCHOR_TEL}"]`).first().isVisible());
    await context.close();
  });
});

describe('the service worker serves the prerendered pages', () => {
  test("offline after one visit, every page of the reader's language opens, and the stored choice wins", async () => {
    const { context, page, problems } = await newPage(browser, server.url, { locale: 'hu-HU' });
    await page.goto(`${server.url}/hu/l/lover-boy`);
    await appReady(page);
    await offlineReady(page, 'hu');
    await pagesStored(page, 'hu', packs.hu.lessons.map((l) => l.id));
    await context.setOffline(true);
    for (const lesson of packs.hu.lessons) {
      const response = await page.goto(`${server.url}/hu/l/${lesson.id}`, { waitUntil: 'domcontentloaded' });
      assert.ok(response.fromServiceWorker(), `${lesson.id} from the worker`);
      assert.match(await response.text(), /<html lang="hu">/);
      assert.equal(await page.getByTestId('lesson-title').innerText(), lesson.title, lesson.id);
    }
    for (const path of ['/hu/', '/hu/help', '/hu/about', '/hu/settings', ...packs.hu.checks.map((c) => `/hu/check/${c.id}`)]) {
      const response = await page.goto(`${server.url}${path}`, { waitUntil: 'domcontentloaded' });
      assert.ok(response.fromServiceWorker(), path);
      assert.ok(await page.locator(`a[href="${ANCHOR_TEL}"]`).first().isVisible(), path);
    }
    // A poster printed in Romanian, offline: the language in use.
    const bare = await page.goto(`${server.url}/l/job-offers?k=offline-bare`, { waitUntil: 'domcontentloaded' });
    assert.match(await bare.text(), /<html lang="hu">/);
    await context.setOffline(false);

    // The reader picks English; a Hungarian poster then opens in English.
    await page.goto(`${server.url}/hu/help`);
    await appReady(page);
    await page.getByTestId('lang-en').click();
    await page.waitForURL(`${server.url}/en/help`);
    await waitUntil(page, async () => {
      const hit = await (await caches.open('veriga-state')).match('/__veriga/reader');
      return hit && (await hit.json()).chosen === true;
    }, null, { what: 'the worker told of the choice' });
    const chosen = await page.goto(`${server.url}/hu/l/lover-boy`, { waitUntil: 'domcontentloaded' });
    assert.match(await chosen.text(), /<html lang="en">/, 'the stored choice wins over the URL');
    await appReady(page);
    assert.equal(await page.getByTestId('lesson-title').innerText(), packs.en.lessons.find((l) => l.id === 'lover-boy').title);
    assert.deepEqual(besidesOffline(problems), []);
    await context.close();
  });

  test('a scan the worker answers is counted once, and one made offline once it is back online', async () => {
    const { context, page, problems } = await newPage(browser, server.url, { locale: 'ro-RO' });
    await page.goto(`${server.url}/ro/`);
    await appReady(page);
    await offlineReady(page, 'ro');
    await pagesStored(page, 'ro', ['lover-boy', 'job-offers']);

    const cached = await page.goto(`${server.url}/ro/l/lover-boy?k=sw-cached`, { waitUntil: 'domcontentloaded' });
    assert.ok(cached.fromServiceWorker(), 'answered by the worker');
    await expectScans('sw-cached', 1);

    await context.setOffline(true);
    const offline = await page.goto(`${server.url}/l/job-offers?k=sw-offline`, { waitUntil: 'domcontentloaded' });
    assert.ok(offline.fromServiceWorker());
    await page.waitForTimeout(500);
    assert.equal(scans('sw-offline'), 0, 'nothing reaches the server offline');
    await context.setOffline(false);
    await page.goto(`${server.url}/ro/help`);
    await appReady(page);
    await expectScans('sw-offline', 1);
    await page.reload();
    await appReady(page);
    await expectScans('sw-offline', 1);
    await expectScans('sw-cached', 1);
    assert.deepEqual(besidesOffline(problems), []);
    await context.close();
  });
  test('a corrupt stored update never blanks a page: the built-in lesson shows, and the pages are served again', async () => {
    const { context, page, problems } = await newPage(browser, server.url, { locale: 'ro-RO' });
    await page.goto(`${server.url}/ro/l/lover-boy`);
    await appReady(page);
    await offlineReady(page, 'ro');
    await page.evaluate(() => localStorage.setItem('veriga.content.ro', '{"key":"00","signature":"00","pack":"{'));
    // As after an accepted update: the worker serves the app shell, so the app draws the screen.
    await page.evaluate(async () =>
      (await caches.open('veriga-state')).put('/__veriga/reader', new Response(JSON.stringify({ lang: 'ro', chosen: false, updated: true }))),
    );
    const response = await page.goto(`${server.url}/ro/l/lover-boy`);
    assert.ok(response.fromServiceWorker());
    assert.ok(!(await response.text()).includes('data-testid="lesson-title"'), 'the shell, not the prerendered page');
    await appReady(page);
    assert.equal(await page.getByTestId('lesson-title').innerText(), packs.ro.lessons.find((l) => l.id === 'lover-boy').title);
    assert.equal(await page.evaluate(() => localStorage.getItem('veriga.content.ro')), null, 'the broken copy is gone');
    await waitUntil(page, async () => {
      const hit = await (await caches.open('veriga-state')).match('/__veriga/reader');
      return hit && (await hit.json()).updated === false;
    }, null, { what: 'the worker told the built-in pack is in use' });
    const again = await page.goto(`${server.url}/ro/l/lover-boy`, { waitUntil: 'domcontentloaded' });
    assert.ok((await again.text()).includes('data-testid="lesson-title"'), 'the prerendered page again');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
