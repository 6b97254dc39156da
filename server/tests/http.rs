//! The HTTP surface, driven in memory with `oneshot`.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;
use veriga_server::{AppState, Assets, app};

const INDEX: &str = "<!doctype html><html lang=\"ro\"><head><style>a{color:red}</style><script type=\"module\">start()</script><script async src=\"/quick-exit.js\"></script></head><body><a href=\"tel:0800800678\">0800 800 678</a></body></html>";

fn state() -> AppState {
    let wasm = vec![0u8; 4096];
    let js = "export function start() { console.log('hello'); }\n".repeat(40);
    let assets = Assets::from_files([
        ("/index.html", INDEX.as_bytes()),
        ("/veriga-app-0123456789abcdef.js", js.as_bytes()),
        ("/veriga-app-0123456789abcdef_bg.wasm", wasm.as_slice()),
    ]);
    AppState::new(assets, veriga_server::db::open_in_memory())
}

async fn get(path: &str, headers: &[(&str, &str)]) -> axum::response::Response {
    let mut request = Request::get(path);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    app(state())
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap()
}

async fn body_of(response: axum::response::Response) -> Vec<u8> {
    response
        .into_body()
        .collect()
        .await
        .unwrap()
        .to_bytes()
        .to_vec()
}

#[tokio::test]
async fn without_prerendered_pages_deep_links_get_the_app_page() {
    for path in [
        "/",
        "/l/lover-boy",
        "/help",
        "/l/job-offers?k=school-7",
        "/no-such-page",
    ] {
        let response = get(path, &[]).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_eq!(
            response.headers()[header::CONTENT_TYPE],
            "text/html; charset=utf-8"
        );
        assert_eq!(body_of(response).await, INDEX.as_bytes(), "{path}");
    }
}

#[tokio::test]
async fn a_missing_file_is_a_404_not_the_app_page() {
    let response = get("/missing-0123456789abcdef.js", &[]).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let body = String::from_utf8(body_of(response).await).unwrap();
    assert!(body.contains("\"error\""), "{body}");
    assert_eq!(
        get("/api/v1/nothing", &[]).await.status(),
        StatusCode::NOT_FOUND
    );
}

/// A build in the new layout: every page in `<lang>/…` for en, hu and ro, the Romanian copy
/// without the prefix, the shell and the not-found pages; each body names its file.
fn paged_state() -> AppState {
    let page = |name: &str| {
        INDEX.replace(
            "<body>",
            &format!("<body><main data-page=\"{name}\"></main>"),
        )
    };
    let mut files = vec![
        ("/index.html".to_string(), page("index.html")),
        ("/shell.html".to_string(), page("shell.html")),
        ("/404.html".to_string(), page("404.html")),
        ("/l/lover-boy/index.html".to_string(), page("l/lover-boy")),
        (
            "/sw.js".to_string(),
            "self.addEventListener('fetch', () => {});".to_string(),
        ),
    ];
    for lang in ["en", "hu", "ro"] {
        files.push((format!("/content/{lang}.json"), "{}".to_string()));
        for path in [
            "index.html",
            "404.html",
            "help/index.html",
            "l/lover-boy/index.html",
        ] {
            files.push((format!("/{lang}/{path}"), page(&format!("{lang}/{path}"))));
        }
    }
    let assets = Assets::from_files(
        files
            .iter()
            .map(|(path, body)| (path.as_str(), body.as_bytes())),
    );
    AppState::new(assets, veriga_server::db::open_in_memory())
}

/// Which page `path` got: its status, its file (from `data-page`) and its `Vary`.
async fn page_of(
    state: &AppState,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
) -> (StatusCode, String, String) {
    let mut request = Request::builder().method(method).uri(path);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = app(state.clone())
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let vary = response.headers()[header::VARY]
        .to_str()
        .unwrap()
        .to_string();
    let body = String::from_utf8(body_of(response).await).unwrap();
    let file = body
        .split("data-page=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or(&body)
        .to_string();
    (status, file, vary)
}

#[tokio::test]
async fn every_page_has_a_url_per_language_and_bare_paths_follow_the_browser() {
    let state = paged_state();
    let fixed = "Accept-Encoding";
    let negotiated = "Accept-Encoding, Accept-Language";
    for (path, accept, file, vary) in [
        (
            "/hu/l/lover-boy",
            "ro-RO,ro",
            "hu/l/lover-boy/index.html",
            fixed,
        ),
        ("/hu/l/lover-boy", "", "hu/l/lover-boy/index.html", fixed),
        (
            "/hu/l/lover-boy?k=sc3-test",
            "en",
            "hu/l/lover-boy/index.html",
            fixed,
        ),
        (
            "/l/lover-boy",
            "hu-HU,hu;q=0.9",
            "hu/l/lover-boy/index.html",
            negotiated,
        ),
        ("/l/lover-boy", "", "ro/l/lover-boy/index.html", negotiated),
        ("/", "en-GB,en", "en/index.html", negotiated),
        ("/", "", "ro/index.html", negotiated),
        ("/en/", "hu", "en/index.html", fixed),
        ("/en", "hu", "en/index.html", fixed),
        ("/ro/help", "hu", "ro/help/index.html", fixed),
        ("/help", "hu", "hu/help/index.html", negotiated),
        ("/l/lover-boy/index.html", "hu", "l/lover-boy", fixed),
        (
            "/ro/l/lover-boy/index.html",
            "hu",
            "ro/l/lover-boy/index.html",
            fixed,
        ),
    ] {
        let headers = [("accept-language", accept)];
        let (status, got, got_vary) = page_of(&state, "GET", path, &headers).await;
        assert_eq!(status, StatusCode::OK, "{path} ({accept})");
        assert_eq!(got, file, "{path} ({accept})");
        assert_eq!(got_vary, vary, "{path} ({accept})");
    }
}

#[tokio::test]
async fn a_page_that_does_not_exist_gets_the_not_found_page_with_404() {
    let state = paged_state();
    for (path, accept, file, vary) in [
        ("/ro/l/no-such", "hu", "ro/404.html", "Accept-Encoding"),
        ("/hu/check/no-such", "", "hu/404.html", "Accept-Encoding"),
        (
            "/fr/l/lover-boy",
            "hu",
            "hu/404.html",
            "Accept-Encoding, Accept-Language",
        ),
        (
            "/l/no-such",
            "",
            "ro/404.html",
            "Accept-Encoding, Accept-Language",
        ),
        (
            "/no-such-page",
            "en",
            "en/404.html",
            "Accept-Encoding, Accept-Language",
        ),
    ] {
        let headers = [("accept-language", accept)];
        let (status, got, got_vary) = page_of(&state, "GET", path, &headers).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(got, file, "{path}");
        assert_eq!(got_vary, vary, "{path}");
    }
    let response = app(state.clone())
        .oneshot(Request::get("/ro/l/no-such").body(Body::empty()).unwrap())
        .await
        .unwrap();
    let headers = response.headers();
    assert_eq!(headers[header::CONTENT_TYPE], "text/html; charset=utf-8");
    assert_eq!(headers[header::REFERRER_POLICY], "no-referrer");
    assert!(
        headers[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .contains("frame-ancestors 'none'")
    );
    assert!(
        headers.get(header::ETAG).is_none(),
        "the 404 page is not the path's"
    );
    let (status, body, _) = page_of(&state, "HEAD", "/ro/l/no-such", &[]).await;
    assert_eq!((status, body.as_str()), (StatusCode::NOT_FOUND, ""));
    let (status, file, _) =
        page_of(&state, "GET", "/ro/l/no-such", &[("if-none-match", "*")]).await;
    assert_eq!(
        (status, file.as_str()),
        (StatusCode::NOT_FOUND, "ro/404.html"),
        "a condition never turns a 404 into a 304"
    );
    for missing in ["/missing-0123456789abcdef.js", "/hu/l/lover-boy/x.css"] {
        let response = app(state.clone())
            .oneshot(Request::get(missing).body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{missing}");
        let body = String::from_utf8(body_of(response).await).unwrap();
        assert!(
            body.contains("\"error\""),
            "a missing file is not a page: {body}"
        );
    }
}

#[tokio::test]
async fn every_response_carries_the_security_headers_and_no_cookie() {
    for path in ["/", "/veriga-app-0123456789abcdef.js", "/missing.css"] {
        let response = get(path, &[]).await;
        let headers = response.headers();
        let policy = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        // Only the page's own inline loader, by hash (sha256 of `start()`); the external
        // script is `'self'`'s.
        assert!(
            policy.starts_with(
                "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' \
                 'sha256-DIm7WJS6ZKDYe5qFLPy+h4JFI9Bol5QmYC57mt3Fb00=';"
            ),
            "{policy}"
        );
        assert!(policy.contains("frame-ancestors 'none'") && policy.contains("connect-src 'self'"));
        assert!(!policy.contains("unsafe-inline"), "{policy}");
        // Only the page's own inline stylesheet, by hash: sha256 of `a{color:red}`.
        assert!(
            policy.contains(
                "style-src 'self' 'sha256-6hWWMOcF+mJesSJGYhmK2lkIIEw9Xc5XKGLPVzh8yxs=';"
            ),
            "{policy}"
        );
        assert_eq!(headers[header::REFERRER_POLICY], "no-referrer");
        assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        let permissions = headers["permissions-policy"].to_str().unwrap();
        for feature in ["geolocation=()", "camera=()", "microphone=()"] {
            assert!(permissions.contains(feature), "{permissions}");
        }
        assert!(headers.get(header::SET_COOKIE).is_none());
    }
}

#[tokio::test]
async fn brotli_then_gzip_then_identity() {
    let js = "/veriga-app-0123456789abcdef.js";
    let raw = body_of(get(js, &[]).await).await;

    let response = get(js, &[("accept-encoding", "gzip, deflate, br")]).await;
    assert_eq!(response.headers()[header::CONTENT_ENCODING], "br");
    assert_eq!(response.headers()[header::VARY], "Accept-Encoding");
    let packed = body_of(response).await;
    assert!(packed.len() < raw.len());
    let mut unpacked = Vec::new();
    brotli::BrotliDecompress(&mut packed.as_slice(), &mut unpacked).unwrap();
    assert_eq!(unpacked, raw);

    let response = get(js, &[("accept-encoding", "gzip")]).await;
    assert_eq!(response.headers()[header::CONTENT_ENCODING], "gzip");
    let packed = body_of(response).await;
    let mut unpacked = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::GzDecoder::new(packed.as_slice()),
        &mut unpacked,
    )
    .unwrap();
    assert_eq!(unpacked, raw);

    let response = get(js, &[("accept-encoding", "br;q=0, gzip;q=0")]).await;
    assert!(response.headers().get(header::CONTENT_ENCODING).is_none());
}

#[tokio::test]
async fn fingerprinted_files_are_immutable_and_the_page_is_revalidated() {
    let response = get("/veriga-app-0123456789abcdef_bg.wasm", &[]).await;
    assert_eq!(response.headers()[header::CONTENT_TYPE], "application/wasm");
    assert!(
        response.headers()[header::CACHE_CONTROL]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    let response = get("/", &[]).await;
    assert_eq!(response.headers()[header::CACHE_CONTROL], "no-cache");
}

#[tokio::test]
async fn a_matching_etag_gets_304_with_no_body() {
    let first = get("/", &[("accept-encoding", "br")]).await;
    let etag = first.headers()[header::ETAG].to_str().unwrap().to_string();
    assert!(etag.starts_with('"'), "strong etag: {etag}");
    let again = get("/", &[("accept-encoding", "br"), ("if-none-match", &etag)]).await;
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    assert!(body_of(again).await.is_empty());
    let other = get(
        "/",
        &[("accept-encoding", "br"), ("if-none-match", "\"stale\"")],
    )
    .await;
    assert_eq!(other.status(), StatusCode::OK);
}

#[tokio::test]
async fn only_reading_is_allowed() {
    let response = app(state())
        .oneshot(Request::post("/").body(Body::from("x")).unwrap())
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    let response = app(state())
        .oneshot(Request::head("/").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert!(body_of(response).await.is_empty());
}

/// A server whose database holds the real locales, published and signed with a fresh key.
fn published_state() -> (AppState, [u8; 32], tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("veriga.key");
    let public =
        veriga_core::signing::public_key(&veriga_server::publish::keygen(&key).unwrap()).unwrap();
    let mut conn = veriga_server::db::open_in_memory();
    let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    veriga_server::publish::publish(&key, &locales, &mut conn, "2026-11-29").unwrap();
    let assets = Assets::from_files([("/index.html", INDEX.as_bytes())]);
    (AppState::new(assets, conn), public, dir)
}

#[tokio::test]
async fn a_damaged_stored_pack_is_a_503_for_its_language_only() {
    let damages = [
        (
            "a short signature",
            "UPDATE packs SET signature = x'01' WHERE lang = 'hu'",
        ),
        (
            "a long signature",
            "UPDATE packs SET signature = zeroblob(65) WHERE lang = 'hu'",
        ),
        (
            "a key that is not hex",
            "UPDATE packs SET key = 'zz' || substr(key, 3) WHERE lang = 'hu'",
        ),
        (
            "a pack that is not UTF-8",
            "UPDATE packs SET body = x'7bff22' WHERE lang = 'hu'",
        ),
        (
            "a negative version",
            "UPDATE packs SET version = -version WHERE lang = 'hu'",
        ),
    ];
    for (damage, sql) in damages {
        let (state, _, _dir) = published_state();
        state.db.lock().unwrap().execute_batch(sql).unwrap();
        let ask = |lang: &str| {
            app(state.clone()).oneshot(
                Request::get(format!("/api/v1/content/{lang}"))
                    .body(Body::empty())
                    .unwrap(),
            )
        };
        let response = ask("hu").await.unwrap();
        assert_eq!(
            response.status(),
            StatusCode::SERVICE_UNAVAILABLE,
            "{damage}"
        );
        let body: serde_json::Value = serde_json::from_slice(&body_of(response).await).unwrap();
        assert_eq!(body["error"], "damaged-pack", "{damage}");
        assert_eq!(
            ask("en").await.unwrap().status(),
            StatusCode::OK,
            "{damage}: the others go on"
        );
    }
}

#[tokio::test]
async fn the_content_api_serves_the_latest_signed_pack_with_a_strong_etag() {
    let (state, public, _dir) = published_state();
    let response = app(state.clone())
        .oneshot(
            Request::get("/api/v1/content/hu")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[header::CACHE_CONTROL], "no-cache");
    let etag = response.headers()[header::ETAG]
        .to_str()
        .unwrap()
        .to_string();
    assert!(etag.starts_with("\"hu-2-"), "{etag}");
    let signed: veriga_core::signing::SignedPack =
        serde_json::from_slice(&body_of(response).await).unwrap();
    let pack = veriga_core::pack::ContentPack::from_json(signed.verified(&[public]).unwrap(), "hu")
        .unwrap();
    assert_eq!(pack.version, 2);

    let again = app(state.clone())
        .oneshot(
            Request::get("/api/v1/content/hu")
                .header("if-none-match", &etag)
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    assert!(body_of(again).await.is_empty());

    let unpublished = app(state.clone())
        .oneshot(
            Request::get("/api/v1/content/de")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(
        unpublished.status(),
        StatusCode::NO_CONTENT,
        "nothing newer than built-in"
    );
    for missing in [
        "/api/v1/content/..%2Fx",
        "/api/v1/content/RO",
        "/api/v1/content/toolong",
    ] {
        let response = app(state.clone())
            .oneshot(Request::get(missing).body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{missing}");
        assert!(
            String::from_utf8(body_of(response).await)
                .unwrap()
                .contains("\"error\"")
        );
    }
}

/// A server with a file-backed database and the real built-in Romanian pack.
/// A server with a file-backed database and the real built-in Romanian and Hungarian packs
/// (so `/hu/…` is a built language).
fn counting_state(dir: &std::path::Path) -> AppState {
    let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    let packs = veriga_core::locales::compile(&locales).unwrap();
    let json = |lang: &str| {
        packs
            .iter()
            .find(|pack| pack.lang == lang)
            .unwrap()
            .to_json()
    };
    let (ro, hu) = (json("ro"), json("hu"));
    let assets = Assets::from_files([
        ("/index.html", INDEX.as_bytes()),
        ("/content/ro.json", ro.as_bytes()),
        ("/content/hu.json", hu.as_bytes()),
    ]);
    AppState::new(assets, veriga_server::db::open(dir).unwrap())
}

/// Headers a poster scan must never leave a trace of.
const PROBE_HEADERS: [(&str, &str); 3] = [
    ("user-agent", "VerigaPrivacyProbe/9.9"),
    ("x-forwarded-for", "203.0.113.77"),
    ("referer", "https://tracker.invalid/poster"),
];

async fn scan(state: &AppState, uri: &str) {
    let mut request = Request::get(uri);
    for (name, value) in PROBE_HEADERS {
        request = request.header(name, value);
    }
    let response = app(state.clone())
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
}

/// The counters once they add up to `total`: navigation scans are counted off the request
/// path, so this gives them a moment.
async fn counted(state: &AppState, total: i64) -> Vec<(String, String, String, i64)> {
    for _ in 0..50 {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        state.tally.write(&mut state.db.lock().unwrap()).unwrap();
        let rows = veriga_server::counters::all(&state.db.lock().unwrap()).unwrap();
        if rows.iter().map(|row| row.3).sum::<i64>() >= total {
            return rows;
        }
    }
    veriga_server::counters::all(&state.db.lock().unwrap()).unwrap()
}

/// The day `offset` days from today (UTC), as a report names it.
fn day(offset: i64) -> String {
    veriga_server::publish::iso_date(veriga_server::publish::days_since_epoch() + offset)
}

fn report_of(tag: &str, lesson: &str, day: &str) -> String {
    serde_json::json!({ "tag": tag, "lesson": lesson, "day": day }).to_string()
}

/// `POST /api/v1/scans` with `body`, as `content_type`, plus `headers`: the status and body.
async fn report(
    router: axum::Router,
    content_type: Option<&str>,
    body: &str,
    headers: &[(&str, &str)],
) -> (StatusCode, String) {
    let mut request = Request::post("/api/v1/scans");
    if let Some(content_type) = content_type {
        request = request.header(header::CONTENT_TYPE, content_type);
    }
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = router
        .oneshot(request.body(Body::from(body.to_string())).unwrap())
        .await
        .unwrap();
    let status = response.status();
    (status, String::from_utf8(body_of(response).await).unwrap())
}

/// Every row of the counters table, read from SQLite itself.
fn stored_counts(state: &AppState) -> Vec<(String, String, String, i64)> {
    let mut conn = state.db.lock().unwrap();
    // What the writer would have written by now.
    state.tally.write(&mut conn).unwrap();
    let mut statement = conn
        .prepare("SELECT tag, lesson, day, count FROM scan_counts ORDER BY tag, lesson, day")
        .unwrap();
    statement
        .query_map([], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[tokio::test]
async fn a_scan_the_worker_reports_counts_once_on_its_day() {
    let dir = tempfile::tempdir().unwrap();
    let state = counting_state(dir.path());
    let yesterday = day(-1);
    let (status, body) = report(
        app(state.clone()),
        Some("application/json"),
        &report_of("sc3-test", "lover-boy", &yesterday),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    assert!(body.is_empty());
    assert_eq!(
        stored_counts(&state),
        [("sc3-test".into(), "lover-boy".into(), yesterday.clone(), 1)]
    );

    // Counted exactly as a navigation scan: the same row for the same tag, lesson and day.
    let today = day(0);
    let (status, _) = report(
        app(state.clone()),
        Some("application/json; charset=utf-8"),
        &report_of("sc3-test", "lover-boy", &today),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    scan(&state, "/hu/l/lover-boy?k=sc3-test").await;
    counted(&state, 3).await;
    assert_eq!(
        stored_counts(&state),
        [
            ("sc3-test".into(), "lover-boy".into(), yesterday, 1),
            ("sc3-test".into(), "lover-boy".into(), today, 2),
        ]
    );
}

#[tokio::test]
async fn a_bad_scan_report_gets_400_with_its_reason_and_stores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let state = counting_state(dir.path());
    let json = Some("application/json");
    let today = day(0);
    let cases = [
        (
            "unknown lesson",
            json,
            report_of("sc3-test", "no-such-lesson", &today),
            "unknown-lesson",
        ),
        (
            "bad tag",
            json,
            report_of("SC3 test", "lover-boy", &today),
            "bad-campaign-tag",
        ),
        (
            "tag too long",
            json,
            report_of("abcdefghijklmnopq", "lover-boy", &today),
            "bad-campaign-tag",
        ),
        (
            "empty tag",
            json,
            report_of("", "lover-boy", &today),
            "bad-campaign-tag",
        ),
        (
            "malformed day",
            json,
            report_of("sc3-test", "lover-boy", &today.replace('-', "/")),
            "bad-scan-day",
        ),
        (
            "not a day",
            json,
            report_of("sc3-test", "lover-boy", "yesterday"),
            "bad-scan-day",
        ),
        (
            "30 days ago",
            json,
            report_of("sc3-test", "lover-boy", &day(-30)),
            "bad-scan-day",
        ),
        (
            "8 days ago",
            json,
            report_of("sc3-test", "lover-boy", &day(-8)),
            "bad-scan-day",
        ),
        (
            "the day after tomorrow",
            json,
            report_of("sc3-test", "lover-boy", &day(2)),
            "bad-scan-day",
        ),
        (
            "tomorrow + 2",
            json,
            report_of("sc3-test", "lover-boy", &day(3)),
            "bad-scan-day",
        ),
        (
            "not JSON",
            json,
            "tag=sc3-test&lesson=lover-boy".to_string(),
            "bad-scan-report",
        ),
        (
            "missing field",
            json,
            serde_json::json!({ "tag": "sc3-test", "lesson": "lover-boy" }).to_string(),
            "bad-scan-report",
        ),
        (
            "a field of the wrong type",
            json,
            serde_json::json!({ "tag": "sc3-test", "lesson": "lover-boy", "day": 20261201 })
                .to_string(),
            "bad-scan-report",
        ),
        (
            "not an object",
            json,
            "[\"sc3-test\"]".to_string(),
            "bad-scan-report",
        ),
        (
            "sent as a form",
            Some("application/x-www-form-urlencoded"),
            report_of("sc3-test", "lover-boy", &today),
            "bad-scan-report",
        ),
        (
            "no content type",
            None,
            report_of("sc3-test", "lover-boy", &today),
            "bad-scan-report",
        ),
    ];
    for (what, content_type, body, key) in cases {
        let (status, answer) = report(app(state.clone()), content_type, &body, &[]).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{what}: {answer}");
        let answer: serde_json::Value = serde_json::from_str(&answer).unwrap();
        assert_eq!(answer, serde_json::json!({ "error": key }), "{what}");
    }
    assert!(stored_counts(&state).is_empty());
}

#[tokio::test]
async fn scan_reports_get_404_when_counting_is_off() {
    let dir = tempfile::tempdir().unwrap();
    let state = counting_state(dir.path()).without_counters();
    let (status, body) = report(
        app(state.clone()),
        Some("application/json"),
        &report_of("sc3-test", "lover-boy", &day(0)),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("\"error\""), "{body}");
    assert!(stored_counts(&state).is_empty());
}

#[tokio::test]
async fn scan_reports_share_the_apis_rate_limit() {
    let dir = tempfile::tempdir().unwrap();
    let state = counting_state(dir.path());
    let router = app(state.clone());
    for _ in 0..veriga_server::limits::BURST as usize {
        let response = router
            .clone()
            .oneshot(
                Request::get("/api/v1/content/ro")
                    .body(Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::NO_CONTENT);
    }
    // The bucket refills 5 tokens a second, so on a slow machine a few reports may still pass
    // before the limit bites: every one that passed is counted, and the limit does bite.
    let mut accepted = 0;
    let mut refused = None;
    for _ in 0..20 {
        let (status, body) = report(
            router.clone(),
            Some("application/json"),
            &report_of("sc3-test", "lover-boy", &day(0)),
            &[],
        )
        .await;
        if status == StatusCode::TOO_MANY_REQUESTS {
            refused = Some(body);
            break;
        }
        assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
        accepted += 1;
    }
    let body = refused.expect("the scan reports share the content API's bucket");
    assert!(body.contains("too-many-requests"), "{body}");
    let counted: i64 = stored_counts(&state).iter().map(|row| row.3).sum();
    assert_eq!(counted, accepted);
}

#[tokio::test]
async fn scans_are_counted_per_tag_lesson_and_day_and_nothing_else_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let state = counting_state(dir.path());
    for uri in [
        "/l/lover-boy?k=school-7",
        "/l/lover-boy?k=school-7",
        "/l/job-offers?k=school-7",
        "/l/lover-boy",
        "/l/made-up?k=school-7",
        "/l/lover-boy?k=NOT_A_TAG",
        "/hu/l/lover-boy?k=school-7",
        "/fr/l/lover-boy?k=school-7",
    ] {
        scan(&state, uri).await;
    }
    let (status, _) = report(
        app(state.clone()),
        Some("application/json"),
        &report_of("sc3-test", "job-offers", &day(0)),
        &PROBE_HEADERS,
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let rows = counted(&state, 5).await;
    let summary: Vec<(String, String, i64)> = rows
        .iter()
        .map(|(_, tag, lesson, n)| (tag.clone(), lesson.clone(), *n))
        .collect();
    assert_eq!(
        summary,
        [
            ("sc3-test".into(), "job-offers".into(), 1),
            ("school-7".into(), "job-offers".into(), 1),
            ("school-7".into(), "lover-boy".into(), 3)
        ]
    );
    drop(state);
    let mut stored = Vec::new();
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        stored.extend(std::fs::read(entry.unwrap().path()).unwrap());
    }
    let text = String::from_utf8_lossy(&stored);
    for secret in [
        "VerigaPrivacyProbe",
        "203.0.113.77",
        "tracker.invalid",
        "127.0.0.1",
    ] {
        assert!(!text.contains(secret), "{secret} was stored");
    }
}

#[tokio::test]
async fn no_counters_means_nothing_is_counted() {
    let dir = tempfile::tempdir().unwrap();
    let state = counting_state(dir.path()).without_counters();
    scan(&state, "/l/lover-boy?k=school-7").await;
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert!(
        veriga_server::counters::all(&state.db.lock().unwrap())
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn bodies_over_1_kb_get_413() {
    for path in ["/l/lover-boy", "/api/v1/scans"] {
        let response = app(state())
            .oneshot(
                Request::post(path)
                    .header("content-length", "2048")
                    .body(Body::from(vec![b'x'; 2048]))
                    .unwrap(),
            )
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE, "{path}");
    }
    // A report that declares no length is cut off at the limit too.
    let dir = tempfile::tempdir().unwrap();
    let counting = counting_state(dir.path());
    let padded = format!(
        "{{\"tag\":\"sc3-test\",\"lesson\":\"lover-boy\",\"day\":\"{}\",\"pad\":\"{}\"}}",
        day(0),
        "x".repeat(2048)
    );
    let (status, _) = report(
        app(counting.clone()),
        Some("application/json"),
        &padded,
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(stored_counts(&counting).is_empty());
}

#[tokio::test]
async fn the_api_answers_429_after_a_burst() {
    let (state, _public, _dir) = published_state();
    let router = app(state);
    let burst = veriga_server::limits::BURST as usize;
    let mut statuses = Vec::new();
    let mut retry_after = None;
    for _ in 0..burst + 100 {
        let response = router
            .clone()
            .oneshot(
                Request::get("/api/v1/content/ro")
                    .body(Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
        if response.status() == StatusCode::TOO_MANY_REQUESTS {
            retry_after = response.headers().get(header::RETRY_AFTER).cloned();
        }
        statuses.push(response.status());
    }
    // A token comes back every 200 ms: "ask again in a second".
    assert_eq!(
        retry_after.as_ref().and_then(|v| v.to_str().ok()),
        Some("1")
    );
    assert!(statuses[..burst].iter().all(|s| *s == StatusCode::OK));
    let refused = statuses
        .iter()
        .position(|s| *s == StatusCode::TOO_MANY_REQUESTS);
    assert!(
        refused.is_some_and(|at| at >= burst),
        "refused at {refused:?}"
    );
}

#[tokio::test]
async fn the_teacher_area_is_its_own_page() {
    let state = {
        let assets = Assets::from_files([
            ("/index.html", INDEX.as_bytes()),
            (
                "/teach/index.html",
                b"<!doctype html><title>teach</title>".as_slice(),
            ),
        ]);
        AppState::new(assets, veriga_server::db::open_in_memory())
    };
    for (path, expected) in [
        ("/teach", "teach"),
        ("/teach/", "teach"),
        ("/teach/posters", "teach"),
        ("/teacher", "0800 800 678"),
        ("/l/lover-boy", "0800 800 678"),
    ] {
        let response = app(state.clone())
            .oneshot(Request::get(path).body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        let body = String::from_utf8(body_of(response).await).unwrap();
        assert!(body.contains(expected), "{path}: {body}");
    }
}
