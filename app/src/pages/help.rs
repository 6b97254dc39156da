//! Who can help: every line, who answers, what happens when you call, and when it was checked.

use std::sync::Arc;

use crate::components::helpline::LineActionLink;
use leptos::prelude::*;
use veriga_core::pack::{ContentPack, HelpLine};

#[component]
pub fn Help(
    /// The language in use.
    pack: Arc<ContentPack>,
) -> impl IntoView {
    let lines = pack
        .help_lines
        .iter()
        .map(|line| view! { <LineCard pack=pack.clone() line=line.clone() /> })
        .collect_view();
    view! {
        <h1>{pack.text("help-title")}</h1>
        <p class="danger-now"><a href="tel:112">{pack.text("help-danger")}</a></p>
        <p>{pack.text("help-intro")}</p>
        <p class="note">{pack.text("help-call-log")}</p>
        <ul class="lines">{lines}</ul>
    }
}

/// One help line, described honestly.
#[component]
fn LineCard(
    /// The language in use.
    pack: Arc<ContentPack>,
    /// The line to describe.
    line: HelpLine,
) -> impl IntoView {
    let action = pack
        .action_of(&line)
        .map(|action| view! { <LineActionLink action=action /> });
    let detail = |label_key: &str, value: Option<&String>| {
        value.map(|value| {
            view! {
                <dt>{pack.text(label_key)}</dt>
                <dd>{value.clone()}</dd>
            }
        })
    };
    let checked = pack.text_with(
        "help-checked-on",
        &[("date", &pack.date(&line.verified_on))],
    );
    view! {
        <li class="line" data-testid=format!("line-{}", line.id)>
            <h2>{line.name.clone()}</h2>
            <p>{line.purpose.clone()}</p>
            <dl>
                {detail("help-who", Some(&line.who_answers))}
                {detail("help-happens", Some(&line.what_happens))}
                {detail("help-cost", line.cost.as_ref())}
                {detail("help-hours", line.hours.as_ref())}
            </dl>
            {line.note.clone().map(|note| view! { <p class="note">{note}</p> })}
            {action}
            <p class="checked">{checked}</p>
        </li>
    }
}
