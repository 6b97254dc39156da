// Veriga's benchmark: the student's path and the teacher's tool measured in a real browser,
// with peers side by side. Not part of the test command: budgets are goals this reports.
//   ./bench/run.sh            (builds, installs the benchmark's tools, runs this)
// Prints one table and writes bench/report.json.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ANCHOR_TEL, BROWSER_ARGS, DIST, launchBrowser, offlineReady, startServer } from '../tests/e2e/harness.mjs';
import { measurePosters } from './posters.mjs';

const RUNS = 5;
const LESSON = '/l/lover-boy';
const SLOW_4G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1474.56 * 1024) / 8,
  uploadThroughput: (675 * 1024) / 8,
};
const KB = 1024;
const BUDGETS = {
  student_wasm_js_br_bytes: { max: 60 * KB },
  student_first_load_br_bytes: { max: 100 * KB },
  student_first_card_br_bytes: { max: 30 * KB },
  help_visible_ms_slow4g: { max: 1000 },
  first_card_ms_slow4g: { max: 1000 },
  first_card_after_help_ms_slow4g: { max: 150 },
  lesson_enhanced_ms_slow4g: { max: 2500 },
  offline_repeat_ms: { max: 500 },
  lighthouse_performance: { min: 95 },
  lighthouse_accessibility: { min: 100 },
  poster_pack_ms: { max: 1000 },
  poster_pack_ratio_vs_js: { max: 1 },
  teacher_module_br_bytes: { max: 80 * KB },
};

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted.at(-1), runs: values.length };
};

/**
 * Records, from navigation start, when the help line is on screen, when the lesson's first
 * card is (readable, from the prerendered page), and when the lesson module has taken over
 * the page in place (`<html data-enhanced>`: progress, read-aloud and updates are live).
 */
function timingProbe(tel) {
  const shown = (selector) => {
    const element = document.querySelector(selector);
    return element && element.getBoundingClientRect().height > 0;
  };
  const look = () => {
    const now = performance.now();
    if (window.__help === undefined && shown(`a[href="${tel}"]`)) window.__help = now;
    if (window.__card === undefined && shown('[data-testid=lesson-card]')) window.__card = now;
    if (window.__lesson === undefined && document.documentElement.dataset.enhanced && shown('main#main [data-testid=lesson-next]')) window.__lesson = now;
    if (window.__help === undefined || window.__card === undefined || window.__lesson === undefined) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

async function measureVisit(context, url, { network }) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url);
  await page.waitForFunction(() => window.__help !== undefined && window.__card !== undefined && window.__lesson !== undefined, null, { timeout: 60000 });
  const result = await page.evaluate(() => ({ help: window.__help, card: window.__card, lesson: window.__lesson }));
  await page.close();
  return result;
}

/** What a first visit downloads, fetched again with `Accept-Encoding: br` as a phone on HTTPS gets it. */
async function firstVisitBytes(browser, origin, path, ready = '#main') {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'ro-RO' });
  const page = await context.newPage();
  const urls = new Set();
  page.on('requestfinished', (request) => urls.add(request.url()));
  await page.goto(origin + path);
  await page.waitForSelector(ready);
  await page.waitForLoadState('networkidle');
  await context.close();
  const split = { html: 0, js: 0, wasm: 0, css: 0, content: 0, other: 0 };
  for (const url of urls) {
    const { bytes, type } = await rawGet(url, { 'accept-encoding': 'br' });
    const kind = type.startsWith('text/html') ? 'html'
      : type.includes('javascript') ? 'js'
        : type === 'application/wasm' ? 'wasm'
          : type.startsWith('text/css') ? 'css'
            : new URL(url).pathname.startsWith('/content/') ? 'content' : 'other';
    split[kind] += bytes;
  }
  return split;
}

/** The body as sent (still compressed) and its type; fetch() would decompress it. */
function rawGet(url, headers) {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk) => (bytes += chunk.length));
      response.on('end', () => resolve({ bytes, type: response.headers['content-type'] ?? '' }));
    }).on('error', reject);
  });
}

async function lighthouse(url) {
  const out = join(mkdtempSync(join(tmpdir(), 'veriga-lh-')), 'report.json');
  execFileSync(new URL('./node_modules/.bin/lighthouse', import.meta.url).pathname, [
    url, '--quiet', '--form-factor=mobile', '--output=json', `--output-path=${out}`,
    '--only-categories=performance,accessibility,best-practices',
    `--chrome-flags=--headless=new ${BROWSER_ARGS.join(' ')}`,
  ], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' }, stdio: 'ignore' });
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const score = (id) => Math.round(report.categories[id].score * 100);
  return { performance: score('performance'), accessibility: score('accessibility'), best_practices: score('best-practices') };
}

/** 304 revalidations per second and p99 latency, by wrk, for one URL and its ETag. */
function revalidate(url) {
  const etag = execFileSync('curl', ['-sI', url]).toString().match(/^etag: (.*)$/im)[1].trim();
  const out = execFileSync('wrk', ['-t2', '-c32', '-d5s', '--latency', '-H', `If-None-Match: ${etag}`, url]).toString();
  const status = execFileSync('curl', ['-s', '-o', '/dev/null', '-w', '%{http_code}', '-H', `If-None-Match: ${etag}`, url]).toString();
  if (status !== '304') throw new Error(`${url} answered ${status} to its own ETag`);
  const rps = Number(out.match(/Requests\/sec:\s+([\d.]+)/)[1]);
  const [, value, unit] = out.match(/99%\s+([\d.]+)(us|ms|s)/);
  const p99 = Number(value) * { us: 0.001, ms: 1, s: 1000 }[unit];
  return { rps, p99 };
}

async function nginx(root) {
  const dir = mkdtempSync(join(tmpdir(), 'veriga-nginx-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  writeFileSync(join(dir, 'nginx.conf'), `daemon off; worker_processes auto; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 1024; }
http { access_log off; etag on; server { listen 127.0.0.1:${port}; root ${root}; } }\n`);
  const child = spawn('nginx', ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: 'ignore' });
  for (let i = 0; i < 50; i += 1) {
    try { await fetch(`http://127.0.0.1:${port}/`); break; } catch { await new Promise((r) => setTimeout(r, 100)); }
  }
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

const report = {};
const notes = {};
const server = await startServer();
const browser = await launchBrowser();
try {
  const bytes = await firstVisitBytes(browser, server.url, LESSON);
  for (const [kind, value] of Object.entries(bytes)) report[`student_first_load_br_bytes_${kind}`] = value;
  report.student_first_load_br_bytes = Object.values(bytes).reduce((a, b) => a + b, 0);
  report.student_wasm_js_br_bytes = bytes.wasm + bytes.js;
  // Before the first card paints, only the page itself is needed: its CSS is inline and every
  // script is async or a module.
  report.student_first_card_br_bytes = bytes.html;
  const teachBytes = await firstVisitBytes(browser, server.url, '/teach/', '[data-testid=tool]');
  for (const [kind, value] of Object.entries(teachBytes)) report[`teach_first_load_br_bytes_${kind}`] = value;
  report.teach_first_load_br_bytes = Object.values(teachBytes).reduce((a, b) => a + b, 0);
  report.teacher_module_br_bytes = teachBytes.wasm + teachBytes.js;
  notes.teacher_module_br_bytes = 'the teacher wasm and its JS (glue and loader); the Romanian teacher texts are inside, the poster font and the other languages\' texts are cached files it fetches (counted under "other" in teach_first_load)';

  Object.assign(report, await measurePosters(browser, server.url, { runs: RUNS, stats }));
  notes.poster_pack_ms = 'ours: layout, PDF, 45 SVGs and the ZIP, timed inside the page (status data-ms); the peer: the PDF only';

  const help = [];
  const card = [];
  const cardAfterHelp = [];
  const lesson = [];
  for (let i = 0; i < RUNS; i += 1) {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 640 }, locale: 'ro-RO' });
    await context.addInitScript(timingProbe, ANCHOR_TEL);
    const run = await measureVisit(context, server.url + LESSON, { network: SLOW_4G });
    help.push(run.help);
    card.push(run.card);
    cardAfterHelp.push(run.card - run.help);
    lesson.push(run.lesson);
    await context.close();
  }
  report.help_visible_ms_slow4g = stats(help);
  report.first_card_ms_slow4g = stats(card);
  report.first_card_after_help_ms_slow4g = stats(cardAfterHelp);
  report.lesson_enhanced_ms_slow4g = stats(lesson);

  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: 'ro-RO' });
  await context.addInitScript(timingProbe, ANCHOR_TEL);
  const warm = await context.newPage();
  await warm.goto(server.url + LESSON);
  await offlineReady(warm, 'ro');
  await context.setOffline(true);
  const offlineHelp = [];
  const offlineLesson = [];
  for (let i = 0; i < RUNS; i += 1) {
    const run = await measureVisit(context, server.url + LESSON, { network: null });
    offlineHelp.push(run.help);
    offlineLesson.push(run.lesson);
  }
  await context.close();
  report.offline_repeat_ms = stats(offlineHelp);
  report.offline_lesson_interactive_ms = stats(offlineLesson);
} finally {
  await browser.close();
}

const scores = { home: await lighthouse(`${server.url}/`), lesson: await lighthouse(server.url + LESSON) };
for (const [page, values] of Object.entries(scores)) {
  for (const [category, value] of Object.entries(values)) report[`lighthouse_${category}_${page}`] = value;
}
report.lighthouse_performance = Math.min(scores.home.performance, scores.lesson.performance);
report.lighthouse_accessibility = Math.min(scores.home.accessibility, scores.lesson.accessibility);
report.lighthouse_best_practices = Math.min(scores.home.best_practices, scores.lesson.best_practices);

const peer = await nginx(DIST);
try {
  const ours = revalidate(`${server.url}/content/ro.json`);
  const theirs = revalidate(`${peer.url}/content/ro.json`);
  report.server_304_rps = ours.rps;
  report.nginx_304_rps = theirs.rps;
  report.server_304_ratio_vs_nginx = Number((ours.rps / theirs.rps).toFixed(3));
  report.server_304_p99_ms = ours.p99;
  report.nginx_304_p99_ms = theirs.p99;
  notes.server_304_rps = 'the built-in pack as a static file (same asset path and ETag code as the app); the signed-pack API rate-limits one address, so wrk from loopback would measure 429s';
} finally {
  peer.stop();
  await server.stop();
}

const value = (v) => (v && typeof v === 'object' ? v.median : v);
const budgets = {};
for (const [key, budget] of Object.entries(BUDGETS)) {
  const v = value(report[key]);
  const held = v === null || v === undefined ? null : budget.max !== undefined ? v <= budget.max : v >= budget.min;
  budgets[key] = { ...budget, value: v ?? null, held };
}
writeFileSync(new URL('./report.json', import.meta.url), `${JSON.stringify({ ...report, budgets, notes, runs: RUNS, date: new Date().toISOString() }, null, 2)}\n`);

const rows = Object.entries(report).map(([key, v]) => {
  const fixed = (x) => (Math.abs(x) < 10 ? x.toFixed(3) : x.toFixed(0));
  const shown = v && typeof v === 'object' ? `${fixed(v.median)} (min ${fixed(v.min)}, max ${fixed(v.max)})` : String(v);
  const budget = budgets[key];
  const verdict = !budget ? '' : budget.held === null ? 'not measured' : budget.held ? 'held' : 'MISSED';
  const limit = !budget ? '' : budget.max !== undefined ? `<= ${budget.max}` : `>= ${budget.min}`;
  return [key, shown, limit, verdict];
});
const width = rows.reduce((w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)), []);
for (const row of [['figure', 'value', 'budget', ''], ...rows]) console.log(row.map((cell, i) => cell.padEnd(width[i] ?? 0)).join('  '));
console.log('\nwritten: bench/report.json');
