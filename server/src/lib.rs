//! Veriga's optional server: the built app with strict headers, and the publisher's tools.

pub mod assets;
pub mod db;
pub mod error;
pub mod headers;
pub mod packs;

use std::sync::Arc;

use axum::Router;
use axum::middleware;

pub use assets::Assets;
pub use error::{AppError, StartError};

/// What every request handler may read.
#[derive(Clone)]
pub struct AppState {
    pub assets: Arc<Assets>,
}

/// The whole HTTP surface, apart from `main` so that tests drive it with `oneshot`.
pub fn app(state: AppState) -> Router {
    Router::new()
        .merge(assets::router())
        .with_state(state)
        .layer(middleware::from_fn(headers::security_headers))
}
