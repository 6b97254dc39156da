// The app shell in all three languages: the help line on every route, the language choice,
// quick exit, and the privacy promises (no foreign requests, no cookies, no CSP violations).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  ANCHOR_TEL, LANGS, MISSING_MARKER, NEUTRAL_URL, appReady, launchBrowser, newPage, startServer,
} from './harness.mjs';

const ROUTES = ['/', '/help', '/about', '/no-such-page'];
/** One word per language that only that language's menu uses. */
const HOME_WORD = { ro: 'Acasă', en: 'Home', hu: 'Kezdőlap' };

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

/** Chromium logs a page that comes with 404, as a page not found does: that one is expected. */
const isNotFoundStatus = (problem) => problem.includes('the server responded with a status of 404');

async function expectHelpLine(page, where) {
  const link = page.locator(`a[href="${ANCHOR_TEL}"]`).first();
  assert.ok(await link.isVisible(), `help line visible on ${where}`);
  assert.equal((await link.innerText()).includes('0800 800 678'), true, `number shown on ${where}`);
}

describe('every route, in every language', () => {
  for (const lang of LANGS) {
    test(`${lang}: deep links render with the help line, no gaps, no problems`, async () => {
      const { context, page, problems, foreignRequests } = await newPage(browser, server.url, {
        locale: `${lang}-RO`,
      });
      for (const route of ROUTES) {
        const response = await page.goto(server.url + route);
        assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
        await appReady(page);
        await expectHelpLine(page, `${lang} ${route}`);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        const text = await page.locator('body').innerText();
        assert.ok(!text.includes(MISSING_MARKER), `missing message on ${lang} ${route}`);
        assert.ok(text.includes(HOME_WORD[lang]), `${lang} menu on ${route}`);
        assert.equal(await page.locator('h1').count(), 1, `one heading on ${route}`);
      }
      assert.deepEqual(await context.cookies(), [], 'no cookies');
      assert.deepEqual(problems.filter((problem) => !isNotFoundStatus(problem)), []);
      assert.equal(problems.filter(isNotFoundStatus).length, 1, 'only the page not found comes with 404');
      assert.deepEqual(foreignRequests, []);
      await context.close();
    });
  }

  test('an unknown route shows the friendly not-found page', async () => {
    const { context, page, problems } = await newPage(browser, server.url, { locale: 'ro-RO' });
    await page.goto(`${server.url}/somewhere/else`);
    await appReady(page);
    assert.ok(await page.getByTestId('not-found').isVisible());
    await expectHelpLine(page, 'not found');
    await page.getByRole('link', { name: 'Mergi la pagina principală' }).click();
    assert.equal(new URL(page.url()).pathname, '/ro/');
    assert.deepEqual(problems.filter((problem) => !isNotFoundStatus(problem)), []);
      assert.equal(problems.filter(isNotFoundStatus).length, 1, 'only the page not found comes with 404');
    await context.close();
  });
});

describe('Home', () => {
  test('the help line is the largest thing on the screen and says what it is for', async () => {
    const { context, page } = await newPage(browser, server.url, { locale: 'ro-RO' });
    await page.goto(server.url);
    await appReady(page);
    const { number, largestOther, top } = await page.evaluate((tel) => {
      const link = document.querySelector(`main a[href="${tel}"]`);
      const visible = [...document.querySelectorAll('body *')].filter((el) => el.offsetParent !== null);
      const size = (el) => parseFloat(getComputedStyle(el).fontSize);
      const others = visible.filter((el) => el !== link && !link.contains(el) && !el.contains(link));
      return {
        number: size(link),
        largestOther: Math.max(...others.map(size)),
        top: link.getBoundingClientRect().bottom,
      };
    }, ANCHOR_TEL);
    assert.ok(number > largestOther * 1.5, `number ${number}px vs ${largestOther}px`);
    assert.ok(top < 640 / 2, 'in the top half of a small phone screen');
    assert.match(await page.locator('.helpline-hero').innerText(), /Sună gratuit pentru informații și sfaturi/);
    await context.close();
  });
});

describe('navigation without a Back button', () => {
  test('the menu moves between screens in place and keeps the help line', async () => {
    const { context, page, problems } = await newPage(browser, server.url, { locale: 'en-GB' });
    await page.goto(server.url);
    await appReady(page);
    await page.evaluate(() => (window.__samePage = true));
    const menu = page.getByRole('navigation');
    await menu.getByRole('link', { name: 'Who can help' }).click();
    assert.equal(new URL(page.url()).pathname, '/en/help');
    await expectHelpLine(page, 'help after a tap');
    assert.ok(await page.getByTestId('line-child-protection').isVisible());
    await menu.getByRole('link', { name: 'Privacy' }).click();
    assert.equal(new URL(page.url()).pathname, '/en/about');
    assert.ok(await page.getByTestId('quick-exit-limits').isVisible());
    await menu.getByRole('link', { name: 'Home' }).click();
    assert.equal(new URL(page.url()).pathname, '/en/');
    assert.equal(await page.evaluate(() => window.__samePage), true, 'no page load');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('Help lists every line with its check date, and 119 says calls are recorded', async () => {
    const { context, page } = await newPage(browser, server.url, { locale: 'en-GB' });
    await page.goto(`${server.url}/help`);
    await appReady(page);
    for (const id of ['anitp', 'emergency', 'child-protection', 'child-helpline', 'esc-abuz', 'anes']) {
      const card = page.getByTestId(`line-${id}`);
      assert.ok(await card.isVisible(), id);
      assert.match(await card.innerText(), /checked on 28\/11\/2026/);
    }
    assert.match(await page.getByTestId('line-child-protection').innerText(), /recorded/);
    assert.ok(await page.locator('a[href="tel:116111"]').isVisible());
    assert.ok(await page.locator('a[href="https://oradenet.ro"]').isVisible());
    assert.match(await page.locator('main').innerText(), /call list/);
    await context.close();
  });
});

describe('language', () => {
  for (const lang of ['en', 'hu', 'ro']) {
    test(`choosing ${lang} survives a reload`, async () => {
      const start = lang === 'ro' ? 'en-GB' : 'ro-RO';
      const { context, page, problems } = await newPage(browser, server.url, { locale: start });
      await page.goto(`${server.url}/help`);
      await appReady(page);
      await page.getByTestId(`lang-${lang}`).click();
      await page.waitForFunction((want) => document.documentElement.lang === want, lang);
      assert.ok((await page.locator('body').innerText()).includes(HOME_WORD[lang]));
      await page.reload();
      await appReady(page);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(await page.getByTestId(`lang-${lang}`).getAttribute('aria-current'), 'true');
      assert.equal(new URL(page.url()).pathname, `/${lang}/help`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('the browser language is used on a first visit', async () => {
    const { context, page } = await newPage(browser, server.url, { locale: 'hu-HU' });
    await page.goto(server.url);
    await appReady(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'hu');
    await context.close();
  });

  test('an unknown stored language falls back to Romanian', async () => {
    const { context, page, problems } = await newPage(browser, server.url, { locale: 'en-GB' });
    await context.addInitScript(() => localStorage.setItem('veriga.lang', 'xx'));
    await page.goto(server.url);
    await appReady(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'ro');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a language that cannot load says so and keeps the current one', async () => {
    const { context, page } = await newPage(browser, server.url, { locale: 'en-GB' });
    await page.route('**/content/hu.json', (route) => route.abort('internetdisconnected'));
    await page.goto(server.url);
    await appReady(page);
    await page.getByTestId('lang-hu').click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /offline/);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await expectHelpLine(page, 'after a failed switch');
    await context.close();
  });
});

describe('quick exit', () => {
  async function leaveWith(action) {
    const { context, page } = await newPage(browser, server.url, { locale: 'ro-RO' });
    await context.route(`${NEUTRAL_URL}**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>search</title><p>neutral</p>' }),
    );
    await page.goto(server.url);
    await appReady(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Cine te poate ajuta' }).click();
    assert.equal(new URL(page.url()).pathname, '/ro/help');
    await action(page);
    await page.waitForURL(NEUTRAL_URL);
    await page.goBack().catch(() => {});
    assert.ok(!page.url().startsWith(server.url), `Back returned to ${page.url()}`);
    await context.close();
  }

  test('Shift pressed three times leaves, and Back does not return', async () => {
    await leaveWith(async (page) => {
      for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    });
  });

  test('the button leaves, and Back does not return', async () => {
    await leaveWith((page) => page.getByTestId('quick-exit').click());
  });

  test('typing in between does not trigger it', async () => {
    const { context, page } = await newPage(browser, server.url);
    await page.goto(server.url);
    await appReady(page);
    await page.keyboard.press('Shift');
    await page.keyboard.press('a');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    assert.ok(page.url().startsWith(server.url));
    await context.close();
  });
});

describe('before the app loads', () => {
  test('with JavaScript off the help line shows and dials', async () => {
    const { context, page } = await newPage(browser, server.url, { javaScriptEnabled: false, locale: 'ro-RO' });
    await page.goto(`${server.url}/l/lover-boy`);
    await expectHelpLine(page, 'no-JS page');
    assert.match(await page.locator('body').innerText(), /Linia gratuită împotriva traficului de persoane/);
    // Without JavaScript, quick exit is an ordinary link to the neutral page.
    assert.equal(await page.getByTestId('quick-exit').getAttribute('href'), NEUTRAL_URL);
    await context.close();
  });

  /** The static page with the wasm held back (never answered), as on a slow first visit. */
  async function staticPage() {
    const { context, page } = await newPage(browser, server.url, { locale: 'ro-RO' });
    await context.route('**/*.wasm', () => {});
    await context.route(`${NEUTRAL_URL}**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>search</title><p>neutral</p>' }),
    );
    await page.goto(`${server.url}/l/lover-boy`, { waitUntil: 'domcontentloaded' });
    await page.locator('#boot').waitFor();
    // The quick-exit script is async: wait until it has armed the exit.
    await page.locator('html[data-quick-exit-ready]').waitFor({ state: 'attached' });
    return { context, page };
  }

  for (const [how, act] of [
    ['the button', (page) => page.getByTestId('quick-exit').click()],
    ['Shift pressed three times', async (page) => { for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift'); }],
  ]) {
    test(`before the wasm, ${how} leaves the static page and Back does not return`, async () => {
      const { context, page } = await staticPage();
      assert.ok(await page.locator('#boot').isVisible(), 'the static page, not the app');
      await act(page);
      await page.waitForURL(NEUTRAL_URL);
      await page.goBack().catch(() => {});
      assert.ok(!page.url().startsWith(server.url), `Back returned to ${page.url()}`);
      await context.close();
    });
  }
});

describe('About says what quick exit cannot do without JavaScript', () => {
  test('the note is there, in every language', async () => {
    for (const lang of LANGS) {
      const { context, page } = await newPage(browser, server.url, { locale: `${lang}-RO` });
      await page.goto(`${server.url}/about`);
      await appReady(page);
      assert.equal(await page.getByTestId('quick-exit-no-js').innerText(), packs[lang].ui['about-quick-exit-no-js']);
      await context.close();
    }
  });
});
