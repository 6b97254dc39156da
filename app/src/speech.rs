//! Read-aloud in the app's signals (`veriga_browser::speech` does the speaking).

use leptos::prelude::*;
use veriga_browser::speech;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Voices arrive asynchronously on many phones; `voices` changes when they do, so that the
/// read-aloud button appears once a voice for the language exists.
#[derive(Clone, Copy)]
pub struct Speech {
    voices: RwSignal<u32>,
    pub speaking: RwSignal<bool>,
    /// One "finished speaking" handler for every utterance, made once.
    on_end: StoredValue<Option<js_sys::Function>, LocalStorage>,
}

impl Speech {
    /// No voice at all: the prerender's twin, which renders the page as a device without
    /// speech would show it before the wasm arrives.
    #[cfg(feature = "ssr")]
    pub fn silent() -> Speech {
        Speech {
            voices: RwSignal::new(0),
            speaking: RwSignal::new(false),
            on_end: StoredValue::new_local(None),
        }
    }

    pub fn start() -> Speech {
        let speaking = RwSignal::new(false);
        let on_end = Closure::<dyn FnMut()>::new(move || speaking.set(false));
        let speech = Speech {
            voices: RwSignal::new(0),
            speaking,
            on_end: StoredValue::new_local(Some(on_end.into_js_value().unchecked_into())),
        };
        let voices = speech.voices;
        speech::on_voices_changed(move || voices.update(|n| *n += 1));
        speech
    }

    /// Whether the device can read this language aloud (tracked: updates when voices load).
    pub fn has_voice(self, lang: &str) -> bool {
        self.voices.track();
        speech::has_voice(lang)
    }

    pub fn speak(self, text: &str, lang: &str) {
        let speaking = self.on_end.with_value(|on_end| {
            on_end
                .as_ref()
                .is_some_and(|on_end| speech::speak(text, lang, on_end))
        });
        self.speaking.set(speaking);
    }

    pub fn stop(self) {
        speech::stop();
        self.speaking.set(false);
    }
}
