//! "Report something outdated or wrong": the catalog's report address, prefilled with the
//! company, the tab and the reviewed date, so a correction names what it corrects.

use crate::model::catalog::is_safe_link;
use crate::model::catalog::validate::is_mailto;
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};

/// The link, or `None` when the catalog's address is neither `https://` nor a plain `mailto:`
/// (never a link to anything else).
pub fn report_href(report_url: &str, company: &str, tab: &str, reviewed: &str) -> Option<String> {
    let subject = format!("{company} profile: something outdated or wrong");
    let body = format!(
        "Company: {company}\nTab: {tab}\nReviewed: {reviewed}\n\nWhat is wrong, and a public page that shows it:\n"
    );
    let enc = |s: &str| utf8_percent_encode(s, NON_ALPHANUMERIC).to_string();
    if is_mailto(report_url) {
        Some(format!("{report_url}?subject={}&body={}", enc(&subject), enc(&body)))
    } else if is_safe_link(report_url) {
        // An issue form's fields (GitHub's `title` and `body` parameters).
        let join = if report_url.contains('?') { '&' } else { '?' };
        Some(format!("{report_url}{join}title={}&body={}", enc(&subject), enc(&body)))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_are_prefilled_and_only_https_or_mailto() {
        let mail = report_href("mailto:fix@example.org", "AT&T", "Interview loop", "2026-12-04").unwrap();
        assert!(mail.starts_with("mailto:fix@example.org?subject=AT%26T%20profile"), "{mail}");
        assert!(mail.contains("Tab%3A%20Interview%20loop%0AReviewed%3A%202026%2D12%2D04"), "{mail}");
        let form =
            report_href("https://example.org/issues/new?template=fix.yml", "X", "Snapshot", "2026-12-04").unwrap();
        assert!(form.starts_with("https://example.org/issues/new?template=fix.yml&title=X%20profile"), "{form}");
        assert_eq!(report_href("javascript:alert(1)", "X", "Y", "Z"), None);
        assert_eq!(report_href("mailto:a@b.org?bcc=c@d.org", "X", "Y", "Z"), None);
    }
}
