//! Labelled badges for category and difficulty. The text carries the meaning; colour and the
//! difficulty pips only repeat it.

use crate::model::catalog::Catalog;
use crate::model::markup::El;

/// Category badge: "Category: Fintech Payments" to a screen reader.
pub fn category_badge(name: &str) -> El {
    El::with_class("span", "badge badge-category")
        .child(El::with_class("span", "sr-only").text("Category: "))
        .text(name)
}

/// Difficulty badge with filled pips for its rank ("●●○ Hard").
pub fn difficulty_badge(name: &str, rank: usize, of: usize) -> El {
    El::with_class("span", &format!("badge badge-difficulty level-{rank}"))
        .child(El::with_class("span", "pips").attr("aria-hidden", "true").text(pips(rank, of)))
        .child(El::with_class("span", "sr-only").text("Difficulty: "))
        .text(name)
}

fn pips(rank: usize, of: usize) -> String {
    (0..of).map(|i| if i < rank { '●' } else { '○' }).collect()
}

/// Position (1-based) of a difficulty in the catalog's easiest-to-hardest order, and the count.
/// "Not rated" is no level: (0, 0), no pips.
pub fn difficulty_level(catalog: &Catalog, slug: &str) -> (usize, usize) {
    if !catalog.is_rated(slug) {
        return (0, 0);
    }
    // usize, not u32: the one unstable sort of usize the app already compiles serves here too.
    let mut ranks: Vec<usize> = catalog
        .difficulties
        .iter()
        .map(|d| d.rank)
        .filter(|r| *r != crate::model::catalog::NOT_RATED)
        .map(|r| r as usize)
        .collect();
    ranks.sort_unstable();
    let rank = catalog.difficulty_rank(slug) as usize;
    let level = ranks.iter().position(|r| *r == rank).map_or(0, |p| p + 1);
    (level, ranks.len())
}
