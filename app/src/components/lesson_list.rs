//! The lessons grouped by theme, with what is done: on Home and on the "no such lesson" page.

use std::sync::Arc;

use leptos::prelude::*;
use veriga_core::pack::{ContentPack, THEMES};
use veriga_core::progress::Progress;
use veriga_core::route::Route;

use crate::components::link::Link;

#[component]
pub fn LessonList(
    /// The language in use.
    pack: Arc<ContentPack>,
) -> impl IntoView {
    let progress = expect_context::<RwSignal<Progress>>();
    let done_label = pack.text("lesson-done-badge");
    THEMES
        .iter()
        .map(|theme| {
            let items = pack
                .lessons
                .iter()
                .filter(|lesson| lesson.theme == *theme)
                .map(|lesson| {
                    let id = lesson.id.clone();
                    let minutes = pack.text_with("lesson-minutes", &[("minutes", &lesson.minutes.to_string())]);
                    let done = view! {
                        <span class="badge" data-testid="done-badge" hidden=move || !progress.with(|progress| progress.is_done(&id))>
                            {done_label.clone()}
                        </span>
                    };
                    let title = lesson.title.clone();
                    let summary = lesson.summary.clone();
                    view! {
                        <li>
                            <Link to=Route::Lesson(lesson.id.clone()) class="lesson-link">
                                <span class="title">{title}</span>
                                <span class="summary">{summary}</span>
                                <span class="meta">{minutes} {done}</span>
                            </Link>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="theme">
                    <h3>{pack.text(&format!("theme-{theme}"))}</h3>
                    <ul class="lesson-list">{items}</ul>
                </section>
            }
        })
        .collect_view()
}
