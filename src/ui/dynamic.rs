//! Parts of a view that change with signals, boxed: `{dynamic(move || …)}` and
//! `{show(when, move || view! { … })}` instead of a bare `move ||` closure and `<Show>`.
//!
//! Written by hand because tachys compiles its reactive-view code (the render effect that builds,
//! rebuilds and hydrates) once per closure type, and `<Show>` once per condition and children
//! type: boxed, every such part shares one copy and keeps only its own view's code.

use leptos::prelude::*;

/// A reactive part of a view, erased to one type.
pub type Dynamic = Box<dyn FnMut() -> AnyView + Send>;

/// The view `f` returns, redrawn whenever a signal it reads changes.
pub fn dynamic<V: IntoView + 'static>(mut f: impl FnMut() -> V + Send + 'static) -> Dynamic {
    Box::new(move || f().into_any())
}

/// `children` while `when` holds, nothing otherwise; the children are drawn again only when
/// `when` changes from false to true, as `<Show>` does.
pub fn show<V: IntoView + 'static>(
    when: impl Fn() -> bool + Send + Sync + 'static,
    children: impl Fn() -> V + Send + 'static,
) -> Box<dyn FnMut() -> Option<AnyView> + Send> {
    let when = Memo::new(move |_| when());
    Box::new(move || when.get().then(|| children().into_any()))
}
