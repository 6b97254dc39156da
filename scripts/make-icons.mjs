// Renders the app icons (PNG, for the manifest) from the same drawing as public/icon.svg, in
// headless Chromium. Run by hand when the icon changes; the PNGs are committed.
//   node scripts/make-icons.mjs
import { chromium } from 'playwright-core';

const links = (scale) => `
  <g fill="none" stroke="#fff" stroke-width="${6 * scale}">
    <rect x="${10 * scale}" y="${22 * scale}" width="${26 * scale}" height="${20 * scale}" rx="${10 * scale}"/>
    <rect x="${28 * scale}" y="${22 * scale}" width="${26 * scale}" height="${20 * scale}" rx="${10 * scale}"/>
  </g>`;
const icon = (size, { maskable }) => {
  // A maskable icon keeps its drawing inside the central 80 % safe zone on a full-bleed background.
  const inner = maskable ? size * 0.6 : size;
  const offset = (size - inner) / 2;
  const scale = inner / 64;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
    ${maskable ? `<rect width="${size}" height="${size}" fill="#0b3d5c"/>` : `<rect width="${size}" height="${size}" rx="${14 * scale}" fill="#0b3d5c"/>`}
    <g transform="translate(${offset} ${offset})">${links(scale)}</g></svg>`;
};

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['icon-maskable-512.png', 512, true],
]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${icon(size, { maskable })}`);
  await page.screenshot({ path: `public/icons/${name}`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log('icons written to public/icons/');
