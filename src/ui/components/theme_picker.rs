//! The colour theme picker, shown above every page: System (follow the device), Light or Dark.
//!
//! The choice is kept in localStorage under [`KEY`] and applied as `<html data-theme="…">`,
//! which `style/main.css` keys its colours on. `public/theme.js` applies the stored choice
//! again before the first paint of every later load, so a dark choice never flashes light.
//! Storage refused (private modes) only means the choice lasts for this page.

use crate::browser::storage::{Store, read_stored, write_stored};
use crate::ui::events::handler;
use leptos::prelude::*;

/// localStorage key; `public/theme.js` reads the same one.
pub const KEY: &str = "company-interview-hubs:theme";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Theme {
    System,
    Light,
    Dark,
}

impl Theme {
    const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    fn value(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Theme::System => "System",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }

    /// Anything unknown (or nothing stored) follows the system.
    fn parse(text: &str) -> Theme {
        Theme::ALL.into_iter().find(|t| t.value() == text).unwrap_or(Theme::System)
    }
}

/// A labelled `<select>`. Its first render shows "System" for everyone, as the build-time HTML
/// does (see `src/browser/hydration.rs`); this browser's stored choice follows, which
/// `theme.js` has already applied to the page.
#[component]
pub fn ThemePicker() -> impl IntoView {
    let theme = RwSignal::new(Theme::System);
    crate::browser::hydration::after_hydration(move || {
        theme.set(read_stored(Store::Local, KEY).map_or(Theme::System, |t| Theme::parse(&t)));
    });
    let choose = move |ev: leptos::ev::Event| {
        let next = Theme::parse(&event_target_value(&ev));
        theme.set(next);
        write_stored(Store::Local, KEY, next.value());
        apply(next);
    };
    let options = Theme::ALL.into_iter().map(|t| view! { <option value=t.value()>{t.label()}</option> }).collect_view();
    view! {
        <div class="theme-picker">
            <label for="theme-choice">"Theme"</label>
            <select id="theme-choice" prop:value=Signal::derive(move || theme.get().value().to_string()) on:change=handler(choose)>
                {options}
            </select>
        </div>
    }
}

/// Sets or clears `<html data-theme>`; without it the CSS follows `prefers-color-scheme`.
fn apply(theme: Theme) {
    let Some(root) = document().document_element() else { return };
    let _ = match theme {
        Theme::System => root.remove_attribute("data-theme"),
        other => root.set_attribute("data-theme", other.value()),
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_values_round_trip_and_junk_means_system() {
        for theme in Theme::ALL {
            assert!(Theme::parse(theme.value()) == theme);
        }
        assert!(Theme::parse("purple") == Theme::System);
        assert!(Theme::parse("") == Theme::System);
    }
}
