//! A prep plan as an iCalendar file (RFC 5545) that Google Calendar, Apple Calendar and
//! Thunderbird import: each interview as an event with a reminder the day before, each study
//! day as an all-day event listing its tasks.
//!
//! Written by hand: the Rust calendar crates bring date-time libraries that would cost more
//! wasm than this whole writer, which needs only text escaping, line folding and a few fixed
//! properties.
//!
//! Interviews with a time are written in "floating" local time (no `Z`, no `TZID`, RFC 5545
//! 3.3.5): the calendar shows them at that clock time wherever the visitor is, which is what a
//! visitor who typed "14:00" means, and needs no time-zone database in the browser.

use crate::model::plan::{Plan, Schedule, Task, parse_time, task_text};

/// RFC 5545 3.1: lines longer than 75 octets are folded.
const MAX_LINE_OCTETS: usize = 75;

/// An interview without a stated length is blocked out for this long.
const DEFAULT_MINUTES: u32 = 60;

/// The calendar file for one company's plan. `stamp` is the creation instant in UTC
/// ("20261205T091500Z"); `minutes` gives a stage kind's length where the loop states it.
pub fn calendar(
    company: &str,
    slug: &str,
    plan: &Plan,
    schedule: &Schedule,
    stamp: &str,
    minutes: impl Fn(&str) -> Option<u32>,
) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Company Interview Hubs//Prep plan//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", escape(&format!("Interview prep: {company}"))),
    ];
    for (n, interview) in plan.interviews.iter().enumerate() {
        let mut event = vec![
            "BEGIN:VEVENT".to_string(),
            format!("UID:{slug}-interview-{}-{n}@company-interview-hubs", interview.day.compact()),
            format!("DTSTAMP:{stamp}"),
        ];
        match interview.time.as_deref().and_then(parse_time) {
            Some(at) => {
                let length = minutes(&interview.kind).unwrap_or(DEFAULT_MINUTES);
                event.push(format!("DTSTART:{}T{:02}{:02}00", interview.day.compact(), at / 60, at % 60));
                event.push(format!("DURATION:PT{length}M"));
                event.extend(alarm("-P1D", &interview.title));
            }
            None => {
                event.push(format!("DTSTART;VALUE=DATE:{}", interview.day.compact()));
                event.push(format!("DTEND;VALUE=DATE:{}", interview.day.plus(1).compact()));
                // 09:00 the day before an all-day event (which starts at midnight).
                event.extend(alarm("-PT15H", &interview.title));
            }
        }
        event.insert(3, format!("SUMMARY:{}", escape(&format!("{company}: {}", interview.title))));
        event.push("END:VEVENT".into());
        lines.extend(event);
    }
    for day in &schedule.days {
        let study: Vec<String> =
            day.tasks.iter().filter(|t| !matches!(t, Task::Interview { .. })).map(task_text).collect();
        if study.is_empty() {
            continue;
        }
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{slug}-prep-{}@company-interview-hubs", day.day.compact()),
            format!("DTSTAMP:{stamp}"),
            format!("SUMMARY:{}", escape(&format!("Prep for {company}: {}", study[0]))),
            format!("DESCRIPTION:{}", escape(&study.join("\n"))),
            format!("DTSTART;VALUE=DATE:{}", day.day.compact()),
            format!("DTEND;VALUE=DATE:{}", day.day.plus(1).compact()),
            "TRANSP:TRANSPARENT".into(),
            "END:VEVENT".into(),
        ]);
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold(l)).collect::<Vec<_>>().concat()
}

fn alarm(trigger: &str, title: &str) -> [String; 5] {
    [
        "BEGIN:VALARM".into(),
        "ACTION:DISPLAY".into(),
        format!("DESCRIPTION:{}", escape(&format!("Tomorrow: {title}"))),
        format!("TRIGGER:{trigger}"),
        "END:VALARM".into(),
    ]
}

/// RFC 5545 3.3.11: backslash, semicolon and comma escaped, line breaks as `\n`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded (RFC 5545 3.1): at most 75 octets per physical line, never
/// splitting a UTF-8 character; continuation lines start with a space; every line ends CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::{Day, Interview, Topic, schedule};

    fn unfold(text: &str) -> Vec<String> {
        text.replace("\r\n ", "").split("\r\n").filter(|l| !l.is_empty()).map(String::from).collect()
    }

    fn sample() -> String {
        let mut plan = Plan::default();
        let day = |s: &str| Day::parse(s).unwrap();
        plan.add(Interview {
            day: day("2026-12-18"),
            time: Some("14:30".into()),
            kind: "coding".into(),
            title: "Onsite; coding, design".into(),
        });
        plan.add(Interview { day: day("2026-12-10"), time: None, kind: "other".into(), title: "Phone screen".into() });
        let topics = vec![
            Topic { title: "Ünïcödé ".repeat(20), weight: 5, kind: None },
            Topic { title: "Graphs".into(), weight: 3, kind: None },
        ];
        let s = schedule(&plan, day("2026-12-05"), &topics);
        calendar("Acme, Inc.", "acme", &plan, &s, "20261205T091500Z", |kind| (kind == "coding").then_some(45))
    }

    #[test]
    fn every_line_ends_crlf_and_fits_75_octets() {
        let text = sample();
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        for line in text.split_terminator("\r\n") {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
            assert!(!line.contains('\n') && !line.contains('\r'));
        }
        assert!(!text.replace("\r\n", "").contains('\n'), "no bare LF");
    }

    #[test]
    fn folding_never_splits_a_character_and_unfolds_to_the_original() {
        let long = format!("SUMMARY:{}", "é".repeat(100));
        let folded = fold(&long);
        assert!(folded.split_terminator("\r\n").all(|l| l.len() <= 75 && std::str::from_utf8(l.as_bytes()).is_ok()));
        assert_eq!(unfold(&folded), [long]);
        assert_eq!(fold("SHORT"), "SHORT\r\n");
        let exactly = "X".repeat(75);
        assert_eq!(fold(&exactly), format!("{exactly}\r\n"), "75 octets need no fold");
        assert_eq!(fold(&"X".repeat(76)), format!("{}\r\n X\r\n", "X".repeat(75)));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\ne\r"), "a\\,b\\;c\\\\d\\ne");
        let lines = unfold(&sample());
        assert!(lines.contains(&"SUMMARY:Acme\\, Inc.: Onsite\\; coding\\, design".to_string()));
        assert!(lines.contains(&"X-WR-CALNAME:Interview prep: Acme\\, Inc.".to_string()));
    }

    #[test]
    fn events_have_the_required_properties() {
        let lines = unfold(&sample());
        assert_eq!(&lines[..3], ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Company Interview Hubs//Prep plan//EN"]);
        let events = lines.iter().filter(|l| *l == "BEGIN:VEVENT").count();
        assert_eq!(events, lines.iter().filter(|l| *l == "END:VEVENT").count());
        assert_eq!(events, lines.iter().filter(|l| l.starts_with("DTSTAMP:20261205T091500Z")).count());
        let uids: Vec<&String> = lines.iter().filter(|l| l.starts_with("UID:")).collect();
        assert_eq!(uids.len(), events);
        let mut unique = uids.clone();
        unique.dedup();
        assert_eq!(unique.len(), uids.len(), "UIDs are unique");
        // The timed interview: floating local time, the stage's minutes, a reminder a day before.
        for want in ["DTSTART:20261218T143000", "DURATION:PT45M", "TRIGGER:-P1D", "ACTION:DISPLAY"] {
            assert!(lines.iter().any(|l| l == want), "{want}");
        }
        // The all-day interview: DATE values, the end the day after, a reminder at 09:00 before.
        for want in ["DTSTART;VALUE=DATE:20261210", "DTEND;VALUE=DATE:20261211", "TRIGGER:-PT15H"] {
            assert!(lines.iter().any(|l| l == want), "{want}");
        }
        assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VALARM").count(), 2);
        // A study day: all day, not blocking the calendar.
        assert!(lines.iter().any(|l| l == "UID:acme-prep-20261205@company-interview-hubs"));
        assert!(lines.iter().any(|l| l == "TRANSP:TRANSPARENT"));
    }
}
