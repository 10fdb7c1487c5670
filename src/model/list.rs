//! Lists of slugs as URLs and storage write them ("a,b,c"), and picking items on and off.

/// The non-empty, trimmed parts of a comma-separated value.
pub fn parts(value: &str) -> impl Iterator<Item = &str> {
    value.split(',').map(str::trim).filter(|p| !p.is_empty())
}

/// `a,b,,a,Bad Slug` → `[a, b]`: well-formed slugs, first occurrence kept, at most `max`
/// parts read (so a hostile URL can't make this slow).
pub fn slugs(value: &str, max: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in parts(value).take(max) {
        if crate::model::catalog::validate::is_slug(part) && !out.iter().any(|v| v == part) {
            out.push(part.to_string());
        }
    }
    out
}

/// Removes `value` if present, else appends it while the list holds fewer than `max`.
/// True when the list changed.
pub fn toggle(list: &mut Vec<String>, value: &str, max: usize) -> bool {
    if let Some(at) = list.iter().position(|v| v == value) {
        list.remove(at);
        true
    } else if list.len() < max {
        list.push(value.to_string());
        true
    } else {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_lists_drop_junk_and_repeats() {
        assert_eq!(slugs("a,b,,a, c ,Bad Slug,<x>", 100), ["a", "b", "c"]);
        assert_eq!(slugs("a,b,c", 2), ["a", "b"]);
        assert!(slugs("", 10).is_empty());
        assert_eq!(parts(" a ,, b").collect::<Vec<_>>(), ["a", "b"]);
    }

    #[test]
    fn toggling_adds_removes_and_respects_the_cap() {
        let mut list = vec!["a".to_string()];
        assert!(toggle(&mut list, "b", 2));
        assert!(!toggle(&mut list, "c", 2), "full");
        assert!(toggle(&mut list, "a", 2));
        assert_eq!(list, ["b"]);
    }
}
