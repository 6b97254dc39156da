//! Read-aloud through the Web Speech API, where the device has a voice for the language. The
//! app wraps it in signals; the lesson module calls it from its handlers.

use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance};

fn synth() -> Option<SpeechSynthesis> {
    // Natively (the prerender) there is no browser to ask, and asking would abort.
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    web_sys::window()?.speech_synthesis().ok()
}

/// Voices arrive asynchronously on many phones: `changed` runs each time they do, for the
/// page's lifetime.
pub fn on_voices_changed(changed: impl FnMut() + 'static) {
    if let Some(synth) = synth() {
        synth.set_onvoiceschanged(Some(&crate::worker::callback(changed)));
    }
}

/// Whether the device can read this language aloud.
pub fn has_voice(lang: &str) -> bool {
    let Some(synth) = synth() else { return false };
    synth.get_voices().iter().any(|voice| {
        voice
            .unchecked_into::<web_sys::SpeechSynthesisVoice>()
            .lang()
            .to_ascii_lowercase()
            .starts_with(lang)
    })
}

/// Reads `text` in `lang`, after stopping whatever was being read; `on_end` runs when it
/// finishes. Returns whether anything is being read.
pub fn speak(text: &str, lang: &str, on_end: &js_sys::Function) -> bool {
    let Some(synth) = synth() else { return false };
    synth.cancel();
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
        return false;
    };
    utterance.set_lang(lang);
    utterance.set_onend(Some(on_end));
    synth.speak(&utterance);
    true
}

/// Stops reading.
pub fn stop() {
    if let Some(synth) = synth() {
        synth.cancel();
    }
}
