//! Quick exit: where it goes, and when three Shift presses trigger it.

/// A neutral page to land on. It must look ordinary on a shared screen; a search page does.
pub const NEUTRAL_URL: &str = "https://www.google.ro/";

/// The longest pause between two Shift presses that still counts as one gesture.
pub const MAX_GAP_MS: f64 = 1000.0;

/// Presses needed, as in the GOV.UK "exit this page" pattern.
pub const PRESSES: u8 = 3;

/// Counts Shift presses; the caller passes the time so that tests need no clock.
#[derive(Debug, Default, Clone)]
pub struct ShiftTrigger {
    count: u8,
    last_ms: Option<f64>,
}

impl ShiftTrigger {
    /// Records a Shift press at `now_ms`; true when it completes the gesture.
    pub fn press(&mut self, now_ms: f64) -> bool {
        let in_time = self.last_ms.is_some_and(|last| now_ms - last <= MAX_GAP_MS);
        self.count = if in_time { self.count + 1 } else { 1 };
        self.last_ms = Some(now_ms);
        if self.count >= PRESSES {
            self.count = 0;
            self.last_ms = None;
            return true;
        }
        false
    }

    /// Any other key breaks the sequence, so typing capitals never triggers an exit.
    pub fn other_key(&mut self) {
        self.count = 0;
        self.last_ms = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_quick_presses_trigger() {
        let mut trigger = ShiftTrigger::default();
        assert!(!trigger.press(0.0));
        assert!(!trigger.press(300.0));
        assert!(trigger.press(600.0));
    }

    #[test]
    fn slow_presses_do_not() {
        let mut trigger = ShiftTrigger::default();
        assert!(!trigger.press(0.0));
        assert!(!trigger.press(1500.0));
        assert!(!trigger.press(3000.0));
        assert!(!trigger.press(3500.0));
        assert!(trigger.press(3600.0));
    }

    #[test]
    fn typing_between_presses_resets() {
        let mut trigger = ShiftTrigger::default();
        trigger.press(0.0);
        trigger.press(100.0);
        trigger.other_key();
        assert!(!trigger.press(200.0));
    }
}
