//! Companies related to one company: the same category, or hiring for the same primary roles,
//! each with the reason in words.

use crate::model::catalog::Catalog;

/// How many related companies a page lists.
pub const SHOWN: usize = 4;

/// A related company and why it is related.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    /// Index into `catalog.companies`.
    pub index: usize,
    pub reason: String,
}

/// Up to [`SHOWN`] companies most like the one at `of`: a shared category counts as much as
/// two shared primary roles; ties go to the same difficulty, then by name (a stable order, so
/// build-time and live pages agree).
pub fn related(catalog: &Catalog, of: usize) -> Vec<Related> {
    let company = &catalog.companies[of];
    let mut scored: Vec<(usize, bool, usize, Vec<&str>)> = catalog
        .companies
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != of)
        .filter_map(|(i, other)| {
            let same_category = other.category == company.category;
            let shared: Vec<&str> = company
                .primary_roles
                .iter()
                .filter(|r| other.primary_roles.contains(r))
                .map(|r| catalog.role_name(r))
                .collect();
            let score = 2 * usize::from(same_category) + shared.len();
            (score > 0).then_some((i, same_category, score, shared))
        })
        .collect();
    // Lower-cased names once per candidate, not once per comparison.
    let mut keys: Vec<_> = scored
        .iter()
        .map(|(i, _, score, _)| {
            let other = &catalog.companies[*i];
            (std::cmp::Reverse(*score), other.difficulty != company.difficulty, other.name.to_lowercase(), *i)
        })
        .collect();
    // The few best by repeated minimum rather than a sort: the same order (the key ends with the
    // index, so it is total), without a sort compiled for this key type (~2 KB of wasm).
    let mut best = Vec::with_capacity(SHOWN);
    while best.len() < SHOWN {
        let Some(pos) = (0..keys.len()).min_by(|a, b| keys[*a].cmp(&keys[*b])) else { break };
        keys.swap_remove(pos);
        best.push(scored.swap_remove(pos));
    }
    best.into_iter()
        .map(|(index, same_category, _, shared)| {
            let mut reasons = Vec::new();
            if same_category {
                reasons.push(format!("also {}", catalog.category_name(&company.category)));
            }
            if !shared.is_empty() {
                reasons.push(format!("also hires {}", crate::model::text::and_list(&shared)));
            }
            let mut reason = reasons.join("; ");
            reason[..1].make_ascii_uppercase();
            Related { index, reason }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::tests::shipped;

    #[test]
    fn related_companies_share_a_category_or_roles_and_say_which() {
        let catalog = shipped();
        for (of, company) in catalog.companies.iter().enumerate() {
            let list = related(&catalog, of);
            assert!(list.len() <= SHOWN);
            assert!(list.iter().all(|r| r.index != of), "{} is not related to itself", company.slug);
            for r in &list {
                let other = &catalog.companies[r.index];
                let same = other.category == company.category;
                let shared = company.primary_roles.iter().any(|x| other.primary_roles.contains(x));
                assert!(same || shared, "{} → {}", company.slug, other.slug);
                assert!(r.reason.starts_with("Also "), "{}", r.reason);
                assert_eq!(r.reason.contains(catalog.category_name(&company.category)), same, "{}", r.reason);
            }
        }
        let stripe = catalog.companies.iter().position(|c| c.slug == "stripe").unwrap();
        let list = related(&catalog, stripe);
        assert_eq!(list.len(), SHOWN);
        assert!(catalog.companies[list[0].index].category == "fintech-payments", "the best match shares the category");
    }
}
