//! The security headers every response carries, whatever route produced it.

use axum::extract::{Request, State};
use axum::http::HeaderValue;
use axum::http::header::{self, HeaderName};
use axum::middleware::Next;
use axum::response::Response;

/// No inline script, no third party, no framing. `'wasm-unsafe-eval'` is what compiling the
/// app's wasm needs; Trunk's inline loader is moved to a file at build time so that
/// `script-src 'self'` holds. Trusted Types are left out: Leptos 0.8 writes innerHTML.
/// `{styles}` becomes the hashes of the page's inline stylesheet (see [`content_security_policy`]).
const POLICY_TEMPLATE: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; \
connect-src 'self'; style-src 'self'{styles}; img-src 'self'; manifest-src 'self'; worker-src 'self'; \
base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// The policy for a build whose page inlines stylesheets with these hashes (`sha256-…`). The
/// stylesheet is inlined so the help line paints with the HTML's first bytes, without waiting
/// for a second request on slow networks; only those exact bytes may style the page.
pub fn content_security_policy(style_hashes: &[String]) -> String {
    let styles: String = style_hashes
        .iter()
        .map(|hash| format!(" '{hash}'"))
        .collect();
    POLICY_TEMPLATE.replace("{styles}", &styles)
}

pub const PERMISSIONS_POLICY: &str = "geolocation=(), camera=(), microphone=()";

const FIXED: [(HeaderName, &str); 4] = [
    (header::REFERRER_POLICY, "no-referrer"),
    (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    (
        HeaderName::from_static("permissions-policy"),
        PERMISSIONS_POLICY,
    ),
    (
        HeaderName::from_static("cross-origin-opener-policy"),
        "same-origin",
    ),
];

/// Adds the security headers and makes sure no cookie leaves the server.
pub async fn security_headers(
    State(policy): State<HeaderValue>,
    request: Request,
    next: Next,
) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_SECURITY_POLICY, policy);
    for (name, value) in FIXED {
        headers.insert(name, HeaderValue::from_static(value));
    }
    headers.remove(header::SET_COOKIE);
    response
}
