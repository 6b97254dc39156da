//! Veriga's teacher area: a short guide to a class session and the poster tool. It is a wasm
//! module of its own, loaded only on `/teach`, so the QR encoder, the PDF writer and the font
//! never reach a student's phone. It carries the default language's texts; the font and the
//! other languages' texts are files it fetches (`load`), which the service worker keeps.

mod controller;
mod data;
mod dom;
mod form;
mod load;
pub mod texts;
mod view;

pub use controller::start;

/// For the benchmark (bench/posters.mjs): milliseconds to encode `count` QR codes the way the
/// posters do (level Q, a tagged lesson address), so it can be set against npm's `qrcode`.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn bench_qr(count: u32) -> f64 {
    let performance = web_sys::window().and_then(|window| window.performance());
    let now = || {
        performance
            .as_ref()
            .map_or(0.0, |performance| performance.now())
    };
    let started = now();
    for index in 0..count {
        let url = format!("https://veriga.ro/l/lover-boy?k=bench-{index}");
        std::hint::black_box(veriga_core::poster::QrMatrix::encode(&url)).ok();
    }
    now() - started
}
