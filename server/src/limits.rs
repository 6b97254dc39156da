//! Limits on what a client can ask of the server: small bodies only, and a per-address rate
//! limit on the API. Addresses live in memory for a minute at most and are never written down.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::clock::{Clock, DefaultClock};
use governor::middleware::NoOpMiddleware;
use governor::state::keyed::DashMapStateStore;

use crate::AppError;

/// Public routes take no uploads; anything bigger than this is refused with 413.
pub const MAX_BODY_BYTES: usize = 1024;
/// API requests per address: a burst of this many, refilled at `REFILL_PER_SECOND`. Generous,
/// because a whole school often shares one address; the app itself asks once per opening
/// and every 6 hours.
pub const BURST: u32 = 300;
pub const REFILL_PER_SECOND: u32 = 5;
/// Past this many addresses, the ones whose bucket is full again are forgotten (looked at once
/// every `SWEEP_EVERY` requests, so no request pays for a scan of them all).
const MAX_TRACKED: usize = 10_000;
const SWEEP_EVERY: usize = 1_024;

/// Whom a bucket belongs to: an IPv4 address, or an IPv6 /64 (one household or phone's
/// network hands out a whole /64, so a single client cannot hop between buckets).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Client {
    V4(u32),
    V6(u64),
}

impl Client {
    pub fn of(address: IpAddr) -> Client {
        match address {
            IpAddr::V4(v4) => Client::V4(v4.into()),
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => Client::V4(v4.into()),
                None => Client::V6((u128::from(v6) >> 64) as u64),
            },
        }
    }
}

/// Each client's bucket, kept by `governor`.
type Buckets<C> = governor::RateLimiter<
    Client,
    DashMapStateStore<Client>,
    C,
    NoOpMiddleware<<C as Clock>::Instant>,
>;

/// Token buckets per client (GCRA, from the `governor` crate): lock-free per request, and
/// never holding a lock across an `await`.
#[derive(Clone)]
pub struct RateLimiter<C: Clock + Clone = DefaultClock> {
    buckets: Arc<Buckets<C>>,
    clock: C,
    seen: Arc<AtomicUsize>,
}

impl Default for RateLimiter {
    fn default() -> RateLimiter {
        RateLimiter::with_clock(DefaultClock::default())
    }
}

impl<C: Clock + Clone> RateLimiter<C> {
    pub fn with_clock(clock: C) -> RateLimiter<C> {
        let nonzero = |n: u32| NonZeroU32::new(n).expect("a rate limit is above zero");
        let quota =
            governor::Quota::per_second(nonzero(REFILL_PER_SECOND)).allow_burst(nonzero(BURST));
        RateLimiter {
            buckets: Arc::new(governor::RateLimiter::new(
                quota,
                DashMapStateStore::default(),
                clock.clone(),
            )),
            clock,
            seen: Arc::default(),
        }
    }

    /// Takes one token for `address`; when its bucket is empty, how long until it has one.
    pub fn allow(&self, address: IpAddr) -> Result<(), Duration> {
        if self
            .seen
            .fetch_add(1, Ordering::Relaxed)
            .is_multiple_of(SWEEP_EVERY)
            && self.buckets.len() > MAX_TRACKED
        {
            self.buckets.retain_recent();
        }
        self.buckets
            .check_key(&Client::of(address))
            .map_err(|not_until| not_until.wait_time_from(self.clock.now()))
    }

    /// How many clients have a bucket now.
    pub fn tracked(&self) -> usize {
        self.buckets.len()
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
    match limiter.allow(address) {
        Ok(()) => next.run(request).await,
        Err(wait) => AppError::TooManyRequests {
            // Whole seconds, rounded up, as `Retry-After` takes them.
            retry_after: wait.as_secs() + u64::from(wait.subsec_nanos() > 0),
        }
        .into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use governor::clock::FakeRelativeClock;

    #[test]
    fn a_burst_then_refusal_with_its_wait_then_refill() {
        let clock = FakeRelativeClock::default();
        let limiter = RateLimiter::with_clock(clock.clone());
        let address: IpAddr = "192.0.2.1".parse().unwrap();
        for _ in 0..BURST {
            assert!(limiter.allow(address).is_ok());
        }
        let wait = limiter.allow(address).unwrap_err();
        assert!(
            wait > Duration::ZERO && wait <= Duration::from_millis(200),
            "{wait:?}"
        );
        assert!(
            limiter.allow("192.0.2.2".parse().unwrap()).is_ok(),
            "others are not affected"
        );
        clock.advance(Duration::from_secs(1));
        assert!(limiter.allow(address).is_ok(), "refilled");
    }

    #[test]
    fn an_ipv6_client_is_its_64() {
        let a: IpAddr = "2001:db8:1:2::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:ffff::9".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(Client::of(a), Client::of(b));
        assert_ne!(Client::of(a), Client::of(c));
        let mapped: IpAddr = "::ffff:192.0.2.1".parse().unwrap();
        assert_eq!(Client::of(mapped), Client::of("192.0.2.1".parse().unwrap()));
        let clock = FakeRelativeClock::default();
        let limiter = RateLimiter::with_clock(clock);
        for _ in 0..BURST {
            assert!(limiter.allow(a).is_ok());
        }
        assert!(
            limiter.allow(b).is_err(),
            "another address in the same /64 shares the bucket"
        );
    }

    #[test]
    fn addresses_whose_bucket_refilled_are_forgotten() {
        let clock = FakeRelativeClock::default();
        let limiter = RateLimiter::with_clock(clock.clone());
        for n in 0..(MAX_TRACKED as u32 + 2_000) {
            assert!(
                limiter
                    .allow(IpAddr::V4(Ipv4Addr::from(0x0a00_0000 + n)))
                    .is_ok()
            );
        }
        assert!(limiter.tracked() > MAX_TRACKED);
        // A full bucket takes BURST / REFILL_PER_SECOND seconds to refill.
        clock.advance(Duration::from_secs(
            u64::from(BURST / REFILL_PER_SECOND) + 1,
        ));
        for n in 0..SWEEP_EVERY as u32 {
            assert!(
                limiter
                    .allow(IpAddr::V4(Ipv4Addr::from(0xac10_0000 + n)))
                    .is_ok()
            );
        }
        // Only the clients since the sweep are left.
        assert!(limiter.tracked() <= SWEEP_EVERY, "{}", limiter.tracked());
    }
}
