//! One module per screen.

pub mod about;
pub mod help;
pub mod home;
pub mod not_found;
