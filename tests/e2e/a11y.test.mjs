// Accessibility: axe-core (WCAG 2.x A and AA rules) finds nothing on the student's screens, at
// a small phone's size and at 200 % zoom; every control is big enough for a thumb.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { ANCHOR_TEL, appReady, launchBrowser, newPage, startServer } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCREENS = {
  home: '/',
  lesson: '/l/lover-boy',
  'self-check': '/check/spot-the-signs',
  help: '/help',
  settings: '/settings',
};
/** 360x640 CSS px, and the same screen at 200 % zoom. */
const VIEWPORTS = { '360x640': { width: 360, height: 640 }, '200% zoom': { width: 180, height: 320 } };

let server;
let browser;
const summary = [];

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  if (summary.length) console.log(`# axe summary:\n${summary.map((line) => `#   ${line}`).join('\n')}`);
  await browser?.close();
  await server?.stop();
});

/** axe-core is evaluated into the page (the test bypasses the app's CSP for it, the app does not). */
async function axe(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return {
      violations: result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      passes: result.passes.length,
    };
  }, TAGS);
}

describe('axe-core finds no WCAG A/AA violations', () => {
  for (const lang of ['ro', 'hu']) {
    for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
      test(`${lang}, ${viewportName}`, async () => {
        const { context, page } = await newPage(browser, server.url, { locale: `${lang}-RO`, viewport, bypassCSP: true });
        for (const [name, path] of Object.entries(SCREENS)) {
          await page.goto(server.url + path);
          await appReady(page);
          const { violations, passes } = await axe(page);
          summary.push(`${lang} ${viewportName} ${name}: ${violations.length} violations, ${passes} rules passed`);
          assert.deepEqual(violations, [], `${name} at ${viewportName}`);
          if (name === 'lesson') {
            // The scenario step, with feedback on screen.
            const steps = await page.getByTestId('lesson-card').count();
            for (let i = 0; i < steps; i += 1) await page.getByTestId('lesson-next').click();
            await page.getByTestId('choice-0').locator('summary').click();
            const scenario = await axe(page);
            summary.push(`${lang} ${viewportName} lesson scenario: ${scenario.violations.length} violations`);
            assert.deepEqual(scenario.violations, [], `scenario at ${viewportName}`);
          }
          if (name === 'self-check') {
            await page.getByTestId('check-submit').click();
            const checked = await axe(page);
            summary.push(`${lang} ${viewportName} self-check answers: ${checked.violations.length} violations`);
            assert.deepEqual(checked.violations, [], `checked self-check at ${viewportName}`);
          }
        }
        await context.close();
      });
    }
  }
});

describe('the teacher area has no WCAG A/AA violations either', () => {
  for (const lang of ['ro', 'hu']) {
    test(`${lang}: the guide, the tool with a refused slogan, and the preview`, async () => {
      const { context, page } = await newPage(browser, server.url, { locale: `${lang}-RO`, viewport: { width: 360, height: 640 }, bypassCSP: true });
      await page.goto(`${server.url}/teach/`);
      await page.getByTestId('tool').waitFor();
      await page.getByTestId('lesson-lover-boy').check();
      await page.getByTestId('slogan-lover-boy').selectOption('own');
      await page.getByTestId('own-lover-boy').fill('0722 123 456');
      await page.getByTestId('tag').fill('Bad Tag');
      await page.waitForFunction(() => document.querySelector('[data-testid=error-own-lover-boy]')?.textContent !== '');
      const refused = await axe(page);
      summary.push(`${lang} teacher area, refused input: ${refused.violations.length} violations`);
      assert.deepEqual(refused.violations, []);
      await page.getByTestId('own-lover-boy').fill('Spune ce vezi.');
      await page.getByTestId('tag').fill('');
      await page.waitForFunction(() => document.querySelectorAll('#preview figure').length === 3);
      const previewed = await axe(page);
      summary.push(`${lang} teacher area, preview: ${previewed.violations.length} violations`);
      assert.deepEqual(previewed.violations, []);
      await context.close();
    });
  }
});

describe('touch targets', () => {
  test('every control is at least 48x48 CSS px and the help line at least 64 px tall', async () => {
    const { context, page } = await newPage(browser, server.url, { locale: 'ro-RO' });
    for (const path of Object.values(SCREENS)) {
      await page.goto(server.url + path);
      await appReady(page);
      const { measured, small } = await page.evaluate(() => {
        const controls = [...document.querySelectorAll('a[href], button, label')].filter(
          (el) => el.offsetParent !== null && !el.classList.contains('skip'),
        );
        return {
          measured: controls.length,
          small: controls
            .map((el) => ({ el, box: el.getBoundingClientRect() }))
            .filter(({ box }) => box.width < 48 || box.height < 48)
            .map(({ el, box }) => `${el.tagName} "${el.textContent.trim().slice(0, 30)}" ${Math.round(box.width)}x${Math.round(box.height)}`),
        };
      });
      assert.ok(measured >= 8, `${measured} controls measured on ${path}`);
      assert.deepEqual(small, [], path);
      const helpLine = await page.locator(`a[href="${ANCHOR_TEL}"]`).first().boundingBox();
      assert.ok(helpLine.height >= 64, `help line ${helpLine.height}px tall on ${path}`);
    }
    await context.close();
  });

  test('reduced motion is honoured', async () => {
    const { context, page } = await newPage(browser, server.url, { reducedMotion: 'reduce' });
    await page.goto(server.url);
    await appReady(page);
    const animated = await page.evaluate(() =>
      [...document.querySelectorAll('*')].filter((el) => {
        const style = getComputedStyle(el);
        return parseFloat(style.transitionDuration) > 0 || style.animationName !== 'none';
      }).length,
    );
    assert.equal(animated, 0);
    await context.close();
  });
});

describe('the prerendered lesson page, before the wasm, passes axe too', () => {
  for (const lang of ['ro', 'hu']) {
    for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
      test(`${lang}, ${viewportName}: a card, the scenario with an answer open, the wrap-up`, async () => {
        const { context, page } = await newPage(browser, server.url, { locale: `${lang}-RO`, viewport, bypassCSP: true });
        await page.route('**/*.wasm', () => {});
        const pack = await (await fetch(`${server.url}/content/${lang}.json`)).json();
        const scenario = pack.lessons.find((l) => l.id === 'lover-boy').cards.length;
        for (const step of ['', `#step-${scenario}`, `#step-${scenario + 1}`]) {
          await page.goto(`${server.url}/l/lover-boy${step}`, { waitUntil: 'domcontentloaded' });
          await page.locator('#boot').waitFor();
          if (step === `#step-${scenario}`) await page.locator(`#step-${scenario} [data-testid=choice-0] summary`).click();
          const { violations, passes } = await axe(page);
          summary.push(`${lang} ${viewportName} static lesson${step}: ${violations.length} violations, ${passes} rules passed`);
          assert.deepEqual(violations, [], `static lesson${step} at ${viewportName}`);
        }
        await context.close();
      });
    }
  }
});

describe('every other prerendered screen, before the wasm, passes axe', () => {
  for (const lang of ['ro', 'hu']) {
    for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
      test(`${lang}, ${viewportName}: Home, a self-check with an item open, Help, About, Settings, not found`, async () => {
        const { context, page } = await newPage(browser, server.url, { locale: 'ro-RO', viewport, bypassCSP: true });
        await page.route('**/*.wasm', () => {});
        const screens = ['/', '/check/spot-the-signs', '/help', '/about', '/settings', '/l/no-such-lesson'];
        for (const path of screens.map((path) => `/${lang}${path}`)) {
          await page.goto(server.url + path, { waitUntil: 'domcontentloaded' });
          await page.locator('#boot').waitFor();
          if (path.includes('/check/')) await page.getByTestId('static-item-0').locator('summary').click();
          const { violations, passes } = await axe(page);
          summary.push(`${lang} ${viewportName} static ${path}: ${violations.length} violations, ${passes} rules passed`);
          assert.deepEqual(violations, [], `static ${path} at ${viewportName}`);
        }
        await context.close();
      });
    }
  }
});
