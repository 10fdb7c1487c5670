//! How the hub's list fills in. A new query shows its cards over a few tasks, so a key press
//! never waits on one long task; this decides how far each step may go. Cards already on screen
//! stay (the keyed list moves their nodes), so narrowing a search only removes cards, and a
//! step builds at most `budget` new ones.

/// The next list to show: the longest prefix of `results`, at most `limit` long, that needs at
/// most `budget` cards not in `on_screen`.
pub fn next_step(results: &[usize], on_screen: &[usize], limit: usize, budget: usize) -> Vec<usize> {
    // A sorted copy and binary search rather than a HashSet: fewer wasm bytes, and the list on
    // screen is at most a few hundred long.
    let mut built = on_screen.to_vec();
    built.sort_unstable();
    let mut new = 0;
    let mut out = Vec::new();
    for &index in results.iter().take(limit) {
        if built.binary_search(&index).is_err() {
            if new == budget {
                break;
            }
            new += 1;
        }
        out.push(index);
    }
    out
}

/// True while `shown` is still short of what the results and the page limit ask for.
pub fn is_filling(results: &[usize], shown: &[usize], limit: usize) -> bool {
    shown.len() < results.len().min(limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_list_fills_in_budget_sized_steps_up_to_the_limit() {
        let results: Vec<usize> = (0..10).collect();
        let first = next_step(&results, &[], 8, 3);
        assert_eq!(first, [0, 1, 2]);
        assert!(is_filling(&results, &first, 8));
        let second = next_step(&results, &first, 8, 3);
        assert_eq!(second, [0, 1, 2, 3, 4, 5]);
        let third = next_step(&results, &second, 8, 3);
        assert_eq!(third, [0, 1, 2, 3, 4, 5, 6, 7], "stops at the limit");
        assert!(!is_filling(&results, &third, 8));
    }

    #[test]
    fn narrowing_keeps_every_card_on_screen_and_builds_none() {
        let on_screen: Vec<usize> = (0..20).collect();
        let narrowed = [3, 7, 11, 19];
        assert_eq!(next_step(&narrowed, &on_screen, 120, 0), narrowed);
    }

    #[test]
    fn widening_keeps_cards_in_order_and_builds_only_the_budget() {
        // 2 and 5 are on screen; 0, 1, 3, 4, 6 are new: two may be built in this step.
        let results = [0, 1, 2, 3, 4, 5, 6];
        assert_eq!(next_step(&results, &[5, 2], 120, 2), [0, 1, 2]);
        assert_eq!(next_step(&results, &[0, 1, 2, 5], 120, 2), [0, 1, 2, 3, 4, 5]);
    }

    #[test]
    fn nothing_to_show_is_done() {
        assert!(next_step(&[], &[1, 2], 120, 24).is_empty());
        assert!(!is_filling(&[], &[], 120));
    }
}
