//! The built app, held in memory with brotli and gzip copies made once at start.
//!
//! Compressing at start keeps every response a lookup, gives brotli at its best quality to
//! phones on weak data, and works for any `--dist` without a separate compression step.
//!
//! Every page is a file of the build, one per language (`<lang>/l/<id>/index.html`, …). A
//! path in a language (`/hu/l/<id>`) gets that language's page; a bare path (`/l/<id>`, as
//! Romanian posters print it) gets the page in the reader's language, where a static host
//! serves the Romanian copy the build writes without a prefix; a path with no page gets the
//! language's `404.html` with status 404.

use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::http::{Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use veriga_core::route::{Address, Route};

use crate::{AppError, AppState, StartError};

/// One encoding of a file, with the strong ETag that names exactly these bytes.
#[derive(Debug, Clone)]
pub struct Variant {
    pub bytes: Vec<u8>,
    pub etag: String,
}

/// A file of the app with its encodings.
#[derive(Debug, Clone)]
pub struct Asset {
    pub content_type: HeaderValue,
    pub cache_control: &'static str,
    pub identity: Variant,
    pub brotli: Option<Variant>,
    pub gzip: Option<Variant>,
}

/// Every file of the built app, by URL path (`/index.html`, `/content/ro.json`, …).
#[derive(Debug, Default)]
pub struct Assets {
    files: HashMap<String, Asset>,
    /// The languages of the built-in packs (`/content/<lang>.json`), sorted: the ones a
    /// prerendered page may come in. Read once, not on every request.
    languages: Vec<String>,
}

/// Where the teacher area lives; its files are under `dist/teach/`.
const TEACH: &str = "/teach";

const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Revalidated on every use: the page, the service worker and the content packs must never
/// be stale, and the ETag makes the check cheap.
const REVALIDATE: &str = "no-cache";

impl Assets {
    /// Reads a built app folder. Fails with a message that names the fix.
    pub fn load(dist: &Path) -> Result<Assets, StartError> {
        if !dist.is_dir() {
            return Err(StartError::DistMissing(dist.to_path_buf()));
        }
        if !dist.join("index.html").is_file() {
            return Err(StartError::DistIncomplete(dist.to_path_buf()));
        }
        let mut read = Vec::new();
        let mut pending = vec![dist.to_path_buf()];
        while let Some(folder) = pending.pop() {
            let entries = fs::read_dir(&folder).map_err(|err| unreadable(&folder, err))?;
            for entry in entries {
                let path = entry.map_err(|err| unreadable(&folder, err))?.path();
                if path.is_dir() {
                    pending.push(path);
                    continue;
                }
                let bytes = fs::read(&path).map_err(|err| unreadable(&path, err))?;
                let relative = path.strip_prefix(dist).unwrap_or(&path);
                let url = format!("/{}", relative.to_string_lossy().replace('\\', "/"));
                read.push((url, bytes));
            }
        }
        Ok(Assets::with_files(compress_all(read)))
    }

    fn with_files(files: HashMap<String, Asset>) -> Assets {
        let mut languages: Vec<String> = files
            .keys()
            .filter_map(|url| url.strip_prefix("/content/")?.strip_suffix(".json"))
            .filter(|code| veriga_core::lang::is_language_code(code))
            .map(str::to_string)
            .collect();
        languages.sort_unstable();
        Assets { files, languages }
    }

    /// Builds the assets from files given in memory, for tests.
    pub fn from_files<'a>(files: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> Assets {
        Assets::with_files(compress_all(
            files
                .into_iter()
                .map(|(url, bytes)| (url.to_string(), bytes.to_vec()))
                .collect(),
        ))
    }

    /// The lesson ids of the built-in Romanian pack: what a poster's QR code may point at.
    pub fn lesson_ids(&self) -> std::collections::BTreeSet<String> {
        self.files
            .get("/content/ro.json")
            .and_then(|asset| std::str::from_utf8(&asset.identity.bytes).ok())
            .and_then(|json| veriga_core::pack::ContentPack::from_json(json, "ro").ok())
            .map(|pack| pack.lessons.into_iter().map(|lesson| lesson.id).collect())
            .unwrap_or_default()
    }

    /// `sha256-…` of each inline `<style>` and `<script>` of the page, for the
    /// Content-Security-Policy. Every page comes from the one built `index.html`, so its
    /// hashes are every page's.
    pub fn inline_hashes(&self) -> InlineHashes {
        let Some(page) = self.files.get("/index.html") else {
            return InlineHashes::default();
        };
        let html = String::from_utf8_lossy(&page.identity.bytes);
        InlineHashes {
            styles: element_hashes(&html, "style"),
            scripts: element_hashes(&html, "script"),
        }
    }

    pub fn get(&self, url_path: &str) -> Option<&Asset> {
        self.files.get(url_path)
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The languages of the built-in packs, sorted: the ones every page was prerendered in.
    pub fn languages(&self) -> &[String] {
        &self.languages
    }

    /// The file a request path asks for: the file itself if there is one (`/sw.js`,
    /// `/ro/l/x/index.html`); for an app route (a path without a file extension) its
    /// prerendered page, [`Assets::page`]; the teacher area's page under `/teach`.
    fn resolve(&self, path: &str, accept_language: &str) -> Option<Resolved<'_>> {
        if let Some(asset) = self.files.get(path) {
            return Some(Resolved::file(asset));
        }
        let last = path.rsplit('/').next().unwrap_or_default();
        if last.contains('.') || path.starts_with("/api/") {
            return None;
        }
        // The teacher area is its own page, so the student's page never carries its code.
        if path == TEACH || path.starts_with(TEACH) && path[TEACH.len()..].starts_with('/') {
            return self.files.get("/teach/index.html").map(Resolved::file);
        }
        self.page(path, accept_language)
    }

    /// An app route's prerendered page. `/<lang>/…` names its language, and its answer is the
    /// same for every reader; a bare path (`/l/<id>`, as printed on posters) is answered in the
    /// language the reader's browser asks for first (`Accept-Language`) among the built ones:
    /// the rule the app uses on a first visit, so the app taking over keeps the page's
    /// language. A route with no page (an unknown lesson, an unknown language prefix) gets the
    /// language's not-found page with 404; a build with no prerendered pages, the app shell.
    fn page(&self, path: &str, accept_language: &str) -> Option<Resolved<'_>> {
        let languages: Vec<&str> = self.languages.iter().map(String::as_str).collect();
        let address = Address::parse(path, &languages);
        let by_language = address.lang.is_none();
        let lang = address.lang.as_deref().unwrap_or_else(|| {
            let browser = veriga_core::lang::accept_language(accept_language);
            veriga_core::lang::negotiate(&languages, None, &browser)
        });
        let file = |route: &Route| self.files.get(&format!("/{}", route.page_file(Some(lang))));
        // `NotFound`'s file is the not-found page itself, which must not answer 200.
        let page = (address.route != Route::NotFound)
            .then(|| file(&address.route))
            .flatten();
        if let Some(asset) = page {
            return Some(Resolved {
                asset,
                status: StatusCode::OK,
                by_language,
            });
        }
        if let Some(asset) = file(&Route::NotFound) {
            return Some(Resolved {
                asset,
                status: StatusCode::NOT_FOUND,
                by_language,
            });
        }
        // A build without prerendered pages (a test's, say): the app finds its route itself,
        // as it did before pages were prerendered.
        self.files
            .get("/shell.html")
            .or_else(|| self.files.get("/index.html"))
            .map(Resolved::file)
    }
}

/// What a path is answered with.
#[derive(Debug, Clone, Copy)]
struct Resolved<'a> {
    asset: &'a Asset,
    /// 404 for the not-found page, so crawlers and link checkers see a dead link as one.
    status: StatusCode,
    /// Whether the answer depends on `Accept-Language`, for `Vary`.
    by_language: bool,
}

impl<'a> Resolved<'a> {
    fn file(asset: &'a Asset) -> Resolved<'a> {
        Resolved {
            asset,
            status: StatusCode::OK,
            by_language: false,
        }
    }
}

/// Every file with its compressed copies. Brotli at its best quality is slow (the pages of
/// every language are some 3 MB), so each distinct content is compressed once, however many
/// paths share it (the Romanian pages exist at two paths), on every core: measured on this
/// 2-core machine, start-up went from 5.8 s to about 2 s under load.
fn compress_all(files: Vec<(String, Vec<u8>)>) -> HashMap<String, Asset> {
    // Keyed by whether the type is compressed too: the same bytes as a font are not.
    let mut first_of: HashMap<(bool, &[u8]), usize> = HashMap::new();
    let mut distinct = Vec::new();
    for (index, (url, bytes)) in files.iter().enumerate() {
        let key = (is_compressible(mime_of(url)), bytes.as_slice());
        if let std::collections::hash_map::Entry::Vacant(slot) = first_of.entry(key) {
            slot.insert(index);
            distinct.push((index, key.0, key.1));
        }
    }
    // Largest first, each worker taking the next: the two wasm modules take longest.
    distinct.sort_by_key(|(_, _, bytes)| std::cmp::Reverse(bytes.len()));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let packed: HashMap<usize, Packed> = std::thread::scope(|scope| {
        let running: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let at = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some((index, compressible, bytes)) = distinct.get(at) else {
                            return done;
                        };
                        done.push((*index, Packed::of(bytes, *compressible)));
                    }
                })
            })
            .collect();
        running
            .into_iter()
            .flat_map(|worker| worker.join().expect("compressing in memory cannot fail"))
            .collect()
    });
    files
        .iter()
        .map(|(url, bytes)| {
            let packed = &packed[&first_of[&(is_compressible(mime_of(url)), bytes.as_slice())]];
            (url.clone(), Asset::new(url, bytes.clone(), packed))
        })
        .collect()
}

/// The compressed copies of one content, where compressing makes it smaller.
struct Packed {
    hash: String,
    brotli: Option<Vec<u8>>,
    gzip: Option<Vec<u8>>,
}

impl Packed {
    fn of(bytes: &[u8], compressible: bool) -> Packed {
        let smaller = |packed: Vec<u8>| (packed.len() < bytes.len()).then_some(packed);
        Packed {
            hash: hex_prefix(&Sha256::digest(bytes)),
            brotli: compressible
                .then(|| compress_brotli(bytes))
                .and_then(smaller),
            gzip: compressible.then(|| compress_gzip(bytes)).and_then(smaller),
        }
    }
}

fn unreadable(path: &Path, err: std::io::Error) -> StartError {
    StartError::DistUnreadable {
        path: PathBuf::from(path),
        reason: err.to_string(),
    }
}

impl Asset {
    fn new(url: &str, bytes: Vec<u8>, packed: &Packed) -> Asset {
        let mime = mime_of(url);
        let hash = &packed.hash;
        let brotli = packed.brotli.clone().map(|packed| Variant {
            bytes: packed,
            etag: format!("\"{hash}-br\""),
        });
        let gzip = packed.gzip.clone().map(|packed| Variant {
            bytes: packed,
            etag: format!("\"{hash}-gz\""),
        });
        Asset {
            content_type: content_type(mime),
            cache_control: if is_fingerprinted(url) {
                IMMUTABLE
            } else {
                REVALIDATE
            },
            identity: Variant {
                bytes,
                etag: format!("\"{hash}\""),
            },
            brotli,
            gzip,
        }
    }

    /// The best encoding the client accepts (`crate::encoding` reads the header).
    fn variant_for(&self, accept_encoding: &str) -> (&Variant, Option<&'static str>) {
        let offered: Vec<&'static str> = [
            self.brotli.as_ref().map(|_| "br"),
            self.gzip.as_ref().map(|_| "gzip"),
        ]
        .into_iter()
        .flatten()
        .collect();
        match (
            crate::encoding::choose(accept_encoding, &offered),
            &self.brotli,
            &self.gzip,
        ) {
            (Some("br"), Some(br), _) => (br, Some("br")),
            (Some("gzip"), _, Some(gzip)) => (gzip, Some("gzip")),
            _ => (&self.identity, None),
        }
    }
}

fn hex_prefix(digest: &[u8]) -> String {
    digest[..12].iter().map(|b| format!("{b:02x}")).collect()
}

fn compress_brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        writer.write_all(bytes).expect("writing to memory");
    }
    out
}

fn compress_gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("writing to memory");
    encoder.finish().expect("writing to memory")
}

/// Trunk names built files `name-<hash>.ext`, the hash in hex without leading zeros (so 15
/// digits happen): such a name never changes content.
fn is_fingerprinted(url: &str) -> bool {
    let name = url.rsplit('/').next().unwrap_or_default();
    let stem = name.split('.').next().unwrap_or_default();
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (8..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

/// The media type of a file, by its extension; a name without one is `octet-stream`.
fn mime_of(url: &str) -> &'static str {
    let name = url.rsplit('/').next().unwrap_or_default();
    let ext = name
        .rsplit_once('.')
        .map(|(_, ext)| ext)
        .unwrap_or_default();
    // A module is JavaScript like any script; the table still gives `.mjs` the obsolete type.
    let ext = if ext.eq_ignore_ascii_case("mjs") {
        "js"
    } else {
        ext
    };
    mime_guess::from_ext(ext)
        .first_raw()
        .unwrap_or("application/octet-stream")
}

/// The `Content-Type` header: every text is UTF-8, and says so.
fn content_type(mime: &'static str) -> HeaderValue {
    if mime.starts_with("text/") {
        HeaderValue::from_str(&format!("{mime}; charset=utf-8")).expect("a media type is ASCII")
    } else {
        HeaderValue::from_static(mime)
    }
}

fn is_compressible(mime: &str) -> bool {
    mime.starts_with("text/")
        || matches!(
            mime,
            "application/wasm"
                | "application/json"
                | "application/manifest+json"
                | "image/svg+xml"
                | "font/ttf"
        )
}

pub fn router() -> Router<AppState> {
    Router::new().fallback(serve_asset)
}

async fn serve_asset(
    State(state): State<AppState>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    if method != Method::GET && method != Method::HEAD {
        return Err(AppError::MethodNotAllowed);
    }
    let accept_language = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default();
    let Resolved {
        asset,
        status,
        by_language,
    } = state
        .assets
        .resolve(uri.path(), accept_language)
        .ok_or(AppError::NotFound)?;
    if let Some((tag, lesson)) = crate::counters::scan_of(
        uri.path(),
        uri.query(),
        &state.counted_lessons,
        state.assets.languages(),
    ) {
        state.tally.add(&tag, &lesson, &crate::publish::today_utc());
    }
    let accept = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default();
    let (variant, encoding) = asset.variant_for(accept);

    // A conditional request only ever turns a 200 into a 304 (RFC 9110 §13.2.1): the
    // not-found page stays a 404.
    let found = status == StatusCode::OK;
    let mut response = if found && etag_matches(&headers, &variant.etag) {
        StatusCode::NOT_MODIFIED.into_response()
    } else if method == Method::HEAD {
        let mut response = Response::new(Body::empty());
        response.headers_mut().insert(
            header::CONTENT_LENGTH,
            HeaderValue::from(variant.bytes.len()),
        );
        response
    } else {
        Response::new(Body::from(variant.bytes.clone()))
    };
    if !found {
        *response.status_mut() = status;
    }
    let out = response.headers_mut();
    out.insert(header::CONTENT_TYPE, asset.content_type.clone());
    out.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(asset.cache_control),
    );
    out.insert(
        header::VARY,
        HeaderValue::from_static(if by_language {
            "Accept-Encoding, Accept-Language"
        } else {
            "Accept-Encoding"
        }),
    );
    // The not-found page's tag would name it as the representation of the missing path.
    if let Some(etag) = found
        .then(|| HeaderValue::from_str(&variant.etag).ok())
        .flatten()
    {
        out.insert(header::ETAG, etag);
    }
    if let Some(encoding) = encoding {
        out.insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
    }
    Ok(response)
}

/// `If-None-Match` with this exact strong tag, in a list, or `*`.
pub(crate) fn etag_matches(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .map(|tag| tag.trim().trim_start_matches("W/"))
        .any(|tag| tag == etag || tag == "*")
}

/// The hashes of a page's inline stylesheets and scripts, `sha256-<base64>` each.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct InlineHashes {
    pub styles: Vec<String>,
    pub scripts: Vec<String>,
}

/// The hash of the body of each `<tag …>body</tag>` that has no `src`; an external script is
/// `'self'`'s, not a hash's.
fn element_hashes(html: &str, tag: &str) -> Vec<String> {
    use base64::Engine;
    let (open_tag, close_tag) = (format!("<{tag}"), format!("</{tag}>"));
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find(&open_tag) {
        let after_open = &rest[open..];
        let (Some(body_start), Some(close)) = (after_open.find('>'), after_open.find(&close_tag))
        else {
            break;
        };
        let attributes = &after_open[open_tag.len()..body_start];
        let body = &after_open[body_start + 1..close];
        if !attributes.contains(" src=") && !body.is_empty() {
            let digest = Sha256::digest(body.as_bytes());
            hashes.push(format!(
                "sha256-{}",
                base64::engine::general_purpose::STANDARD.encode(digest)
            ));
        }
        rest = &after_open[close + close_tag.len()..];
    }
    hashes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trunk_fingerprints_are_recognised() {
        assert!(is_fingerprinted("/veriga-app-0123456789abcdef.js"));
        assert!(is_fingerprinted("/veriga-app-0123456789abcdef_bg.wasm"));
        assert!(is_fingerprinted("/style-0123456789abcdef.css"));
        assert!(
            is_fingerprinted("/veriga-app-1105bb82465e209_bg.wasm"),
            "15 hex digits"
        );
        assert!(!is_fingerprinted("/index.html"));
        assert!(!is_fingerprinted("/sw.js"));
        assert!(!is_fingerprinted("/content/ro.json"));
    }

    #[test]
    fn every_served_extension_keeps_its_content_type() {
        // (file, Content-Type, whether brotli and gzip copies are made)
        let cases = [
            ("/index.html", "text/html; charset=utf-8", true),
            (
                "/ro/l/lover-boy/index.html",
                "text/html; charset=utf-8",
                true,
            ),
            (
                "/veriga-app-0123456789abcdef.js",
                "text/javascript; charset=utf-8",
                true,
            ),
            ("/sw.js", "text/javascript; charset=utf-8", true),
            ("/module.mjs", "text/javascript; charset=utf-8", true),
            (
                "/style-0123456789abcdef.css",
                "text/css; charset=utf-8",
                true,
            ),
            (
                "/veriga-app-0123456789abcdef_bg.wasm",
                "application/wasm",
                true,
            ),
            ("/content/ro.json", "application/json", true),
            ("/manifest.webmanifest", "application/manifest+json", true),
            ("/icons/icon.svg", "image/svg+xml", true),
            ("/icons/icon-192.png", "image/png", false),
            ("/favicon.ico", "image/x-icon", false),
            ("/robots.txt", "text/plain; charset=utf-8", true),
            ("/fonts/poster.woff2", "font/woff2", false),
            ("/fonts/poster.ttf", "font/ttf", true),
            ("/teach/posters.pdf", "application/pdf", false),
            ("/no-extension", "application/octet-stream", false),
            ("/.well-known/thing", "application/octet-stream", false),
            ("/data.unknownext", "application/octet-stream", false),
        ];
        for (file, expected, compressible) in cases {
            let mime = mime_of(file);
            assert_eq!(content_type(mime), expected, "{file}");
            assert_eq!(is_compressible(mime), compressible, "{file}");
        }
        // What a response carries, with a body big enough to be worth compressing.
        let text = "a".repeat(1000);
        let assets = Assets::from_files([
            ("/index.html", text.as_bytes()),
            ("/fonts/poster.woff2", text.as_bytes()),
        ]);
        let page = assets.get("/index.html").unwrap();
        assert_eq!(page.content_type, "text/html; charset=utf-8");
        assert!(page.brotli.is_some() && page.gzip.is_some());
        let font = assets.get("/fonts/poster.woff2").unwrap();
        assert_eq!(font.content_type, "font/woff2");
        assert!(font.brotli.is_none() && font.gzip.is_none());
    }

    /// A build with pages in three languages, each page's body naming its file.
    fn built() -> Assets {
        let mut files = vec![
            ("/index.html".to_string(), "home bare".to_string()),
            ("/shell.html".to_string(), "shell".to_string()),
            ("/404.html".to_string(), "404 bare".to_string()),
            (
                "/l/lover-boy/index.html".to_string(),
                "lesson bare".to_string(),
            ),
            ("/sw.js".to_string(), "worker".to_string()),
        ];
        for lang in ["en", "hu", "ro"] {
            files.push((format!("/content/{lang}.json"), "{}".to_string()));
            for (path, page) in [
                ("index.html", "home"),
                ("404.html", "404"),
                ("help/index.html", "help"),
                ("l/lover-boy/index.html", "lesson"),
                ("check/spot-the-signs/index.html", "check"),
            ] {
                files.push((format!("/{lang}/{path}"), format!("{page} {lang}")));
            }
        }
        Assets::from_files(
            files
                .iter()
                .map(|(path, body)| (path.as_str(), body.as_bytes())),
        )
    }

    /// The body, status and `Vary`-by-language flag `path` gets with `accept` as its
    /// `Accept-Language`.
    fn answer(assets: &Assets, path: &str, accept: &str) -> Option<(String, u16, bool)> {
        assets.resolve(path, accept).map(|resolved| {
            (
                String::from_utf8_lossy(&resolved.asset.identity.bytes).into_owned(),
                resolved.status.as_u16(),
                resolved.by_language,
            )
        })
    }

    #[test]
    fn a_language_prefix_picks_the_page_whatever_the_browser_says() {
        let assets = built();
        assert_eq!(assets.languages(), ["en", "hu", "ro"]);
        let fixed = |body: &str| Some((body.to_string(), 200, false));
        for accept in ["", "ro-RO,ro", "en-GB"] {
            assert_eq!(
                answer(&assets, "/hu/l/lover-boy", accept),
                fixed("lesson hu")
            );
        }
        assert_eq!(
            answer(&assets, "/hu/l/lover-boy/", "en"),
            fixed("lesson hu")
        );
        assert_eq!(answer(&assets, "/en/", "hu"), fixed("home en"));
        assert_eq!(answer(&assets, "/en", "hu"), fixed("home en"));
        assert_eq!(answer(&assets, "/ro/help", "hu"), fixed("help ro"));
        assert_eq!(
            answer(&assets, "/en/check/spot-the-signs", ""),
            fixed("check en")
        );
    }

    #[test]
    fn a_bare_path_gets_the_page_in_the_browser_language() {
        let assets = built();
        let negotiated = |body: &str| Some((body.to_string(), 200, true));
        assert_eq!(
            answer(&assets, "/l/lover-boy", "hu-HU,hu;q=0.9"),
            negotiated("lesson hu")
        );
        assert_eq!(answer(&assets, "/l/lover-boy", ""), negotiated("lesson ro"));
        assert_eq!(
            answer(&assets, "/l/lover-boy/", "de,en;q=0.5"),
            negotiated("lesson en")
        );
        assert_eq!(
            answer(&assets, "/l/lover-boy", "hu;q=0,de"),
            negotiated("lesson ro")
        );
        assert_eq!(answer(&assets, "/", "en-US"), negotiated("home en"));
        assert_eq!(answer(&assets, "/", ""), negotiated("home ro"));
        assert_eq!(answer(&assets, "/help", "hu"), negotiated("help hu"));
    }

    #[test]
    fn a_route_without_a_page_gets_the_not_found_page_with_404() {
        let assets = built();
        let missing = |body: &str, by_language| Some((body.to_string(), 404, by_language));
        assert_eq!(
            answer(&assets, "/ro/l/no-such", "hu"),
            missing("404 ro", false)
        );
        assert_eq!(answer(&assets, "/hu/nope", ""), missing("404 hu", false));
        assert_eq!(
            answer(&assets, "/fr/l/lover-boy", "hu"),
            missing("404 hu", true),
            "an unknown language prefix is not a Romanian lesson"
        );
        assert_eq!(answer(&assets, "/l/no-such", ""), missing("404 ro", true));
        assert_eq!(
            answer(&assets, "/no/such/page", "en"),
            missing("404 en", true)
        );
        assert_eq!(answer(&assets, "/l/lover-boy/x.js", ""), None);
        assert_eq!(answer(&assets, "/api/v1/nothing", ""), None);
    }

    #[test]
    fn files_are_served_as_they_are() {
        let assets = built();
        let file = |body: &str| Some((body.to_string(), 200, false));
        assert_eq!(answer(&assets, "/sw.js", "hu"), file("worker"));
        assert_eq!(answer(&assets, "/content/ro.json", "hu"), file("{}"));
        assert_eq!(
            answer(&assets, "/ro/l/lover-boy/index.html", "hu"),
            file("lesson ro")
        );
        assert_eq!(answer(&assets, "/index.html", "hu"), file("home bare"));
        assert_eq!(answer(&assets, "/404.html", "hu"), file("404 bare"));
    }

    #[test]
    fn without_prerendered_pages_every_route_gets_the_shell() {
        let only_index = Assets::from_files([
            ("/index.html", b"app".as_slice()),
            ("/content/ro.json", b"{}".as_slice()),
        ]);
        let app = Some(("app".to_string(), 200, false));
        for path in ["/", "/l/lover-boy", "/hu/l/lover-boy", "/help", "/nope"] {
            assert_eq!(answer(&only_index, path, "hu"), app, "{path}");
        }
        let with_shell = Assets::from_files([
            ("/index.html", b"app".as_slice()),
            ("/shell.html", b"shell".as_slice()),
        ]);
        assert_eq!(
            answer(&with_shell, "/l/lover-boy", ""),
            Some(("shell".to_string(), 200, false))
        );
    }
}
