//! `/plan`: every interview plan, the next interview first, each with what to do today; and a
//! plan someone shared (`/plan#share=…`), shown read-only with a button to add it.
//!
//! The plans are drawn with `browser::dom` (see there why), inside one `view!` frame.

use crate::browser::clock::local_today;
use crate::browser::dom::{add, clear, clicked_data};
use crate::browser::head::use_page_meta;
use crate::model::catalog::Company;
use crate::model::loaded::Loaded;
use crate::model::page_meta::PageMeta;
use crate::model::plan::{Day, Plan};
use crate::model::route::Route;
use crate::model::share::{ShareError, Shared};
use crate::model::tabs::CompanyTab;
use crate::state::company_details::CompanyDetails;
use crate::state::personal::PersonalState;
use crate::ui::components::back_link::BackLink;
use crate::ui::components::interview_plan::{company_schedule, draw_schedule, when};
use crate::ui::components::load_state::{Skeleton, WithCatalog};
use crate::ui::events::handler;
use leptos::prelude::*;
use std::sync::Arc;

/// All plans, and a shared one when the address carries it.
#[component]
pub fn PlanPage() -> impl IntoView {
    crate::browser::focus::focus_main_after_navigation();
    use_page_meta(PageMeta::plan);
    let hash = RwSignal::new(current_hash());
    // A pasted link that differs only in its fragment doesn't reload the page.
    crate::browser::effect::effect(move || {
        let handle = window_event_listener(leptos::ev::hashchange, move |_| hash.set(current_hash()));
        on_cleanup(move || handle.remove());
    });
    view! {
        <main id="main" class="page plan-page" tabindex="-1">
            <BackLink/>
            <header class="page-header">
                <h1>"Your interview plans"</h1>
                <p class="intro">"Your interview dates with a countdown and what to prepare each day. Add dates on a company's page, under “Plan for your interview”; they stay in this browser."</p>
            </header>
            <WithCatalog skeleton=Skeleton::Company ready=move |loaded| view! { <Plans loaded hash/> }/>
        </main>
    }
}

fn current_hash() -> String {
    // Native (the prerenderer writes this page's frame) there is no address to read.
    if cfg!(not(target_arch = "wasm32")) {
        return String::new();
    }
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// The shared plan (if any) and the visitor's own, drawn as one block: profiles arrive one by
/// one (each plan shows its days once its company's profile is here), and the block is redrawn
/// whenever the plans, the profiles or the address change.
#[component]
fn Plans(loaded: Arc<Loaded>, hash: RwSignal<String>) -> impl IntoView {
    let state = expect_context::<PersonalState>();
    let details = expect_context::<CompanyDetails>();
    let frame = NodeRef::<leptos::html::Div>::new();
    let added = RwSignal::new(false);
    let drawn = loaded.clone();
    crate::browser::effect::effect(move || {
        let Some(el) = frame.get() else { return };
        let shared = hash.with(|h| Shared::from_fragment(h));
        state.with(|mine| {
            let mut slugs: Vec<&str> = mine.plans.keys().map(String::as_str).collect();
            if let Ok(Some(s)) = &shared {
                slugs.push(&s.slug);
            }
            // Tracked: a profile that arrives redraws the block.
            let full: Vec<Arc<Company>> = slugs
                .iter()
                .filter_map(|slug| drawn.catalog.companies.iter().position(|c| c.slug == *slug))
                .filter_map(|index| details.get(&drawn, index).and_then(Result::ok))
                .collect();
            clear(&el);
            draw(&el, &drawn, &full, mine, &shared, added.get());
        });
    });
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if clicked_data(&ev, "action").as_deref() != Some("add-shared") {
            return;
        }
        if let Ok(Some(Shared { slug, plan })) = hash.with_untracked(|h| Shared::from_fragment(h)) {
            state.update(|p| {
                let merged = p.plan(&slug).map_or_else(|| plan.clone(), |mine| mine.merged(&plan));
                p.set_plan(&slug, merged);
            });
            added.set(true);
        }
    };
    view! { <div node_ref=frame on:click=handler(on_click)></div> }
}

/// The shared plan first, then the visitor's plans, the next interview first (plans whose
/// dates have all passed last; companies no longer in the catalog with their dates only).
fn draw(
    el: &web_sys::Element,
    loaded: &Loaded,
    full: &[Arc<Company>],
    mine: &crate::model::personal::Personal,
    shared: &Result<Option<Shared>, ShareError>,
    added: bool,
) {
    let today = local_today();
    let profile = |slug: &str| full.iter().find(|c| c.slug == slug).map(Arc::as_ref);
    match shared {
        Err(err) => alert(el, &err.to_string()),
        Ok(Some(shared)) => match loaded.catalog.company(&shared.slug) {
            None => alert(
                el,
                &format!(
                    "This plan link is for a company that isn't in the catalog (“{}”), so it can't be shown.",
                    shared.slug
                ),
            ),
            Some(company) => {
                if let Some(section) = add(el, "section", "plan shared-plan", "") {
                    add(&section, "h2", "", &format!("A plan shared with you: {}", company.name));
                    draw_one(&section, profile(&shared.slug), &shared.plan, &[], today);
                    if let Some(button) = add(&section, "button", "button", "Add this shared plan to mine") {
                        let _ = button.set_attribute("type", "button");
                        let _ = button.set_attribute("data-action", "add-shared");
                        if added {
                            let _ = button.set_attribute("disabled", "");
                        }
                    }
                    let status = add(&section, "p", "plan-status", "");
                    if let (Some(status), true) = (status, added) {
                        let _ = status.set_attribute("role", "status");
                        status.set_text_content(Some("Added to your plans (dates you already had are kept)."));
                    }
                }
            }
        },
        Ok(None) => {}
    }
    // The next interview first; inserted in order by hand: a sort would add its own code.
    let next = |plan: &Plan| plan.next(today).map_or(Day(i32::MAX), |i| i.day);
    let mut plans: Vec<(&String, &Plan)> = Vec::new();
    for (slug, plan) in mine.plans.iter() {
        let at = plans.partition_point(|(_, p)| next(p) <= next(plan));
        plans.insert(at, (slug, plan));
    }
    if plans.is_empty() {
        add(
            el,
            "p",
            "",
            "No plans of your own yet. Open a company's page and add your interview dates under “Plan for your interview”.",
        );
    }
    for (slug, plan) in plans {
        let Some(section) = add(el, "section", "plan", "") else { continue };
        let company = profile(slug);
        let heading = add(&section, "h2", "", "");
        match (heading, loaded.catalog.company(slug)) {
            (Some(heading), Some(c)) => {
                if let Some(link) = add(&heading, "a", "", &c.name) {
                    let _ = link.set_attribute(
                        "href",
                        &crate::browser::base_path::link(&Route::company(slug, CompanyTab::Snapshot)),
                    );
                }
            }
            (Some(heading), None) => heading.set_text_content(Some(&format!("{slug} (no longer in the catalog)"))),
            _ => {}
        }
        let ticks = mine.prepared.get(slug.as_str()).map_or(&[][..], Vec::as_slice);
        draw_one(&section, company, plan, ticks, today);
    }
}

/// One plan: countdown, dates, and the days ahead when the company's profile is known.
fn draw_one(section: &web_sys::Element, company: Option<&Company>, plan: &Plan, ticks: &[usize], today: Day) {
    let countdown = plan.countdown(today).unwrap_or_else(|| "Every date has passed".to_string());
    add(section, "p", "countdown", &countdown);
    if let Some(list) = add(section, "ul", "plan-dates", "") {
        for interview in &plan.interviews {
            add(&list, "li", "", &format!("{}: {}", when(interview), interview.title));
        }
    }
    if let Some(company) = company {
        let (schedule, done) = company_schedule(company, ticks, plan, today);
        draw_schedule(section, &schedule, &done, today);
    }
}

/// A message the screen reader announces at once.
fn alert(el: &web_sys::Element, text: &str) {
    if let Some(p) = add(el, "p", "import-error", text) {
        let _ = p.set_attribute("role", "alert");
    }
}
