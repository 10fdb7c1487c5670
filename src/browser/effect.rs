//! Effects that share one compiled copy of leptos' effect loop.

use leptos::prelude::Effect;

/// Runs `f` now (in the browser; never while prerendering) and again whenever a signal it read
/// changes, like `Effect::new`. Written by hand because leptos compiles its effect loop (an async
/// task) once per closure type, 2–7 KB of wasm each; boxing every closure behind one type
/// compiles that loop once. State kept between runs lives in the closure.
pub fn effect(f: impl FnMut() + 'static) {
    run_boxed(Box::new(f));
}

/// The same, with what the last run returned (`None` the first time), like
/// `Effect::new(|before| …)`: for effects that keep DOM state between runs.
pub fn effect_with_previous<T: 'static>(mut f: impl FnMut(Option<T>) -> T + 'static) {
    let mut before = None;
    effect(move || before = Some(f(before.take())));
}

fn run_boxed(mut f: Box<dyn FnMut()>) {
    Effect::new(move |_| f());
}
