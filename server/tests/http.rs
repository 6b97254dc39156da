//! The HTTP surface, driven in memory with `oneshot`.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;
use veriga_server::{AppState, Assets, app};

const INDEX: &str = "<!doctype html><html lang=\"ro\"><head><style>a{color:red}</style></head><body><a href=\"tel:0800800678\">0800 800 678</a></body></html>";

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
async fn deep_links_get_the_app_page() {
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

#[tokio::test]
async fn every_response_carries_the_security_headers_and_no_cookie() {
    for path in ["/", "/veriga-app-0123456789abcdef.js", "/missing.css"] {
        let response = get(path, &[]).await;
        let headers = response.headers();
        let policy = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(policy.starts_with("default-src 'none'; script-src 'self' 'wasm-unsafe-eval';"));
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
fn counting_state(dir: &std::path::Path) -> AppState {
    let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    let ro = veriga_core::locales::compile(&locales)
        .unwrap()
        .into_iter()
        .find(|pack| pack.lang == "ro")
        .unwrap()
        .to_json();
    let assets = Assets::from_files([
        ("/index.html", INDEX.as_bytes()),
        ("/content/ro.json", ro.as_bytes()),
    ]);
    AppState::new(assets, veriga_server::db::open(dir).unwrap())
}

async fn scan(state: &AppState, uri: &str) {
    let response = app(state.clone())
        .oneshot(
            Request::get(uri)
                .header("user-agent", "VerigaPrivacyProbe/9.9")
                .header("x-forwarded-for", "203.0.113.77")
                .header("referer", "https://tracker.invalid/poster")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
}

async fn counted(state: &AppState) -> Vec<(String, String, String, i64)> {
    // Counting happens off the request path; give it a moment.
    for _ in 0..50 {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        let rows = veriga_server::counters::all(&state.db.lock().unwrap()).unwrap();
        if rows.iter().map(|row| row.3).sum::<i64>() >= 3 {
            return rows;
        }
    }
    veriga_server::counters::all(&state.db.lock().unwrap()).unwrap()
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
    ] {
        scan(&state, uri).await;
    }
    let rows = counted(&state).await;
    let summary: Vec<(String, String, i64)> = rows
        .iter()
        .map(|(_, tag, lesson, n)| (tag.clone(), lesson.clone(), *n))
        .collect();
    assert_eq!(
        summary,
        [
            ("school-7".into(), "job-offers".into(), 1),
            ("school-7".into(), "lover-boy".into(), 2)
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
    let response = app(state())
        .oneshot(
            Request::post("/l/lover-boy")
                .header("content-length", "2048")
                .body(Body::from(vec![b'x'; 2048]))
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn the_api_answers_429_after_a_burst() {
    let (state, _public, _dir) = published_state();
    let router = app(state);
    let burst = veriga_server::limits::BURST as usize;
    let mut statuses = Vec::new();
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
        statuses.push(response.status());
    }
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
