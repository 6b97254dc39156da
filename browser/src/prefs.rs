//! The reader's display preferences applied to the page: the text size is a class on `<html>`,
//! so it scales everything sized in rem. The values and their keys are core's `settings`.

use veriga_core::settings;

/// Shows the page at text size `step` (0 to `settings::MAX_TEXT_SIZE`).
pub fn apply_text_size(step: u8) {
    let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    else {
        return;
    };
    let classes = root.class_list();
    for size in 0..=settings::MAX_TEXT_SIZE {
        if classes
            .toggle_with_force(&format!("text-{size}"), size == step)
            .is_err()
        {
            crate::log::warn("the text size", &size);
        }
    }
}
