// public/quick-exit.js on its own, as the browser runs it but with fake events: the press rule
// (three Shift presses, each within a second of the last; any other key or a held key breaks
// it), the blank-then-replace exit, and the destination taken from the link. The browser
// suite (shell.test.mjs) drives the same file in Chromium, on the static page and in the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';

const source = readFileSync(new URL('../../public/quick-exit.js', import.meta.url), 'utf8');
const NEUTRAL = 'https://neutral.example/';

/** Loads the script against a fake page; returns what it did and how to poke it. */
function page() {
  const listeners = {};
  const replaced = [];
  const body = { cleared: 0, replaceChildren() { this.cleared += 1; } };
  const link = { getAttribute: (name) => (name === 'href' ? NEUTRAL : null) };
  link.closest = (selector) => (selector === '[data-quick-exit]' ? link : null);
  const document = {
    title: 'Veriga',
    body,
    querySelector: (selector) => (selector === '[data-quick-exit]' ? link : null),
    addEventListener: (type, handler) => { listeners[`document:${type}`] = handler; },
  };
  const window = {
    location: { replace: (url) => replaced.push(url) },
    addEventListener: (type, handler) => { listeners[`window:${type}`] = handler; },
  };
  runInNewContext(source, { window, document });
  const key = (key, timeStamp, repeat = false) => listeners['window:keydown']({ key, timeStamp, repeat });
  const click = (target) => {
    let prevented = false;
    listeners['document:click']({ target, preventDefault: () => { prevented = true; } });
    return prevented;
  };
  return { replaced, body, document, key, click, link };
}

test('three Shift presses within a second of each other leave, blanking first', () => {
  const p = page();
  p.key('Shift', 0);
  p.key('Shift', 400);
  assert.deepEqual(p.replaced, []);
  p.key('Shift', 1300);
  assert.deepEqual(p.replaced, [NEUTRAL]);
  assert.equal(p.body.cleared, 1);
  assert.equal(p.document.title, '');
});

test('slow presses, another key in between, or a held key do not leave', () => {
  const slow = page();
  for (const at of [0, 1500, 3000]) slow.key('Shift', at);
  assert.deepEqual(slow.replaced, []);
  slow.key('Shift', 3500);
  slow.key('Shift', 3600);
  assert.deepEqual(slow.replaced, [NEUTRAL], 'three in time after the slow ones');

  const typing = page();
  typing.key('Shift', 0);
  typing.key('Shift', 100);
  typing.key('a', 150);
  typing.key('Shift', 200);
  typing.key('Shift', 300);
  assert.deepEqual(typing.replaced, []);

  const held = page();
  held.key('Shift', 0);
  held.key('Shift', 30, true);
  held.key('Shift', 60, true);
  assert.deepEqual(held.replaced, []);
});

test('a click on a quick-exit link leaves by replace, not by following the link', () => {
  const p = page();
  assert.equal(p.click(p.link), true, 'the ordinary navigation is prevented');
  assert.deepEqual(p.replaced, [NEUTRAL]);
  const other = page();
  assert.equal(other.click({ closest: () => null }), false);
  assert.deepEqual(other.replaced, []);
});
