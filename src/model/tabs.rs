//! The tabs of a company page and their URL segments (`/companies/{slug}/{tab}`, see `route`).

/// One section of a company page, in the reference page's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CompanyTab {
    Snapshot,
    InterviewLoop,
    PrepFocus,
    Values,
    Roles,
    RoleTracks,
    Links,
}

impl CompanyTab {
    pub const ALL: [CompanyTab; 7] = [
        CompanyTab::Snapshot,
        CompanyTab::InterviewLoop,
        CompanyTab::PrepFocus,
        CompanyTab::Values,
        CompanyTab::Roles,
        CompanyTab::RoleTracks,
        CompanyTab::Links,
    ];

    /// URL segment; the Snapshot tab lives at the company's bare URL.
    pub fn segment(self) -> &'static str {
        match self {
            CompanyTab::Snapshot => "",
            CompanyTab::InterviewLoop => "interview-loop",
            CompanyTab::PrepFocus => "prep-focus",
            CompanyTab::Values => "values",
            CompanyTab::Roles => "roles",
            CompanyTab::RoleTracks => "role-tracks",
            CompanyTab::Links => "links",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            CompanyTab::Snapshot => "Snapshot",
            CompanyTab::InterviewLoop => "Interview loop",
            CompanyTab::PrepFocus => "Prep focus",
            CompanyTab::Values => "What they tend to value",
            CompanyTab::Roles => "Primary roles",
            CompanyTab::RoleTracks => "Role interview tracks",
            CompanyTab::Links => "Public links",
        }
    }

    /// `None` for the bare company URL, `Some(segment)` otherwise; unknown segments give `None`
    /// from the outer `Option` so the page can say "Not found".
    pub fn from_segment(segment: Option<&str>) -> Option<CompanyTab> {
        match segment {
            None | Some("") => Some(CompanyTab::Snapshot),
            // "snapshot" is not a URL of its own: one view, one address.
            Some(s) => CompanyTab::ALL[1..].iter().copied().find(|t| t.segment() == s),
        }
    }

    /// DOM id of the tab element (the panel is labelled by it).
    pub fn dom_id(self) -> String {
        format!("tab-{}", if self == CompanyTab::Snapshot { "snapshot" } else { self.segment() })
    }

    fn position(self) -> usize {
        CompanyTab::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }

    /// The tab a key press moves to, per the WAI-ARIA tabs pattern (wrapping at the ends).
    pub fn after_key(self, key: &str) -> Option<CompanyTab> {
        let n = CompanyTab::ALL.len();
        let i = self.position();
        Some(match key {
            "ArrowRight" => CompanyTab::ALL[(i + 1) % n],
            "ArrowLeft" => CompanyTab::ALL[(i + n - 1) % n],
            "Home" => CompanyTab::ALL[0],
            "End" => CompanyTab::ALL[n - 1],
            _ => return None,
        })
    }

    /// Page title: "Amazon interview prep — Role interview tracks" (Snapshot is the page itself).
    pub fn title(self, company_name: &str) -> String {
        match self {
            CompanyTab::Snapshot => format!("{company_name} interview prep"),
            tab => format!("{company_name} interview prep — {}", tab.label()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_round_trip() {
        for tab in CompanyTab::ALL {
            let seg = tab.segment();
            assert_eq!(CompanyTab::from_segment(Some(seg)), Some(tab));
        }
        assert_eq!(CompanyTab::from_segment(None), Some(CompanyTab::Snapshot));
        assert_eq!(CompanyTab::from_segment(Some("snapshot")), None);
        assert_eq!(CompanyTab::from_segment(Some("Values")), None);
    }

    #[test]
    fn keys_follow_the_tabs_pattern() {
        assert_eq!(CompanyTab::Snapshot.after_key("ArrowRight"), Some(CompanyTab::InterviewLoop));
        assert_eq!(CompanyTab::Snapshot.after_key("ArrowLeft"), Some(CompanyTab::Links));
        assert_eq!(CompanyTab::Links.after_key("ArrowRight"), Some(CompanyTab::Snapshot));
        assert_eq!(CompanyTab::Values.after_key("Home"), Some(CompanyTab::Snapshot));
        assert_eq!(CompanyTab::Values.after_key("End"), Some(CompanyTab::Links));
        assert_eq!(CompanyTab::Values.after_key("Enter"), None);
    }

    #[test]
    fn titles_name_the_view() {
        assert_eq!(CompanyTab::RoleTracks.title("Amazon"), "Amazon interview prep — Role interview tracks");
        assert_eq!(CompanyTab::Snapshot.title("Amazon"), "Amazon interview prep");
        assert_eq!(CompanyTab::Snapshot.dom_id(), "tab-snapshot");
    }
}
