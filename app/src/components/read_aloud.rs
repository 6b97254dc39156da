//! The read-aloud button: shown only where the reader wants it and the device has a voice.

use leptos::prelude::*;

use crate::prefs::Prefs;
use crate::speech::Speech;

#[component]
pub fn ReadAloud(
    /// The language to read in.
    lang: String,
    /// What to read.
    text: Signal<String>,
    /// "Read aloud".
    label: String,
    /// "Stop reading".
    stop_label: String,
) -> impl IntoView {
    let speech = expect_context::<Speech>();
    let prefs = expect_context::<Prefs>();
    let available = {
        let lang = lang.clone();
        move || prefs.read_aloud.get() && speech.has_voice(&lang)
    };
    view! {
            <button
                class="read-aloud"
                hidden=move || !available()
                data-testid="read-aloud"
                aria-pressed=move || if speech.speaking.get() { "true" } else { "false" }
                on:click={
                    let lang = lang.clone();
                    move |_| {
                        if speech.speaking.get_untracked() {
                            speech.stop();
                        } else {
                            speech.speak(&text.get_untracked(), &lang);
                        }
                    }
                }
            >
                {
                    let label = label.clone();
                    let stop_label = stop_label.clone();
                    move || if speech.speaking.get() { stop_label.clone() } else { label.clone() }
                }
            </button>
    }
}
