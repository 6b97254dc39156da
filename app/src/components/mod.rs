//! Small building blocks shared by the pages.

pub mod app;
pub mod helpline;
pub mod language_switch;
pub mod lesson_list;
pub mod link;
pub mod quick_exit_button;
pub mod read_aloud;
pub mod update_prompt;
