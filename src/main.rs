#![recursion_limit = "256"]
//! Entry point: install the panic screen, then mount the app.

use company_interview_hubs::app::App;
use leptos::prelude::*;

fn main() {
    company_interview_hubs::perf::mark("app:main");
    company_interview_hubs::panic_screen::install();
    company_interview_hubs::base_path::init(&company_interview_hubs::api::public_url());
    // Mount into #app (hidden while a prerendered copy is shown); fall back to <body>.
    match document().get_element_by_id("app") {
        Some(root) => {
            use wasm_bindgen::JsCast;
            let root: web_sys::HtmlElement = root.unchecked_into();
            leptos::mount::mount_to(root, || view! { <App/> }).forget();
        }
        None => leptos::mount::mount_to_body(|| view! { <App/> }),
    }
}
