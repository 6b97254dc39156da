//! Veriga's optional server: the built app with strict headers, and the publisher's tools.

pub mod assets;
pub mod content_api;
pub mod db;
pub mod error;
pub mod headers;
pub mod packs;
pub mod publish;

use std::sync::{Arc, Mutex};

use axum::Router;
use axum::http::HeaderValue;
use axum::middleware;

pub use assets::Assets;
pub use error::{AppError, StartError};

/// What every request handler may read.
#[derive(Clone)]
pub struct AppState {
    pub assets: Arc<Assets>,
    /// The Content-Security-Policy for this build (it names the page's inline style).
    pub csp: HeaderValue,
    /// The data folder's database: signed packs and scan counters.
    pub db: Arc<Mutex<rusqlite::Connection>>,
}

impl AppState {
    pub fn new(assets: Assets, db: rusqlite::Connection) -> AppState {
        let policy = headers::content_security_policy(&assets.inline_style_hashes());
        AppState {
            csp: HeaderValue::from_str(&policy).expect("the policy is ASCII"),
            assets: Arc::new(assets),
            db: Arc::new(Mutex::new(db)),
        }
    }
}

/// The whole HTTP surface, apart from `main` so that tests drive it with `oneshot`.
pub fn app(state: AppState) -> Router {
    let csp = state.csp.clone();
    Router::new()
        .merge(content_api::router())
        .merge(assets::router())
        .with_state(state)
        .layer(middleware::from_fn_with_state(
            csp,
            headers::security_headers,
        ))
}
