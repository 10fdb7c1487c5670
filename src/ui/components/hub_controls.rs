//! The hub's controls: search box, facet filters and sort. Each reads the view from the URL and
//! writes a new URL through `go(query, replace)`; none keeps state the URL does not have.

use crate::model::catalog::Catalog;
use crate::model::filter::{FacetCounts, HubView};
use crate::model::loaded::Loaded;
use crate::model::markup::El;
use crate::model::query::{Facet, HubQuery, Sort};
use crate::ui::events::handler;
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
    crate::browser::effect::effect(move || {
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
        <form class="search" role="search" on:submit=handler(|ev: leptos::ev::SubmitEvent| ev.prevent_default())>
            <label for="search">"Search companies"</label>
            <input
                id="search"
                type="search"
                autocomplete="off"
                spellcheck="false"
                placeholder="Name, product or interview style"
                maxlength=crate::model::query::MAX_QUERY_CHARS.to_string()
                prop:value=text
                on:input=handler(on_input)
                on:keydown=handler(on_escape)
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
    let saved = expect_context::<crate::state::personal::PersonalState>();
    let saved_count = move || saved.with(|s| s.saved.len());
    let toggle_saved = move |_| {
        go.run((Box::new(|q| q.saved = !q.saved), false));
    };
    view! {
        <button
            type="button"
            class="filters-toggle button secondary"
            aria-expanded=Signal::derive(move || open.get().to_string())
            aria-controls="filters"
            on:click=handler(move |_| open.update(|o| *o = !*o))
        >
            {Signal::derive(move || {
                let verb = if open.get() { "Hide filters" } else { "Show filters" };
                match active() {
                    0 => verb.to_string(),
                    n => format!("{verb} ({n} active)"),
                }
            })}
        </button>
        <div id="filters" class="filters" class:open=move || open.get()>
            <fieldset class="facet">
                <legend>"Your list"</legend>
                <ul>
                    <li>
                        <input type="checkbox" id="f-saved" prop:checked=Signal::derive(move || query.with(|q| q.saved)) on:change=handler(toggle_saved)/>
                        <label for="f-saved">{Signal::derive(move || format!("Saved companies ({})", saved_count()))}</label>
                    </li>
                </ul>
                <a class="your-data-link" href=crate::browser::base_path::link(&crate::model::route::Route::YourData)>"Notes, export and import"</a>
            </fieldset>
            <FacetLists loaded query hub_view go/>
        </div>
    }
}

/// A facet's options (slug, name), in the catalog's order, under their legend.
struct FacetGroup {
    facet: Facet,
    legend: &'static str,
    options: Vec<(String, String)>,
}

fn facet_groups(catalog: &Catalog) -> Vec<FacetGroup> {
    let group = |facet, legend, options: Vec<(&String, &String)>| FacetGroup {
        facet,
        legend,
        options: options.into_iter().map(|(s, n)| (s.clone(), n.clone())).collect(),
    };
    vec![
        group(Facet::Category, "Category", catalog.categories.iter().map(|c| (&c.slug, &c.name)).collect()),
        group(Facet::Difficulty, "Difficulty", catalog.difficulties.iter().map(|d| (&d.slug, &d.name)).collect()),
        group(Facet::Role, "Role", catalog.roles.iter().map(|r| (&r.slug, &r.name)).collect()),
        group(Facet::Stage, "Interview stage", catalog.stage_kinds.iter().map(|k| (&k.slug, &k.name)).collect()),
    ]
}

/// Each option's state, in the order the lists show them: (ticked, companies it would give).
fn option_states(groups: &[FacetGroup], query: &HubQuery, counts: &FacetCounts) -> Vec<(bool, usize)> {
    groups
        .iter()
        .flat_map(|g| g.options.iter().map(move |(slug, _)| (query.has(g.facet, slug), counts.get(g.facet, slug))))
        .collect()
}

/// The facets' fieldsets as markup, ticked and counted as `states` says.
fn facet_markup(groups: &[FacetGroup], states: &[(bool, usize)]) -> Vec<El> {
    let mut states = states.iter();
    groups
        .iter()
        .map(|g| {
            let items: Vec<El> = g
                .options
                .iter()
                .map(|(slug, name)| {
                    let (ticked, n) = states.next().copied().unwrap_or_default();
                    let id = format!("f-{}-{slug}", g.facet.key());
                    let input = El::new("input").attr("type", "checkbox").attr("id", &id);
                    let input = if ticked { input.attr("checked", "") } else { input };
                    let li = if n == 0 { El::with_class("li", "none") } else { El::new("li") };
                    li.child(input).child(
                        El::new("label")
                            .attr("for", id)
                            .text(name)
                            .child(El::with_class("span", "facet-count").text(format!(" ({n})"))),
                    )
                })
                .collect();
            El::with_class("fieldset", "facet")
                .child(El::new("legend").text(g.legend))
                .child(El::new("ul").children(items))
        })
        .collect()
}

/// The category, difficulty, role and stage checkboxes: markup the prerenderer writes and the
/// browser adopts or draws, then keeps ticked and counted by hand, touching only the options that
/// changed. Written by hand for the reason the cards are (`company_card`): 42 reactive options
/// as `view!` cost bytes and most of the filters' share of hydration.
#[component]
fn FacetLists(loaded: Arc<Loaded>, query: Memo<HubQuery>, hub_view: Memo<HubView>, go: Go) -> impl IntoView {
    let groups = facet_groups(&loaded.catalog);
    let states = move || query.with(|q| hub_view.with(|v| option_states(&groups, q, &v.counts)));
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = go;
        let html = crate::model::markup::to_html(&facet_markup(&facet_groups(&loaded.catalog), &untrack(states)));
        view! { <div class="facets" inner_html=html></div> }
    }
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let holder = NodeRef::<leptos::html::Div>::new();
        let drawn_by_build = crate::browser::hydration::hydrating();
        let for_drawing = facet_groups(&loaded.catalog);
        crate::browser::effect::effect_with_previous(move |before: Option<Vec<(bool, usize)>>| {
            let now = states();
            let Some(el) = holder.get() else { return now };
            let el: &web_sys::Element = &el;
            if before.is_none() && !drawn_by_build {
                crate::browser::dom::draw(el, &facet_markup(&for_drawing, &now));
                return now;
            }
            let options = for_drawing.iter().flat_map(|g| g.options.iter().map(move |(slug, _)| (g.facet, slug)));
            for (i, ((facet, slug), &(ticked, n))) in options.zip(&now).enumerate() {
                // The build-time lists are the first state; after that, only what changed.
                if before.as_ref().is_some_and(|b| b.get(i) == Some(&(ticked, n))) {
                    continue;
                }
                let id = format!("f-{}-{slug}", facet.key());
                let Some(input) = leptos::prelude::document()
                    .get_element_by_id(&id)
                    .and_then(|x| x.dyn_into::<web_sys::HtmlInputElement>().ok())
                else {
                    continue;
                };
                input.set_checked(ticked);
                if let Some(li) = input.parent_element() {
                    let _ = if n == 0 { li.set_attribute("class", "none") } else { li.remove_attribute("class") };
                }
                if let Some(count) = input.next_element_sibling().and_then(|label| label.last_element_child()) {
                    count.set_text_content(Some(&format!(" ({n})")));
                }
            }
            now
        });
        // One listener for every box: its id says which option it is ("f-<facet>-<slug>").
        let on_change = move |ev: leptos::ev::Event| {
            let Some(id) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).map(|t| t.id()) else {
                return;
            };
            let rest = id.strip_prefix("f-").unwrap_or_default();
            for facet in Facet::ALL {
                if let Some(slug) = rest.strip_prefix(facet.key()).and_then(|r| r.strip_prefix('-')) {
                    let slug = slug.to_string();
                    go.run((Box::new(move |q: &mut HubQuery| *q = q.toggled(facet, &slug)), false));
                    return;
                }
            }
        };
        view! { <div class="facets" node_ref=holder on:change=handler(on_change)></div> }
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
            <select id="sort" on:change=handler(on_change) prop:value=Signal::derive(move || query.with(|q| q.sort.param().to_string()))>
                {Sort::ALL
                    .into_iter()
                    .map(|s| view! { <option value=s.param()>{s.label()}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::tests::shipped;
    use crate::model::filter::SearchIndex;

    #[test]
    fn facet_lists_tick_the_query_and_mark_options_that_would_give_none() {
        let catalog = shipped();
        let query = HubQuery::parse("difficulty=hard&role=data-engineer");
        let view = SearchIndex::new(&catalog).view(&catalog, &query, &[]);
        let groups = facet_groups(&catalog);
        let states = option_states(&groups, &query, &view.counts);
        let html = crate::model::markup::to_html(&facet_markup(&groups, &states));
        let options: usize = groups.iter().map(|g| g.options.len()).sum();
        assert_eq!(states.len(), options);
        assert_eq!(html.matches("<input").count(), options);
        assert!(html.contains(r#"<input type="checkbox" id="f-difficulty-hard" checked="">"#), "{html}");
        assert!(html.contains(r#"<input type="checkbox" id="f-role-data-engineer" checked="">"#));
        assert_eq!(html.matches(" checked").count(), 2);
        let empty = states.iter().filter(|(_, n)| *n == 0).count();
        assert!(empty > 0, "this view leaves some options empty");
        assert_eq!(html.matches(r#"<li class="none">"#).count(), empty);
    }
}
