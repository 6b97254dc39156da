//! Read-aloud through the Web Speech API, where the device has a voice for the language.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance};

/// Voices arrive asynchronously on many phones; `voices` changes when they do, so that the
/// read-aloud button appears once a voice for the language exists.
#[derive(Clone, Copy)]
pub struct Speech {
    voices: RwSignal<u32>,
    pub speaking: RwSignal<bool>,
    /// One "finished speaking" handler for every utterance, made once.
    on_end: StoredValue<Option<js_sys::Function>, LocalStorage>,
}

fn synth() -> Option<SpeechSynthesis> {
    // Natively (the prerender) there is no browser to ask, and asking would abort.
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    web_sys::window()?.speech_synthesis().ok()
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
        if let Some(synth) = synth() {
            let voices = speech.voices;
            let on_change = Closure::<dyn FnMut()>::new(move || voices.update(|n| *n += 1));
            synth.set_onvoiceschanged(Some(on_change.as_ref().unchecked_ref()));
            // Lives as long as the page: the app never unmounts.
            on_change.forget();
        }
        speech
    }

    /// Whether the device can read this language aloud (tracked: updates when voices load).
    pub fn has_voice(self, lang: &str) -> bool {
        self.voices.track();
        let Some(synth) = synth() else { return false };
        synth.get_voices().iter().any(|voice| {
            voice
                .unchecked_into::<web_sys::SpeechSynthesisVoice>()
                .lang()
                .to_ascii_lowercase()
                .starts_with(lang)
        })
    }

    pub fn speak(self, text: &str, lang: &str) {
        let Some(synth) = synth() else { return };
        synth.cancel();
        let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
            return;
        };
        utterance.set_lang(lang);
        self.on_end
            .with_value(|on_end| utterance.set_onend(on_end.as_ref()));
        synth.speak(&utterance);
        self.speaking.set(true);
    }

    pub fn stop(self) {
        if let Some(synth) = synth() {
            synth.cancel();
        }
        self.speaking.set(false);
    }
}
