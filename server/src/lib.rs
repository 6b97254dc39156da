//! Veriga's optional server: the built app with strict headers, and the publisher's tools.

pub mod assets;
pub mod content_api;
pub mod counters;
pub mod db;
pub mod encoding;
pub mod error;
pub mod headers;
pub mod limits;
pub mod listen;
pub mod packs;
pub mod posters;
pub mod publish;
pub mod tally;

use std::sync::{Arc, Mutex};

use axum::Router;
use axum::http::HeaderValue;
use axum::middleware;

pub use assets::Assets;
pub use error::{AppError, StartError};
pub use listen::{ConnectionLimits, serve};

/// What every request handler may read.
#[derive(Clone)]
pub struct AppState {
    pub assets: Arc<Assets>,
    /// The Content-Security-Policy for this build (it names the page's inline loader and style).
    pub csp: HeaderValue,
    /// The data folder's database: signed packs and scan counters.
    pub db: Arc<Mutex<rusqlite::Connection>>,
    /// The lesson ids that scans may count (from the built-in Romanian pack), or none when
    /// counting is off (`serve --no-counters`).
    pub counted_lessons: Arc<std::collections::BTreeSet<String>>,
    /// Scans counted but not yet written (`serve` runs its writer).
    pub tally: Arc<tally::Tally>,
}

impl AppState {
    pub fn new(assets: Assets, db: rusqlite::Connection) -> AppState {
        let policy = headers::content_security_policy(&assets.inline_hashes());
        let counted_lessons = Arc::new(assets.lesson_ids());
        AppState {
            csp: HeaderValue::from_str(&policy).expect("the policy is ASCII"),
            assets: Arc::new(assets),
            db: Arc::new(Mutex::new(db)),
            counted_lessons,
            tally: Arc::default(),
        }
    }

    /// Turns the scan counters off.
    pub fn without_counters(mut self) -> AppState {
        self.counted_lessons = Arc::new(Default::default());
        self
    }
}

/// The whole HTTP surface, apart from `main` so that tests drive it with `oneshot`.
pub fn app(state: AppState) -> Router {
    let csp = state.csp.clone();
    // One limiter for the whole API: scan reports and pack checks share an address's budget.
    let api =
        content_api::router()
            .merge(counters::router())
            .layer(middleware::from_fn_with_state(
                limits::RateLimiter::default(),
                limits::rate_limit,
            ));
    Router::new()
        .merge(api)
        .merge(assets::router())
        .with_state(state)
        .layer(middleware::from_fn(limits::small_bodies_only))
        .layer(middleware::from_fn_with_state(
            csp,
            headers::security_headers,
        ))
}
