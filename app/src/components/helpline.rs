//! The anchor help line. Its number and `tel:` link come from code, never from content.

use std::sync::Arc;

use leptos::prelude::*;
use veriga_core::helpline::{ANCHOR_NUMBER, ANCHOR_TEL};
use veriga_core::pack::{ContentPack, LineAction};

/// The slim bar at the top of every screen but Home.
#[component]
pub fn HelpLineBar(
    /// The language in use.
    pack: Arc<ContentPack>,
) -> impl IntoView {
    view! {
        <aside class="helpline-bar" data-testid="helpline">
            <a class="call" href=ANCHOR_TEL data-testid="helpline-link">
                <span class="label">{pack.text("helpline-label")}</span>
                <span class="number">{ANCHOR_NUMBER}</span>
            </a>
        </aside>
    }
}

/// Home's version: the number as the largest thing on the screen, with what it is for.
#[component]
pub fn HelpLineHero(
    /// The language in use.
    pack: Arc<ContentPack>,
) -> impl IntoView {
    view! {
        <section class="helpline-hero" data-testid="helpline">
            <p class="label">{pack.text("helpline-label")}</p>
            <a class="number" href=ANCHOR_TEL data-testid="helpline-link">{ANCHOR_NUMBER}</a>
            <p class="purpose">{pack.text("helpline-purpose")}</p>
            <p class="danger">{pack.text("helpline-danger")}</p>
        </section>
    }
}

/// A help line's link (call it, or open its site in a new tab), as the pack words it: the one
/// way Help and a lesson's wrap-up show it.
#[component]
pub fn LineActionLink(
    /// What the link does, from [`ContentPack::action_of`].
    action: LineAction,
    /// The test id, where a test needs one.
    #[prop(optional)]
    testid: Option<&'static str>,
) -> impl IntoView {
    let external = action.external;
    view! {
        <a
            class="action"
            href=action.href
            target=external.then_some("_blank")
            rel=external.then_some("noopener noreferrer")
            data-testid=testid
        >
            {action.label}
        </a>
    }
}
