//! The lesson player's rules, apart from any page: the steps of a lesson (each card, then the
//! scenario, then the wrap-up), where a stored "continue" may resume, the choice the reader
//! made, and what read-aloud reads at each step. The app's page only shows what this says,
//! so every rule here is tested natively.

use crate::pack::Lesson;

/// Where the reader is in a lesson.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// A card, by index.
    Card(usize),
    /// "What would you do?"
    Scenario,
    /// The takeaway, the action and "finished".
    WrapUp,
}

/// One reader's way through one lesson, while the page is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Player {
    cards: usize,
    choices: usize,
    at: usize,
    chosen: Option<usize>,
}

impl Player {
    /// Starts `lesson` at `resume` (a stored step), clamped to the lesson: a step stored
    /// before a content update shortened the lesson lands on its last step, never past it.
    pub fn new(lesson: &Lesson, resume: Option<usize>) -> Player {
        let mut player = Player {
            cards: lesson.cards.len(),
            choices: lesson.scenario.choices.len(),
            at: 0,
            chosen: None,
        };
        player.at = resume.unwrap_or(0).min(player.last());
        player
    }

    /// Steps in all: every card, the scenario and the wrap-up.
    pub fn total(&self) -> usize {
        self.cards + 2
    }

    fn last(&self) -> usize {
        self.cards + 1
    }

    /// The current step's index, from 0; what "continue" stores.
    pub fn index(&self) -> usize {
        self.at
    }

    pub fn step(&self) -> Step {
        match self.at {
            at if at < self.cards => Step::Card(at),
            at if at == self.cards => Step::Scenario,
            _ => Step::WrapUp,
        }
    }

    pub fn at_start(&self) -> bool {
        self.at == 0
    }

    pub fn at_end(&self) -> bool {
        self.at == self.last()
    }

    /// Goes to step `to`; false (and no change) when it is the current step or past the end.
    pub fn go(&mut self, to: usize) -> bool {
        if to > self.last() || to == self.at {
            return false;
        }
        self.at = to;
        true
    }

    pub fn forward(&mut self) -> bool {
        self.go(self.at + 1)
    }

    pub fn back(&mut self) -> bool {
        self.at > 0 && self.go(self.at - 1)
    }

    /// The reader picks a scenario answer; its feedback shows. Another pick replaces it.
    pub fn choose(&mut self, choice: usize) -> bool {
        if choice >= self.choices || self.chosen == Some(choice) {
            return false;
        }
        self.chosen = Some(choice);
        true
    }

    pub fn chosen(&self) -> Option<usize> {
        self.chosen
    }

    /// What read-aloud reads at the current step: the card; the situation and the answers
    /// (and the feedback of the one picked); the takeaway and the action.
    pub fn read_aloud(&self, lesson: &Lesson) -> String {
        match self.step() {
            Step::Card(index) => lesson.cards.get(index).cloned().unwrap_or_default(),
            Step::Scenario => {
                let mut parts = vec![lesson.scenario.situation.as_str()];
                parts.extend(lesson.scenario.choices.iter().map(|c| c.text.as_str()));
                if let Some(choice) = self.chosen.and_then(|i| lesson.scenario.choices.get(i)) {
                    parts.push(choice.feedback.as_str());
                }
                parts.join("\n")
            }
            Step::WrapUp => format!("{}\n{}", lesson.takeaway, lesson.action.text),
        }
    }
}

/// The id of step `index` on a lesson's page, which its static links target (`step-3`).
pub fn step_id(index: usize) -> String {
    format!("step-{index}")
}

/// The step a URL's fragment names (`#step-3`), as a static page's links leave it.
pub fn step_in_fragment(fragment: &str) -> Option<usize> {
    fragment.strip_prefix("#step-")?.parse().ok()
}

/// What a horizontal swipe of `moved` CSS pixels means: -1 back, 1 forward, 0 nothing.
pub fn swipe(moved: i32) -> i8 {
    /// A move this long counts as a swipe; shorter ones are taps and scrolls.
    const SWIPE_PX: i32 = 60;
    if moved <= -SWIPE_PX {
        1
    } else if moved >= SWIPE_PX {
        -1
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_step_is_named_in_the_fragment_its_links_target() {
        assert_eq!(step_in_fragment(&format!("#{}", step_id(3))), Some(3));
        assert_eq!(step_in_fragment("#step-x"), None);
        assert_eq!(step_in_fragment("#main"), None);
        assert_eq!(step_in_fragment(""), None);
    }
    use crate::pack::{Action, Choice, Scenario};

    fn lesson(cards: usize) -> Lesson {
        Lesson {
            id: "lover-boy".into(),
            theme: "relationships".into(),
            title: "T".into(),
            summary: "S".into(),
            slogan: "Slogan".into(),
            minutes: 3,
            cards: (0..cards).map(|i| format!("card {i}")).collect(),
            scenario: Scenario {
                situation: "What now?".into(),
                choices: vec![
                    Choice {
                        text: "a".into(),
                        feedback: "because a".into(),
                    },
                    Choice {
                        text: "b".into(),
                        feedback: "because b".into(),
                    },
                ],
            },
            takeaway: "Take this.".into(),
            action: Action {
                text: "Call.".into(),
                line: Some("anitp".into()),
            },
        }
    }

    #[test]
    fn steps_run_through_cards_then_the_scenario_then_the_wrap_up() {
        let lesson = lesson(3);
        let mut player = Player::new(&lesson, None);
        assert_eq!(player.total(), 5);
        assert!(player.at_start());
        assert!(!player.back());
        let mut seen = vec![player.step()];
        while player.forward() {
            seen.push(player.step());
        }
        assert_eq!(
            seen,
            [
                Step::Card(0),
                Step::Card(1),
                Step::Card(2),
                Step::Scenario,
                Step::WrapUp
            ]
        );
        assert!(player.at_end());
        assert!(!player.forward());
        assert!(player.back());
        assert_eq!(player.step(), Step::Scenario);
    }

    #[test]
    fn resume_is_clamped_to_the_lesson() {
        let lesson = lesson(4);
        assert_eq!(Player::new(&lesson, Some(2)).step(), Step::Card(2));
        // Stored before an update shortened the lesson: the last step, not past it.
        assert_eq!(Player::new(&lesson, Some(40)).step(), Step::WrapUp);
        assert_eq!(Player::new(&lesson, Some(40)).index(), 5);
    }

    #[test]
    fn going_to_the_current_step_or_past_the_end_changes_nothing() {
        let lesson = lesson(4);
        let mut player = Player::new(&lesson, Some(1));
        assert!(!player.go(1));
        assert!(!player.go(6));
        assert!(player.go(5));
        assert_eq!(player.step(), Step::WrapUp);
    }

    #[test]
    fn a_choice_shows_its_feedback_and_another_replaces_it() {
        let lesson = lesson(4);
        let mut player = Player::new(&lesson, Some(4));
        assert_eq!(player.chosen(), None);
        assert!(player.choose(1));
        assert!(!player.choose(1));
        assert!(!player.choose(2), "there is no third answer");
        assert!(player.choose(0));
        assert_eq!(player.chosen(), Some(0));
    }

    #[test]
    fn read_aloud_reads_what_the_step_shows() {
        let lesson = lesson(4);
        let mut player = Player::new(&lesson, None);
        assert_eq!(player.read_aloud(&lesson), "card 0");
        player.go(4);
        assert_eq!(player.read_aloud(&lesson), "What now?\na\nb");
        player.choose(1);
        assert_eq!(player.read_aloud(&lesson), "What now?\na\nb\nbecause b");
        player.forward();
        assert_eq!(player.read_aloud(&lesson), "Take this.\nCall.");
    }

    #[test]
    fn a_swipe_needs_a_real_move() {
        assert_eq!(swipe(-80), 1);
        assert_eq!(swipe(75), -1);
        assert_eq!(swipe(20), 0);
        assert_eq!(swipe(-59), 0);
    }
}
