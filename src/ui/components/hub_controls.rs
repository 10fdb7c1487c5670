//! The hub's controls: search box, facet filters and sort. Each reads the view from the URL and
//! writes a new URL through `go(query, replace)`; none keeps state the URL does not have.

use crate::model::filter::HubView;
use crate::model::loaded::Loaded;
use crate::model::query::{Facet, HubQuery, Sort};
use leptos::prelude::*;
use std::sync::Arc;

/// Changes the view: `(edit, replace history entry?)`. The edit applies to the view a change
/// waiting to be shown has made, else to the URL's, so two changes in one frame both count.
pub type Go = Callback<(Edit, bool)>;
/// One change to the hub's view.
pub type Edit = Box<dyn FnOnce(&mut HubQuery)>;

/// Search box. Typing replaces the history entry, so Back skips keystrokes.
#[component]
pub fn SearchBox(query: Memo<HubQuery>, go: Go) -> impl IntoView {
    // The box keeps what the visitor typed (spaces included); it follows the URL only when the
    // URL changes for another reason (Back, Clear filters).
    let text = RwSignal::new(query.get_untracked().q);
    Effect::new(move |_| {
        let from_url = query.with(|q| q.q.clone());
        if HubQuery::from_pairs([("q", text.get_untracked().as_str())]).q != from_url {
            text.set(from_url);
        }
    });
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        text.set(value.clone());
        go.run((Box::new(move |q| q.q = value), true));
    };
    // Esc empties the box (one more history entry replaced, like typing).
    let on_escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && !text.with_untracked(String::is_empty) {
            ev.prevent_default();
            text.set(String::new());
            go.run((Box::new(|q| q.q = String::new()), true));
        }
    };
    view! {
        <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
            <label for="search">"Search companies"</label>
            <input
                id="search"
                type="search"
                autocomplete="off"
                spellcheck="false"
                placeholder="Name, product or interview style"
                maxlength=crate::model::query::MAX_QUERY_CHARS.to_string()
                prop:value=move || text.get()
                on:input=on_input
                on:keydown=on_escape
            />
        </form>
    }
}

/// Category, difficulty and role checkboxes, each with how many companies it would give in
/// this view ("(0)" options stay, dimmed, so the vocabulary never jumps). On a phone they
/// fold behind a toggle button.
#[component]
pub fn FilterPanel(loaded: Arc<Loaded>, query: Memo<HubQuery>, hub_view: Memo<HubView>, go: Go) -> impl IntoView {
    let open = RwSignal::new(false);
    let active =
        move || query.with(|q| Facet::ALL.iter().map(|f| q.values(*f).len()).sum::<usize>() + usize::from(q.saved));
    let catalog = &loaded.catalog;
    let facet = |facet: Facet, legend: &'static str, options: Vec<(String, String)>| {
        let boxes = options
            .into_iter()
            .map(|(slug, name)| {
                let id = format!("f-{}-{slug}", facet.key());
                let toggle = slug.clone();
                let count_slug = slug.clone();
                let count = Memo::new(move |_| hub_view.with(|v| v.counts.get(facet, &count_slug)));
                let checked = move || query.with(|q| q.has(facet, &slug));
                view! {
                    <li class:none=move || count.get() == 0>
                        <input
                            type="checkbox"
                            id=id.clone()
                            prop:checked=checked
                            on:change={
                                let toggle = toggle.clone();
                                move |_| {
                                    let toggle = toggle.clone();
                                    go.run((Box::new(move |q| *q = q.toggled(facet, &toggle)), false))
                                }
                            }
                        />
                        <label for=id>{name} <span class="facet-count">{move || format!(" ({})", count.get())}</span></label>
                    </li>
                }
            })
            .collect_view();
        view! {
            <fieldset class="facet">
                <legend>{legend}</legend>
                <ul>{boxes}</ul>
            </fieldset>
        }
    };
    let pairs = |items: Vec<(&String, &String)>| items.into_iter().map(|(s, n)| (s.clone(), n.clone())).collect();
    let saved = expect_context::<crate::state::personal::PersonalState>();
    let saved_count = move || saved.with(|s| s.saved.len());
    let toggle_saved = move |_| {
        go.run((Box::new(|q| q.saved = !q.saved), false));
    };
    view! {
        <button
            type="button"
            class="filters-toggle button secondary"
            aria-expanded=move || open.get().to_string()
            aria-controls="filters"
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {move || {
                let verb = if open.get() { "Hide filters" } else { "Show filters" };
                match active() {
                    0 => verb.to_string(),
                    n => format!("{verb} ({n} active)"),
                }
            }}
        </button>
        <div id="filters" class="filters" class:open=move || open.get()>
            <fieldset class="facet">
                <legend>"Your list"</legend>
                <ul>
                    <li>
                        <input type="checkbox" id="f-saved" prop:checked=move || query.with(|q| q.saved) on:change=toggle_saved/>
                        <label for="f-saved">{move || format!("Saved companies ({})", saved_count())}</label>
                    </li>
                </ul>
                <a class="your-data-link" href=crate::browser::base_path::link(&crate::model::route::Route::YourData)>"Notes, export and import"</a>
            </fieldset>
            {facet(Facet::Category, "Category", pairs(catalog.categories.iter().map(|c| (&c.slug, &c.name)).collect()))}
            {facet(Facet::Difficulty, "Difficulty", pairs(catalog.difficulties.iter().map(|d| (&d.slug, &d.name)).collect()))}
            {facet(Facet::Role, "Role", pairs(catalog.roles.iter().map(|r| (&r.slug, &r.name)).collect()))}
            {facet(Facet::Stage, "Interview stage", pairs(catalog.stage_kinds.iter().map(|k| (&k.slug, &k.name)).collect()))}
        </div>
    }
}

/// Sort order select; a change pushes a history entry like a filter click.
#[component]
pub fn SortSelect(query: Memo<HubQuery>, go: Go) -> impl IntoView {
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(sort) = Sort::from_param(&event_target_value(&ev)) {
            go.run((Box::new(move |q| q.sort = sort), false));
        }
    };
    view! {
        <div class="sort">
            <label for="sort">"Sort by"</label>
            <select id="sort" on:change=on_change prop:value=move || query.with(|q| q.sort.param())>
                {Sort::ALL
                    .into_iter()
                    .map(|s| view! { <option value=s.param()>{s.label()}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}
