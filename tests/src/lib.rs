//! Whole-project checks live in `tests/`; this crate has no code of its own.
