//! The server's errors: what a request can get wrong, and what can stop the server starting.

use std::path::PathBuf;

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// A client's request that cannot be answered. Client errors are not logged: the server keeps
/// nothing about who asked what.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not-found")]
    NotFound,
    #[error("method-not-allowed")]
    MethodNotAllowed,
    #[error("unavailable")]
    Unavailable,
    /// The language's newest stored pack is damaged (logged with its row).
    #[error("damaged-pack")]
    DamagedPack,
    /// Over the address's budget; it may ask again in `retry_after` seconds.
    #[error("too-many-requests")]
    TooManyRequests { retry_after: u64 },
    #[error("payload-too-large")]
    PayloadTooLarge,
    /// A scan report that is not a JSON object with `tag`, `lesson` and `day`.
    #[error("bad-scan-report")]
    BadScanReport,
    #[error("bad-campaign-tag")]
    BadCampaignTag,
    /// A lesson no poster can point at.
    #[error("unknown-lesson")]
    UnknownLesson,
    /// Not a `YYYY-MM-DD` day from a week before today to tomorrow.
    #[error("bad-scan-day")]
    BadScanDay,
}

impl AppError {
    fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            AppError::Unavailable | AppError::DamagedPack => StatusCode::SERVICE_UNAVAILABLE,
            AppError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::BadScanReport
            | AppError::BadCampaignTag
            | AppError::UnknownLesson
            | AppError::BadScanDay => StatusCode::BAD_REQUEST,
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({ "error": self.to_string() });
        let mut response = (self.status(), Json(body)).into_response();
        if let AppError::TooManyRequests { retry_after } = self {
            response
                .headers_mut()
                .insert(axum::http::header::RETRY_AFTER, retry_after.into());
        }
        response
    }
}

/// Why the server or a command could not start. Each message is one line that names the fix.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(
        "the app folder {0} does not exist: build the app first (./scripts/run.sh does), or pass --dist PATH"
    )]
    DistMissing(PathBuf),
    #[error(
        "the app folder {0} has no index.html: rebuild the app (./scripts/run.sh), or pass --dist PATH"
    )]
    DistIncomplete(PathBuf),
    #[error(
        "cannot read the app folder {path}: {reason}; check its permissions or pass --dist PATH"
    )]
    DistUnreadable { path: PathBuf, reason: String },
    #[error(
        "the data folder {0} does not exist: create it with `mkdir -p {0}`, or leave out --data to use ./data"
    )]
    DataMissing(PathBuf),
    #[error("the data path {0} is not a folder: move that file away, or pass --data with a folder")]
    DataNotAFolder(PathBuf),
    #[error(
        "cannot use the data folder {path}: {reason}; check its permissions, or pass --data with another folder"
    )]
    DataUnreadable { path: PathBuf, reason: String },
    #[error(
        "{0} is not a Veriga database (it may be damaged); it was left untouched: move it away to start afresh, or pass --data with another folder"
    )]
    DataCorrupt(PathBuf),
    #[error(
        "{path} was written by a newer Veriga (schema {found}, this one knows {known}): upgrade veriga-server"
    )]
    DataTooNew {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error("cannot listen on {addr}: {reason}; pick another --addr")]
    Bind { addr: String, reason: String },
    #[error("the locales have problems:\n{0}")]
    Locales(#[from] veriga_core::locales::Diagnostics),
    #[error("{0} already exists: a key is never overwritten; choose another --out")]
    KeyExists(PathBuf),
    #[error("cannot read the key {path}: {reason}")]
    KeyUnreadable { path: PathBuf, reason: String },
    #[error("cannot write {path}: {reason}")]
    Write { path: PathBuf, reason: String },
    #[error("cannot read {path}: {reason}")]
    Read { path: PathBuf, reason: String },
    #[error("there are no posters in `{0}`: use one of {1}")]
    PosterLanguage(String, String),
    #[error("there is no lesson `{0}`: use `all`, or ids from locales/lessons.toml")]
    PosterLesson(String),
    #[error("there is no format `{0}`: use a4, a3 and stickers, comma-separated")]
    PosterFormat(String),
    #[error("cannot make the posters: {0}")]
    Poster(#[from] veriga_core::poster::PosterError),
    #[error("{path} has problems, so no pack was made:\n{list}")]
    CampaignRows { path: PathBuf, list: String },
}
