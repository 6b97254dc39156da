//! `GET /api/v1/content/<lang>`: the newest signed pack of a language, revalidated cheaply.

use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use rusqlite::Connection;
use veriga_core::lang::is_language_code;

use crate::{AppError, AppState, publish};

pub fn router() -> Router<AppState> {
    Router::new().route("/api/v1/content/{lang}", get(latest_pack))
}

async fn latest_pack(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    if !is_language_code(&lang) {
        return Err(AppError::NotFound);
    }
    let db: Arc<Mutex<Connection>> = state.db.clone();
    let latest = tokio::task::spawn_blocking(move || {
        let conn = db.lock().map_err(|_| AppError::Unavailable)?;
        publish::latest_signed(&conn, &lang).map_err(|err| {
            // The row is named so the publisher can mend it; the other languages go on.
            eprintln!("veriga-server: {err}");
            match err {
                publish::StoredPackError::Damaged { .. } => AppError::DamagedPack,
                publish::StoredPackError::Db(_) => AppError::Unavailable,
            }
        })
    })
    .await
    .map_err(|_| AppError::Unavailable)??;
    // Nothing published for this language: the app's built-in content is the newest. Not an
    // error, so a fresh server does not fill every phone's console with 404s.
    let Some((version, signed)) = latest else {
        return Ok((
            StatusCode::NO_CONTENT,
            [(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"))],
        )
            .into_response());
    };
    // Strong: it names exactly these bytes (a version is signed once).
    let etag = format!(
        "\"{}-{version}-{}\"",
        signed_lang(&signed.pack),
        signed.signature.get(..16).unwrap_or_default()
    );
    let mut response = if crate::assets::etag_matches(&headers, &etag) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let body = serde_json::to_vec(&signed).map_err(|_| AppError::Unavailable)?;
        ([(header::CONTENT_TYPE, "application/json")], body).into_response()
    };
    let out = response.headers_mut();
    out.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    if let Ok(value) = HeaderValue::from_str(&etag) {
        out.insert(header::ETAG, value);
    }
    Ok(response)
}

/// The language named inside the signed text, for the ETag (never trusted for anything else).
fn signed_lang(pack: &str) -> &str {
    pack.split("\"lang\":\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .filter(|lang| is_language_code(lang))
        .unwrap_or("pack")
}
