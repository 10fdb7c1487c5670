//! Dates as a reader sees them.

/// "2026-11-24" → "24 November 2026"; anything else is shown as given.
pub fn human_date(date: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let parts: Vec<&str> = date.split('-').collect();
    match parts.as_slice() {
        [y, m, d] => match (m.parse::<usize>(), d.parse::<u32>()) {
            (Ok(m @ 1..=12), Ok(d)) => format!("{d} {} {y}", MONTHS[m - 1]),
            _ => date.to_string(),
        },
        _ => date.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn human_dates() {
        assert_eq!(super::human_date("2026-11-24"), "24 November 2026");
        assert_eq!(super::human_date("2026-13-01"), "2026-13-01");
        assert_eq!(super::human_date("soon"), "soon");
    }
}
