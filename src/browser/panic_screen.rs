//! A visible "Something went wrong" message when the app panics, instead of a frozen page.

/// Installs a panic hook that logs the panic to the console and shows a message with a reload
/// link. Built with DOM calls, not HTML strings, so nothing in a panic message can become markup.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_message();
    }));
}

fn show_message() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    if document.get_element_by_id("crash").is_some() {
        return;
    }
    let build = || -> Option<()> {
        let box_ = document.create_element("div").ok()?;
        box_.set_id("crash");
        box_.set_attribute("role", "alert").ok()?;
        box_.set_class_name("crash");
        let heading = document.create_element("p").ok()?;
        heading.set_text_content(Some("Something went wrong — reload the page to continue."));
        let link = document.create_element("a").ok()?;
        let here = web_sys::window()?.location().href().ok()?;
        link.set_attribute("href", &here).ok()?;
        // rel=external: the router must not catch this click; only a real reload helps now.
        link.set_attribute("rel", "external").ok()?;
        link.set_text_content(Some("Reload"));
        box_.append_child(&heading).ok()?;
        box_.append_child(&link).ok()?;
        body.prepend_with_node_1(&box_).ok()
    };
    let _ = build();
}

/// Panics on purpose. Exported (as `window.wasmBindings.debug_panic`) only so the end-to-end
/// suite can prove that a panic shows the message instead of freezing the page.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn debug_panic() {
    panic!("debug_panic was called");
}
