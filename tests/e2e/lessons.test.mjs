// Lessons and self-checks as a student meets them: a QR deep link, the player, progress kept
// on the device only, self-checks that leave nothing behind, read-aloud, settings.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  ANCHOR_TEL, LANGS, MISSING_MARKER, appReady, followLink, launchBrowser, newPage, offlineReady, startServer, waitUntil,
} from './harness.mjs';

let server;
let browser;
const packs = {};

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  for (const lang of LANGS) {
    packs[lang] = await (await fetch(`${server.url}/content/${lang}.json`)).json();
  }
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const helpLineVisible = (page) => page.locator(`a[href="${ANCHOR_TEL}"]`).first().isVisible();

/** Steps through a lesson to its end with the Next button, checking each step. */
async function walkLesson(page, lesson) {
  const steps = lesson.cards.length + 2;
  for (let step = 1; step <= steps; step += 1) {
    assert.match(await page.getByTestId('lesson-step').innerText(), new RegExp(`\\b${step}\\b.*\\b${steps}\\b`));
    assert.ok(await helpLineVisible(page), `help line on step ${step} of ${lesson.id}`);
    if (step <= lesson.cards.length) {
      const card = page.getByTestId('lesson-card').nth(step - 1);
      assert.ok(await card.isVisible());
      assert.equal(
        (await card.innerText()).replace(/\s+/g, ' ').trim(),
        lesson.cards[step - 1].replace(/\s+/g, ' ').trim(),
      );
    }
    if (step < steps) await page.getByTestId('lesson-next').click();
  }
}

describe('a lesson opened from a QR code', () => {
  test('renders at once, plays to the end, is marked done, survives a reload, and can be deleted', async () => {
    const { context, page, problems, foreignRequests } = await newPage(browser, server.url, { locale: 'ro-RO' });
    const lesson = packs.ro.lessons.find((l) => l.id === 'lover-boy');
    await page.goto(`${server.url}/l/lover-boy?k=school-7`);
    await appReady(page);
    assert.equal(await page.getByTestId('lesson-title').innerText(), lesson.title);
    await walkLesson(page, lesson);

    await page.getByTestId('lesson-previous').click();
    const feedback = (choice) => page.getByTestId(`choice-${choice}`).getByTestId('choice-feedback');
    assert.ok(await feedback(1).isHidden());
    await page.getByTestId('choice-1').locator('summary').click();
    assert.ok(await feedback(1).isVisible());
    assert.equal(await feedback(1).innerText(), lesson.scenario.choices[1].feedback);
    await page.getByTestId('choice-0').locator('summary').click();
    assert.equal(await feedback(0).innerText(), lesson.scenario.choices[0].feedback);
    assert.ok(await feedback(1).isHidden(), 'one answer open at a time');
    await page.getByTestId('lesson-next').click();

    const action = page.getByTestId('lesson-action-link');
    assert.equal(await action.getAttribute('href'), ANCHOR_TEL);
    await page.getByTestId('lesson-finish').click();
    assert.ok(await page.getByTestId('lesson-finished').isVisible());

    await followLink(page, page.getByRole('navigation').getByRole('link', { name: 'Acasă' }));
    const item = page.locator('a[href="/ro/l/lover-boy"]');
    assert.ok(await item.getByTestId('done-badge').isVisible(), 'done on Home');
    assert.ok(await page.locator('a[href="/ro/l/job-offers"]').getByTestId('done-badge').isHidden());
    await page.reload();
    await appReady(page);
    assert.ok(await page.locator('a[href="/ro/l/lover-boy"]').getByTestId('done-badge').isVisible(), 'still done after reload');

    await page.getByRole('navigation').getByRole('link', { name: 'Setări' }).click();
    await page.getByTestId('delete-data').click();
    assert.ok(await page.getByTestId('delete-confirm').isVisible());
    await page.getByTestId('delete-confirm').click();
    assert.ok(await page.getByTestId('deleted').isVisible());
    assert.equal(await page.evaluate(() => localStorage.length), 0);
    await page.getByRole('navigation').getByRole('link', { name: 'Acasă' }).click();
    assert.ok(await page.locator('a[href="/ro/l/lover-boy"]').getByTestId('done-badge').isHidden(), 'cleared');
    await page.reload();
    await appReady(page);
    assert.ok(await page.locator('a[href="/ro/l/lover-boy"]').getByTestId('done-badge').isHidden());

    assert.deepEqual(problems, []);
    assert.deepEqual(foreignRequests, []);
    await context.close();
  });

  test('keys and swipes move between cards; Home offers to continue', async () => {
    const { context, page, problems } = await newPage(browser, server.url, { locale: 'en-GB' });
    await page.goto(`${server.url}/l/job-offers`);
    await appReady(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.match(await page.getByTestId('lesson-step').innerText(), /Step 3 of/);
    await page.keyboard.press('ArrowLeft');
    assert.match(await page.getByTestId('lesson-step').innerText(), /Step 2 of/);

    const box = await page.locator('.step').boundingBox();
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width - 20, y);
    await page.mouse.down();
    await page.mouse.move(box.x + 20, y, { steps: 5 });
    await page.mouse.up();
    assert.match(await page.getByTestId('lesson-step').innerText(), /Step 3 of/, 'swipe left goes forward');

    await followLink(page, page.getByRole('navigation').getByRole('link', { name: 'Home' }));
    const title = packs.en.lessons.find((l) => l.id === 'job-offers').title;
    await page.getByRole('link', { name: `Continue: ${title}` }).click();
    assert.match(await page.getByTestId('lesson-step').innerText(), /Step 3 of/, 'continues where it stopped');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an unknown lesson id shows the lesson list and the help line', async () => {
    const { context, page, problems } = await newPage(browser, server.url, { locale: 'en-GB' });
    await page.goto(`${server.url}/l/unknown-id`);
    await appReady(page);
    assert.ok(await page.getByTestId('lesson-not-found').isVisible());
    assert.ok(await helpLineVisible(page));
    assert.equal(await page.locator('main a[href^="/en/l/"]').count(), packs.en.lessons.length);
    // The page itself comes with 404, which Chromium logs; nothing else may go wrong.
    assert.deepEqual(problems.filter((problem) => !problem.includes('status of 404')), []);
    assert.equal(problems.length, 1, 'only the page itself comes with 404');
    await context.close();
  });

  test('corrupt stored progress is reset without a crash', async () => {
    const { context, page, problems } = await newPage(browser, server.url, { locale: 'en-GB' });
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('veriga.done', '%%%not,a;list');
        localStorage.setItem('veriga.resume', 'lover-boy:banana');
      }
    });
    await page.goto(server.url);
    await appReady(page);
    assert.equal(await page.getByTestId('done-badge').filter({ visible: true }).count(), 0);
    assert.equal(await page.evaluate(() => localStorage.getItem('veriga.done')), null);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('every lesson in every language', () => {
  for (const lang of LANGS) {
    test(`${lang}: all lessons open complete, with no missing text`, async () => {
      const { context, page, problems } = await newPage(browser, server.url, { locale: `${lang}-RO` });
      for (const lesson of packs[lang].lessons) {
        await page.goto(`${server.url}/l/${lesson.id}`);
        await appReady(page);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        assert.equal(await page.getByTestId('lesson-title').innerText(), lesson.title);
        await walkLesson(page, lesson);
        const text = await page.locator('body').innerText();
        assert.ok(!text.includes(MISSING_MARKER), `${lang}/${lesson.id}`);
        assert.ok(text.includes(lesson.takeaway), `${lang}/${lesson.id} takeaway`);
      }
      assert.equal(packs[lang].lessons.length, 15);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('self-checks', () => {
  test('feedback shows on screen and nothing about the check is stored', async () => {
    const { context, page, problems, foreignRequests } = await newPage(browser, server.url, { locale: 'en-GB' });
    const check = packs.en.checks.find((c) => c.id === 'spot-the-signs');
    await page.goto(server.url);
    await appReady(page);
    // The content update check writes its own status when the app opens, and the worker stores
    // the language's pack and pages: let them finish first.
    await page.waitForFunction(() => localStorage.getItem('veriga.content.checked') !== null);
    await offlineReady(page, 'en');
    await waitUntil(page, async () => Boolean(await caches.match('/en/404.html')), null, { what: 'the en pages stored' });
    const storage = () =>
      page.evaluate(async () => ({
        local: Object.fromEntries(Object.entries(localStorage)),
        session: Object.fromEntries(Object.entries(sessionStorage)),
        idb: (await indexedDB.databases()).map((db) => db.name),
        caches: await Promise.all(
          (await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)),
        ),
      }));
    const before = await storage();

    await page.getByRole('link', { name: check.title }).click();
    assert.equal(new URL(page.url()).pathname, '/en/check/spot-the-signs');
    const picks = check.items.map((item) => item.pick);
    await page.getByTestId('item-1').click();
    await page.getByTestId('item-0').click();
    await page.getByTestId('check-submit').click();
    const verdicts = page.getByTestId('verdict');
    assert.equal(await verdicts.count(), check.items.length);
    for (let i = 0; i < check.items.length; i += 1) {
      assert.ok(await verdicts.nth(i).isVisible());
      assert.ok((await verdicts.nth(i).innerText()).includes(check.items[i].why));
    }
    const found = picks.filter((pick, i) => pick && i === 1).length;
    const total = picks.filter(Boolean).length;
    assert.equal(await page.getByTestId('check-score').innerText(), `You found ${found} of ${total}.`);

    assert.deepEqual(await storage(), before, 'storage unchanged by the self-check');
    await page.reload();
    await appReady(page);
    assert.ok(await page.getByTestId('verdict').first().isHidden(), 'answers gone after reload');
    assert.deepEqual(problems, []);
    assert.deepEqual(foreignRequests, []);
    await context.close();
  });

  for (const lang of LANGS) {
    test(`${lang}: every self-check renders and checks`, async () => {
      const { context, page, problems } = await newPage(browser, server.url, { locale: `${lang}-RO` });
      assert.equal(packs[lang].checks.length, 3);
      for (const check of packs[lang].checks) {
        await page.goto(`${server.url}/check/${check.id}`);
        await appReady(page);
        assert.equal(await page.locator('h1').innerText(), check.title);
        await page.getByTestId('check-submit').click();
        assert.ok(await page.getByTestId('check-score').isVisible());
        assert.ok(!(await page.locator('body').innerText()).includes(MISSING_MARKER));
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('read-aloud', () => {
  /** A stand-in for the Web Speech API with the given voices, recording what it says. */
  const fakeSpeech = (voices) => {
    window.__spoken = [];
    // Kept across pages: leaving a lesson is a page load.
    const cancelled = () => Number(sessionStorage.getItem('cancelled') ?? 0);
    window.__cancelled = cancelled;
    class Utterance {
      constructor(text) { this.text = text; }
    }
    window.SpeechSynthesisUtterance = Utterance;
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => voices.map((lang) => ({ lang, name: lang })),
        speak: (u) => window.__spoken.push({ text: u.text, lang: u.lang }),
        cancel: () => sessionStorage.setItem('cancelled', String(cancelled() + 1)),
        onvoiceschanged: null,
      },
    });
  };

  test('reads the card in the page language and stops when the reader leaves', async () => {
    const { context, page, problems } = await newPage(browser, server.url, { locale: 'ro-RO' });
    await context.addInitScript(fakeSpeech, ['ro-RO', 'en-US']);
    const lesson = packs.ro.lessons.find((l) => l.id === 'my-info');
    await page.goto(`${server.url}/l/my-info`);
    await appReady(page);
    await page.getByTestId('read-aloud').click();
    const spoken = await page.evaluate(() => window.__spoken);
    assert.deepEqual(spoken, [{ text: lesson.cards[0], lang: 'ro' }]);
    const cancelledBefore = await page.evaluate(() => window.__cancelled());
    await followLink(page, page.getByRole('navigation').getByRole('link', { name: 'Acasă' }));
    assert.ok((await page.evaluate(() => window.__cancelled())) > cancelledBefore, 'stopped on navigation');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('is hidden where the device has no voice for the language, and when turned off', async () => {
    const { context, page } = await newPage(browser, server.url, { locale: 'hu-HU' });
    await context.addInitScript(fakeSpeech, ['en-US']);
    await page.goto(`${server.url}/l/my-info`);
    await appReady(page);
    assert.ok(await page.getByTestId('read-aloud').isHidden(), 'no Hungarian voice');
    await followLink(page, page.getByTestId('lang-en'));
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.ok(await page.getByTestId('read-aloud').isVisible(), 'English voice exists');
    await page.goto(`${server.url}/settings`);
    await appReady(page);
    await page.getByTestId('read-aloud-setting').uncheck();
    await page.goto(`${server.url}/l/my-info`);
    await appReady(page);
    assert.ok(await page.getByTestId('read-aloud').isHidden(), 'turned off in Settings');
    await context.close();
  });
});

describe('settings', () => {
  test('text size applies at once and is remembered', async () => {
    const { context, page, problems } = await newPage(browser, server.url, { locale: 'en-GB' });
    await page.goto(`${server.url}/settings`);
    await appReady(page);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    const normal = await size();
    await page.getByTestId('text-size-2').click();
    assert.ok((await size()) > normal * 1.15);
    await page.reload();
    await appReady(page);
    assert.ok((await size()) > normal * 1.15, 'remembered');
    assert.equal(await page.getByTestId('text-size-2').getAttribute('aria-pressed'), 'true');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
