//! A self-check: spot the signs in someone else's story. The reader's picks live only in this
//! component's memory; nothing is stored or sent, not even as progress.

use std::sync::Arc;

use leptos::prelude::*;
use veriga_core::pack::{ContentPack, SelfCheck};

#[component]
pub fn CheckPage(
    /// The language in use.
    pack: Arc<ContentPack>,
    /// The self-check to run.
    check: SelfCheck,
) -> impl IntoView {
    if crate::STATIC {
        return view! { <StaticCheck pack=pack check=check /> }.into_any();
    }
    let picked = RwSignal::new(vec![false; check.items.len()]);
    let checked = RwSignal::new(false);
    let check = Arc::new(check);
    let yes = pack.text("check-result-yes");
    let no = pack.text("check-result-no");
    let picked_label = pack.text("check-picked");
    let items = check
        .items
        .iter()
        .enumerate()
        .map(|(index, item)| {
            let is_picked = move || picked.with(|picked| picked[index]);
            // Rendered once and revealed by `hidden`, which costs far fewer wasm bytes than
            // building views on "check".
            let verdict = view! {
                <div class=if item.pick { "verdict yes" } else { "verdict no" } data-testid="verdict" hidden=move || !checked.get()>
                    <p class="mine" hidden=move || !is_picked()>{picked_label.clone()}</p>
                    <p class="result">{if item.pick { yes.clone() } else { no.clone() }}</p>
                    <p>{item.why.clone()}</p>
                </div>
            };
            view! {
                <li class="check-item">
                    <button
                        class="pick"
                        data-testid=format!("item-{index}")
                        aria-pressed=move || if is_picked() { "true" } else { "false" }
                        disabled=move || checked.get()
                        on:click=move |_| picked.update(|picked| picked[index] = !picked[index])
                    >
                        {item.text.clone()}
                    </button>
                    {verdict}
                </li>
            }
        })
        .collect_view();
    let score = {
        let pack = pack.clone();
        let check = check.clone();
        move || {
            let total = check.items.iter().filter(|item| item.pick).count();
            let found = picked.with(|picked| {
                check
                    .items
                    .iter()
                    .zip(picked)
                    .filter(|(item, mine)| item.pick && **mine)
                    .count()
            });
            pack.text_with(
                "check-score",
                &[("found", &found.to_string()), ("total", &total.to_string())],
            )
        }
    };
    let check_label = pack.text("check-check");
    let again_label = pack.text("check-again");
    let count = check.items.len();
    view! {
        <article class="self-check" data-testid="self-check">
            <h1>{check.title.clone()}</h1>
            <p>{check.intro.clone()}</p>
            <p class="prompt">{check.prompt.clone()}</p>
            <ul class="check-items">{items}</ul>
            <div hidden=move || !checked.get()>
                <p class="score" role="status" data-testid="check-score">{score}</p>
                <p>{check.closing.clone()}</p>
            </div>
            <p class="pager">
                <button class="primary" data-testid="check-submit" hidden=move || checked.get() on:click=move |_| checked.set(true)>
                    {check_label}
                </button>
                <button
                    data-testid="check-again"
                    hidden=move || !checked.get()
                    on:click=move |_| {
                        picked.set(vec![false; count]);
                        checked.set(false);
                    }
                >
                    {again_label}
                </button>
            </p>
            <p class="hint">{pack.text("check-nothing-stored")}</p>
        </article>
    }
    .into_any()
}

/// The self-check as prerendered, for reading before the app arrives and with no script:
/// each item opens on its explanation, and the closing words are there. Picking and the score
/// need the app, which replaces this once it runs.
#[component]
fn StaticCheck(
    /// The language in use.
    pack: Arc<ContentPack>,
    /// The self-check to show.
    check: SelfCheck,
) -> impl IntoView {
    let yes = pack.text("check-result-yes");
    let no = pack.text("check-result-no");
    let items = check
        .items
        .iter()
        .enumerate()
        .map(|(index, item)| {
            view! {
                <li class="check-item">
                    <details class="choice-static" data-testid=format!("static-item-{index}")>
                        <summary>{item.text.clone()}</summary>
                        <div class=if item.pick { "verdict yes" } else { "verdict no" } data-testid="verdict">
                            <p class="result">{if item.pick { yes.clone() } else { no.clone() }}</p>
                            <p>{item.why.clone()}</p>
                        </div>
                    </details>
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="self-check" data-testid="self-check">
            <h1>{check.title.clone()}</h1>
            <p>{check.intro.clone()}</p>
            <p class="prompt">{check.prompt.clone()}</p>
            <ul class="check-items">{items}</ul>
            <p>{check.closing.clone()}</p>
            <p class="hint">{pack.text("check-nothing-stored")}</p>
        </article>
    }
}
