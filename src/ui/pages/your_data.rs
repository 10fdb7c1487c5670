//! `/your-data`: what this browser keeps for the visitor, with export and import.

use crate::browser::dom::{add, attrs, clear, clicked_data, text};
use crate::browser::files::{ReadFileError, download, read_file};
use crate::browser::head::use_page_meta;
use crate::model::page_meta::PageMeta;
use crate::model::personal::{Changes, MAX_FILE_BYTES, Personal, ReadError};
use crate::model::text::plural;
use crate::state::{catalog::CatalogState, personal::PersonalState};
use crate::ui::components::back_link::BackLink;
use crate::ui::events::handler;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Where an import stands.
#[derive(Clone, PartialEq)]
enum Import {
    Idle,
    Refused(String),
    /// A readable file, waiting for Merge or Replace.
    Ready {
        file: String,
        incoming: Personal,
    },
    /// Applied; a Replace keeps what it replaced, so it can be undone.
    Done(String, Option<Personal>),
}

/// Summary of the visitor's data, a download of all of it, and an import that shows what it
/// will change before the visitor chooses to merge or replace.
#[component]
pub fn YourDataPage() -> impl IntoView {
    crate::browser::focus::focus_main_after_navigation();
    use_page_meta(PageMeta::your_data);
    let state = expect_context::<PersonalState>();
    let import = RwSignal::new(Import::Idle);
    let exported = RwSignal::new(None::<String>);

    let export = move |_| {
        let today = crate::browser::clock::local_today().iso();
        let name = format!("company-interview-hubs-{today}.json");
        let result = download(&name, "application/json", &state.snapshot().to_export(&today));
        exported.set(Some(match result {
            Ok(()) => format!("Downloaded {name}."),
            Err(_) => "Your browser refused the download; nothing was changed.".to_string(),
        }));
    };
    let choose = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
        let name = file.name();
        leptos::task::spawn_local(async move {
            let next = match read_file(file, MAX_FILE_BYTES).await {
                Err(ReadFileError::TooLarge(bytes)) => Import::Refused(ReadError::TooLarge(bytes).to_string()),
                Err(ReadFileError::Unreadable) => Import::Refused("The file could not be read.".to_string()),
                Ok(text) => match Personal::from_json(&text) {
                    Ok(incoming) => Import::Ready { file: name, incoming },
                    Err(err) => Import::Refused(err.to_string()),
                },
            };
            import.set(next);
            // Choosing the same file again must still be noticed.
            input.set_value("");
        });
    };
    // The summary and the import's state are drawn (see `browser::dom`), redrawn on change.
    let (kept, result) = (NodeRef::<leptos::html::Div>::new(), NodeRef::<leptos::html::Div>::new());
    let catalog = expect_context::<CatalogState>();
    crate::browser::effect::effect(move || {
        let Some(el) = kept.get() else { return };
        let loaded = catalog.loaded();
        clear(&el);
        state.with(|p| draw_kept(&el, p, loaded.as_deref()));
    });
    crate::browser::effect::effect(move || {
        let Some(el) = result.get() else { return };
        clear(&el);
        import.with(|i| draw_import(&el, i, &state.snapshot()));
    });
    let apply = move |replace: bool| {
        let Import::Ready { incoming, .. } = import.get_untracked() else { return };
        let before = state.snapshot();
        let after = if replace { incoming } else { before.merged(&incoming) };
        let what = Changes::between(&before, &after).describe();
        state.replace(after);
        let undo = replace.then_some(before);
        import.set(Import::Done(format!("{} {what}", if replace { "Replaced." } else { "Merged." }), undo));
        crate::browser::focus::focus_id_soon("import-result");
    };
    let on_result_click = move |ev: leptos::ev::MouseEvent| match clicked_data(&ev, "action").as_deref() {
        Some("merge") => apply(false),
        Some("replace") => apply(true),
        Some("undo") => {
            if let Import::Done(_, Some(before)) = import.get_untracked() {
                state.replace(before);
                import.set(Import::Done("Undone: your data is as it was before the import.".to_string(), None));
                crate::browser::focus::focus_id_soon("import-result");
            }
        }
        _ => {}
    };

    view! {
        <main id="main" class="page your-data" tabindex="-1">
            <BackLink/>
            <header class="page-header">
                <h1>"Your prep data"</h1>
                <p class="intro">
                    "Your saved companies, ticked prep items and notes are kept in this browser only; nothing is sent anywhere. Download a copy to keep it safe or to move it to another browser."
                </p>
            </header>
            <section aria-labelledby="kept-title">
                <h2 id="kept-title">"What this browser keeps"</h2>
                <div node_ref=kept></div>
            </section>
            <section aria-labelledby="export-title">
                <h2 id="export-title">"Export"</h2>
                <p>"One JSON file with everything above, including data for companies no longer in the catalog."</p>
                <button type="button" class="button" on:click=handler(export)>"Download your data"</button>
                <p class="hint" role="status">{exported}</p>
            </section>
            <section aria-labelledby="import-title">
                <h2 id="import-title">"Import"</h2>
                <p>
                    <label for="import-file">"Choose an exported file (.json)"</label>
                    " "
                    <input type="file" id="import-file" accept=".json,application/json" on:change=handler(choose)/>
                </p>
                <div node_ref=result on:click=handler(on_result_click)></div>
            </section>
        </main>
    }
}

/// Where an import stands, drawn: the refusal, the result (with Undo after a Replace), or
/// what the file holds and what Merge and Replace would change, with the buttons to choose.
fn draw_import(el: &web_sys::Element, import: &Import, before: &Personal) -> Option<()> {
    match import {
        Import::Idle => {}
        Import::Refused(why) => {
            attrs(&add(el, "p", "import-error", &format!("{why} Nothing was changed."))?, &[("role", "alert")])
        }
        Import::Done(what, undo) => {
            attrs(
                &add(el, "p", "import-done", what)?,
                &[("id", "import-result"), ("tabindex", "-1"), ("role", "status")],
            );
            if undo.is_some() {
                attrs(
                    &add(el, "button", "button secondary", "Undo replace")?,
                    &[("type", "button"), ("data-action", "undo")],
                );
            }
        }
        Import::Ready { file, incoming } => {
            let merge = Changes::between(before, &before.merged(incoming)).describe();
            let replace = Changes::between(before, incoming).describe();
            let contents = format!(
                "{file} holds {} saved, progress for {}, {} notes and {}.",
                plural(incoming.saved.len(), "company", "companies"),
                plural(incoming.prepared.len(), "company", "companies"),
                incoming.notes.len(),
                plural(incoming.plans.len(), "interview plan", "interview plans")
            );
            let choice = add(el, "div", "import-choice", "")?;
            attrs(&choice, &[("role", "group"), ("aria-labelledby", "import-contents")]);
            attrs(&add(&choice, "p", "", &contents)?, &[("id", "import-contents")]);
            let dl = add(&choice, "dl", "", "")?;
            add(&dl, "dt", "", "Merge");
            add(&dl, "dd", "", &format!("{merge} Nothing you have is lost."));
            add(&dl, "dt", "", "Replace");
            add(&dl, "dd", "", &format!("{replace} Your data becomes exactly the file's."));
            for (action, class, label) in
                [("merge", "button", "Merge into my data"), ("replace", "button secondary", "Replace my data")]
            {
                attrs(&add(&choice, "button", class, label)?, &[("type", "button"), ("data-action", action)]);
                text(&choice, " ");
            }
        }
    }
    Some(())
}

/// Counts, and one line per company with data (those no longer in the catalog marked).
fn draw_kept(el: &web_sys::Element, p: &Personal, loaded: Option<&crate::model::loaded::Loaded>) -> Option<()> {
    if p.is_empty() {
        add(
            el,
            "p",
            "",
            "Nothing yet. Save companies, tick prep items, write notes and plan interviews on company pages; they will be listed here.",
        );
        return Some(());
    }
    let totals = format!(
        "{} saved, progress on {}, {}, {}.",
        plural(p.saved.len(), "company", "companies"),
        plural(p.prepared.len(), "company", "companies"),
        plural(p.notes.len(), "note", "notes"),
        plural(p.plans.len(), "interview plan", "interview plans")
    );
    add(el, "p", "", &totals);
    let list = add(el, "ul", "kept", "")?;
    for slug in p.companies() {
        let company = loaded.and_then(|l| l.catalog.company(slug));
        let mut what = Vec::new();
        if p.is_saved(slug) {
            what.push("saved".to_string());
        }
        match company {
            Some(c) if p.prepared.contains_key(slug) => {
                what.push(format!("{} of {} prepared", p.prepared_count(slug, c.prep_items()), c.prep_items()))
            }
            None if p.prepared.contains_key(slug) => what.push("progress kept".to_string()),
            _ => {}
        }
        if p.notes.contains_key(slug) {
            what.push("a note".to_string());
        }
        if p.plans.contains_key(slug) {
            what.push("an interview plan".to_string());
        }
        let li = add(&list, "li", "", "")?;
        match company {
            Some(c) => {
                let href = crate::browser::base_path::link(&crate::model::route::Route::company(
                    slug,
                    crate::model::tabs::CompanyTab::Snapshot,
                ));
                attrs(&add(&li, "a", "", &c.name)?, &[("href", &href)]);
            }
            None => {
                text(&li, slug);
                if loaded.is_some() {
                    text(&li, " ");
                    add(&li, "span", "tag", "No longer in the catalog");
                }
            }
        }
        text(&li, &format!(": {}", what.join(", ")));
    }
    Some(())
}
