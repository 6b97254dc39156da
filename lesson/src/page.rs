//! The lesson on the page: its steps, buttons, answers and read-aloud, driven by core's
//! `Player`, with progress kept in local storage through core's `Progress`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use veriga_browser::offline::{self, Event as WorkerEvent};
use veriga_browser::{LANGUAGES, log, pack, speech, updates};
use veriga_core::pack::{ContentPack, Lesson};
use veriga_core::player::{self, Player, step_id};
use veriga_core::progress::Progress;
use veriga_core::route::{Address, Route};
use veriga_core::settings;
use veriga_core::storage::KeyValueStore;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, HtmlButtonElement, HtmlDetailsElement, KeyboardEvent, MouseEvent};

use crate::dom::{self, find, find_all, listen, set_attribute, set_hidden};

/// What the page's URL and markup say before any pack is read.
struct Place {
    lang: String,
    lesson_id: String,
    route: Route,
    fragment: String,
}

fn place() -> Option<Place> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let lang = document.document_element()?.get_attribute("lang")?;
    let path = window.location().pathname().ok()?;
    let route = Address::parse(&path, LANGUAGES).route;
    let Route::Lesson(lesson_id) = route.clone() else {
        return None;
    };
    Some(Place {
        lang,
        lesson_id,
        route,
        fragment: window.location().hash().unwrap_or_default(),
    })
}

pub fn start() {
    let Some(place) = place() else {
        return;
    };
    let store: Rc<dyn KeyValueStore> = Rc::new(veriga_browser::LocalStore::open());
    veriga_browser::prefs::apply_text_size(settings::text_size(store.as_ref()));
    // The reader's stored choice wins over the page's language.
    let chosen = settings::chosen_language(store.as_ref(), LANGUAGES);
    if let Some(chosen) = chosen
        && chosen != place.lang
    {
        dom::go(&format!(
            "{}{}",
            place.route.path_in(chosen),
            place.fragment
        ));
        return;
    }
    // A shared or reloaded address then opens the language on screen.
    dom::show_url(&format!(
        "{}{}",
        place.route.path_in(&place.lang),
        place.fragment
    ));
    wasm_bindgen_futures::spawn_local(async move {
        let pack = match pack::fetch_built_in(&place.lang).await {
            Ok(pack) => pack,
            Err(err) => {
                // The prerendered lesson stays as it is: readable and answerable.
                log::warn("the lesson's pack", &err);
                return;
            }
        };
        if updates::stored(store.as_ref(), &place.lang, pack.version).is_some() {
            hand_to_app();
            return;
        }
        let Some(lesson) = pack.lesson(&place.lesson_id).cloned() else {
            return;
        };
        let page = LessonPage::new(pack, lesson, store, &place, chosen.is_some());
        page.wire();
        page.show();
        page.look_for_updates();
        if let Some(root) = dom::document().and_then(|document| document.document_element()) {
            set_attribute(&root, "data-enhanced", "lesson");
        }
    });
}

/// A verified update newer than the page's text is on the device: the app draws the lesson
/// from it, through the loader's `verigaApp`.
fn hand_to_app() {
    let app = web_sys::window()
        .and_then(|window| js_sys::Reflect::get(&window, &JsValue::from_str("verigaApp")).ok())
        .and_then(|app| app.dyn_into::<js_sys::Function>().ok());
    match app {
        Some(app) => {
            if let Err(err) = app.call0(&JsValue::NULL) {
                log::warn("starting the app", &format!("{err:?}"));
            }
        }
        None => log::warn("starting the app", &"the page has no loader for it"),
    }
}

struct LessonPage {
    pack: ContentPack,
    lesson: Lesson,
    store: Rc<dyn KeyValueStore>,
    player: RefCell<Player>,
    progress: RefCell<Progress>,
    /// Whether the reader picked the page's language (so the worker serves it first).
    chosen: bool,
    /// The newest version seen: the built-in pack's, or an update accepted while open.
    version: Cell<u64>,
    speaking: Cell<bool>,
    on_end: RefCell<Option<js_sys::Function>>,
    offline: RefCell<Option<offline::Offline>>,
    steps: Vec<Element>,
}

impl LessonPage {
    fn new(
        pack: ContentPack,
        lesson: Lesson,
        store: Rc<dyn KeyValueStore>,
        place: &Place,
        chosen: bool,
    ) -> Rc<LessonPage> {
        let progress = Progress::load(store.as_ref());
        // Where the reader is on the static page (its fragment), else where they stopped.
        let resume = player::step_in_fragment(&place.fragment).or_else(|| {
            progress
                .resume()
                .filter(|(id, _)| *id == lesson.id)
                .map(|(_, step)| step)
        });
        let mut player = Player::new(&lesson, resume);
        if let Some(open) = find("[data-testid=lesson] details[open][data-choice]")
            .and_then(|open| open.get_attribute("data-choice")?.parse().ok())
        {
            player.choose(open);
        }
        let steps = (0..player.total())
            .filter_map(|index| find(&format!("#{}", step_id(index))))
            .collect();
        let version = pack.version;
        Rc::new(LessonPage {
            pack,
            lesson,
            store,
            player: RefCell::new(player),
            progress: RefCell::new(progress),
            chosen,
            version: Cell::new(version),
            speaking: Cell::new(false),
            on_end: RefCell::new(None),
            offline: RefCell::new(None),
            steps,
        })
    }

    /// Adds the handlers, shows the controls that need code and starts the service worker.
    fn wire(self: &Rc<Self>) {
        for live in find_all("[data-testid=lesson] [data-live]") {
            set_hidden(&live, false);
        }
        let on = |selector: &str, page: &Rc<Self>, handler: fn(&LessonPage)| {
            if let Some(element) = find(selector) {
                let page = page.clone();
                listen(&element, "click", false, move |_| handler(&page));
            }
        };
        on("[data-testid=lesson-next]", self, |page| {
            page.moved(Player::forward)
        });
        on("[data-testid=lesson-previous]", self, |page| {
            page.moved(Player::back)
        });
        on("[data-testid=lesson-finish]", self, LessonPage::finish);
        on("[data-testid=read-aloud]", self, LessonPage::read_aloud);
        on("[data-testid=update-reload]", self, |page| {
            if let Some(offline) = page.offline.borrow().as_ref() {
                offline.apply_update();
            }
        });
        on("[data-testid=update-later]", self, |_| {
            if let Some(prompt) = find("[data-testid=update-prompt]") {
                set_hidden(&prompt, true);
            }
        });
        if let Some(scenario) = find("[data-testid=lesson] .scenario") {
            let page = self.clone();
            // `toggle` does not bubble: caught on the way down.
            listen(&scenario, "toggle", true, move |event| {
                page.answered(&event)
            });
        }
        if let Some(strip) = find("[data-testid=lesson] .step") {
            let from = Rc::new(Cell::new(None::<i32>));
            let start = from.clone();
            listen(&strip, "pointerdown", false, move |event| {
                start.set(event.dyn_ref::<MouseEvent>().map(MouseEvent::client_x));
            });
            let page = self.clone();
            listen(&strip, "pointerup", false, move |event| {
                let (Some(start), Some(event)) = (from.take(), event.dyn_ref::<MouseEvent>())
                else {
                    return;
                };
                match player::swipe(event.client_x() - start) {
                    1 => page.moved(Player::forward),
                    -1 => page.moved(Player::back),
                    _ => {}
                }
            });
        }
        if let Some(window) = web_sys::window() {
            let page = self.clone();
            listen(&window, "keydown", false, move |event| page.key(&event));
            listen(&window, "pagehide", false, |_| speech::stop());
        }
        if let Some(document) = dom::document() {
            let page = self.clone();
            listen(&document, "click", false, move |event| page.link(&event));
        }
        let page = self.clone();
        *self.on_end.borrow_mut() = Some(veriga_browser::worker::callback(move || {
            page.speaking.set(false);
            page.show_speaking();
        }));
        let page = self.clone();
        speech::on_voices_changed(move || page.show_read_aloud());
        self.show_read_aloud();
        let offline = offline::Offline::start(|event| {
            if event == WorkerEvent::UpdateReady
                && let Some(prompt) = find("[data-testid=update-prompt]")
            {
                set_hidden(&prompt, false);
            }
        });
        offline.keep_language(&self.pack.lang, self.chosen, false);
        *self.offline.borrow_mut() = Some(offline);
    }

    /// Puts the page in step with the player: the step shown, its count, the buttons.
    fn show(&self) {
        let player = self.player.borrow();
        let at = player.index();
        for (index, step) in self.steps.iter().enumerate() {
            set_hidden(step, index != at);
        }
        if let Some(count) = find("[data-testid=lesson-step]") {
            count.set_text_content(Some(&self.pack.text_with(
                "lesson-progress",
                &[
                    ("step", &(at + 1).to_string()),
                    ("total", &player.total().to_string()),
                ],
            )));
        }
        let disable = |selector: &str, disabled: bool| {
            if let Some(button) =
                find(selector).and_then(|button| button.dyn_into::<HtmlButtonElement>().ok())
            {
                button.set_disabled(disabled);
            }
        };
        disable("[data-testid=lesson-previous]", player.at_start());
        disable("[data-testid=lesson-next]", player.at_end());
        // A reload opens the same step.
        dom::show_url(&format!("#{}", step_id(at)));
    }

    fn moved(&self, change: fn(&mut Player) -> bool) {
        if !change(&mut self.player.borrow_mut()) {
            return;
        }
        self.stop_reading();
        let to = self.player.borrow().index();
        let mut progress = self.progress.borrow_mut();
        if !progress.is_done(&self.lesson.id)
            && let Err(err) = progress.set_resume(self.store.as_ref(), &self.lesson.id, to)
        {
            log::warn("saving the card", &err);
        }
        drop(progress);
        self.show();
    }

    /// An answer opened: it is the reader's choice, and the others close.
    fn answered(&self, event: &Event) {
        let Some(opened) = event
            .target()
            .and_then(|target| target.dyn_into::<HtmlDetailsElement>().ok())
            .filter(HtmlDetailsElement::open)
        else {
            return;
        };
        let Some(choice) = opened
            .get_attribute("data-choice")
            .and_then(|choice| choice.parse().ok())
        else {
            return;
        };
        self.player.borrow_mut().choose(choice);
        for other in find_all("[data-testid=lesson] details[open][data-choice]") {
            if let Ok(other) = other.dyn_into::<HtmlDetailsElement>()
                && other != opened
            {
                other.set_open(false);
            }
        }
    }

    fn finish(&self) {
        if let Err(err) = self
            .progress
            .borrow_mut()
            .mark_done(self.store.as_ref(), &self.lesson.id)
        {
            log::warn("saving the lesson as done", &err);
        }
        if let Some(finish) = find("[data-testid=lesson-finish]") {
            set_hidden(&finish, true);
        }
        if let Some(done) = find("[data-testid=lesson-finished]") {
            set_hidden(&done, false);
        }
    }

    fn key(&self, event: &Event) {
        let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
            return;
        };
        let typing = event
            .target()
            .and_then(|target| target.dyn_into::<Element>().ok())
            .is_some_and(|target| matches!(target.tag_name().as_str(), "INPUT" | "TEXTAREA"));
        match event.key().as_str() {
            "ArrowRight" if !typing => self.moved(Player::forward),
            "ArrowLeft" if !typing => self.moved(Player::back),
            _ => {}
        }
    }

    /// A link within Veriga replaces the page instead of adding to the history; a language
    /// link first makes sure that language's pack loads, then remembers the choice.
    fn link(self: &Rc<Self>, event: &Event) {
        let Some(click) = event.dyn_ref::<MouseEvent>() else {
            return;
        };
        let modified = click.ctrl_key() || click.meta_key() || click.alt_key() || click.shift_key();
        if event.default_prevented() || modified || click.button() != 0 {
            return;
        }
        let Some(link) = event
            .target()
            .and_then(|target| target.dyn_into::<Element>().ok())
            .and_then(|target| target.closest("a[href]").ok().flatten())
        else {
            return;
        };
        let href = link.get_attribute("href").unwrap_or_default();
        if !href.starts_with('/') || href.starts_with("//") || link.has_attribute("data-quick-exit")
        {
            return;
        }
        event.prevent_default();
        self.stop_reading();
        match link.get_attribute("hreflang") {
            Some(lang) => {
                let page = self.clone();
                wasm_bindgen_futures::spawn_local(async move { page.switch(&lang, &href).await });
            }
            None => dom::go(&href),
        }
    }

    async fn switch(&self, lang: &str, href: &str) {
        match pack::fetch_built_in(lang).await {
            Ok(_) => {
                if let Err(err) = settings::remember_language(self.store.as_ref(), lang) {
                    // Forgetting is acceptable (private mode); failing the switch is not.
                    log::warn("remembering the language", &err);
                }
                dom::go(href);
            }
            Err(err) => {
                if let Some(error) = find(".language-switch + .error") {
                    error.set_text_content(Some(&self.pack.text(err.message_key())));
                    set_hidden(&error, false);
                }
            }
        }
    }

    fn show_read_aloud(&self) {
        let available =
            settings::read_aloud(self.store.as_ref()) && speech::has_voice(&self.pack.lang);
        if let Some(button) = find("[data-testid=read-aloud]") {
            set_hidden(&button, !available);
        }
    }

    fn read_aloud(&self) {
        if self.speaking.get() {
            self.stop_reading();
            return;
        }
        let text = self.player.borrow().read_aloud(&self.lesson);
        let speaking = self
            .on_end
            .borrow()
            .as_ref()
            .is_some_and(|on_end| speech::speak(&text, &self.pack.lang, on_end));
        self.speaking.set(speaking);
        self.show_speaking();
    }

    fn stop_reading(&self) {
        speech::stop();
        self.speaking.set(false);
        self.show_speaking();
    }

    fn show_speaking(&self) {
        let Some(button) = find("[data-testid=read-aloud]") else {
            return;
        };
        let speaking = self.speaking.get();
        set_attribute(
            &button,
            "aria-pressed",
            if speaking { "true" } else { "false" },
        );
        button.set_text_content(Some(&self.pack.text(if speaking {
            "read-aloud-stop"
        } else {
            "read-aloud"
        })));
    }

    /// Now and every 6 hours while the page stays open and online. An accepted update is kept
    /// for the next page: the worker then serves the app, which shows it; this lesson is never
    /// swapped under the reader.
    fn look_for_updates(self: &Rc<Self>) {
        self.check_now();
        let page = self.clone();
        let tick = veriga_browser::worker::callback(move || {
            let online = web_sys::window().is_some_and(|window| window.navigator().on_line());
            if online {
                page.check_now();
            }
        });
        if let Some(window) = web_sys::window()
            && let Err(err) = window.set_interval_with_callback_and_timeout_and_arguments_0(
                &tick,
                veriga_core::update::CHECK_EVERY_MS as i32,
            )
        {
            // Updates are then looked for only when a page opens.
            log::warn("the update timer", &format!("{err:?}"));
        }
    }

    fn check_now(self: &Rc<Self>) {
        let page = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let lang = page.pack.lang.clone();
            let outcome = updates::check(page.store.as_ref(), &lang, page.version.get()).await;
            if let updates::Outcome::Accepted(newer) = outcome {
                page.version.set(newer.version);
                if let Some(offline) = page.offline.borrow().as_ref() {
                    offline.keep_language(&lang, page.chosen, true);
                }
            }
        });
    }
}
