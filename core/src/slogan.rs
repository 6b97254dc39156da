//! What a poster's slogan is held to wherever it is written: the lesson's own, which the locale
//! compiler checks, and the class's, which the poster tool checks as it is typed. Both go on
//! the same posters, so they share one limit.

/// The longest slogan, in characters. It is counted before any measuring, so a pasted essay is
/// refused at once; whether a shorter slogan fits a poster's three lines is then measured
/// (`poster::check::slogan_fits`).
pub const MAX_SLOGAN_CHARS: usize = 80;
