// Signed content updates, judged by the app: every kind of bad pack is refused and the lesson
// in use stays; a corrected lesson published while the app is open shows after the next
// navigation, never in the middle of a lesson.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SERVER, appReady, followLink, launchBrowser, newPage, startServer } from './harness.mjs';

const root = new URL('../../', import.meta.url).pathname;
const DEV_KEY = join(root, 'data/dev-signing.key');

/** The build's pinned development key, as the publisher holds it. */
const pinnedKey = createPrivateKey({
  key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.from(readFileSync(DEV_KEY, 'utf8').trim(), 'hex')]),
  format: 'der',
  type: 'pkcs8',
});

function envelope(packText, privateKey = pinnedKey) {
  const key = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  return JSON.stringify({ key, signature: sign(null, Buffer.from(packText), privateKey).toString('hex'), pack: packText });
}

let server;
let browser;
let builtIn;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  builtIn = await (await fetch(`${server.url}/content/ro.json`)).json();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** A newer Romanian pack whose lover-boy title says it was corrected. */
function corrected(changes = (pack) => pack) {
  const pack = structuredClone(builtIn);
  pack.version = builtIn.version + 10;
  pack.lessons.find((l) => l.id === 'lover-boy').title = 'Când dragostea e o capcană (corectat)';
  return changes(pack);
}

const CASES = {
  'a changed byte': () => {
    const text = envelope(JSON.stringify(corrected()));
    return text.replace('(corectat)', '(corectaț)');
  },
  'a truncated pack': () => envelope(JSON.stringify(corrected())).slice(0, 4000),
  'an unknown key': () => envelope(JSON.stringify(corrected()), generateKeyPairSync('ed25519').privateKey),
  'an older or equal version': () => envelope(JSON.stringify(corrected((p) => ({ ...p, version: builtIn.version })))),
  "another language's pack": () => envelope(JSON.stringify(corrected((p) => ({ ...p, lang: 'hu' })))),
  'an unsupported format': () => envelope(JSON.stringify(corrected((p) => ({ ...p, format: p.format + 1 })))),
  'a changed help line': () =>
    envelope(JSON.stringify(corrected((p) => {
      p.help_lines.find((line) => line.id === 'anitp').number = '0800 800 679';
      return p;
    }))),
  'an oversize pack': () => envelope(JSON.stringify(corrected((p) => ({ ...p, padding: 'x'.repeat(600 * 1024) })))),
};
const REASONS = {
  'a changed byte': /semnătura nu se potrivea/,
  'a truncated pack': /deteriorat sau incomplet/,
  'an unknown key': /cheie în care aplicația nu are încredere/,
  'an older or equal version': /nu era mai nou/,
  "another language's pack": /altă limbă/,
  'an unsupported format': /altă versiune a aplicației/,
  'a changed help line': /ar fi schimbat numărul liniei de ajutor/,
  'an oversize pack': /prea mare/,
};

describe('the app refuses bad updates and keeps its lesson', () => {
  for (const [name, make] of Object.entries(CASES)) {
    test(name, async () => {
      const { context, page, problems } = await newPage(browser, server.url, { locale: 'ro-RO' });
      const body = make();
      await context.route('**/api/v1/content/ro', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', headers: { etag: '"x"' }, body }),
      );
      await page.goto(`${server.url}/l/lover-boy`);
      await appReady(page);
      await page.waitForFunction(() => localStorage.getItem('veriga.content.rejected') !== null);
      const title = builtIn.lessons.find((l) => l.id === 'lover-boy').title;
      await followLink(page, page.getByRole('navigation').getByRole('link', { name: 'Confidențialitate' }));
      assert.match(await page.getByTestId('content-last-rejection').innerText(), REASONS[name]);
      assert.match(await page.getByTestId('content-source').innerText(), /a venit odată cu aplicația/);
      await page.goto(`${server.url}/l/lover-boy`);
      await appReady(page);
      assert.equal(await page.getByTestId('lesson-title').innerText(), title, 'lesson text unchanged');
      assert.equal(await page.evaluate(() => localStorage.getItem('veriga.content.ro')), null, 'nothing stored');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('a corrected lesson reaches the open app', () => {
  test('published while a lesson is open, it shows after the next navigation only', async () => {
    const data = mkdtempSync(join(tmpdir(), 'veriga-publish-'));
    const live = await startServer({ data });
    const { context, page, problems } = await newPage(browser, live.url, { locale: 'ro-RO' });
    await page.clock.install();
    await page.goto(`${live.url}/l/lover-boy`);
    await appReady(page);
    await page.getByTestId('lesson-next').click();
    await page.getByTestId('lesson-next').click();
    const oldTitle = await page.getByTestId('lesson-title').innerText();

    const locales = mkdtempSync(join(tmpdir(), 'veriga-locales-'));
    cpSync(join(root, 'locales'), locales, { recursive: true });
    const lesson = join(locales, 'ro/lessons/lover-boy.toml');
    writeFileSync(lesson, readFileSync(lesson, 'utf8').replace('title = "Când dragostea e o capcană"', 'title = "Când dragostea e o capcană (ediție corectată)"'));
    execFileSync(SERVER, ['publish', '--key', DEV_KEY, '--locales', locales, '--data', data]);

    await page.clock.fastForward('06:00:05');
    await page.waitForFunction(() => localStorage.getItem('veriga.content.ro') !== null, null, { timeout: 15000 });
    assert.equal(await page.getByTestId('lesson-title').innerText(), oldTitle, 'not swapped mid-lesson');
    assert.match(await page.getByTestId('lesson-step').innerText(), /Pasul 3 din/);

    await followLink(page, page.getByRole('navigation').getByRole('link', { name: 'Acasă' }));
    assert.match(await page.locator('a.lesson-link[href="/ro/l/lover-boy"]').innerText(), /ediție corectată/, 'new text after navigating');
    await page.getByRole('navigation').getByRole('link', { name: 'Confidențialitate' }).click();
    assert.match(await page.getByTestId('content-source').innerText(), /actualizat/);

    await page.reload();
    await appReady(page);
    // The prerendered page has the old title: the worker serves the app, which has the new one.
    const served = await page.goto(`${live.url}/l/lover-boy`);
    assert.ok(served.fromServiceWorker());
    assert.ok(!(await served.text()).includes('data-testid="lesson-title"'), 'no stale prerendered lesson first');
    await appReady(page);
    assert.match(await page.getByTestId('lesson-title').innerText(), /ediție corectată/, 'kept on the device');
    assert.deepEqual(problems, []);
    await context.close();
    await live.stop();
  });
});

describe('a prerendered page never hides newer verified text', () => {
  test('with no service worker to serve the app, the lesson module hands a stale page to the app', async () => {
    const { context, page, problems } = await newPage(browser, server.url, { locale: 'ro-RO', serviceWorkers: 'block' });
    const body = envelope(JSON.stringify(corrected()));
    await context.route('**/api/v1/content/ro', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', headers: { etag: '"corrected"' }, body }),
    );
    const title = builtIn.lessons.find((l) => l.id === 'lover-boy').title;
    await page.goto(`${server.url}/l/lover-boy`);
    await appReady(page);
    assert.equal(await page.getAttribute('html', 'data-enhanced'), 'lesson');
    await page.waitForFunction(() => localStorage.getItem('veriga.content.ro') !== null);
    assert.equal(await page.getByTestId('lesson-title').innerText(), title, 'not swapped mid-lesson');

    // The server answers the built-in page again; the device holds newer verified text.
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.enhanced === 'app');
    assert.match(await page.getByTestId('lesson-title').innerText(), /\(corectat\)/);
    assert.equal(await page.locator('main').count(), 1);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
