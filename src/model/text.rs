//! Small helpers for writing sentences from lists.

/// "A", "A and B", "A, B and C".
pub fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [rest @ .., last] => {
            let rest: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", rest.join(", "), last.as_ref())
        }
    }
}

/// "1 company", "3 companies".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 { format!("1 {one}") } else { format!("{n} {many}") }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lists_read_as_a_sentence() {
        assert_eq!(super::and_list::<&str>(&[]), "");
        assert_eq!(super::and_list(&["A"]), "A");
        assert_eq!(super::and_list(&["A", "B"]), "A and B");
        assert_eq!(super::and_list(&["A", "B", "C"]), "A, B and C");
        assert_eq!(super::plural(1, "note", "notes"), "1 note");
        assert_eq!(super::plural(0, "note", "notes"), "0 notes");
    }
}
