//! One module per screen.

pub mod about;
pub mod check;
pub mod help;
pub mod home;
pub mod lesson;
pub mod not_found;
pub mod settings;
