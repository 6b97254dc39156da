//! The service worker and the pages speak the same messages: `public/sw.js` answers exactly
//! the names `veriga_core::worker` defines, and sends only those it lists, so a name changed
//! on one side fails here instead of silently breaking offline use.

use std::collections::BTreeSet;

use veriga_core::worker::{FROM_WORKER, TO_WORKER};

fn sw_js() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../public/sw.js");
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

/// Every `'name'` that follows `marker` in `text`.
fn quoted_after(text: &str, marker: &str) -> BTreeSet<String> {
    text.match_indices(marker)
        .filter_map(|(at, _)| {
            let rest = text[at + marker.len()..].strip_prefix('\'')?;
            Some(rest[..rest.find('\'')?].to_string())
        })
        .collect()
}

#[test]
fn the_worker_answers_exactly_the_messages_pages_send() {
    let answered = quoted_after(&sw_js(), "message.type === ");
    let defined: BTreeSet<String> = TO_WORKER.iter().map(|name| name.to_string()).collect();
    assert_eq!(answered, defined);
}

#[test]
fn the_worker_sends_only_the_messages_pages_know() {
    let sent = quoted_after(&sw_js(), "reply(");
    let defined: BTreeSet<String> = FROM_WORKER.iter().map(|name| name.to_string()).collect();
    assert_eq!(sent, defined);
    assert!(
        !sw_js().contains("postMessage({ type: '"),
        "the worker replies through reply(), which this test reads"
    );
}
