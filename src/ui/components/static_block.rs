//! A read-only block given as a `model::markup` tree: one `<div>` whose content the prerenderer
//! writes as HTML and the browser draws with plain DOM (see `model::markup` for why).

use crate::model::markup::El;
use leptos::prelude::*;

/// The blocks `els` in a `<div class=…>`. Hydration takes the prerendered content as it is (the
/// browser's view declares no children, so it never walks them); a block built later, such as
/// another tab's, is drawn once it is in the document.
#[component]
pub fn StaticBlock(class: &'static str, els: Vec<El>) -> impl IntoView {
    #[cfg(not(target_arch = "wasm32"))]
    {
        view! { <div class=class inner_html=crate::model::markup::to_html(&els)></div> }
    }
    #[cfg(target_arch = "wasm32")]
    {
        let frame = NodeRef::<leptos::html::Div>::new();
        let drawn_by_build = crate::browser::hydration::hydrating();
        crate::browser::effect::effect(move || {
            if let Some(el) = frame.get()
                && !drawn_by_build
            {
                crate::browser::dom::clear(&el);
                crate::browser::dom::draw(&el, &els);
            }
        });
        view! { <div class=class node_ref=frame></div> }
    }
}
