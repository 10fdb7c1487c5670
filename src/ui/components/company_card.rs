//! The hub's grid of company cards. A card's content is a `model::markup` tree: the prerenderer
//! writes it as HTML, and the browser adopts those nodes as they are (nothing to hydrate) or
//! draws new cards with plain DOM, moving existing ones when the list changes. Written by hand
//! because a keyed `<For/>` of card views hydrated and rebuilt every card through the
//! framework's generic view code, which cost bytes and most of the hub's start-up.

use crate::model::loaded::Loaded;
use crate::model::markup::El;
use crate::ui::components::badges::{category_badge, difficulty_badge, difficulty_level};
use leptos::prelude::*;
use std::sync::Arc;

/// A company card: name, tagline, category, difficulty and interview style, and a "Compare"
/// checkbox. The whole card is one click target (the name's link is stretched over it) with
/// one accessible name. What the visitor saved or prepared is added in the browser.
pub fn card(loaded: &Loaded, index: usize) -> El {
    let catalog = &loaded.catalog;
    let c = &catalog.companies[index];
    let (level, of) = difficulty_level(catalog, &c.difficulty);
    let href = crate::browser::base_path::link(&crate::model::route::Route::company(
        &c.slug,
        crate::model::tabs::CompanyTab::Snapshot,
    ));
    let id = format!("cmp-{}", c.slug);
    let article = El::with_class("article", "card")
        .child(
            El::with_class("h2", "card-title").child(El::with_class("a", "card-link").attr("href", href).text(&c.name)),
        )
        .child(El::with_class("p", "card-tagline").text(&c.tagline))
        .child(
            El::with_class("p", "badges")
                .child(category_badge(catalog.category_name(&c.category)))
                .child(difficulty_badge(catalog.difficulty_name(&c.difficulty), level, of)),
        )
        .child(
            El::with_class("p", "card-style")
                .child(El::with_class("span", "label").text("Interview style: "))
                .text(&c.interview_style),
        )
        .child(
            El::with_class("span", "compare-pick")
                .child(El::new("input").attr("type", "checkbox").attr("id", &id))
                .child(
                    El::new("label")
                        .attr("for", id)
                        .text("Compare")
                        .child(El::with_class("span", "sr-only").text(format!(" {}", c.name))),
                ),
        );
    El::new("li").attr("data-slug", &c.slug).child(article)
}

/// The `<ul>` of cards for the companies `shown` (catalog positions, in order).
#[component]
pub fn CardGrid(loaded: Arc<Loaded>, shown: Memo<Vec<usize>>, filling: Memo<bool>) -> impl IntoView {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let cards: Vec<El> = shown.with_untracked(|s| s.iter().map(|i| card(&loaded, *i)).collect());
        view! {
            <ul class="cards" aria-busy=Signal::derive(move || filling.get().to_string()) inner_html=crate::model::markup::to_html(&cards)></ul>
        }
    }
    #[cfg(target_arch = "wasm32")]
    {
        let list = NodeRef::<leptos::html::Ul>::new();
        let drawn_by_build = crate::browser::hydration::hydrating();
        let picks = expect_context::<crate::state::compare::ComparePicks>();
        let personal = expect_context::<crate::state::personal::PersonalState>();
        let for_cards = loaded.clone();
        crate::browser::effect::effect_with_previous(move |before: Option<live::Cards>| {
            let first_run = before.is_none();
            let mut cards = before.unwrap_or_else(|| live::Cards::new(for_cards.catalog.companies.len()));
            if let Some(ul) = list.get() {
                shown.with(|wanted| {
                    // Only the first list is the build-time one (had the node not been there yet,
                    // `arrange` would simply replace those cards).
                    if drawn_by_build && first_run {
                        cards.adopt(&ul, wanted);
                    }
                    cards.arrange(&ul, wanted, |i| card(&for_cards, i));
                    let today = crate::browser::clock::local_today();
                    let limit_reached = picks.is_full();
                    personal.with(|mine| {
                        picks.with(|picked| {
                            for &i in wanted {
                                let c = &for_cards.catalog.companies[i];
                                let is_picked = picked.contains(&c.slug);
                                cards.show_state(
                                    i,
                                    live::CardState {
                                        picked: is_picked,
                                        blocked: !is_picked && limit_reached,
                                        mine: mine.card_line(&c.slug, c.prep_items(), today),
                                    },
                                );
                            }
                        })
                    });
                });
            }
            cards
        });
        let on_change = move |ev: leptos::ev::Event| {
            if let Some((slug, input)) = live::picked(&ev) {
                picks.toggle(&slug);
                // A refused pick must not stay ticked.
                input.set_checked(picks.has(&slug));
            }
        };
        view! {
            <ul class="cards" aria-busy=Signal::derive(move || filling.get().to_string()) node_ref=list on:change=crate::ui::events::handler(on_change)></ul>
        }
    }
}

/// The cards' DOM in the browser.
#[cfg(target_arch = "wasm32")]
mod live {
    use crate::model::compare::MAX_COMPARED;
    use crate::model::markup::El;
    use wasm_bindgen::JsCast;
    use web_sys::Element;

    /// What a card shows of this visitor's state.
    #[derive(Clone, PartialEq)]
    pub struct CardState {
        pub picked: bool,
        pub blocked: bool,
        pub mine: Option<String>,
    }

    /// Every card built so far, by catalog position (kept when filtered out, so it comes back
    /// as it was), with the state it shows; and the positions now in the list.
    pub struct Cards {
        built: Vec<Option<(Element, Option<CardState>)>>,
        listed: Vec<usize>,
    }

    impl Cards {
        pub fn new(companies: usize) -> Self {
            Self { built: vec![None; companies], listed: Vec::new() }
        }

        /// Takes the build-time cards as they are: they are the first list, in order. If they
        /// are not (a copy that does not match), they go and the list is drawn afresh.
        pub fn adopt(&mut self, ul: &Element, wanted: &[usize]) {
            let children = ul.children();
            if children.length() as usize != wanted.len() {
                crate::browser::dom::clear(ul);
                return;
            }
            for (n, &i) in wanted.iter().enumerate() {
                if let Some(li) = children.item(n as u32) {
                    self.built[i] = Some((li, None));
                }
            }
            self.listed = wanted.to_vec();
        }

        /// Makes the list show `wanted` in order: cards no longer wanted are taken out first, so
        /// those that stay are not moved (moving a node would drop its focus), then missing cards
        /// are built or put back in place.
        pub fn arrange(&mut self, ul: &Element, wanted: &[usize], draw: impl Fn(usize) -> El) {
            // A sorted copy and binary search rather than a HashSet: fewer wasm bytes.
            let mut keep = wanted.to_vec();
            keep.sort_unstable();
            for &i in &self.listed {
                if keep.binary_search(&i).is_err()
                    && let Some((li, _)) = &self.built[i]
                {
                    li.remove();
                }
            }
            let mut cursor = ul.first_element_child();
            for &i in wanted {
                if self.built[i].is_none() {
                    self.built[i] = crate::browser::dom::build(&draw(i)).map(|li| (li, None));
                }
                let Some((li, _)) = &self.built[i] else { continue };
                if cursor.as_ref() == Some(li) {
                    cursor = li.next_element_sibling();
                } else {
                    let _ = ul.insert_before(li, cursor.as_ref().map(|c| c.unchecked_ref()));
                }
            }
            // Anything after the list is not a card of this list.
            while let Some(extra) = cursor {
                cursor = extra.next_element_sibling();
                extra.remove();
            }
            self.listed = wanted.to_vec();
        }

        /// Shows `state` on card `i`, touching the DOM only where it changed.
        pub fn show_state(&mut self, i: usize, state: CardState) {
            let Some((li, shown)) = &mut self.built[i] else { return };
            if shown.as_ref() == Some(&state) {
                return;
            }
            if let Ok(Some(input)) = li.query_selector("input[type=checkbox]")
                && let Ok(input) = input.dyn_into::<web_sys::HtmlInputElement>()
            {
                input.set_checked(state.picked);
                input.set_disabled(state.blocked);
                if let Some(label) = input.next_element_sibling() {
                    // "Compare", then the hidden name, then (as text) why it is disabled, if it is.
                    let suffix = label.last_child().filter(|n| n.node_type() == web_sys::Node::TEXT_NODE);
                    match (state.blocked, suffix) {
                        (true, None) => crate::browser::dom::text(&label, &format!(" (up to {MAX_COMPARED})")),
                        (false, Some(node)) => _ = label.remove_child(&node),
                        _ => {}
                    }
                }
            }
            if let Ok(Some(badges)) = li.query_selector(".badges") {
                if let Ok(Some(old)) = badges.query_selector(".badge-mine") {
                    old.remove();
                }
                if let Some(line) = &state.mine {
                    crate::browser::dom::add(&badges, "span", "badge badge-mine", line);
                }
            }
            *shown = Some(state);
        }
    }

    /// The company whose "Compare" box changed (its id is `cmp-<slug>`), and the box.
    pub fn picked(ev: &web_sys::Event) -> Option<(String, web_sys::HtmlInputElement)> {
        let input: web_sys::HtmlInputElement = ev.target()?.dyn_into().ok()?;
        input.closest(".compare-pick").ok()??;
        let slug = input.id().strip_prefix("cmp-")?.to_string();
        Some((slug, input))
    }
}
