//! Small building blocks shared by the pages.

pub mod app;
pub mod helpline;
pub mod language_switch;
pub mod link;
pub mod quick_exit_button;
