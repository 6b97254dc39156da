//! Quick exit: where it goes. The gesture (the button, or Shift pressed three times) and the
//! leaving itself belong to `public/quick-exit.js`, which every page loads before the wasm, so
//! they work from the first byte; the markup renders this address into each quick-exit link,
//! where the script reads it.

/// A neutral page to land on. It must look ordinary on a shared screen; a search page does.
pub const NEUTRAL_URL: &str = "https://www.google.ro/";
