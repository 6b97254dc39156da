//! Veriga's teacher area: a short guide to a class session and the poster tool. It is a wasm
//! module of its own, loaded only on `/teach`, so the QR encoder, the PDF writer and the font
//! never reach a student's phone.

mod data;
mod tool;
mod view;

pub use tool::start;
