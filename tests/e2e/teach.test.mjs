// The teacher area: a page and wasm module of its own. A student never downloads it; a teacher
// picks lessons, types the class's slogan, downloads one ZIP whose PDF scans, prints the help
// line and matches the `posters` command byte for byte; bad input is refused without losing
// anything; the font and the other languages' texts it fetches fail with a message and no lost
// choice, and load on a later try; and once opened it works offline, in every language.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ANCHOR_TEL, SERVER, appReady, launchBrowser, newPage, startServer, waitUntil } from './harness.mjs';

const browser = await launchBrowser();
after(() => browser.close());

const root = new URL('../..', import.meta.url).pathname;
const messages = (lang, file) =>
  Object.fromEntries(
    readFileSync(join(root, 'locales', lang, file), 'utf8')
      .split('\n')
      .filter((line) => /^[a-z0-9-]+ = /.test(line))
      .map((line) => [line.slice(0, line.indexOf(' = ')), line.slice(line.indexOf(' = ') + 3)]),
  );
const teachTexts = (lang) => messages(lang, 'teach.ftl');
/** A lesson's own slogan in `lang`, as its lesson file names it. */
const lessonSlogan = (lang, id) =>
  JSON.parse(/^slogan = (".*")$/m.exec(readFileSync(join(root, 'locales', lang, 'lessons', `${id}.toml`), 'utf8'))[1]);
/** Waits until the lesson rows are the poster language's: the lesson's own slogan is offered. */
const rowsIn = (page, lang) =>
  page.waitForFunction(
    (slogan) => document.querySelector('[data-testid=slogan-lover-boy] option[value=lesson]')?.textContent === slogan,
    lessonSlogan(lang, 'lover-boy'),
  );
const ro = teachTexts('ro');
const SLOGAN = 'Prietenia adevărată nu-ți cere să taci. Întreabă!';
const CREDIT = 'Clasa a VIII-a B, Școala Gimnazială nr. 3';
const TAG = 'sc3-dolj';
const LESSONS = ['online-friends', 'lover-boy'];

/**
 * The page is drawn and the font has arrived: the form has been checked, and Download says why
 * it waits (the page opens with no lesson ticked).
 */
async function teacherReady(page) {
  await page.getByTestId('tool').waitFor({ timeout: 15000 });
  await page.waitForFunction(() => document.querySelector('[data-testid=why]')?.textContent !== '', undefined, { timeout: 15000 });
}

const statusIs = (page, message) =>
  page.waitForFunction((text) => document.querySelector('[data-testid=status]')?.textContent === text, message);

/** Ticks exactly `lessons`, each with the class's own slogan. */
async function fillForm(page, { lessons = LESSONS, slogan = SLOGAN, tag = TAG, credit = CREDIT } = {}) {
  await page.getByTestId('none').click();
  for (const id of lessons) {
    await page.getByTestId(`lesson-${id}`).check();
    await page.getByTestId(`slogan-${id}`).selectOption('own');
    await page.getByTestId(`own-${id}`).fill(slogan);
  }
  await page.getByTestId('tag').fill(tag);
  await page.getByTestId('credit').fill(credit);
}

async function downloadZip(page) {
  const folder = mkdtempSync(join(tmpdir(), 'veriga-teach-'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
  const zip = join(folder, download.suggestedFilename());
  await download.saveAs(zip);
  return { folder, zip };
}

const run = (command, args) => execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Every QR code of every page, read by zbar at 300 dpi: sticker labels one by one. */
function decodeAll(pdf, folder) {
  const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))[1]);
  const perPage = [];
  for (let number = 1; number <= pages; number += 1) {
    const text = run('pdftotext', ['-f', `${number}`, '-l', `${number}`, pdf, '-']);
    const stickers = (text.match(/0800 800 678/g) || []).length === 21;
    const crops = [];
    if (stickers) {
      const px = (mm) => Math.round((mm / 25.4) * 300);
      for (let row = 0; row < 7; row += 1) {
        for (let column = 0; column < 3; column += 1) {
          crops.push(['-x', `${px(7.2 + 66 * column)}`, '-y', `${px(15.15 + 38.1 * row)}`, '-W', `${px(63.5)}`, '-H', `${px(38.1)}`]);
        }
      }
    } else {
      crops.push([]);
    }
    const codes = [];
    crops.forEach((crop, index) => {
      const prefix = join(folder, `p${number}-${index}`);
      run('pdftoppm', ['-r', '300', '-gray', '-singlefile', '-f', `${number}`, '-l', `${number}`, ...crop, pdf, prefix]);
      codes.push(...run('zbarimg', ['--nodbus', '-q', '--raw', `${prefix}.pgm`]).trim().split('\n'));
    });
    perPage.push({ number, text, codes, expectedCodes: crops.length });
  }
  return perPage;
}

describe('the teacher area', () => {
  test('a student never loads it; Home links to it; it shows the guide and the help line', async (t) => {
    const server = await startServer();
    t.after(() => server.stop());
    const { page, problems, foreignRequests } = await newPage(browser, server.url, { locale: 'ro-RO' });
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}/l/lover-boy`);
    await appReady(page);
    await page.goto(server.url);
    await appReady(page);
    assert.deepEqual(requested.filter((path) => path.startsWith('/teach')), [], 'the student path fetched teacher files');
    await page.getByTestId('teachers-link').click();
    await teacherReady(page);
    assert.equal(new URL(page.url()).pathname, '/teach/');
    assert.ok(await page.getByTestId('guide').isVisible());
    assert.equal(await page.locator('h1').innerText(), ro['teach-title']);
    assert.ok(await page.locator(`a[href="${ANCHOR_TEL}"]`).first().isVisible(), 'the help line on the teacher page');
    assert.deepEqual(problems, []);
    assert.deepEqual(foreignRequests, []);
  });

  test('two lessons with a class slogan: the ZIP scans, prints the help line and equals the CLI pack', async (t) => {
    const server = await startServer();
    t.after(() => server.stop());
    const { page, problems } = await newPage(browser, server.url, { locale: 'ro-RO', acceptDownloads: true });
    await page.goto(`${server.url}/teach/`);
    await teacherReady(page);
    await fillForm(page);
    await page.waitForFunction(() => document.querySelectorAll('#preview figure').length === 6);
    assert.ok(await page.getByTestId('download').isEnabled());
    const { folder, zip } = await downloadZip(page);
    assert.match(zip, /veriga-posters-ro-sc3-dolj\.zip$/);
    await page.waitForFunction(() => document.querySelector('[data-testid=status]')?.dataset.pages === '6');

    run('unzip', ['-q', zip, '-d', join(folder, 'out')]);
    const pdf = join(folder, 'out', 'posters.pdf');
    assert.deepEqual(readdirSync(join(folder, 'out', 'svg')).length, 6);
    assert.match(run('pdffonts', [pdf]), /VerigaPosterSans-Bold\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    const pages = decodeAll(pdf, folder);
    assert.equal(pages.length, 6);
    const expected = (lesson) => `${server.url}/l/${lesson}?k=${TAG}`;
    pages.forEach((page, index) => {
      const lesson = LESSONS[Math.floor(index / 3)];
      assert.equal(page.codes.length, page.expectedCodes, `page ${page.number}: every code decodes`);
      assert.ok(page.codes.every((code) => code === expected(lesson)), `page ${page.number}: ${page.codes}`);
      assert.ok(page.text.includes('0800 800 678'), `page ${page.number} prints the help line`);
    });
    const posterText = pages[0].text.replace(/\s+/g, ' ');
    assert.ok(posterText.includes('Prietenia adevărată nu-ți cere să taci.'), posterText);
    assert.ok(posterText.includes('Școala Gimnazială'), posterText);

    const cli = join(folder, 'cli.zip');
    run(SERVER, [
      'posters', '--origin', server.url, '--lang', 'ro', '--lessons', LESSONS.join(','),
      '--formats', 'a4,a3,stickers', '--campaign', TAG, '--credit', CREDIT, '--slogan', SLOGAN,
      '--locales', join(root, 'locales'), '--out', cli,
    ]);
    assert.ok(readFileSync(cli).equals(readFileSync(zip)), 'the browser and the CLI made different bytes');
    assert.deepEqual(problems, []);
  });

  test('a slogan with a phone number is refused with the message, and nothing is lost', async (t) => {
    const server = await startServer();
    t.after(() => server.stop());
    const { page } = await newPage(browser, server.url, { locale: 'ro-RO', acceptDownloads: true });
    await page.goto(`${server.url}/teach/`);
    await teacherReady(page);
    await fillForm(page, { slogan: 'Sună-mă la 0722 123 456!' });
    await page.waitForFunction(
      (message) => document.querySelector('[data-testid=error-own-lover-boy]')?.textContent === message,
      ro['err-slogan-phone'],
    );
    assert.ok(await page.getByTestId('download').isDisabled());
    await page.getByTestId('tag').fill('Școala 3!');
    assert.equal(await page.getByTestId('error-tag').innerText(), ro['err-tag']);
    assert.equal(await page.getByTestId('credit').inputValue(), CREDIT, 'the credit line was kept');
    assert.ok(await page.getByTestId('lesson-online-friends').isChecked(), 'the lessons were kept');

    await page.getByTestId('own-lover-boy').fill(SLOGAN);
    await page.getByTestId('own-online-friends').fill(SLOGAN);
    await page.getByTestId('tag').fill(TAG);
    assert.equal(await page.getByTestId('error-own-lover-boy').innerText(), '');
    assert.ok(await page.getByTestId('download').isEnabled());
  });

  test('with no lesson or no format, Download is disabled and says why', async (t) => {
    const server = await startServer();
    t.after(() => server.stop());
    const { page } = await newPage(browser, server.url, { locale: 'ro-RO' });
    await page.goto(`${server.url}/teach/`);
    await teacherReady(page);
    await page.getByTestId('none').click();
    assert.ok(await page.getByTestId('download').isDisabled());
    assert.equal(await page.getByTestId('why').innerText(), ro['tool-why-no-lessons']);
    await page.getByTestId('all').click();
    for (const format of ['a4', 'a3', 'stickers']) await page.getByTestId(`format-${format}`).uncheck();
    assert.ok(await page.getByTestId('download').isDisabled());
    assert.equal(await page.getByTestId('why').innerText(), ro['tool-why-no-formats']);
    await page.getByTestId('format-stickers').check();
    assert.ok(await page.getByTestId('download').isEnabled());
    assert.equal(await page.getByTestId('why').innerText(), '');
  });

  test('in Hungarian the tool speaks Hungarian and the posters print ő and ű', async (t) => {
    const server = await startServer();
    t.after(() => server.stop());
    const { page } = await newPage(browser, server.url, { locale: 'hu-HU', acceptDownloads: true });
    await page.goto(`${server.url}/teach/`);
    await teacherReady(page);
    assert.equal(await page.locator('h1').innerText(), teachTexts('hu')['teach-title']);
    await fillForm(page, { lessons: ['lover-boy'], slogan: 'Az igazi barát nem kér titkot. Szólj időben!', credit: '8. B osztály, Műszaki Líceum' });
    await page.getByTestId('format-a3').uncheck();
    await page.getByTestId('format-stickers').uncheck();
    const { folder, zip } = await downloadZip(page);
    run('unzip', ['-q', zip, '-d', join(folder, 'out')]);
    const text = run('pdftotext', [join(folder, 'out', 'posters.pdf'), '-']);
    for (const letters of ['ő', 'ű', 'á', 'é']) assert.ok(text.includes(letters), `${letters} in ${text}`);
    assert.ok(text.includes('0800 800 678'));
  });

  test("switching the page's language keeps every choice", async (t) => {
    const server = await startServer();
    t.after(() => server.stop());
    const { page } = await newPage(browser, server.url, { locale: 'ro-RO' });
    await page.goto(`${server.url}/teach/`);
    await teacherReady(page);
    await fillForm(page);
    await page.getByTestId('ui-lang').selectOption('en');
    await page.waitForFunction((title) => document.querySelector('h1')?.textContent === title, teachTexts('en')['teach-title']);
    assert.equal(await page.getByTestId('ui-lang').getAttribute('aria-label'), teachTexts('en')['teach-page-language']);
    assert.equal(await page.getByTestId('tag').inputValue(), TAG);
    assert.equal(await page.getByTestId('credit').inputValue(), CREDIT);
    assert.equal(await page.getByTestId('own-lover-boy').inputValue(), SLOGAN);
    assert.ok(await page.getByTestId('lesson-online-friends').isChecked());
    assert.ok(!(await page.getByTestId('lesson-my-info').isChecked()));
    assert.equal(await page.getByTestId('poster-lang').inputValue(), 'ro', 'the posters stay Romanian');
    assert.equal(await page.evaluate(() => localStorage.getItem('veriga.lang')), 'en', 'the student app follows');
  });

  test('once opened, it works offline, in every language', async (t) => {
    const server = await startServer();
    t.after(() => server.stop());
    const { page } = await newPage(browser, server.url, { locale: 'ro-RO', acceptDownloads: true });
    await page.goto(`${server.url}/teach/`);
    await teacherReady(page);
    await waitUntil(
      page,
      async () => {
        const keys = await Promise.all((await caches.keys()).map(async (name) => (await caches.open(name)).keys()));
        const paths = keys.flat().map((request) => new URL(request.url).pathname);
        return (
          ['/teach/index.html', '/teach/poster.ttf', '/teach/texts/en.txt', '/teach/texts/hu.txt'].every((path) => paths.includes(path)) &&
          paths.some((path) => /^\/teach\/veriga-teach-.*\.wasm$/.test(path))
        );
      },
      undefined,
      { what: 'the teacher area, its font and every language stored offline' },
    );
    await server.stop();
    await page.reload();
    await teacherReady(page);
    await fillForm(page, { lessons: ['lover-boy'] });
    const { zip } = await downloadZip(page);
    assert.ok(readFileSync(zip).length > 10000, 'a pack made offline');

    // Languages the page never showed while online: their texts come from the worker too.
    await page.getByTestId('ui-lang').selectOption('en');
    await page.waitForFunction((title) => document.querySelector('h1')?.textContent === title, teachTexts('en')['teach-title']);
    await page.getByTestId('poster-lang').selectOption('hu');
    await rowsIn(page, 'hu');
    await fillForm(page, { lessons: ['lover-boy'], slogan: 'Az igazi barát nem kér titkot. Szólj időben!', credit: '8. B osztály, Műszaki Líceum' });
    const hu = await downloadZip(page);
    assert.match(hu.zip, /veriga-posters-hu-sc3-dolj\.zip$/);
    run('unzip', ['-q', hu.zip, '-d', join(hu.folder, 'out')]);
    assert.ok(run('pdftotext', [join(hu.folder, 'out', 'posters.pdf'), '-']).includes('0800 800 678'));
  });

  test('a font that cannot be fetched, or is not the one built with, shows the error and keeps the form; a later try works', async (t) => {
    const server = await startServer();
    t.after(() => server.stop());
    // page.route sees no request a service worker answers.
    const { page } = await newPage(browser, server.url, { locale: 'ro-RO', acceptDownloads: true, serviceWorkers: 'block' });
    let font = 'offline';
    let tries = 0;
    await page.route('**/teach/poster.ttf', async (route) => {
      tries += 1;
      if (font === 'offline') return route.abort('internetdisconnected');
      if (font === 'changed') {
        const response = await route.fetch();
        const body = await response.body();
        body[body.length >> 1] ^= 1;
        return route.fulfill({ response, body });
      }
      return route.continue();
    });
    await page.goto(`${server.url}/teach/`);
    await page.getByTestId('tool').waitFor({ timeout: 15000 });
    await statusIs(page, ro['err-font']);
    await fillForm(page);
    assert.equal(await page.locator('#preview figure').count(), 0, 'no preview without the font');

    font = 'changed';
    await page.evaluate(() => {
      document.querySelector('[data-testid=status]').textContent = '';
    });
    await page.getByTestId('download').click();
    await statusIs(page, ro['err-font']);
    assert.equal(tries, 2, 'Download asked for the font again, and refused the changed bytes');

    font = 'served';
    const { zip } = await downloadZip(page);
    assert.match(zip, /veriga-posters-ro-sc3-dolj\.zip$/);
    await page.waitForFunction(() => document.querySelector('[data-testid=status]')?.dataset.pages === '6');
    assert.equal(await page.getByTestId('tag').inputValue(), TAG);
    assert.equal(await page.getByTestId('credit').inputValue(), CREDIT);
    assert.equal(await page.getByTestId('own-lover-boy').inputValue(), SLOGAN);
    assert.ok(await page.getByTestId('lesson-online-friends').isChecked());
    assert.ok(!(await page.getByTestId('lesson-my-info').isChecked()));
    await page.waitForFunction(() => document.querySelectorAll('#preview figure').length === 6);
  });

  test("a language whose texts cannot be fetched says so, keeps the page and every choice; a later try works", async (t) => {
    const server = await startServer();
    t.after(() => server.stop());
    const { page } = await newPage(browser, server.url, { locale: 'ro-RO', serviceWorkers: 'block' });
    let offline = true;
    await page.route('**/teach/texts/*.txt', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(`${server.url}/teach/`);
    await teacherReady(page);
    await fillForm(page);
    const failed = (lang) => ro['err-texts'].replace('{ $lang }', messages(lang, 'ui.ftl')['language-name']);

    await page.getByTestId('ui-lang').selectOption('en');
    await statusIs(page, failed('en'));
    assert.equal(await page.locator('h1').innerText(), ro['teach-title'], 'the page stays Romanian');
    assert.equal(await page.getByTestId('ui-lang').inputValue(), 'ro');
    await page.getByTestId('poster-lang').selectOption('hu');
    await statusIs(page, failed('hu'));
    assert.equal(await page.getByTestId('poster-lang').inputValue(), 'ro', 'the posters stay Romanian');
    assert.equal(await page.getByTestId('tag').inputValue(), TAG);
    assert.equal(await page.getByTestId('own-lover-boy').inputValue(), SLOGAN);
    assert.ok(await page.getByTestId('lesson-online-friends').isChecked());
    assert.ok(await page.getByTestId('download').isEnabled());

    offline = false;
    await page.getByTestId('ui-lang').selectOption('en');
    await page.waitForFunction((title) => document.querySelector('h1')?.textContent === title, teachTexts('en')['teach-title']);
    assert.equal(await page.getByTestId('tag').inputValue(), TAG);
    assert.equal(await page.getByTestId('own-lover-boy').inputValue(), SLOGAN);
    await page.getByTestId('poster-lang').selectOption('hu');
    await rowsIn(page, 'hu');
    assert.equal(await page.getByTestId('poster-lang').inputValue(), 'hu');
    assert.ok(await page.getByTestId('lesson-online-friends').isChecked(), 'the ticks carry over to the language');
  });
});
