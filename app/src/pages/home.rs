//! Home: the help line first and largest, then "continue", the lessons by theme, the
//! self-checks, and where else to go.

use std::sync::Arc;

use leptos::prelude::*;
use veriga_core::pack::ContentPack;
use veriga_core::progress::Progress;
use veriga_core::route::Route;

use crate::components::helpline::HelpLineHero;
use crate::components::lesson_list::LessonList;
use crate::components::link::Link;

#[component]
pub fn Home(
    /// The language in use.
    pack: Arc<ContentPack>,
) -> impl IntoView {
    let progress = expect_context::<RwSignal<Progress>>();
    let resume = {
        let pack = pack.clone();
        move || {
            let (id, _) = progress
                .with(|progress| progress.resume().map(|(id, step)| (id.to_string(), step)))?;
            let lesson = pack.lesson(&id)?;
            let label = pack.text_with("home-continue", &[("title", &lesson.title)]);
            Some(view! {
                <p class="continue">
                    <Link to=Route::Lesson(id) class="button primary">{label}</Link>
                </p>
            })
        }
    };
    let checks = pack
        .checks
        .iter()
        .map(|check| {
            let title = check.title.clone();
            view! { <li><Link to=Route::Check(check.id.clone()) class="lesson-link">{title}</Link></li> }
        })
        .collect_view();
    let to_help = pack.text("home-help-link");
    let to_about = pack.text("home-about-link");
    view! {
        <h1 class="visually-hidden">{pack.text("home-title")}</h1>
        <HelpLineHero pack=pack.clone() />
        <p class="intro">{pack.text("home-intro")}</p>
        {resume}
        <h2>{pack.text("home-lessons-title")}</h2>
        <LessonList pack=pack.clone() />
        <h2>{pack.text("home-checks-title")}</h2>
        <p>{pack.text("home-checks-intro")}</p>
        <ul class="lesson-list">{checks}</ul>
        <ul class="links">
            <li><Link to=Route::Help>{to_help}</Link></li>
            <li><Link to=Route::About>{to_about}</Link></li>
            // A page of its own, not an app route: its module must never load for a student.
            <li><a href="/teach/" class="for-teachers" data-testid="teachers-link">{pack.text("home-teachers-link")}</a></li>
        </ul>
    }
}
