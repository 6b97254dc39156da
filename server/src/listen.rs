//! The accept loop: hyper with a header-read timeout, which `axum::serve` does not expose.

use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use axum::extract::Request;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tower::ServiceExt;

/// How long a client may take, so that slow or idle clients cannot hold connections open.
#[derive(Clone, Copy, Debug)]
pub struct ConnectionLimits {
    /// From the first byte of a request until its last header line. A phone on Slow 4G
    /// sends a request's headers in well under a second; ten covers a bad moment.
    pub header_read: Duration,
    /// For the whole request, body included: the app's requests have no bodies to speak of.
    pub request: Duration,
    /// Open connections still get this long to finish when the server is asked to stop.
    pub drain: Duration,
    /// Connections served at once. Past it, new ones wait in the kernel's queue while the
    /// served ones go on, so a crowd of idle or hostile sockets cannot grow the memory.
    pub max_connections: usize,
}

/// What a connection may buffer of a request's head (hyper's minimum is 8 KB): a browser's
/// request is under 2 KB, and each connection held about 420 KB before (4,000 hostile ones
/// took the server to 1.79 GB).
pub const MAX_HEADER_BYTES: usize = 16 * 1024;

impl Default for ConnectionLimits {
    fn default() -> ConnectionLimits {
        ConnectionLimits {
            header_read: Duration::from_secs(10),
            request: Duration::from_secs(30),
            drain: Duration::from_secs(5),
            max_connections: 1024,
        }
    }
}

/// Serves `router` on `listener` until `shutdown` completes.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: ConnectionLimits,
    shutdown: impl Future<Output = ()>,
) {
    // The timeout's 408 is made outside the router's own headers layer, so it gets them here.
    let router = router
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            limits.request,
        ))
        .layer(axum::middleware::map_response(
            |mut response: axum::response::Response| async move {
                crate::headers::fill_missing(response.headers_mut());
                response
            },
        ));
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_read)
        .max_buf_size(MAX_HEADER_BYTES);
    let slots = std::sync::Arc::new(tokio::sync::Semaphore::new(limits.max_connections));
    let graceful = GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        // A free slot first: until one is, the listener is not asked for more.
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => match slot {
                Ok(slot) => slot,
                Err(_) => break, // the semaphore is never closed
            },
            () = &mut shutdown => break,
        };
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                // Running out of file descriptors must not end the server: wait, then go on.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let service = TowerToHyperService::new(router.clone().map_request(
            move |mut request: Request<Incoming>| {
                request
                    .extensions_mut()
                    .insert(ConnectInfo::<SocketAddr>(remote));
                request
            },
        ));
        let connection = http.serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            // A client that hangs up or times out is not the server's error: nothing to log.
            connection.await.ok();
            drop(slot);
        });
    }
    drop(listener);
    if tokio::time::timeout(limits.drain, graceful.shutdown())
        .await
        .is_err()
    {
        eprintln!(
            "veriga-server: connections still open after the {} s drain were closed",
            limits.drain.as_secs_f32()
        );
    }
}
