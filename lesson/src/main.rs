//! Starts the lesson page's enhancement; everything else lives in the library.

fn main() {
    veriga_lesson::start();
}
