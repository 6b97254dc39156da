// Finishes the staged app for the strict Content-Security-Policy and the boot screen:
// - rewrites Trunk's inline module loader. The student's stays inline (the server's CSP names
//   it by hash; as a file it cost a round trip, ~0.56 s on Slow 4G, before the wasm was even
//   asked for) and starts the wasm only after the page's first paint (the first card is
//   readable before any code arrives), with the module, the wasm and the page language's pack
//   then fetched side by side; Trunk's preload hints, which would fetch them alongside the
//   page, are dropped. A lesson's page (`data-enhance="lesson"`) starts the lesson module
//   (lesson/, built just before into target/lesson-dist) instead of the app; the module starts
//   the app through `verigaApp` when the device holds a newer verified update. The teacher
//   area's loader moves into a fingerprinted file (`script-src 'self'`);
// - minifies wasm-bindgen's JS glue (Trunk's minifier fails on it), a third of its bytes,
//   and the quick-exit script (its comments are most of it);
// - prerenders every student page into a copy of it, in every language, its {{message-key}}
//   placeholders filled from that language's pack (app/src/prerender.rs), so even the words
//   shown before the wasm loads come from locales/;
// - gives the service worker this release's cache version, the files to precache on install
//   and the prerendered pages of each language.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const staging = process.argv[2];
// `teach` finishes the teacher area's own build (public URL /teach/): loader and glue only;
// `lesson` the lesson module's: its glue only (the app's build reads its loader).
const teach = process.argv[3] === 'teach';
const lessonModule = process.argv[3] === 'lesson';
const base = teach ? '/teach/' : '/';
const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');

const inline = /<script type="?module"?[^>]*>([\s\S]*?)<\/script>/g;
let moved = 0;
// The student's loader, deferred past the first paint: a frame's callbacks run before its
// paint, so the second frame's come after the first card is on screen (at once in a hidden
// tab). Inline, one frame was not enough: the wasm's request began before the first paint
// was presented, and Lighthouse then counted the whole download into the page's paint.
// The module's JS glue and wasm, as Trunk's loader names them: the build's own word for its
// files, so no second copy of Trunk's naming rule (the server's `is_fingerprinted` is the one).
const modules = [];
const loaderFiles = (body) => {
  const js = /from '([^']+\.js)'/.exec(body);
  const wasm = /module_or_path: '([^']+\.wasm)'/.exec(body);
  if (!js || !wasm) throw new Error(`Trunk's loader changed shape:\n${body}`);
  modules.push(js[1].slice(base.length), wasm[1].slice(base.length));
  return { js, wasm };
};
// The lesson module's two files, as its own build's loader names them.
const lessonFiles = () => {
  const dir = process.env.VERIGA_LESSON_DIST || 'target/lesson-dist';
  const page = join(dir, 'index.html');
  if (!existsSync(page)) throw new Error(`${page} is missing: build the lesson module first (scripts/build.sh does)`);
  const body = new RegExp(inline.source).exec(readFileSync(page, 'utf8'))?.[1];
  if (!body) throw new Error(`${page} has no Trunk loader`);
  const { js, wasm } = loaderFiles(body);
  for (const file of [js[1], wasm[1]]) cpSync(join(dir, file), join(staging, file));
  return [js[1], wasm[1]];
};
const deferred = (body) => {
  const lesson = lessonFiles();
  const { js, wasm } = loaderFiles(body);
  return `const load = async ([js, wasm]) => {
  const hint = (href, type) => {
    const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href, crossOrigin: 'anonymous' });
    if (type) link.type = type;
    document.head.append(link);
  };
  hint(wasm, 'application/wasm');
  hint(\`/content/\${document.documentElement.lang}.json\`);
  const bindings = await import(js);
  await bindings.default({ module_or_path: wasm });
};
const lesson = ${JSON.stringify(lesson)};
const app = ${JSON.stringify([js[1], wasm[1]])};
window.verigaApp = () => load(app);
const start = () => load(document.querySelector('[data-enhance="lesson"]') ? lesson : app);
const later = () => setTimeout(start, 0);
if (document.visibilityState === 'hidden') later();
else requestAnimationFrame(() => requestAnimationFrame(later));
`;
};
html = html.replace(inline, (whole, body) => {
  if (whole.includes(' src=')) return whole;
  moved += 1;
  if (lessonModule) {
    loaderFiles(body);
    return whole;
  }
  if (!teach) return `<script type="module">${deferred(body)}</script>`;
  loaderFiles(body);
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const name = `boot-${hash}.js`;
  writeFileSync(join(staging, name), body.trim() + '\n');
  return `<script type="module" src="${base}${name}"></script>`;
});
if (moved !== 1) {
  throw new Error(`expected Trunk's one inline loader in index.html, found ${moved}`);
}
const inlineScripts = (html.match(/<script(?![^>]*\ssrc=)[^>]*>/g) || []).length;
if (inlineScripts !== (teach ? 0 : 1)) {
  throw new Error(`index.html has ${inlineScripts} inline scripts; the CSP names only the student's loader`);
}

for (const name of modules.filter((file) => file.endsWith('.js'))) {
  const path = join(staging, name);
  const { code } = await minify(readFileSync(path, 'utf8'), { module: true, ecma: 2020 });
  writeFileSync(path, code);
}
const quickExit = join(staging, 'quick-exit.js');
if (!teach && !lessonModule && existsSync(quickExit)) {
  const { code } = await minify(readFileSync(quickExit, 'utf8'), { ecma: 2015 });
  writeFileSync(quickExit, code);
}
if (lessonModule) {
  console.log(`postbuild: lesson module's glue minified (${staging})`);
  process.exit(0);
}
if (!teach) {
  const hints = /\s*<link rel="(modulepreload|preload)"[^>]*>/g;
  if ((html.match(hints) || []).length !== 2) throw new Error(`expected Trunk's two preload hints in index.html: ${html.match(hints)}`);
  html = html.replace(hints, '');
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

writeFileSync(indexPath, html);

// The student pages, prerendered into the page, its {{message-key}} placeholders filled in each
// language (app/src/prerender.rs says how).
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
// Language packs and prerendered pages are cached when the page names the language in use
// (see the app's offline.rs); the install stores the app and its shell page.
const languages = readdirSync(join(staging, 'content'))
  .filter((file) => /^[a-z]{2,3}\.json$/.test(file))
  .map((file) => file.slice(0, -5));
const pages = Object.fromEntries(
  languages.map((lang) => [lang, all.filter((file) => file.startsWith(`${lang}/`) && file.endsWith('.html')).map((file) => `/${file}`)]),
);
for (const [lang, list] of Object.entries(pages)) {
  if (!list.includes(`/${lang}/index.html`) || !list.includes(`/${lang}/404.html`)) {
    throw new Error(`the prerendered pages of ${lang} are missing Home or the not-found page`);
  }
}
const shell = all
  .filter((file) => !file.startsWith('content/') && !file.startsWith('teach/') && (!file.endsWith('.html') || file === 'shell.html'))
  .map((file) => `/${file}`);
const swPath = join(staging, 'sw.js');
const sw = readFileSync(swPath, 'utf8')
  .replace("'__VERIGA_VERSION__'", JSON.stringify(version))
  .replace('__VERIGA_SHELL__', JSON.stringify(shell))
  .replace('__VERIGA_PAGES__', JSON.stringify(pages));
if (sw.includes('__VERIGA_')) throw new Error('sw.js placeholders left unfilled');
writeFileSync(swPath, sw);
console.log(`postbuild: loader deferred, pages prerendered, worker filled in (${staging})`);
