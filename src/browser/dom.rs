//! Plain DOM for read-only blocks that are rebuilt whole when their data changes (a plan's
//! dates and days). Written by hand on purpose: each distinct `view!` shape monomorphises into
//! its own rendering, hydration and update code (the plan's views first cost about 50 KB of
//! gzipped wasm); these few calls cost a few hundred bytes. Text always goes in as text nodes,
//! never as HTML.

use leptos::prelude::document;
use wasm_bindgen::JsCast;

/// Appends `<tag class=…>text</tag>` to `parent` and returns it (`None` only if the document
/// refuses to create the element).
pub fn add(parent: &web_sys::Element, tag: &str, class: &str, text: &str) -> Option<web_sys::Element> {
    let el = document().create_element(tag).ok()?;
    if !class.is_empty() {
        el.set_class_name(class);
    }
    if !text.is_empty() {
        el.set_text_content(Some(text));
    }
    parent.append_child(&el).ok()?;
    Some(el)
}

/// Appends the blocks of a `model::markup` tree to `parent` (text as text nodes).
pub fn draw(parent: &web_sys::Element, els: &[crate::model::markup::El]) {
    for el in els {
        if let Some(node) = build(el) {
            let _ = parent.append_child(&node);
        }
    }
}

/// One `model::markup` element as a detached DOM element (text as text nodes).
pub fn build(el: &crate::model::markup::El) -> Option<web_sys::Element> {
    use crate::model::markup::Node;
    let node = document().create_element(el.tag).ok()?;
    for (name, value) in &el.attrs {
        let _ = node.set_attribute(name, value);
    }
    for child in &el.children {
        match child {
            Node::El(inner) => draw(&node, std::slice::from_ref(inner)),
            Node::Text(t) => text(&node, t),
        }
    }
    Some(node)
}

/// Removes every child of `el`.
pub fn clear(el: &web_sys::Element) {
    el.set_text_content(None);
}

/// The value of the form control with this id ("" when there is none).
pub fn value_of(id: &str) -> String {
    document()
        .get_element_by_id(id)
        .and_then(|el| js_sys::Reflect::get(&el, &"value".into()).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// Sets the value of the form control with this id.
pub fn set_value_of(id: &str, value: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        let _ = js_sys::Reflect::set(&el, &"value".into(), &value.into());
    }
}

/// The `data-…` attribute `name` of the clicked element or its nearest ancestor that has it.
pub fn clicked_data(ev: &web_sys::Event, name: &str) -> Option<String> {
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    let holder = target.closest(&format!("[data-{name}]")).ok()??;
    holder.get_attribute(&format!("data-{name}"))
}

/// Appends a text node to `parent`.
pub fn text(parent: &web_sys::Element, text: &str) {
    let _ = parent.append_child(&document().create_text_node(text));
}

/// Sets attributes on `el` (ignoring the rare refusal: a bad name is a bug caught by tests).
pub fn attrs(el: &web_sys::Element, pairs: &[(&str, &str)]) {
    for (name, value) in pairs {
        let _ = el.set_attribute(name, value);
    }
}
