// Finishes the staged app for the strict Content-Security-Policy and the boot screen:
// - moves Trunk's inline module loader into a fingerprinted file, so `script-src 'self'` holds;
// - minifies wasm-bindgen's JS glue (Trunk's minifier fails on it), a third of its bytes,
//   and the quick-exit script (its comments are most of it);
// - fills the static page's {{message-key}} placeholders from the Romanian pack, so even the
//   words shown before the wasm loads come from locales/, then prerenders every lesson into a
//   copy of it (l/<id>/index.html);
// - gives the service worker this release's cache version and the list of files to precache.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const staging = process.argv[2];
// `teach` finishes the teacher area's own build (public URL /teach/): loader and glue only.
const teach = process.argv[3] === 'teach';
const base = teach ? '/teach/' : '/';
const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');

const inline = /<script type="?module"?[^>]*>([\s\S]*?)<\/script>/g;
let moved = 0;
html = html.replace(inline, (whole, body) => {
  if (whole.includes(' src=')) return whole;
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const name = `boot-${hash}.js`;
  writeFileSync(join(staging, name), body.trim() + '\n');
  moved += 1;
  return `<script type="module" src="${base}${name}"></script>`;
});
if (moved !== 1) {
  throw new Error(`expected Trunk's one inline loader in index.html, found ${moved}`);
}
if (/<script(?![^>]*\ssrc=)[^>]*>/.test(html)) {
  throw new Error('an inline script is left in index.html; the CSP would block it');
}

for (const name of readdirSync(staging).filter((file) => /^veriga-(app|teach)-[0-9a-f]{8,16}\.js$/.test(file))) {
  const path = join(staging, name);
  const { code } = await minify(readFileSync(path, 'utf8'), { module: true, ecma: 2020 });
  writeFileSync(path, code);
}
const quickExit = join(staging, 'quick-exit.js');
if (!teach && existsSync(quickExit)) {
  const { code } = await minify(readFileSync(quickExit, 'utf8'), { ecma: 2015 });
  writeFileSync(quickExit, code);
}
if (/\sintegrity=/.test(html)) {
  throw new Error('index.html carries integrity hashes; minifying would break them (data-integrity="none")');
}

if (teach) {
  writeFileSync(indexPath, html);
  console.log(`postbuild: teacher area finished (${staging})`);
  process.exit(0);
}

// The teacher area, built just before into target/teach-dist, rides along under /teach/. It
// counts in the release's version but is not precached: only a teacher who opens it stores it.
const teachDist = process.env.VERIGA_TEACH_DIST || 'target/teach-dist';
if (!existsSync(join(teachDist, 'index.html'))) {
  throw new Error(`${teachDist}/index.html is missing: build the teacher area first (scripts/build.sh does)`);
}
cpSync(teachDist, join(staging, 'teach'), { recursive: true });

const pack = JSON.parse(readFileSync(join(staging, 'content', 'ro.json'), 'utf8'));
const escape = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
html = html.replace(/\{\{([a-z0-9-]+)\}\}/g, (_, key) => {
  if (!(key in pack.ui)) throw new Error(`index.html names the unknown message ${key}`);
  return escape(pack.ui[key]);
});
writeFileSync(indexPath, html);

// The student pages, prerendered into the filled page (app/src/prerender.rs says how).
const prerender = process.env.VERIGA_PRERENDER;
if (!prerender) throw new Error('VERIGA_PRERENDER names the veriga-prerender binary (scripts/postbuild.sh builds it)');
execFileSync(prerender, [staging], { stdio: 'inherit' });

// The version names the release by its content: any changed byte gives a new cache, and a
// rebuild of the same source gives the same one.
const files = (dir, prefix = '') =>
  readdirSync(join(staging, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
const all = files('.').filter((file) => file !== 'sw.js').sort();
const digest = createHash('sha256');
for (const file of all) digest.update(file).update(readFileSync(join(staging, file)));
const version = digest.digest('hex').slice(0, 16);
// Language packs are cached when the page names the language in use (see the app's offline.rs).
// The prerendered pages (<route>/index[.<lang>].html) are for first visits; once the worker
// runs, the app itself is there.
const prerendered = /\/index(\.[a-z]{2,3})?\.html$/;
const shell = all
  .filter((file) => !file.startsWith('content/') && !file.startsWith('teach/') && !prerendered.test(file))
  .map((file) => `/${file}`);
const swPath = join(staging, 'sw.js');
const sw = readFileSync(swPath, 'utf8')
  .replace("'__VERIGA_VERSION__'", JSON.stringify(version))
  .replace('__VERIGA_SHELL__', JSON.stringify(shell));
if (sw.includes('__VERIGA_')) throw new Error('sw.js placeholders left unfilled');
writeFileSync(swPath, sw);
console.log(`postbuild: loader moved to a file, boot screen filled from ro (${staging})`);
