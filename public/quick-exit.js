// Quick exit, from the first byte: the one place Veriga leaves a page in a hurry. It is a tiny
// external script (the CSP forbids inline ones), loaded `async` so it never delays the page's
// paint, and it needs no wasm: on a page whose module has not arrived, or never will, the
// button and Shift pressed three times (the GOV.UK "exit this page" pattern) still work.
//
// Every quick-exit control is a plain link (`<a data-quick-exit href=…>`) to the neutral page,
// so with JavaScript off it still leaves, by an ordinary navigation (Back then returns, which
// About says). With JavaScript, the page is blanked at once and `location.replace` drops its
// history entry, so Back does not return. The destination is the link's own href: the markup
// that renders the button (core's NEUTRAL_URL) is its only definition.
//
// The press rule takes its clock from the events (`timeStamp`), so the unit test in
// tests/e2e/quick-exit.test.mjs drives it with fake events and no timers.
(function (window, document) {
  'use strict';
  // The longest pause between two Shift presses that still counts as one gesture.
  var MAX_GAP_MS = 1000;
  var PRESSES = 3;
  var count = 0;
  var last = -Infinity;

  function destination(link) {
    var control = link || document.querySelector('[data-quick-exit]');
    return (control && control.getAttribute('href')) || 'about:blank';
  }

  function leave(link) {
    var to = destination(link);
    // Blank first, so nothing stays on screen while the next page loads.
    try {
      document.title = '';
      if (document.body) document.body.replaceChildren();
    } catch (ignored) {
      // An odd document must not stop the navigation below.
    }
    window.location.replace(to);
  }

  window.addEventListener(
    'keydown',
    function (event) {
      if (event.repeat) return;
      if (event.key !== 'Shift') {
        // Any other key breaks the sequence, so typing capitals never triggers an exit.
        count = 0;
        last = -Infinity;
        return;
      }
      count = event.timeStamp - last <= MAX_GAP_MS ? count + 1 : 1;
      last = event.timeStamp;
      if (count >= PRESSES) {
        count = 0;
        last = -Infinity;
        leave(null);
      }
    },
    true,
  );

  document.addEventListener(
    'click',
    function (event) {
      var target = event.target;
      var link = target && target.closest ? target.closest('[data-quick-exit]') : null;
      if (!link) return;
      event.preventDefault();
      leave(link);
    },
    true,
  );

  // For tests and styles: the exit is armed.
  if (document.documentElement) document.documentElement.setAttribute('data-quick-exit-ready', '');
})(window, document);
