//! Phone numbers as the locale compiler sees them: the rule is [`crate::phone`], the same one
//! the poster tool holds slogans to, so a number a lesson may not print cannot go on a poster
//! either. The compiler refuses numbers that are not help lines, and the claim check knows a
//! line by its number.

pub use crate::phone::{digits, phone_numbers};
