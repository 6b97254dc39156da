//! Limits on what a client can ask of the server: small bodies only, and a per-address rate
//! limit on the API. Addresses live in memory for a minute at most and are never written down.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::AppError;

/// Public routes take no uploads; anything bigger than this is refused with 413.
pub const MAX_BODY_BYTES: usize = 1024;
/// API requests per address: a burst of this many, refilled at `REFILL_PER_SECOND`. Generous,
/// because a whole school often shares one address; the app itself asks once per opening
/// and every 6 hours.
pub const BURST: f64 = 300.0;
pub const REFILL_PER_SECOND: f64 = 5.0;
/// Beyond this many addresses, the idle ones are forgotten.
const MAX_TRACKED: usize = 10_000;

/// Token buckets per client address.
#[derive(Clone, Default)]
pub struct RateLimiter {
    buckets: Arc<Mutex<HashMap<IpAddr, (f64, Instant)>>>,
}

impl RateLimiter {
    /// Takes one token for `address`; false when its bucket is empty.
    pub fn allow(&self, address: IpAddr, now: Instant) -> bool {
        let Ok(mut buckets) = self.buckets.lock() else {
            return true;
        };
        if buckets.len() > MAX_TRACKED {
            buckets.retain(|_, (_, seen)| now.duration_since(*seen).as_secs() < 60);
        }
        let (tokens, seen) = buckets.entry(address).or_insert((BURST, now));
        *tokens =
            (*tokens + now.duration_since(*seen).as_secs_f64() * REFILL_PER_SECOND).min(BURST);
        *seen = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

/// 413 for a body over the limit, before any handler runs. Nothing here reads bodies, so a
/// streamed body of unknown length is refused too.
pub async fn small_bodies_only(request: Request, next: Next) -> Response {
    let headers = request.headers();
    let declared = headers
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<usize>().ok());
    let streamed = headers.contains_key(axum::http::header::TRANSFER_ENCODING);
    if streamed || declared.is_some_and(|length| length > MAX_BODY_BYTES) {
        return AppError::PayloadTooLarge.into_response();
    }
    next.run(request).await
}

/// 429 once an address has used its burst.
pub async fn rate_limit(
    State(limiter): State<RateLimiter>,
    request: Request,
    next: Next,
) -> Response {
    let address = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|info| info.0.ip())
        .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
    if limiter.allow(address, Instant::now()) {
        next.run(request).await
    } else {
        AppError::TooManyRequests.into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_burst_then_refusal_then_refill() {
        let limiter = RateLimiter::default();
        let address: IpAddr = "192.0.2.1".parse().unwrap();
        let start = Instant::now();
        for _ in 0..BURST as usize {
            assert!(limiter.allow(address, start));
        }
        assert!(!limiter.allow(address, start));
        assert!(
            limiter.allow("192.0.2.2".parse().unwrap(), start),
            "others are not affected"
        );
        assert!(limiter.allow(address, start + Duration::from_secs(1)));
    }
}
