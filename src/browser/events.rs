//! Listening to the browser. Window events go through Leptos' typed `window_event_listener`
//! (one way everywhere); this file adds what it lacks: media-query changes.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, closure::Closure};

/// Calls `changed(matches)` whenever the media query's state flips; removed with the owner.
pub fn on_media_change(query: &web_sys::MediaQueryList, changed: impl Fn(bool) + 'static) {
    let list = query.clone();
    let listener = Closure::<dyn Fn()>::new(move || changed(list.matches()));
    let _ = query.add_event_listener_with_callback("change", listener.as_ref().unchecked_ref());
    let kept = StoredValue::new_local((query.clone(), listener));
    on_cleanup(move || {
        kept.try_with_value(|(query, listener)| {
            let _ = query.remove_event_listener_with_callback("change", listener.as_ref().unchecked_ref());
        });
    });
}
