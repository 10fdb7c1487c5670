//! Event handlers for `view!`, boxed: `on:click=handler(move |_| …)`.

/// Boxes an event handler. Written by hand because tachys compiles its listener code (attach,
/// hydrate, rebuild) once per handler type: boxed, the handlers of one event type share one copy.
pub fn handler<E: 'static>(f: impl FnMut(E) + 'static) -> Box<dyn FnMut(E)> {
    Box::new(f)
}
