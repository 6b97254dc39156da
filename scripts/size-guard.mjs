// The student bundle's size guard, run by the test command: the wasm and JS a QR scan
// downloads (the lesson module and its glue, and the quick-exit script; the loader is inline in
// every page; the app's module, which other screens load, is printed alongside),
// brotli-compressed, may not grow more than 2 % above the committed baseline.
// Lowering the baseline is an ordinary commit; raising it needs a line in the commit message
// saying what the bytes buy. It also holds every prerendered student page (<lang>/…/*.html and
// the Romanian copies at the bare paths: all a first card needs, its CSS and loader inline,
// its scripts async or deferred past the first paint) to 14 KB brotli.
//   node scripts/size-guard.mjs [dist] [--write]   (--write records the current size)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv.find((arg, i) => i > 1 && !arg.startsWith('--')) ?? 'dist';
const baselinePath = new URL('../bench/size-baseline.json', import.meta.url);
const TOLERANCE = 1.02;

// The files a first visit runs, as the page's loader names them (the build's word for them, not
// a second copy of Trunk's naming rule).
const page = readFileSync(join(dist, 'index.html'), 'utf8');
const named = (role) => {
  const files = JSON.parse(page.match(new RegExp(`const ${role} = (\\[[^\\]]+\\]);`))?.[1] ?? 'null');
  if (!Array.isArray(files) || files.length !== 2) throw new Error(`expected the page's loader to name the ${role}'s JS glue and wasm in ${dist}/index.html`);
  return files.map((file) => file.replace(/^\//, ''));
};
const [lessonJs, lessonWasm] = named('lesson');
const [appJs, appWasm] = named('app');
const studentFiles = { 'module.js': lessonJs, 'module.wasm': lessonWasm, 'quick-exit.js': 'quick-exit.js' };
const brotli = (name) =>
  brotliCompressSync(readFileSync(join(dist, name)), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 22 },
  }).length;
const sizes = Object.fromEntries(Object.entries(studentFiles).map(([role, name]) => [role, brotli(name)]));
const total = Object.values(sizes).reduce((a, b) => a + b, 0);

if (process.argv.includes('--write')) {
  writeFileSync(baselinePath, `${JSON.stringify({ student_wasm_js_br_bytes: total, files: sizes }, null, 2)}\n`);
  console.log(`size baseline written: ${total} bytes`);
  process.exit(0);
}
const PAGE_LIMIT = 14 * 1024;
const html = (dir) =>
  readdirSync(join(dist, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return path === 'teach' ? [] : html(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
const pages = html('')
  .map((file) => [file, brotli(file)])
  .sort((a, b) => b[1] - a[1]);
const lessonPages = pages.filter(([file]) => /^([a-z]{2,3}\/)?l\//.test(file));
if (lessonPages.length === 0) throw new Error(`no prerendered lesson pages in ${dist}`);
console.log(`prerendered pages, brotli: ${pages.length} (${lessonPages.length} lessons), largest ${pages[0][0]} ${pages[0][1]} bytes (limit ${PAGE_LIMIT})`);
const heavy = pages.filter(([, bytes]) => bytes > PAGE_LIMIT);
if (heavy.length) {
  console.error(`pages over ${PAGE_LIMIT} bytes brotli: ${heavy.map(([id, bytes]) => `${id} ${bytes}`).join(', ')}`);
  process.exit(1);
}

const baseline = JSON.parse(readFileSync(baselinePath, 'utf8')).student_wasm_js_br_bytes;
const limit = Math.floor(baseline * TOLERANCE);
console.log(`the app's module (other screens), brotli: ${brotli(appJs) + brotli(appWasm)} bytes`);
console.log(`student wasm+JS, brotli: ${total} bytes (baseline ${baseline}, limit ${limit}) ${JSON.stringify(sizes)}`);
if (total > limit) {
  console.error(
    `the student bundle grew ${(((total - baseline) / baseline) * 100).toFixed(1)} % over the baseline. ` +
      'Make it smaller, or raise bench/size-baseline.json (node scripts/size-guard.mjs --write) ' +
      'with a line in the commit message saying what the bytes buy.',
  );
  process.exit(1);
}
