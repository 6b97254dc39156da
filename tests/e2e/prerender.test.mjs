// The first bytes of a QR scan are the lesson (issue 12, first part): every lesson's page is
// prerendered at build time by the app's own components, so its title, first card, the help
// line and quick exit are in the HTML itself, readable before the wasm arrives and with
// JavaScript off; when the wasm does arrive, the lesson module takes over the same page.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ANCHOR_TEL, LANGS, MODULES, NEUTRAL_URL, appReady, launchBrowser, newPage, startServer } from './harness.mjs';

let server;
let browser;
let ro;
const packs = {};

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  for (const lang of LANGS) packs[lang] = await (await fetch(`${server.url}/content/${lang}.json`)).json();
  ro = packs.ro;
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const firstParagraph = (lesson) => lesson.cards[0].split('\n\n')[0].trim();

describe('a lesson page is the lesson before any script runs', () => {
  test('the HTML a QR code opens holds the title, the first card, the help line and quick exit', async () => {
    for (const lesson of ro.lessons) {
      const response = await fetch(`${server.url}/l/${lesson.id}?k=sc3-test`);
      assert.equal(response.status, 200, lesson.id);
      const html = await response.text();
      const text = html.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      assert.ok(text.includes(lesson.title), `${lesson.id}: title in the HTML`);
      assert.ok(text.includes(firstParagraph(lesson)), `${lesson.id}: first card in the HTML`);
      assert.ok(html.includes(`href="${ANCHOR_TEL}"`), `${lesson.id}: the help line dials`);
      assert.ok(html.includes(`href="${NEUTRAL_URL}"`) && html.includes('data-quick-exit'), `${lesson.id}: quick exit`);
    }
    // A lesson this build does not know still gets the app (which says so, with the help line).
    const unknown = await (await fetch(`${server.url}/l/no-such-lesson`)).text();
    assert.ok(!unknown.includes(firstParagraph(ro.lessons[0])));
  });

  test('with the wasm held back, the first card is on screen and the help line dials', async () => {
    const { context, page, problems } = await newPage(browser, server.url, { locale: 'ro-RO' });
    await context.route('**/*.wasm', () => {});
    const lesson = ro.lessons.find((l) => l.id === 'lover-boy');
    await page.goto(`${server.url}/l/${lesson.id}?k=sc3-test`, { waitUntil: 'domcontentloaded' });
    assert.equal(await page.getByTestId('lesson-title').innerText(), lesson.title);
    const card = page.getByTestId('lesson-card').first();
    assert.ok(await card.isVisible());
    assert.ok((await card.innerText()).includes(firstParagraph(lesson)));
    assert.ok(await page.locator(`a[href="${ANCHOR_TEL}"]`).first().isVisible());
    assert.ok(await page.locator('#boot').isVisible(), 'still the static page: the wasm never came');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('with JavaScript off, the lesson still shows its first card and the help line', async () => {
    const { context, page } = await newPage(browser, server.url, { javaScriptEnabled: false, locale: 'ro-RO' });
    const lesson = ro.lessons.find((l) => l.id === 'forced-work');
    await page.goto(`${server.url}/l/${lesson.id}`);
    assert.equal(await page.getByTestId('lesson-title').innerText(), lesson.title);
    assert.ok((await page.getByTestId('lesson-card').first().innerText()).includes(firstParagraph(lesson)));
    assert.ok(await page.locator(`a[href="${ANCHOR_TEL}"]`).first().isVisible());
    await context.close();
  });

  test('when the wasm arrives, the lesson module takes over the page in place, without the app', async () => {
    const { context, page, problems } = await newPage(browser, server.url, { locale: 'ro-RO' });
    const wasm = [];
    page.on('request', (request) => request.url().endsWith('.wasm') && wasm.push(new URL(request.url()).pathname));
    const lesson = ro.lessons.find((l) => l.id === 'someone-you-know');
    await page.goto(`${server.url}/l/${lesson.id}`);
    const title = await page.getByTestId('lesson-title').elementHandle();
    await appReady(page);
    assert.equal(await page.getAttribute('html', 'data-enhanced'), 'lesson');
    assert.ok(await title.evaluate((node) => node.isConnected), 'the prerendered lesson is kept, not redrawn');
    assert.equal(await page.locator('main').count(), 1);
    assert.ok(await page.getByTestId('static-next').first().isHidden(), 'the static links give way to the buttons');
    assert.deepEqual(wasm, [MODULES.lesson[1]], 'only the lesson module, never the app');
    assert.equal(await page.getByTestId('lesson-title').innerText(), lesson.title);
    assert.ok((await page.getByTestId('lesson-card').first().innerText()).includes(firstParagraph(lesson)));
    await page.getByTestId('lesson-next').click();
    assert.ok((await page.locator('[data-testid=lesson-card]:visible').innerText()).includes(lesson.cards[1].split('\n\n')[0].trim()));
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe("the first paint is in the reader's language", () => {
  for (const lang of ['en', 'hu']) {
    test(`${lang}: a ${lang} browser gets the ${lang} page first, and the app keeps it`, async () => {
      const { context, page, problems } = await newPage(browser, server.url, { locale: `${lang}-RO` });
      const lesson = packs[lang].lessons.find((l) => l.id === 'not-safe-at-home');
      const held = await context.newPage();
      await held.route('**/*.wasm', () => {});
      await held.goto(`${server.url}/l/${lesson.id}?k=sc3-test`, { waitUntil: 'domcontentloaded' });
      assert.equal(await held.getAttribute('html', 'lang'), lang);
      assert.equal(await held.getByTestId('lesson-title').innerText(), lesson.title);
      assert.ok((await held.getByTestId('lesson-card').first().innerText()).includes(firstParagraph(lesson)));
      await held.close();

      await page.goto(`${server.url}/l/${lesson.id}?k=sc3-test`);
      await appReady(page);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(await page.getByTestId('lesson-title').innerText(), lesson.title);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('the answer says it depends on the language, and a refused language is never served', async () => {
    const hu = await fetch(`${server.url}/l/lover-boy`, { headers: { 'accept-language': 'hu-HU,hu;q=0.9' } });
    assert.match(hu.headers.get('vary'), /Accept-Language/);
    assert.match(await hu.text(), /<html lang="hu">/);
    const refused = await fetch(`${server.url}/l/lover-boy`, { headers: { 'accept-language': 'hu;q=0, de' } });
    assert.match(await refused.text(), /<html lang="ro">/);
  });
});

/** Walks a lesson on the static page with its own links: every card, an answer, the wrap-up. */
async function walkStatic(page, lesson) {
  for (let index = 0; index < lesson.cards.length; index += 1) {
    const card = page.locator(`#step-${index}`);
    assert.ok(await card.isVisible(), `${lesson.id}: card ${index + 1} shows`);
    assert.equal(await page.locator('#boot [data-testid=lesson-card]:visible').count(), 1, 'one card at a time');
    assert.ok((await card.innerText()).includes(lesson.cards[index].split('\n\n')[0].trim()));
    await card.getByTestId('static-next').click();
  }
  const scenario = page.locator(`#step-${lesson.cards.length}`);
  assert.ok(await scenario.isVisible(), `${lesson.id}: the scenario shows`);
  const feedback = scenario.getByTestId('choice-1').getByTestId('choice-feedback');
  assert.ok(await feedback.isHidden());
  await scenario.getByTestId('choice-1').locator('summary').click();
  assert.ok(await feedback.isVisible(), `${lesson.id}: an answer reveals its feedback`);
  assert.equal(await feedback.innerText(), lesson.scenario.choices[1].feedback);
  await scenario.getByTestId('static-next').click();
  const wrapUp = page.locator(`#step-${lesson.cards.length + 1}`);
  assert.ok(await wrapUp.isVisible());
  assert.ok((await wrapUp.innerText()).includes(lesson.takeaway));
  await wrapUp.getByTestId('static-previous').click();
  assert.ok(await scenario.isVisible(), 'back works too');
}

describe('the static page can be read and answered without the wasm', () => {
  for (const lang of LANGS) {
    test(`${lang}: with JavaScript off, every card, an answer and the wrap-up, with the help line and a quick-exit link`, async () => {
      const { context, page } = await newPage(browser, server.url, { javaScriptEnabled: false, locale: `${lang}-RO` });
      for (const id of ['lover-boy', 'a-friend-is-gone']) {
        const lesson = packs[lang].lessons.find((l) => l.id === id);
        await page.goto(`${server.url}/l/${id}`);
        await walkStatic(page, lesson);
        assert.ok(await page.locator(`a[href="${ANCHOR_TEL}"]`).first().isVisible());
        assert.equal(await page.getByTestId('quick-exit').getAttribute('href'), NEUTRAL_URL);
      }
      await context.close();
    });
  }

  test('with the wasm held back, the lesson is readable and answerable; when it arrives the reader stays put', async () => {
    const { context, page, problems } = await newPage(browser, server.url, { locale: 'ro-RO' });
    let release;
    const released = new Promise((resolve) => { release = resolve; });
    await page.route('**/*.wasm', async (route) => { await released; await route.continue(); });
    const lesson = ro.lessons.find((l) => l.id === 'online-friends');
    await page.goto(`${server.url}/l/${lesson.id}`, { waitUntil: 'domcontentloaded' });
    await walkStatic(page, lesson);
    // Back to the third card, and let the wasm in.
    await page.goto(`${server.url}/l/${lesson.id}#step-2`, { waitUntil: 'domcontentloaded' });
    assert.ok(await page.locator('#step-2').isVisible());
    release();
    await appReady(page);
    assert.match(await page.getByTestId('lesson-step').innerText(), new RegExp(`\\b3\\b.*\\b${lesson.cards.length + 2}\\b`));
    const shown = page.locator('[data-testid=lesson-card]:visible');
    assert.equal(await shown.count(), 1);
    assert.ok((await shown.innerText()).includes(lesson.cards[2].split('\n\n')[0].trim()), 'the app starts on the card the reader was on');
    await page.getByTestId('lesson-next').click();
    assert.ok((await page.locator('[data-testid=lesson-card]:visible').innerText()).includes(lesson.cards[3].split('\n\n')[0].trim()));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an answer left open on the static page is the answer the app shows', async () => {
    const { context, page } = await newPage(browser, server.url, { locale: 'ro-RO' });
    let release;
    const released = new Promise((resolve) => { release = resolve; });
    await page.route('**/*.wasm', async (route) => { await released; await route.continue(); });
    const lesson = ro.lessons.find((l) => l.id === 'lover-boy');
    const scenario = lesson.cards.length;
    await page.goto(`${server.url}/l/${lesson.id}#step-${scenario}`, { waitUntil: 'domcontentloaded' });
    await page.locator(`#step-${scenario}`).getByTestId('choice-2').locator('summary').click();
    release();
    await appReady(page);
    assert.ok(await page.locator(`#step-${scenario}`).isVisible(), 'still on the scenario');
    assert.equal(await page.locator('[data-testid=choice-feedback]:visible').innerText(), lesson.scenario.choices[2].feedback);
    // The open answer is the reader's choice: read aloud with the scenario, and the only one open.
    await page.getByTestId('choice-0').locator('summary').click();
    assert.equal(await page.locator('[data-testid=choice-feedback]:visible').innerText(), lesson.scenario.choices[0].feedback);
    await context.close();
  });
});

describe('Help is prerendered too', () => {
  test('with JavaScript off, every line shows who answers, what happens, and dials', async () => {
    for (const lang of LANGS) {
      const { context, page } = await newPage(browser, server.url, { javaScriptEnabled: false, locale: `${lang}-RO` });
      await page.goto(`${server.url}/help`);
      const text = await page.locator('body').innerText();
      for (const line of packs[lang].help_lines) {
        assert.ok(text.includes(line.what_happens), `${lang}/${line.id}: what happens`);
        if (line.number) assert.ok(await page.locator(`a[href="tel:${line.number.replace(/ /g, '')}"]`).count() > 0, `${lang}/${line.id} dials`);
      }
      await context.close();
    }
  });
});
