//! Real sockets: slow clients are cut off, and every request still learns its peer address.

use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use veriga_server::{AppState, Assets, ConnectionLimits, app, serve};

const INDEX: &str = "<!doctype html><html lang=\"ro\"><body><a href=\"tel:0800800678\">0800 800 678</a></body></html>";

async fn start(
    limits: ConnectionLimits,
) -> (std::net::SocketAddr, tokio::sync::oneshot::Sender<()>) {
    let assets = Assets::from_files([("/index.html", INDEX.as_bytes())]);
    let mut state = AppState::new(assets, veriga_server::db::open_in_memory());
    // Scan reports are read (this build has no pack to name its lessons).
    state.counted_lessons = std::sync::Arc::new(["lover-boy".to_string()].into());
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(serve(listener, app(state), limits, async {
        let _ = stopped.await;
    }));
    (addr, stop)
}

fn short_limits() -> ConnectionLimits {
    ConnectionLimits {
        header_read: Duration::from_millis(400),
        request: Duration::from_secs(2),
        drain: Duration::from_millis(200),
        max_connections: 2,
    }
}

/// Reads until the server closes the connection; gives up (returns None) after `patience`.
async fn read_until_closed(stream: &mut TcpStream, patience: Duration) -> Option<Vec<u8>> {
    let mut received = Vec::new();
    let mut buffer = [0u8; 4096];
    let deadline = Instant::now() + patience;
    loop {
        let left = deadline.checked_duration_since(Instant::now())?;
        match tokio::time::timeout(left, stream.read(&mut buffer)).await {
            Err(_) => return None,
            Ok(Ok(0)) | Ok(Err(_)) => return Some(received),
            Ok(Ok(read)) => received.extend_from_slice(&buffer[..read]),
        }
    }
}

#[tokio::test]
async fn a_client_that_never_finishes_its_headers_is_disconnected() {
    let (addr, _stop) = start(short_limits()).await;
    let mut slow = TcpStream::connect(addr).await.unwrap();
    let started = Instant::now();
    slow.write_all(b"GET / HTTP/1.1\r\nHost: veriga\r\nX-Slow: ")
        .await
        .unwrap();
    let closed = read_until_closed(&mut slow, Duration::from_secs(5)).await;
    let waited = started.elapsed();
    assert!(
        closed.is_some(),
        "the server kept a half-sent request open for 5 s"
    );
    assert!(
        waited >= Duration::from_millis(350),
        "the server hung up before the timeout: {waited:?}"
    );
    let answer = String::from_utf8_lossy(closed.as_deref().unwrap_or_default()).to_string();
    assert!(
        !answer.contains("0800 800 678"),
        "a half request got the page: {answer}"
    );
}

#[tokio::test]
async fn a_client_that_trickles_headers_is_disconnected_too() {
    let (addr, _stop) = start(short_limits()).await;
    let mut slow = TcpStream::connect(addr).await.unwrap();
    let started = Instant::now();
    slow.write_all(b"GET / HTTP/1.1\r\n").await.unwrap();
    // One header byte every 100 ms keeps the socket busy but never ends the headers.
    let mut cut_off = false;
    for _ in 0..40 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        if slow.write_all(b"X").await.is_err() {
            cut_off = true;
            break;
        }
        let mut probe = [0u8; 1];
        if let Ok(Ok(0)) =
            tokio::time::timeout(Duration::from_millis(1), slow.read(&mut probe)).await
        {
            cut_off = true;
            break;
        }
    }
    assert!(cut_off, "a trickling client was still connected after 4 s");
    assert!(started.elapsed() < Duration::from_secs(2));
}

#[tokio::test]
async fn a_prompt_client_is_served_and_other_clients_are_not_held_up_by_a_slow_one() {
    let (addr, _stop) = start(short_limits()).await;
    let mut slow = TcpStream::connect(addr).await.unwrap();
    slow.write_all(b"GET / HTTP/1.1\r\n").await.unwrap();

    let mut prompt = TcpStream::connect(addr).await.unwrap();
    prompt
        .write_all(b"GET /l/lover-boy HTTP/1.1\r\nHost: veriga\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let answer = read_until_closed(&mut prompt, Duration::from_secs(2))
        .await
        .expect("the prompt client was answered and the connection closed");
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("0800 800 678"));
}

#[tokio::test]
async fn a_request_that_times_out_gets_408_with_the_security_headers() {
    let (addr, stop) = start(short_limits()).await;
    let mut stream = TcpStream::connect(addr).await.unwrap();
    // A scan report whose body never finishes: the handler waits, the request timeout answers.
    stream
        .write_all(
            b"POST /api/v1/scans HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"tag\":",
        )
        .await
        .unwrap();
    let mut received = Vec::new();
    let mut buffer = [0u8; 4096];
    let deadline = Instant::now() + Duration::from_secs(5);
    while !String::from_utf8_lossy(&received).contains("\r\n\r\n") && Instant::now() < deadline {
        match tokio::time::timeout(Duration::from_millis(200), stream.read(&mut buffer)).await {
            Ok(Ok(0)) | Ok(Err(_)) => break,
            Ok(Ok(read)) => received.extend_from_slice(&buffer[..read]),
            Err(_) => {}
        }
    }
    let head = String::from_utf8_lossy(&received).to_ascii_lowercase();
    assert!(head.starts_with("http/1.1 408"), "{head}");
    for header in [
        "content-security-policy: default-src 'none'",
        "x-content-type-options: nosniff",
        "referrer-policy: no-referrer",
        "permissions-policy:",
    ] {
        assert!(head.contains(header), "408 lacks {header}: {head}");
    }
    assert!(!head.contains("set-cookie"));
    stop.send(()).unwrap();
}

#[tokio::test]
async fn past_the_connection_cap_a_client_waits_until_a_slot_frees() {
    let limits = short_limits();
    let (addr, stop) = start(limits).await;
    // Two clients hold every slot with headers they never finish.
    let mut idle = Vec::new();
    for _ in 0..limits.max_connections {
        let mut stream = TcpStream::connect(addr).await.unwrap();
        stream
            .write_all(b"GET / HTTP/1.1\r\nHost: x\r\n")
            .await
            .unwrap();
        idle.push(stream);
    }
    tokio::time::sleep(Duration::from_millis(50)).await;
    let started = Instant::now();
    let mut prompt = TcpStream::connect(addr).await.unwrap();
    prompt
        .write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let answer = read_until_closed(&mut prompt, Duration::from_secs(5))
        .await
        .expect("served once a slot is free");
    let waited = started.elapsed();
    assert!(String::from_utf8_lossy(&answer).starts_with("HTTP/1.1 200"));
    // The idle ones are cut off at the header timeout (400 ms); only then is there a slot.
    assert!(
        waited >= Duration::from_millis(250),
        "served at once ({waited:?}): the cap did not hold"
    );
    stop.send(()).unwrap();
}

#[tokio::test]
async fn a_request_head_over_the_buffer_is_refused_not_kept() {
    let (addr, stop) = start(short_limits()).await;
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let huge = format!(
        "GET / HTTP/1.1\r\nHost: x\r\nX-Pad: {}\r\n\r\n",
        "a".repeat(veriga_server::listen::MAX_HEADER_BYTES * 2)
    );
    // The server may hang up before it has read all of it.
    stream.write_all(huge.as_bytes()).await.ok();
    let answer = read_until_closed(&mut stream, Duration::from_secs(3))
        .await
        .expect("the server closes the connection");
    let head = String::from_utf8_lossy(&answer);
    assert!(
        head.is_empty() || head.starts_with("HTTP/1.1 431"),
        "{head}"
    );
    stop.send(()).unwrap();
}
