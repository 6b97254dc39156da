//! Starts the teacher area; everything else lives in the library.

fn main() {
    veriga_teach::start();
}
