//! The prep sheet a printed company page shows instead of the tabs: every section in order with
//! its heading, the page's address, the reviewed date and which prep items are ticked off.
//! Hidden on screen (`.print-sheet` in `style/main.css`); `@media print` swaps it in.

use super::panels::blocks;
use crate::model::catalog::Company;
use crate::model::dates::human_date;
use crate::model::loaded::Loaded;
use crate::model::markup::El;
use crate::model::plan::Plan;
use crate::model::tabs::CompanyTab;
use crate::state::personal::PersonalState;
use leptos::prelude::*;
use std::sync::Arc;

/// Built only when printing starts (`beforeprint`, or print media): the build-time HTML of
/// ~900 pages stays without a second copy of every section, hydration has nothing more to
/// match, and an ordinary visit doesn't pay for a second render of all six panels. Once built
/// it follows the visitor's ticks and note.
///
/// The sheet is a `model::markup` tree drawn with plain DOM into an empty holder: it is
/// read-only and redrawn whole, which costs far fewer wasm bytes than its own `view!` shapes.
#[component]
pub fn PrintSheet(loaded: Arc<Loaded>, company: Arc<Company>) -> impl IntoView {
    let mounted = RwSignal::new(false);
    crate::browser::effect::effect(move || when_printing(move || _ = mounted.try_set(true)));
    let state = expect_context::<PersonalState>();
    let slug = company.slug.clone();
    // Only this company's ticks and note matter here, not every change to personal data.
    let mine = Memo::new(move |_| {
        state.with(|p| {
            (p.prepared.get(&slug).cloned().unwrap_or_default(), p.note(&slug).to_string(), p.plan(&slug).cloned())
        })
    });
    let holder = NodeRef::<leptos::html::Div>::new();
    crate::browser::effect::effect(move || {
        if let Some(el) = holder.get()
            && mounted.get()
        {
            let drawn = mine.with(|(ticks, note, plan)| sheet(&loaded, &company, ticks, note, plan.as_ref()));
            crate::browser::dom::clear(&el);
            crate::browser::dom::draw(&el, &[drawn]);
        }
    });
    view! { <div class="print-holder" node_ref=holder></div> }
}

fn sheet(loaded: &Loaded, company: &Company, ticks: &[usize], note: &str, plan: Option<&Plan>) -> El {
    let path =
        crate::browser::base_path::link(&crate::model::route::Route::company(&company.slug, CompanyTab::Snapshot));
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    let section = |heading: String, body: El| {
        El::with_class("section", "print-section").child(El::new("h2").text(heading)).child(body)
    };
    let sections = CompanyTab::ALL.into_iter().map(|tab| {
        let body = match tab {
            // The interactive checklist has ids and a live region: print marked text instead.
            CompanyTab::PrepFocus => El::with_class("ul", "print-checklist").children(
                company.prep_focus.iter().enumerate().map(|(i, item)| {
                    let mark = if ticks.contains(&i) { "✓ prepared" } else { "☐" };
                    El::new("li").text(format!("{mark} {item}"))
                }),
            ),
            _ => El::with_class("div", "panel-body").children(blocks(loaded, company, tab)),
        };
        section(tab.label().to_string(), body)
    });
    let meta = format!(
        "Prep sheet from {origin}{path} · Profile last checked against sources on {}",
        human_date(&company.reviewed)
    );
    // The plan, a line per day, then the visitor's own note, both as text (line breaks kept by
    // CSS).
    let plan = plan.map(|plan| {
        let today = crate::browser::clock::local_today();
        let (schedule, _) = crate::ui::components::interview_plan::company_schedule(company, ticks, plan, today);
        let heading = match plan.countdown(today) {
            Some(countdown) => format!("Your interview plan: {countdown}"),
            None => "Your interview plan".to_string(),
        };
        let days: Vec<String> = schedule
            .days
            .iter()
            .map(|d| {
                let tasks: Vec<String> = d.tasks.iter().map(crate::model::plan::task_text).collect();
                format!("{}: {}", d.day.label(), tasks.join("; "))
            })
            .collect();
        section(heading, El::with_class("p", "print-note").text(days.join("\n")))
    });
    let note =
        (!note.is_empty()).then(|| section("Your notes".to_string(), El::with_class("p", "print-note").text(note)));
    El::with_class("div", "print-sheet")
        .child(El::with_class("p", "print-meta").text(meta))
        .children(sections)
        .maybe_child(plan)
        .maybe_child(note)
}

/// Calls `start` when the page is about to print: the print dialog's `beforeprint`, and the
/// `print` media query for previews and emulated print media (which send no `beforeprint`).
/// Both listeners go with the page.
fn when_printing(start: impl Fn() + Clone + 'static) {
    let before = start.clone();
    let handle = window_event_listener(leptos::ev::beforeprint, move |_| before());
    on_cleanup(move || handle.remove());
    let Ok(Some(query)) = window().match_media("print") else { return };
    if query.matches() {
        start();
    }
    crate::browser::events::on_media_change(&query, move |_| start());
}
