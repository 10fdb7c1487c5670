//! The content of each tab of a company page.

use crate::model::catalog::{Company, is_safe_link, url_host};
use crate::model::dates::human_date;
use crate::model::loaded::Loaded;
use crate::model::query::{Facet, HubQuery};
use crate::model::route::Route;
use crate::model::tabs::CompanyTab;
use crate::ui::components::badges::{CategoryBadge, DifficultyBadge, difficulty_level};
use crate::ui::components::prep_checklist::PrepChecklist;
use leptos::either::{Either, EitherOf7};
use leptos::prelude::*;

/// The content of one tab.
pub fn panel(loaded: &Loaded, company: &Company, tab: CompanyTab) -> impl IntoView + use<> {
    let catalog = &loaded.catalog;
    match tab {
        CompanyTab::Snapshot => {
            let (level, of) = difficulty_level(catalog, &company.difficulty);
            let category_href = crate::browser::base_path::link(&Route::Hub(
                HubQuery::default().toggled(Facet::Category, &company.category),
            ));
            let aliases = (!company.aliases.is_empty()).then(|| {
                view! { <dt>"Also known as"</dt><dd>{company.aliases.join(", ")}</dd> }
            });
            let summary = super::interview_loop::summary(catalog, company);
            EitherOf7::A(view! {
                <dl class="facts">
                    <dt>"Interview loop"</dt>
                    <dd>{summary}</dd>
                    <dt>"Interview style"</dt>
                    <dd>{company.interview_style.clone()}</dd>
                    <dt>"Difficulty"</dt>
                    <dd>
                        <DifficultyBadge name=catalog.difficulty_name(&company.difficulty).to_string() rank=level of=of/>
                        <p class="note">{company.difficulty_note.clone()}</p>
                    </dd>
                    <dt>"Category"</dt>
                    <dd>
                        <a href=category_href class="plain-link">
                            <CategoryBadge name=catalog.category_name(&company.category).to_string()/>
                        </a>
                    </dd>
                    {aliases}
                    <dt>"Last checked against sources"</dt>
                    <dd><time datetime=company.reviewed.clone()>{human_date(&company.reviewed)}</time></dd>
                </dl>
            })
        }
        CompanyTab::PrepFocus => EitherOf7::C(
            view! { <PrepChecklist slug=company.slug.clone() name=company.name.clone() items=company.prep_focus.clone()/> },
        ),
        CompanyTab::InterviewLoop => EitherOf7::B(super::interview_loop::loop_panel(catalog, company)),
        CompanyTab::Values => EitherOf7::D(view! {
            {bullets(&company.values)}
            {super::interview_loop::evidence(company, &company.values_sources)}
        }),
        CompanyTab::Roles => {
            let items = company
                .primary_roles
                .iter()
                .map(|role| {
                    let href =
                        crate::browser::base_path::link(&Route::Hub(HubQuery::default().toggled(Facet::Role, role)));
                    view! {
                        <li>
                            <a href=href>{catalog.role_name(role).to_string()}</a>
                            <span class="hint">" — companies hiring this role"</span>
                        </li>
                    }
                })
                .collect_view();
            EitherOf7::E(view! { <ul class="roles">{items}</ul> })
        }
        CompanyTab::RoleTracks => {
            let items = catalog
                .tracks(company)
                .into_iter()
                .map(|track| {
                    let less_common = !company.primary_roles.iter().any(|r| r == track.role_slug);
                    view! {
                        <li class:less-common=less_common>
                            <h3>
                                {track.role_name.to_string()}
                                {less_common.then(|| view! {
                                    <span class="tag">{format!("Less common at {}", company.name)}</span>
                                })}
                            </h3>
                            <p>{track.sentence(company)}</p>
                        </li>
                    }
                })
                .collect_view();
            EitherOf7::F(view! { <ul class="tracks">{items}</ul> })
        }
        CompanyTab::Links => {
            let items = company
                .links
                .iter()
                .map(|link| {
                    if is_safe_link(&link.url) {
                        let host = url_host(&link.url).unwrap_or_default();
                        Either::Left(view! {
                            <li>
                                <a href=link.url.clone() target="_blank" rel="noopener noreferrer external">
                                    {link.label.clone()}
                                    <span class="sr-only">" (opens in a new tab)"</span>
                                </a>
                                <span class="host">{host}</span>
                            </li>
                        })
                    } else {
                        Either::Right(view! {
                            <li>
                                {link.label.clone()}
                                <span class="hint">" (link withheld: only https links are opened)"</span>
                            </li>
                        })
                    }
                })
                .collect_view();
            EitherOf7::G(view! {
                <ul class="links">{items}</ul>
                {source_list(company)}
            })
        }
    }
}

/// The pages the profile rests on, each with the day it was checked; only `https:` becomes a link.
fn source_list(company: &Company) -> impl IntoView + use<> {
    let items = company
        .sources
        .iter()
        .map(|source| {
            let title = if is_safe_link(&source.url) {
                Either::Left(view! {
                    <a href=source.url.clone() target="_blank" rel="noopener noreferrer external">
                        {source.title.clone()}
                        <span class="sr-only">" (opens in a new tab)"</span>
                    </a>
                    <span class="host">{url_host(&source.url).unwrap_or_default()}</span>
                })
            } else {
                Either::Right(view! {
                    {source.title.clone()}
                    <span class="hint">" (link withheld: only https links are opened)"</span>
                })
            };
            view! {
                <li>
                    {title}
                    <span class="checked">
                        "checked on " <time datetime=source.checked.clone()>{human_date(&source.checked)}</time>
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <h3 class="sources-title">"Sources"</h3>
        <p class="hint">
            "The public pages this profile rests on. It was last checked against them on "
            <time datetime=company.reviewed.clone()>{human_date(&company.reviewed)}</time>
            "."
        </p>
        <ul class="links sources">{items}</ul>
    }
}

fn bullets(items: &[String]) -> impl IntoView + use<> {
    let items = items.iter().map(|item| view! { <li>{item.clone()}</li> }).collect_view();
    view! { <ul class="bullets">{items}</ul> }
}
