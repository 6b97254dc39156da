//! The lesson player: what a QR sticker opens. Cards move by tap, swipe and arrow keys; the
//! help line stays on screen (the frame keeps it); finishing marks the lesson done on this
//! device only. The rules (steps, resume, choices, what is read aloud) are core's `Player`;
//! this page only shows them.
//!
//! Prerendered (the `ssr` build), the same page carries static controls instead of the live
//! ones, so it works before the wasm arrives and with JavaScript off: every step has an id
//! and links to the steps around it (CSS shows the step a link targets), and each answer is a
//! `<details>` that opens on its feedback, here and in the app alike. Elements marked
//! `data-live` wait for code. On that page the lesson module (`lesson/`) adds the code in
//! place; when the app draws a lesson (opened from Home) it starts where the reader is: the
//! step in the URL's fragment and the answer left open.

use std::sync::Arc;

use leptos::prelude::*;
use veriga_core::pack::{ContentPack, Lesson};
use veriga_core::player::{self, Player, Step, step_id};
use veriga_core::progress::Progress;
use veriga_core::route::Route;
use web_sys::PointerEvent;

use crate::components::helpline::LineActionLink;
use crate::components::lesson_list::LessonList;
use crate::components::link::Link;
use crate::components::read_aloud::ReadAloud;
use crate::speech::Speech;
use crate::storage;

#[component]
pub fn LessonPage(
    /// The language in use.
    pack: Arc<ContentPack>,
    /// The lesson to play.
    lesson: Lesson,
) -> impl IntoView {
    let progress = expect_context::<RwSignal<Progress>>();
    let speech = expect_context::<Speech>();
    let lesson = Arc::new(lesson);
    let (static_step, static_choice) = static_position();
    let resume_at = static_step.or_else(|| {
        progress.with_untracked(|progress| {
            progress
                .resume()
                .filter(|(id, _)| *id == lesson.id)
                .map(|(_, step)| step)
        })
    });
    let mut start = Player::new(&lesson, resume_at);
    if let Some(choice) = static_choice {
        start.choose(choice);
    }
    let player = RwSignal::new(start);
    let finished = RwSignal::new(false);
    let step = Memo::new(move |_| player.with(Player::step));

    // Everything `moved` captures is Copy, so the step buttons, keys and swipes can share it.
    let lesson_id = StoredValue::new(lesson.id.clone());
    let store = storage::store();
    let moved = move |change: fn(&mut Player) -> bool| {
        if !player.try_update(change).unwrap_or(false) {
            return;
        }
        speech.stop();
        let to = player.with_untracked(Player::index);
        lesson_id.with_value(|id| {
            if !progress.with_untracked(|progress| progress.is_done(id)) {
                progress.update(|progress| {
                    storage::remember(store, "saving the card", |store| {
                        progress.set_resume(store, id, to)
                    });
                });
            }
        });
    };
    let next = move || moved(Player::forward);
    let previous = move || moved(Player::back);

    // Keys need a window; the prerender has none (and a static page needs no keys).
    #[cfg(feature = "csr")]
    let keys = window_event_listener(leptos::ev::keydown, move |event| {
        let typing = event
            .target()
            .and_then(|target| {
                wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(target).ok()
            })
            .is_some();
        match event.key().as_str() {
            "ArrowRight" if !typing => next(),
            "ArrowLeft" if !typing => previous(),
            _ => {}
        }
    });
    on_cleanup(move || {
        #[cfg(feature = "csr")]
        keys.remove();
        speech.stop();
    });

    let swipe_from = StoredValue::new(None::<i32>);
    let on_down = move |event: PointerEvent| swipe_from.set_value(Some(event.client_x()));
    let on_up = move |event: PointerEvent| {
        if let Some(start) = swipe_from.try_update_value(Option::take).flatten() {
            match player::swipe(event.client_x() - start) {
                1 => next(),
                -1 => previous(),
                _ => {}
            }
        }
    };

    let read_text = {
        let lesson = lesson.clone();
        Signal::derive(move || player.with(|player| player.read_aloud(&lesson)))
    };

    // Every step is rendered once and shown by `hidden`: switching steps then changes one
    // attribute instead of building views, which keeps the student's wasm small.
    let total = player.with_untracked(Player::total);
    let pager = {
        let previous = pack.text("lesson-previous");
        let next = pack.text("lesson-next");
        move |index: usize| {
            STATIC.then(|| {
                view! {
                    <StaticPager index=index total=total previous=previous.clone() next=next.clone() />
                }
                .into_any()
            })
        }
    };
    let card_views = lesson
        .cards
        .iter()
        .enumerate()
        .map(|(index, text)| {
            view! {
                <Card
                    index=index
                    text=text.clone()
                    shown=Signal::derive(move || step.get() == Step::Card(index))
                    pager=pager(index)
                />
            }
        })
        .collect_view();
    let cards = lesson.cards.len();

    let progress_label = {
        let pack = pack.clone();
        move || {
            pack.text_with(
                "lesson-progress",
                &[
                    ("step", &(player.with(Player::index) + 1).to_string()),
                    ("total", &player.with(Player::total).to_string()),
                ],
            )
        }
    };
    let previous_label = pack.text("lesson-previous");
    let next_label = pack.text("lesson-next");
    view! {
        // `data-enhance` has the page's loader start the lesson module here, not the app;
        // `data-live` marks what the static page hides until code runs.
        <article class="lesson" data-testid="lesson" data-enhance="lesson">
            <h1 data-testid="lesson-title">{lesson.title.clone()}</h1>
            <p class="step-count" data-testid="lesson-step">{progress_label}</p>
            <ReadAloud
                lang=pack.lang.clone()
                text=read_text
                label=pack.text("read-aloud")
                stop_label=pack.text("read-aloud-stop")
            />
            <div class="step" aria-live="polite" on:pointerdown=on_down on:pointerup=on_up>
                {card_views}
                <ScenarioStep
                    pack=pack.clone()
                    lesson=lesson.clone()
                    player=player
                    shown=Signal::derive(move || step.get() == Step::Scenario)
                    pager=pager(cards)
                />
                <WrapUp
                    pack=pack.clone()
                    lesson=lesson.clone()
                    finished=finished
                    shown=Signal::derive(move || step.get() == Step::WrapUp)
                    pager=pager(cards + 1)
                />
            </div>
            <div class="pager" hidden=STATIC data-live>
                <button
                    data-testid="lesson-previous"
                    disabled=move || player.with(Player::at_start)
                    on:click=move |_| previous()
                >
                    {previous_label}
                </button>
                <button
                    class="primary"
                    data-testid="lesson-next"
                    disabled=move || player.with(Player::at_end)
                    on:click=move |_| next()
                >
                    {next_label}
                </button>
            </div>
            // Swipes and arrow keys need the app.
            <p class="hint" hidden=STATIC data-live>{pack.text("lesson-swipe-hint")}</p>
        </article>
    }
}

/// Whether this build is the prerender: its pages carry the static controls.
const STATIC: bool = cfg!(feature = "ssr");

/// Where the reader is on the static page the app is taking over: the step in the URL's
/// fragment (`#step-3`) and the answer left open, if any.
#[cfg(feature = "csr")]
fn static_position() -> (Option<usize>, Option<usize>) {
    let Some(window) = web_sys::window() else {
        return (None, None);
    };
    let step = window
        .location()
        .hash()
        .ok()
        .and_then(|hash| player::step_in_fragment(&hash));
    let choice = window
        .document()
        .and_then(|document| {
            document
                .query_selector("#boot details[open][data-choice]")
                .ok()
                .flatten()
        })
        .and_then(|open| open.get_attribute("data-choice")?.parse().ok());
    (step, choice)
}

#[cfg(not(feature = "csr"))]
fn static_position() -> (Option<usize>, Option<usize>) {
    (None, None)
}

/// Links to the steps around this one, for the prerendered page: they work with no wasm and
/// with JavaScript off.
#[component]
fn StaticPager(
    /// This step.
    index: usize,
    /// Steps in the lesson.
    total: usize,
    /// "Back".
    previous: String,
    /// "Next".
    next: String,
) -> impl IntoView {
    let back = (index > 0).then(|| {
        view! { <a href=format!("#{}", step_id(index - 1)) data-testid="static-previous">{previous}</a> }
    });
    let forward = (index + 1 < total).then(|| {
        view! { <a class="primary" href=format!("#{}", step_id(index + 1)) data-testid="static-next">{next}</a> }
    });
    view! { <p class="static-pager">{back}{forward}</p> }
}

/// One card: short paragraphs.
#[component]
fn Card(
    /// Its step.
    index: usize,
    /// The card's text; blank lines separate paragraphs.
    text: String,
    /// Whether this is the current step.
    shown: Signal<bool>,
    /// The static links to the steps around it (prerender only).
    pager: Option<AnyView>,
) -> impl IntoView {
    let paragraphs = text
        .split("\n\n")
        .map(|paragraph| view! { <p>{paragraph.trim().to_string()}</p> })
        .collect_view();
    view! {
        <div class="card" id=step_id(index) data-testid="lesson-card" hidden=move || !shown.get()>
            {paragraphs}
            {pager}
        </div>
    }
}

/// "What would you do?": every choice has feedback, and none is shamed.
#[component]
fn ScenarioStep(
    /// The language in use.
    pack: Arc<ContentPack>,
    /// The lesson whose scenario this is.
    lesson: Arc<Lesson>,
    /// The reader's way through the lesson; the choice made is only kept while it is open.
    player: RwSignal<Player>,
    /// Whether this is the current step.
    shown: Signal<bool>,
    /// The static links to the steps around it (prerender only).
    pager: Option<AnyView>,
) -> impl IntoView {
    // The scenario follows the cards.
    let step = lesson.cards.len();
    let chosen = Memo::new(move |_| player.with(Player::chosen));
    // Each answer is a `<details>` that opens on its own feedback, with no script at all; the
    // app keeps one open at a time (the reader's choice, which read-aloud reads).
    let choices = lesson
        .scenario
        .choices
        .iter()
        .enumerate()
        .map(|(index, choice)| {
            view! {
                <li>
                    <details
                        class="choice-static"
                        data-choice=index.to_string()
                        data-testid=format!("choice-{index}")
                        prop:open=move || chosen.get() == Some(index)
                        on:toggle=move |event| {
                            if event_target::<web_sys::HtmlDetailsElement>(&event).open() {
                                player.update(|player| {
                                    player.choose(index);
                                });
                            }
                        }
                    >
                        <summary>{choice.text.clone()}</summary>
                        <p data-testid="choice-feedback">{choice.feedback.clone()}</p>
                    </details>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="scenario" id=step_id(step) hidden=move || !shown.get()>
            <h2>{pack.text("lesson-scenario-title")}</h2>
            <p>{lesson.scenario.situation.clone()}</p>
            <ul class="choices">{choices}</ul>
            <p class="hint">{pack.text("lesson-try-other")}</p>
            {pager}
        </div>
    }
}

/// The takeaway, the action with its help line, and "finished".
#[component]
fn WrapUp(
    /// The language in use.
    pack: Arc<ContentPack>,
    /// The lesson being finished.
    lesson: Arc<Lesson>,
    /// Whether the reader has just finished it.
    finished: RwSignal<bool>,
    /// Whether this is the current step.
    shown: Signal<bool>,
    /// The static links to the steps around it (prerender only).
    pager: Option<AnyView>,
) -> impl IntoView {
    let progress = expect_context::<RwSignal<Progress>>();
    let call = lesson
        .action
        .line
        .as_deref()
        .and_then(|id| pack.help_line(id))
        .and_then(|line| pack.action_of(line))
        .map(|action| view! { <LineActionLink action=action testid="lesson-action-link" /> });
    let id = lesson.id.clone();
    let store = storage::store();
    let finish = move |_| {
        progress.update(|progress| {
            storage::remember(store, "saving the lesson as done", |store| {
                progress.mark_done(store, &id)
            });
        });
        finished.set(true);
    };
    let next_lesson = pack
        .lessons
        .iter()
        .skip_while(|other| other.id != lesson.id)
        .nth(1)
        .map(|other| {
            let title = other.title.clone();
            view! { <Link to=Route::Lesson(other.id.clone()) class="button">{title}</Link> }
        });
    let back_label = pack.text("lesson-back-to-list");
    view! {
        <div class="wrap-up" id=step_id(lesson.cards.len() + 1) hidden=move || !shown.get()>
            <h2>{pack.text("lesson-takeaway-title")}</h2>
            <p class="takeaway">{lesson.takeaway.clone()}</p>
            <h2>{pack.text("lesson-action-title")}</h2>
            <p>{lesson.action.text.clone()}</p>
            {call}
            {pager}
            // Marking a lesson done needs the app's storage: not on the static page.
            <button class="primary finish" data-testid="lesson-finish" hidden=move || STATIC || finished.get() data-live on:click=finish>
                {pack.text("lesson-finish")}
            </button>
            <p class="done" role="status" data-testid="lesson-finished" hidden=move || !finished.get()>
                {pack.text("lesson-finished")}
            </p>
            <p class="after">
                {next_lesson}
                <Link to=Route::Home class="button">{back_label}</Link>
            </p>
        </div>
    }
}

/// `/l/<id>` for an id this build does not know: the lessons it does know, and the help line.
#[component]
pub fn LessonNotFound(
    /// The language in use.
    pack: Arc<ContentPack>,
) -> impl IntoView {
    view! {
        <h1 data-testid="lesson-not-found">{pack.text("lesson-not-found-title")}</h1>
        <p>{pack.text("lesson-not-found-text")}</p>
        <h2>{pack.text("home-lessons-title")}</h2>
        <LessonList pack=pack.clone() />
    }
}
