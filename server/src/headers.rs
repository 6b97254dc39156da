//! The security headers every response carries, whatever route produced it.

use axum::extract::{Request, State};
use axum::http::HeaderValue;
use axum::http::header::{self, HeaderName};
use axum::middleware::Next;
use axum::response::Response;

/// No inline script but the page's own, no third party, no framing. `'wasm-unsafe-eval'` is what
/// compiling the app's wasm needs. Trusted Types are left out: Leptos 0.8 writes innerHTML.
/// `{scripts}` and `{styles}` become the hashes of the page's inline loader and stylesheet (see
/// [`content_security_policy`]).
const POLICY_TEMPLATE: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'{scripts}; \
connect-src 'self'; style-src 'self'{styles}; img-src 'self'; manifest-src 'self'; worker-src 'self'; \
base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// The policy for a build whose page inlines these (`sha256-…` each). The stylesheet is inlined
/// so the help line paints with the HTML's first bytes, and the wasm's loader so that it starts
/// as the page is parsed: as a file it cost one more round trip before the wasm was even asked
/// for (about 0.56 s on Slow 4G). Only those exact bytes may run or style the page.
pub fn content_security_policy(inline: &crate::assets::InlineHashes) -> String {
    let quoted =
        |hashes: &[String]| -> String { hashes.iter().map(|hash| format!(" '{hash}'")).collect() };
    POLICY_TEMPLATE
        .replace("{scripts}", &quoted(&inline.scripts))
        .replace("{styles}", &quoted(&inline.styles))
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

/// The same headers for a static host or CDN, in the `_headers` file format that Netlify,
/// Cloudflare Pages and others read (`export` writes it): without the policy's hash a host's
/// own `script-src 'self'` would block the page's loader, and the page would stay static.
pub fn static_host_file(policy: &str) -> String {
    let mut file = format!("/*\n  Content-Security-Policy: {policy}\n");
    for (name, value) in FIXED {
        file.push_str(&format!("  {}: {value}\n", capitalised(name.as_str())));
    }
    file
}

/// `referrer-policy` as `Referrer-Policy`, as such files are usually written.
fn capitalised(name: &str) -> String {
    name.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect()
            })
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// The policy for a response the router never saw (the request timeout's 408): it runs and
/// shows nothing.
pub const BARE_POLICY: &str =
    "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// The security headers on a response made outside the router, where a header the router
/// already set stays as it is; no cookie ever leaves.
pub fn fill_missing(headers: &mut axum::http::HeaderMap) {
    headers
        .entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(BARE_POLICY));
    for (name, value) in FIXED {
        headers
            .entry(name)
            .or_insert(HeaderValue::from_static(value));
    }
    headers.remove(header::SET_COOKIE);
}

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
