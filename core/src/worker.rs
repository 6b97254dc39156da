//! The messages the pages and the service worker (`public/sw.js`) exchange: one definition for
//! the app, the teacher area and the test that holds `sw.js` to exactly these names.

/// Page → worker: keep these languages' built-in packs, `{type, langs}`.
pub const STORE_PACKS: &str = "store-packs";
/// Page → worker: keep these languages' prerendered pages, `{type, langs}`.
pub const STORE_PAGES: &str = "store-pages";
/// Page → worker: what to serve the next navigations in, `{type, lang, chosen, updated}`.
pub const READER: &str = "reader";
/// Page → worker: "Delete my data"; forget the language and the scans waiting to be sent.
pub const FORGET: &str = "forget";
/// Page → worker: send the scans counted while offline, now that a page is open.
pub const SEND_SCANS: &str = "send-scans";
/// Page → worker: keep the teacher area's files, `{type, urls}`.
pub const STORE_TEACH: &str = "store-teach";
/// Page → worker: the reader said yes to the new version; take over.
pub const SKIP_WAITING: &str = "skip-waiting";

/// Every message a page sends the worker.
pub const TO_WORKER: &[&str] = &[
    STORE_PACKS,
    STORE_PAGES,
    READER,
    FORGET,
    SEND_SCANS,
    STORE_TEACH,
    SKIP_WAITING,
];

/// Worker → page: the packs asked for are stored (or could not be).
pub const PACKS_STORED: &str = "packs-stored";
/// Worker → page: the pages asked for are stored (or could not be).
pub const PAGES_STORED: &str = "pages-stored";
/// Worker → page: the teacher area's files are stored (or could not be).
pub const TEACH_STORED: &str = "teach-stored";

/// Every message the worker sends a page: a page re-reads what is stored on any of them.
pub const FROM_WORKER: &[&str] = &[PACKS_STORED, PAGES_STORED, TEACH_STORED];
