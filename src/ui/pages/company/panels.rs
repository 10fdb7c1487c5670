//! The content of each tab of a company page. Everything but the prep checklist is read-only
//! and built as a `model::markup` tree (drawn by `StaticBlock`), which costs far fewer wasm
//! bytes than a `view!` per tab.

use crate::model::catalog::{Company, is_safe_link, url_host};
use crate::model::dates::human_date;
use crate::model::loaded::Loaded;
use crate::model::markup::El;
use crate::model::query::{Facet, HubQuery};
use crate::model::route::Route;
use crate::model::tabs::CompanyTab;
use crate::ui::components::badges::{category_badge, difficulty_badge, difficulty_level};
use crate::ui::components::prep_checklist::PrepChecklist;
use crate::ui::components::static_block::StaticBlock;
use leptos::prelude::*;

/// The content of one tab: the prep checklist on its tab, then the tab's read-only blocks.
pub fn panel(loaded: &Loaded, company: &Company, tab: CompanyTab) -> impl IntoView + use<> {
    let checklist = (tab == CompanyTab::PrepFocus).then(|| {
        view! { <PrepChecklist slug=company.slug.clone() name=company.name.clone() items=company.prep_focus.clone()/> }
    });
    let els = blocks(loaded, company, tab);
    view! { {checklist} <StaticBlock class="panel-body" els/> }
}

/// The read-only blocks of one tab, then the line saying what the tab rests on.
pub fn blocks(loaded: &Loaded, company: &Company, tab: CompanyTab) -> Vec<El> {
    let catalog = &loaded.catalog;
    let mut out = match tab {
        CompanyTab::Snapshot => vec![snapshot(loaded, company)],
        CompanyTab::PrepFocus => Vec::new(),
        CompanyTab::InterviewLoop => super::interview_loop::loop_panel(catalog, company),
        CompanyTab::Values => {
            let mut out = vec![bullets(&company.values)];
            out.extend(super::interview_loop::evidence(company, &company.values_sources));
            out
        }
        CompanyTab::Roles => {
            let items = company.primary_roles.iter().map(|role| {
                let href = crate::browser::base_path::link(&Route::Hub(HubQuery::default().toggled(Facet::Role, role)));
                El::new("li")
                    .child(El::new("a").attr("href", href).text(catalog.role_name(role)))
                    .child(El::with_class("span", "hint").text(" — companies hiring this role"))
            });
            vec![El::with_class("ul", "roles").children(items)]
        }
        CompanyTab::RoleTracks => {
            let items = catalog.tracks(company).into_iter().map(|track| {
                let less_common = !company.primary_roles.iter().any(|r| r == track.role_slug);
                let mut title = El::new("h3").text(track.role_name);
                if less_common {
                    title = title.child(El::with_class("span", "tag").text(format!("Less common at {}", company.name)));
                }
                let li = if less_common { El::with_class("li", "less-common") } else { El::new("li") };
                li.child(title).child(El::new("p").text(track.sentence(company)))
            });
            vec![El::with_class("ul", "tracks").children(items)]
        }
        CompanyTab::Links => {
            let items = company.links.iter().map(|link| {
                if is_safe_link(&link.url) {
                    El::new("li")
                        .child(external(&link.url, &link.label))
                        .child(El::with_class("span", "host").text(url_host(&link.url).unwrap_or_default()))
                } else {
                    withheld(El::new("li"), &link.label)
                }
            });
            let mut out = vec![El::with_class("ul", "links").children(items)];
            out.extend(source_list(company));
            out
        }
    };
    out.extend(super::interview_loop::section_evidence(company, tab));
    out
}

fn snapshot(loaded: &Loaded, company: &Company) -> El {
    let catalog = &loaded.catalog;
    let (level, of) = difficulty_level(catalog, &company.difficulty);
    let category_href =
        crate::browser::base_path::link(&Route::Hub(HubQuery::default().toggled(Facet::Category, &company.category)));
    let fact = |dl: El, term: &str, value: El| dl.child(El::new("dt").text(term)).child(value);
    let mut dl = El::with_class("dl", "facts");
    dl = fact(dl, "Interview loop", El::new("dd").text(super::interview_loop::summary(catalog, company)));
    dl = fact(dl, "Interview style", El::new("dd").text(&company.interview_style));
    dl = fact(
        dl,
        "Difficulty",
        El::new("dd")
            .child(difficulty_badge(catalog.difficulty_name(&company.difficulty), level, of))
            .child(El::with_class("p", "note").text(&company.difficulty_note)),
    );
    dl = fact(
        dl,
        "Category",
        El::new("dd").child(
            El::with_class("a", "plain-link")
                .attr("href", category_href)
                .child(category_badge(catalog.category_name(&company.category))),
        ),
    );
    if !company.aliases.is_empty() {
        dl = fact(dl, "Also known as", El::new("dd").text(company.aliases.join(", ")));
    }
    fact(dl, "Last checked against sources", El::new("dd").child(date(&company.reviewed)))
}

/// `<time>` with the ISO date for machines and a readable one for people.
pub(super) fn date(iso: &str) -> El {
    El::new("time").attr("datetime", iso).text(human_date(iso))
}

/// A link to another site, opened in a new tab, which a screen reader is told.
fn external(url: &str, label: &str) -> El {
    El::new("a")
        .attr("href", url)
        .attr("target", "_blank")
        .attr("rel", "noopener noreferrer external")
        .text(label)
        .child(El::with_class("span", "sr-only").text(" (opens in a new tab)"))
}

/// The label of a link that is not `https:`, as text, saying why it is no link.
fn withheld(el: El, label: &str) -> El {
    el.text(label).child(El::with_class("span", "hint").text(" (link withheld: only https links are opened)"))
}

/// The pages the profile rests on, each with the day it was checked; only `https:` becomes a link.
fn source_list(company: &Company) -> Vec<El> {
    let items = company.sources.iter().map(|source| {
        let li = if is_safe_link(&source.url) {
            El::new("li")
                .child(external(&source.url, &source.title))
                .child(El::with_class("span", "host").text(url_host(&source.url).unwrap_or_default()))
        } else {
            withheld(El::new("li"), &source.title)
        };
        li.child(El::with_class("span", "checked").text("checked on ").child(date(&source.checked)))
    });
    vec![
        El::with_class("h3", "sources-title").text("Sources"),
        El::with_class("p", "hint")
            .text("The public pages this profile rests on. It was last checked against them on ")
            .child(date(&company.reviewed))
            .text("."),
        El::with_class("ul", "links sources").children(items),
    ]
}

fn bullets(items: &[String]) -> El {
    El::with_class("ul", "bullets").children(items.iter().map(|item| El::new("li").text(item)))
}
