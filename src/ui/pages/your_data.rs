//! `/your-data`: what this browser keeps for the visitor, with export and import.

use crate::browser::files::{ReadFileError, download, read_file};
use crate::browser::head::use_page_meta;
use crate::model::page_meta::PageMeta;
use crate::model::personal::{Changes, MAX_FILE_BYTES, Personal, ReadError};
use crate::model::text::plural;
use crate::state::{catalog::CatalogState, personal::PersonalState};
use crate::ui::components::back_link::BackLink;
use leptos::either::{Either, EitherOf3, EitherOf4};
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
        let today = crate::model::dates::today();
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
                <KeptSummary/>
            </section>
            <section aria-labelledby="export-title">
                <h2 id="export-title">"Export"</h2>
                <p>"One JSON file with everything above, including data for companies no longer in the catalog."</p>
                <button type="button" class="button" on:click=export>"Download your data"</button>
                <p class="hint" role="status">{move || exported.get()}</p>
            </section>
            <section aria-labelledby="import-title">
                <h2 id="import-title">"Import"</h2>
                <p>
                    <label for="import-file">"Choose an exported file (.json)"</label>
                    " "
                    <input type="file" id="import-file" accept=".json,application/json" on:change=choose/>
                </p>
                {move || match import.get() {
                    Import::Idle => EitherOf4::A(()),
                    Import::Refused(why) => EitherOf4::B(view! {
                        <p class="import-error" role="alert">{why} " Nothing was changed."</p>
                    }),
                    Import::Done(what, undo) => EitherOf4::C(view! {
                        <p class="import-done" id="import-result" tabindex="-1" role="status">{what}</p>
                        {undo.map(|before| view! {
                            <button type="button" class="button secondary" on:click=move |_| {
                                state.replace(before.clone());
                                import.set(Import::Done("Undone: your data is as it was before the import.".to_string(), None));
                                crate::browser::focus::focus_id_soon("import-result");
                            }>"Undo replace"</button>
                        })}
                    }),
                    Import::Ready { file, incoming } => EitherOf4::D(view! { <ImportChoice file incoming apply/> }),
                }}
            </section>
        </main>
    }
}

/// What an import file would do under Merge and under Replace, and the buttons to choose.
#[component]
fn ImportChoice(
    file: String,
    incoming: Personal,
    apply: impl Fn(bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = expect_context::<PersonalState>();
    let before = state.snapshot();
    let merge = Changes::between(&before, &before.merged(&incoming)).describe();
    let replace = Changes::between(&before, &incoming).describe();
    let contents = format!(
        "{file} holds {} saved, progress for {}, {} notes and {}.",
        plural(incoming.saved.len(), "company", "companies"),
        plural(incoming.prepared.len(), "company", "companies"),
        incoming.notes.len(),
        plural(incoming.plans.len(), "interview plan", "interview plans")
    );
    view! {
        <div class="import-choice" role="group" aria-labelledby="import-contents">
            <p id="import-contents">{contents}</p>
            <dl>
                <dt>"Merge"</dt>
                <dd>{merge} " Nothing you have is lost."</dd>
                <dt>"Replace"</dt>
                <dd>{replace} " Your data becomes exactly the file's."</dd>
            </dl>
            <button type="button" class="button" on:click=move |_| apply(false)>"Merge into my data"</button>
            " "
            <button type="button" class="button secondary" on:click=move |_| apply(true)>"Replace my data"</button>
        </div>
    }
}

/// Counts, and one line per company with data (those no longer in the catalog marked).
#[component]
fn KeptSummary() -> impl IntoView {
    let state = expect_context::<PersonalState>();
    let catalog = expect_context::<CatalogState>();
    move || {
        let loaded = catalog.loaded();
        state.with(|p| {
            if p.is_empty() {
                return Either::Left(view! {
                    <p>"Nothing yet. Save companies, tick prep items and write notes on company pages; they will be listed here."</p>
                });
            }
            let totals = format!(
                "{} saved, progress on {}, {}, {}.",
                plural(p.saved.len(), "company", "companies"),
                plural(p.prepared.len(), "company", "companies"),
                plural(p.notes.len(), "note", "notes"),
                plural(p.plans.len(), "interview plan", "interview plans")
            );
            let rows = p
                .companies()
                .into_iter()
                .map(|slug| {
                    let company = loaded.as_ref().and_then(|l| l.catalog.company(slug));
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
                    let name = match company {
                        Some(c) => EitherOf3::A(view! {
                            <a href=crate::browser::base_path::link(&crate::model::route::Route::company(slug, crate::model::tabs::CompanyTab::Snapshot))>{c.name.clone()}</a>
                        }),
                        None if loaded.is_some() => EitherOf3::B(view! {
                            {slug.to_string()} <span class="tag">"No longer in the catalog"</span>
                        }),
                        None => EitherOf3::C(slug.to_string()),
                    };
                    view! { <li>{name} ": " {what.join(", ")}</li> }
                })
                .collect_view();
            Either::Right(view! { <p>{totals}</p> <ul class="kept">{rows}</ul> })
        })
    }
}
