// The teacher's tool measured in the browser: the 45-page pack (15 lessons x A4, A3, stickers)
// made by Veriga's wasm, and the same pages made in the same page by a JavaScript peer (npm
// `qrcode` + `pdf-lib` with `@pdf-lib/fontkit`, the same font); also one QR code, ours against
// npm `qrcode`.
import { buildSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** The three npm packages as one browser script defining `window.Peer`. */
function peerBundle() {
  const result = buildSync({
    stdin: {
      contents: `
        import QRCode from 'qrcode';
        import { PDFDocument, rgb } from 'pdf-lib';
        import fontkit from '@pdf-lib/fontkit';
        window.Peer = { QRCode, PDFDocument, rgb, fontkit };`,
      resolveDir: new URL('.', import.meta.url).pathname,
    },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    platform: 'browser',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Runs in the page: the same 45 pages, drawn with pdf-lib; returns milliseconds. */
async function peerPack({ fontBase64, lessons, texts, origin, tag }) {
  const { QRCode, PDFDocument, rgb, fontkit } = window.Peer;
  const started = performance.now();
  const fontBytes = Uint8Array.from(atob(fontBase64), (c) => c.charCodeAt(0));
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(fontBytes, { subset: true });
  const MM = 72 / 25.4;
  const red = rgb(0.643, 0.086, 0.102);
  const wrap = (text, size, width) => {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(next, size) > width) { lines.push(line); line = word; } else line = next;
    }
    if (line) lines.push(line);
    return lines;
  };
  const qrPath = (modules) => {
    let d = '';
    const n = modules.size;
    for (let row = 0; row < n; row += 1) {
      let col = 0;
      while (col < n) {
        if (modules.get(row, col)) {
          const start = col;
          while (col < n && modules.get(row, col)) col += 1;
          d += `M${start} ${row}h${col - start}v1h-${col - start}z`;
        } else col += 1;
      }
    }
    return { d, n };
  };
  const poster = (lesson, code, scale) => {
    const [w, h] = [595.28 * scale, 841.89 * scale];
    const page = pdf.addPage([w, h]);
    const centred = (text, size, y, color) => {
      const lines = wrap(text, size * scale, w - 84 * scale);
      for (const line of lines) {
        y += size * scale * 1.15;
        page.drawText(line, { x: (w - font.widthOfTextAtSize(line, size * scale)) / 2, y: h - y, size: size * scale, font, color });
      }
      return y + size * scale * 0.3;
    };
    let y = centred(lesson.slogan, 40, 34 * scale);
    y = centred(lesson.title, 22, y + 4 * scale);
    const side = 100 * MM * scale;
    const module = side / code.n;
    page.drawSvgPath(code.d, { x: (w - side) / 2, y: h - y - 4 * module - 6 * scale, scale: module });
    y += side + 8 * module + 6 * scale;
    y = centred(texts['print-scan'], 18, y);
    y = centred('0800 800 678', 58, y + 6 * scale, red);
    y = centred(texts['print-helpline'], 15, y);
    centred(texts['print-danger'], 14, y);
  };
  const stickers = (lesson, code) => {
    const page = pdf.addPage([595.28, 841.89]);
    const side = 30 * MM;
    const module = side / code.n;
    for (let row = 0; row < 7; row += 1) {
      for (let column = 0; column < 3; column += 1) {
        const left = (7.2 + 66 * column) * MM;
        const top = (15.15 + 38.1 * row) * MM;
        const inset = (38.1 * MM - side - 8 * module) / 2;
        page.drawSvgPath(code.d, { x: left + inset + 4 * module, y: 841.89 - top - inset - 4 * module, scale: module });
        const textLeft = left + inset + side + 8 * module + 2;
        let y = top + 6;
        for (const line of wrap(lesson.title, 9, 63.5 * MM - (textLeft - left) - 6)) {
          y += 10.4;
          page.drawText(line, { x: textLeft, y: 841.89 - y, size: 9, font });
        }
        page.drawText('0800 800 678', { x: textLeft, y: 841.89 - (top + 38.1 * MM - 15), size: 11, font, color: red });
        page.drawText(texts['print-sticker-helpline'], { x: textLeft, y: 841.89 - (top + 38.1 * MM - 6), size: 7, font });
      }
    }
  };
  for (const lesson of lessons) {
    const url = `${origin}/l/${lesson.id}?k=${tag}`;
    const code = qrPath(QRCode.create(url, { errorCorrectionLevel: 'Q' }).modules);
    poster(lesson, code, 1);
    poster(lesson, code, Math.SQRT2);
    stickers(lesson, code);
  }
  const bytes = await pdf.save();
  return { ms: performance.now() - started, bytes: bytes.length, pages: pdf.getPageCount() };
}

function teachTexts(lang) {
  return Object.fromEntries(
    readFileSync(join(root, 'locales', lang, 'teach.ftl'), 'utf8')
      .split('\n')
      .filter((line) => /^[a-z0-9-]+ = /.test(line))
      .map((line) => [line.slice(0, line.indexOf(' = ')), line.slice(line.indexOf(' = ') + 3)]),
  );
}

export async function measurePosters(browser, origin, { runs, stats }) {
  const PAGES = 3 * JSON.parse(readFileSync(join(root, 'dist/content/ro.json'), 'utf8')).lessons.length;
  const context = await browser.newContext({ acceptDownloads: true, bypassCSP: true, locale: 'ro-RO', viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${origin}/teach/`);
  await page.getByTestId('tool').waitFor();
  await page.getByTestId('all').click();
  await page.getByTestId('tag').fill('bench');
  await page.waitForFunction((pages) => document.querySelectorAll('#preview figure').length === pages, PAGES);

  const ours = [];
  for (let run = 0; run < runs; run += 1) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
    await download.path();
    const status = await page.getByTestId('status').evaluate((element) => ({ ms: Number(element.dataset.ms), pages: Number(element.dataset.pages) }));
    if (status.pages !== PAGES) throw new Error(`expected ${PAGES} pages, made ${status.pages}`);
    ours.push(status.ms);
  }

  const pack = JSON.parse(readFileSync(join(root, 'dist/content/ro.json'), 'utf8'));
  const lessons = pack.lessons.map((lesson) => ({ id: lesson.id, title: lesson.title, slogan: lesson.slogan }));
  await page.evaluate(peerBundle());
  const input = {
    fontBase64: readFileSync(join(root, 'public/fonts/poster.ttf')).toString('base64'),
    lessons,
    texts: teachTexts('ro'),
    origin,
    tag: 'bench',
  };
  const peer = [];
  let peerBytes = 0;
  for (let run = 0; run < runs; run += 1) {
    const result = await page.evaluate(peerPack, input);
    if (result.pages !== PAGES) throw new Error(`the peer made ${result.pages} pages`);
    peer.push(result.ms);
    peerBytes = result.bytes;
  }

  const COUNT = 200;
  const qrOurs = [];
  const qrPeer = [];
  for (let run = 0; run < runs; run += 1) {
    qrOurs.push((await page.evaluate((count) => window.wasmBindings.bench_qr(count), COUNT)) / COUNT);
    qrPeer.push(
      (await page.evaluate((count) => {
        const started = performance.now();
        for (let i = 0; i < count; i += 1) window.Peer.QRCode.create(`https://veriga.ro/l/lover-boy?k=bench-${i}`, { errorCorrectionLevel: 'Q' });
        return performance.now() - started;
      }, COUNT)) / COUNT,
    );
  }
  await context.close();
  const oursStats = stats(ours);
  const peerStats = stats(peer);
  const qrOursStats = stats(qrOurs);
  const qrPeerStats = stats(qrPeer);
  return {
    poster_pack_ms: oursStats,
    poster_pack_ms_js_peer: peerStats,
    poster_pack_ratio_vs_js: Number((oursStats.median / peerStats.median).toFixed(3)),
    poster_pack_js_peer_pdf_bytes: peerBytes,
    qr_per_code_ms: { ...qrOursStats, median: Number(qrOursStats.median.toFixed(4)) },
    qr_per_code_ms_js_peer: { ...qrPeerStats, median: Number(qrPeerStats.median.toFixed(4)) },
    qr_per_code_ratio_vs_js: Number((qrOursStats.median / qrPeerStats.median).toFixed(3)),
  };
}
