//! The built app, held in memory with brotli and gzip copies made once at start.
//!
//! Compressing at start keeps every response a lookup, gives brotli at its best quality to
//! phones on weak data, and works for any `--dist` without a separate compression step.

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
    pub content_type: &'static str,
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
        let mut files = HashMap::new();
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
                files.insert(url.clone(), Asset::new(&url, bytes));
            }
        }
        Ok(Assets::with_files(files))
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
        Assets::with_files(
            files
                .into_iter()
                .map(|(url, bytes)| (url.to_string(), Asset::new(url, bytes.to_vec())))
                .collect(),
        )
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

    /// `sha256-…` of each inline `<style>` of the page, for the Content-Security-Policy.
    pub fn inline_style_hashes(&self) -> Vec<String> {
        use base64::Engine;
        let Some(page) = self.files.get("/index.html") else {
            return Vec::new();
        };
        let html = String::from_utf8_lossy(&page.identity.bytes);
        let mut hashes = Vec::new();
        let mut rest = html.as_ref();
        while let Some(open) = rest.find("<style") {
            let after_open = &rest[open..];
            let (Some(body_start), Some(close)) =
                (after_open.find('>'), after_open.find("</style>"))
            else {
                break;
            };
            let body = &after_open[body_start + 1..close];
            let digest = Sha256::digest(body.as_bytes());
            hashes.push(format!(
                "sha256-{}",
                base64::engine::general_purpose::STANDARD.encode(digest)
            ));
            rest = &after_open[close + "</style>".len()..];
        }
        hashes
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

    /// A route's prerendered page in the language the reader's browser asks for first
    /// (`Accept-Language`), among the languages it was prerendered in: the same rule the app
    /// uses on a first visit, so the app taking over keeps the page's language. `None` when
    /// the route has no prerendered page.
    fn prerendered(&self, path: &str, accept_language: &str) -> Option<&Asset> {
        let base = path.trim_end_matches('/');
        let default = self.files.get(&format!("{base}/index.html"))?;
        let variant = |lang: &str| format!("{base}/index.{lang}.html");
        let available: Vec<&str> = self
            .languages
            .iter()
            .map(String::as_str)
            .filter(|lang| {
                *lang == veriga_core::lang::DEFAULT_LANG || self.files.contains_key(&variant(lang))
            })
            .collect();
        let browser = veriga_core::lang::accept_language(accept_language);
        let lang = veriga_core::lang::negotiate(&available, None, &browser);
        if lang == veriga_core::lang::DEFAULT_LANG {
            return Some(default);
        }
        self.files.get(&variant(lang)).or(Some(default))
    }

    /// The file a request path asks for: the file itself; for an app route (a path without a
    /// file extension) its prerendered page (a lesson, see [`Assets::prerendered`]) where the
    /// build made one, else `index.html`, so that deep links from QR codes work. The flag says
    /// whether the answer depends on `Accept-Language`.
    fn resolve(&self, path: &str, accept_language: &str) -> Option<(&Asset, bool)> {
        if let Some(asset) = self.files.get(path) {
            return Some((asset, false));
        }
        let last = path.rsplit('/').next().unwrap_or_default();
        if last.contains('.') || path.starts_with("/api/") {
            return None;
        }
        // The teacher area is its own page, so the student's page never carries its code.
        if path == TEACH || path.starts_with(TEACH) && path[TEACH.len()..].starts_with('/') {
            return self
                .files
                .get("/teach/index.html")
                .map(|asset| (asset, false));
        }
        if let Some(page) = self.prerendered(path, accept_language) {
            return Some((page, true));
        }
        self.files.get("/index.html").map(|asset| (asset, false))
    }
}

fn unreadable(path: &Path, err: std::io::Error) -> StartError {
    StartError::DistUnreadable {
        path: PathBuf::from(path),
        reason: err.to_string(),
    }
}

impl Asset {
    fn new(url: &str, bytes: Vec<u8>) -> Asset {
        let content_type = content_type(url);
        let hash = hex_prefix(&Sha256::digest(&bytes));
        let compressible = is_compressible(content_type);
        let brotli = compressible
            .then(|| compress_brotli(&bytes))
            .filter(|packed| packed.len() < bytes.len())
            .map(|packed| Variant {
                bytes: packed,
                etag: format!("\"{hash}-br\""),
            });
        let gzip = compressible
            .then(|| compress_gzip(&bytes))
            .filter(|packed| packed.len() < bytes.len())
            .map(|packed| Variant {
                bytes: packed,
                etag: format!("\"{hash}-gz\""),
            });
        Asset {
            content_type,
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

    /// The best encoding the client accepts.
    fn variant_for(&self, accept_encoding: &str) -> (&Variant, Option<&'static str>) {
        let accepts = |name: &str| {
            accept_encoding.split(',').any(|item| {
                let mut parts = item.split(';');
                let coding = parts.next().unwrap_or_default().trim();
                let refused = parts.any(|param| param.replace(' ', "") == "q=0");
                coding.eq_ignore_ascii_case(name) && !refused
            })
        };
        match (&self.brotli, &self.gzip) {
            (Some(br), _) if accepts("br") => (br, Some("br")),
            (_, Some(gz)) if accepts("gzip") => (gz, Some("gzip")),
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

fn content_type(url: &str) -> &'static str {
    let ext = url.rsplit('.').next().unwrap_or_default();
    match ext {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

fn is_compressible(content_type: &str) -> bool {
    content_type.starts_with("text/")
        || matches!(
            content_type,
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
    let (asset, by_language) = state
        .assets
        .resolve(uri.path(), accept_language)
        .ok_or(AppError::NotFound)?;
    if let Some((tag, lesson)) =
        crate::counters::scan_of(uri.path(), uri.query(), &state.counted_lessons)
    {
        crate::counters::count_later(state.db.clone(), tag, lesson);
    }
    let accept = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default();
    let (variant, encoding) = asset.variant_for(accept);

    let mut response = if etag_matches(&headers, &variant.etag) {
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
    let out = response.headers_mut();
    out.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(asset.content_type),
    );
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
    if let Ok(etag) = HeaderValue::from_str(&variant.etag) {
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
    fn a_lesson_route_gets_its_prerendered_page_and_other_routes_the_app() {
        let assets = Assets::from_files([
            ("/index.html", b"app".as_slice()),
            ("/content/ro.json", b"{}".as_slice()),
            ("/content/hu.json", b"{}".as_slice()),
            ("/content/en.json", b"{}".as_slice()),
            ("/l/lover-boy/index.html", b"lesson ro".as_slice()),
            ("/l/lover-boy/index.hu.html", b"lesson hu".as_slice()),
        ]);
        let body = |path: &str, accept: &str| {
            assets.resolve(path, accept).map(|(asset, by_language)| {
                (
                    String::from_utf8_lossy(&asset.identity.bytes).into_owned(),
                    by_language,
                )
            })
        };
        let page = |text: &str| Some((text.to_string(), true));
        assert_eq!(body("/l/lover-boy", ""), page("lesson ro"));
        assert_eq!(body("/l/lover-boy/", "ro-RO,ro"), page("lesson ro"));
        assert_eq!(body("/l/lover-boy", "hu-HU,hu;q=0.9"), page("lesson hu"));
        assert_eq!(
            body("/l/lover-boy", "en-GB,hu;q=0.5"),
            page("lesson hu"),
            "English is not prerendered here: the next language the browser accepts"
        );
        assert_eq!(body("/l/lover-boy", "hu;q=0,de"), page("lesson ro"));
        assert_eq!(
            body("/l/no-such-lesson", "hu"),
            Some(("app".to_string(), false))
        );
        assert_eq!(body("/help", "hu"), Some(("app".to_string(), false)));
        assert_eq!(body("/l/lover-boy/x.js", ""), None);
    }
}
