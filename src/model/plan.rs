//! A prep plan from the interview dates a visitor enters: the dates themselves ([`Plan`]), the
//! calendar days they fall on ([`Day`]), and the schedule from today to the last date
//! ([`schedule`]): the company's prep-focus items and loop stages spread over the days left,
//! the hardest first, with a spaced review 7, 3 and 1 days before each interview.
//!
//! Every date is a day of the visitor's local calendar, never an instant: days are counted as
//! whole calendar days, so a daylight-saving change (a 23- or 25-hour day) can't shift a
//! countdown or a study day.

use serde_json::{Value, json};

/// Longest typed text kept in a plan (a stage title, a role, a level).
pub const MAX_TEXT_CHARS: usize = 80;
/// More dated stages than any loop has; bounds tampered or shared data.
pub const MAX_INTERVIEWS: usize = 12;
/// Study starts at most this many days before the first interview: a plan months ahead
/// waits instead of spreading one topic over weeks.
pub const MAX_LEAD_DAYS: i32 = 42;
/// Days before each interview that get a review of what has been studied.
pub const REVIEW_OFFSETS: [i32; 3] = [7, 3, 1];
/// The stage choice for a date that is not one of the company's loop stages.
pub const OTHER: &str = "other";

/// A calendar day, counted in days from 1970-01-01.
///
/// Written by hand (the civil-from-days algorithms published by Howard Hinnant): the app's
/// dependency list has no date crate, and the few functions a plan needs cost far fewer wasm
/// bytes than one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub i32);

impl Day {
    /// A valid date between the years 1900 and 2999, else `None`.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Day> {
        if !(1900..=2999).contains(&year) || !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month)
        {
            return None;
        }
        let y = if month <= 2 { year - 1 } else { year };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (month as i32 + 9) % 12;
        let doy = (153 * mp + 2) / 5 + day as i32 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(Day(era * 146_097 + doe - 719_468))
    }

    /// "2026-12-18" (exactly that shape) → the day.
    pub fn parse(text: &str) -> Option<Day> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = &text[range];
            if part.bytes().all(|b| b.is_ascii_digit()) { part.parse().ok() } else { None }
        };
        Day::from_ymd(number(0..4)? as i32, number(5..7)?, number(8..10)?)
    }

    /// (year, month 1–12, day 1–31).
    pub fn ymd(self) -> (i32, u32, u32) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        (yoe + era * 400 + i32::from(month <= 2), month, day)
    }

    /// "2026-12-18".
    pub fn iso(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// "20261218", the form calendar files use.
    pub fn compact(self) -> String {
        self.iso().replace('-', "")
    }

    pub fn plus(self, days: i32) -> Day {
        Day(self.0 + days)
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn until(self, later: Day) -> i32 {
        later.0 - self.0
    }

    /// 0 for Monday … 6 for Sunday.
    pub fn weekday(self) -> u32 {
        (self.0 + 3).rem_euclid(7) as u32
    }

    /// "Fri 18 Dec 2026", the form the plan shows.
    pub fn label(self) -> String {
        const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
        const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
        let (y, m, d) = self.ymd();
        format!("{} {d} {} {y}", DAYS[self.weekday() as usize], MONTHS[m as usize - 1])
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// "09:30" (24-hour, exactly that shape) → minutes after midnight.
pub fn parse_time(text: &str) -> Option<u32> {
    let (h, m) = text.split_once(':')?;
    if h.len() != 2 || m.len() != 2 || !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// One dated stage of a visitor's interview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Interview {
    pub day: Day,
    /// Start time, "14:00" in the visitor's local time; `None` for a date without a time.
    pub time: Option<String>,
    /// A loop stage kind (`"coding"`) or [`OTHER`].
    pub kind: String,
    /// What the visitor calls it ("Onsite"), shown in the countdown.
    pub title: String,
}

/// A visitor's plan for one company: dated stages, in date order, and an optional role and level.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    pub role: String,
    pub level: String,
    pub interviews: Vec<Interview>,
}

/// `text` trimmed and cut to [`MAX_TEXT_CHARS`] (typed input: the only place text is cut).
pub fn clean_text(text: &str) -> String {
    text.trim().chars().filter(|c| !c.is_control()).take(MAX_TEXT_CHARS).collect()
}

impl Plan {
    /// Reads a stored, imported or shared plan, dropping any date that isn't well-formed.
    /// `None` when nothing usable is left.
    pub fn from_value(value: &Value) -> Option<Plan> {
        let text = |key: &str| value.get(key).and_then(Value::as_str).map(clean_text).unwrap_or_default();
        let mut plan = Plan { role: text("role"), level: text("level"), interviews: Vec::new() };
        for item in value.get("interviews").and_then(Value::as_array).into_iter().flatten().take(MAX_INTERVIEWS) {
            if let Some(interview) = Interview::from_value(item) {
                plan.add(interview);
            }
        }
        (!plan.is_empty()).then_some(plan)
    }

    pub fn to_value(&self) -> Value {
        let interviews: Vec<Value> = self.interviews.iter().map(Interview::to_value).collect();
        let mut value = json!({ "interviews": interviews });
        for (key, text) in [("role", &self.role), ("level", &self.level)] {
            if !text.is_empty() {
                value[key] = json!(text);
            }
        }
        value
    }

    /// A plan with no dates is no plan (a role alone is not kept).
    pub fn is_empty(&self) -> bool {
        self.interviews.is_empty()
    }

    /// Adds a date in order (same day: by time, untimed first); an exact repeat or a 13th date
    /// is ignored. True when it was added.
    pub fn add(&mut self, interview: Interview) -> bool {
        if self.interviews.len() >= MAX_INTERVIEWS || self.interviews.contains(&interview) {
            return false;
        }
        let key = |i: &Interview| (i.day, i.time.clone());
        let at = self.interviews.partition_point(|i| key(i) <= key(&interview));
        self.interviews.insert(at, interview);
        true
    }

    /// The next interview on or after `today`.
    pub fn next(&self, today: Day) -> Option<&Interview> {
        self.interviews.iter().find(|i| i.day >= today)
    }

    /// "Onsite in 5 days", "Onsite tomorrow", "Onsite today"; `None` once every date has passed.
    pub fn countdown(&self, today: Day) -> Option<String> {
        let next = self.next(today)?;
        Some(match today.until(next.day) {
            0 => format!("{} today", next.title),
            1 => format!("{} tomorrow", next.title),
            n => format!("{} in {n} days", next.title),
        })
    }

    /// This plan with `other`'s dates added (a merge never drops a date); role and level stay
    /// unless this plan has none.
    pub fn merged(&self, other: &Plan) -> Plan {
        let mut merged = self.clone();
        for interview in &other.interviews {
            merged.add(interview.clone());
        }
        for (mine, theirs) in [(&mut merged.role, &other.role), (&mut merged.level, &other.level)] {
            if mine.is_empty() {
                mine.clone_from(theirs);
            }
        }
        merged
    }
}

impl Interview {
    fn from_value(value: &Value) -> Option<Interview> {
        let field = |key: &str| value.get(key).and_then(Value::as_str);
        let day = Day::parse(field("date")?)?;
        let time = match field("time") {
            Some(t) => Some(parse_time(t).map(|_| t.to_string())?),
            None => None,
        };
        let kind = field("kind").filter(|k| crate::model::catalog::validate::is_slug(k)).unwrap_or(OTHER);
        let title = clean_text(field("title").unwrap_or(""));
        let title = if title.is_empty() { "Interview".to_string() } else { title };
        Some(Interview { day, time, kind: kind.to_string(), title })
    }

    fn to_value(&self) -> Value {
        let mut value = json!({ "date": self.day.iso(), "kind": self.kind, "title": self.title });
        if let Some(time) = &self.time {
            value["time"] = json!(time);
        }
        value
    }
}

/// Something to prepare: a prep-focus item or practice for a kind of loop stage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Topic {
    pub title: String,
    /// Higher is harder; the plan starts with the hardest.
    pub weight: u8,
    /// The loop stage kind it prepares for (`None` for a prep-focus item).
    pub kind: Option<String>,
}

/// How hard a stage kind is to prepare for; `None` for stages there's nothing to practise for
/// (a recruiter call, team matching, a committee that never meets the candidate).
pub fn stage_weight(kind: &str) -> Option<u8> {
    Some(match kind {
        "system-design" => 6,
        "coding" | "domain-deep-dive" => 5,
        "online-assessment" | "take-home" | "pair-programming" => 4,
        "technical-screen" | "presentation" => 3,
        "behavioral" | "hiring-manager" => 2,
        _ => return None,
    })
}

/// Weight of a prep-focus item: between the technical rounds and the conversations.
const PREP_ITEM_WEIGHT: u8 = 3;

/// The topics left to prepare, hardest first (ties keep the profile's order), and the
/// prep-focus items already ticked. `stages` are the loop's (kind, title) pairs; stages of one
/// kind make one topic.
pub fn topics(prep_focus: &[String], prepared: &[usize], stages: &[(&str, &str)]) -> (Vec<Topic>, Vec<String>) {
    let mut kinds: Vec<(&str, u8, Vec<&str>)> = Vec::new();
    for (kind, title) in stages {
        let Some(weight) = stage_weight(kind) else { continue };
        match kinds.iter_mut().find(|(k, ..)| k == kind) {
            Some((_, _, titles)) if !titles.contains(title) => titles.push(title),
            Some(_) => {}
            None => kinds.push((kind, weight, vec![title])),
        }
    }
    let mut all: Vec<Topic> = Vec::new();
    for (kind, weight, titles) in kinds {
        all.push(Topic { title: format!("Practise: {}", titles.join(" / ")), weight, kind: Some(kind.to_string()) });
    }
    let mut done = Vec::new();
    for (index, item) in prep_focus.iter().enumerate() {
        if prepared.contains(&index) {
            done.push(item.clone());
        } else {
            all.push(Topic { title: item.clone(), weight: PREP_ITEM_WEIGHT, kind: None });
        }
    }
    // Hardest first, ties in order: by weight bucket, as a stable sort would (without its code
    // in the wasm; weights are a handful of small numbers).
    let mut todo = Vec::with_capacity(all.len());
    for weight in (0..=u8::MAX).rev() {
        todo.extend(all.iter().filter(|t| t.weight == weight).cloned());
        if todo.len() == all.len() {
            break;
        }
    }
    (todo, done)
}

/// One thing to do on a day of the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Task {
    /// Study a topic (`part` of `of` days given to it, when it spans several).
    Study {
        topic: String,
        part: u32,
        of: u32,
    },
    /// Go over what has been studied, `days_before` an interview (0: the morning of it).
    Review {
        interview: String,
        days_before: i32,
    },
    Interview {
        title: String,
        time: Option<String>,
    },
}

/// A day of the plan and its tasks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanDay {
    pub day: Day,
    pub tasks: Vec<Task>,
}

/// The plan laid out from `today`: only today and later days, in order, each with something to do.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Schedule {
    pub days: Vec<PlanDay>,
    /// The first study day when the first interview is more than [`MAX_LEAD_DAYS`] away.
    pub starts_later: Option<Day>,
    /// Dates before today, for the record.
    pub past: Vec<Interview>,
}

impl Schedule {
    /// Today's tasks, if today is in the plan.
    pub fn today(&self, today: Day) -> Option<&PlanDay> {
        self.days.first().filter(|d| d.day == today)
    }
}

/// A company's topics for a plan: its loop stages and prep-focus items, less the items ticked.
pub fn topics_for(company: &crate::model::catalog::Company, prepared: &[usize]) -> (Vec<Topic>, Vec<String>) {
    let stages: Vec<(&str, &str)> =
        company.interview_loop.stages.iter().map(|s| (s.kind.as_str(), s.title.as_str())).collect();
    topics(&company.prep_focus, prepared, &stages)
}

/// Lays `topics` (hardest first) over the days from `today` to the plan's last date.
///
/// Practice for a stage that has a date comes first, in date order (a phone screen on Wednesday
/// is practised before the onsite's system design); the rest follow, hardest first.
/// Study days are the days before the last interview that aren't interview days, from today
/// or from [`MAX_LEAD_DAYS`] before the first interview, whichever is later. Each study day
/// gets one topic (a topic spans several days when there are more days than topics) or several
/// (when there are fewer); topics keep their order, so the hardest come first. Reviews fall
/// [`REVIEW_OFFSETS`] days before each interview; an interview today with nothing studied
/// gets a review that morning.
pub fn schedule(plan: &Plan, today: Day, topics: &[Topic]) -> Schedule {
    let past: Vec<Interview> = plan.interviews.iter().filter(|i| i.day < today).cloned().collect();
    let upcoming: Vec<&Interview> = plan.interviews.iter().filter(|i| i.day >= today).collect();
    let (Some(first), Some(last)) = (upcoming.first(), upcoming.last()) else {
        return Schedule { past, ..Schedule::default() };
    };
    let start = today.max(first.day.plus(-MAX_LEAD_DAYS));
    let is_interview_day = |day: Day| upcoming.iter().any(|i| i.day == day);
    let study_days: Vec<Day> =
        (0..start.until(last.day)).map(|n| start.plus(n)).filter(|d| !is_interview_day(*d)).collect();

    let mut days: Vec<PlanDay> = Vec::new();
    // Kept in date order as days are added, so the schedule needs no sort (one fewer compiled).
    let push = |day: Day, task: Task, days: &mut Vec<PlanDay>| {
        let at = days.iter().position(|d| d.day >= day).unwrap_or(days.len());
        match days.get_mut(at) {
            Some(d) if d.day == day => d.tasks.push(task),
            _ => days.insert(at, PlanDay { day, tasks: vec![task] }),
        }
    };

    // What you face first, you practise first: practice for the stages you have dates for, in
    // date order, then everything else; each part keeps its hardest-first order.
    let mut ordered: Vec<&Topic> = Vec::with_capacity(topics.len());
    for kind in upcoming.iter().map(|i| Some(i.kind.as_str())).chain([None]) {
        for topic in topics {
            let due = kind.is_none() || topic.kind.as_deref() == kind;
            if due && !ordered.iter().any(|t| std::ptr::eq(*t, topic)) {
                ordered.push(topic);
            }
        }
    }
    let topics = ordered;
    let (n, k) = (study_days.len(), topics.len());
    if k > 0 {
        let range = |j: usize| (j * k / n, ((j + 1) * k / n).max(j * k / n + 1));
        // How many study days each topic gets, to say "day 2 of 4".
        let mut spans = vec![0u32; k];
        for j in 0..n {
            let (lo, hi) = range(j);
            spans[lo..hi].iter_mut().for_each(|s| *s += 1);
        }
        let mut seen = vec![0u32; k];
        for (j, day) in study_days.iter().enumerate() {
            let (lo, hi) = range(j);
            for index in lo..hi {
                seen[index] += 1;
                let task = Task::Study { topic: topics[index].title.clone(), part: seen[index], of: spans[index] };
                push(*day, task, &mut days);
            }
        }
    }
    for interview in &upcoming {
        let mut reviewed = false;
        for offset in REVIEW_OFFSETS {
            let day = interview.day.plus(-offset);
            if day >= today && !is_interview_day(day) {
                push(day, Task::Review { interview: interview.title.clone(), days_before: offset }, &mut days);
                reviewed = true;
            }
        }
        if !reviewed && interview.day == today && n == 0 {
            push(today, Task::Review { interview: interview.title.clone(), days_before: 0 }, &mut days);
        }
        push(
            interview.day,
            Task::Interview { title: interview.title.clone(), time: interview.time.clone() },
            &mut days,
        );
    }
    Schedule { days, starts_later: (start > today).then_some(start), past }
}

/// What a task says on the page and in the calendar file.
pub fn task_text(task: &Task) -> String {
    match task {
        Task::Study { topic, of: 1, .. } => topic.clone(),
        Task::Study { topic, part, of } => format!("{topic} (day {part} of {of})"),
        Task::Review { interview, days_before: 0 } => format!("Quick review before your {interview}"),
        Task::Review { interview, days_before: 1 } => format!("Review what you've studied: {interview} tomorrow"),
        Task::Review { interview, days_before } => {
            format!("Review what you've studied: {interview} in {days_before} days")
        }
        Task::Interview { title, time: Some(time) } => format!("{title} at {time}"),
        Task::Interview { title, time: None } => title.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    fn interview(date: &str, title: &str) -> Interview {
        Interview { day: day(date), time: None, kind: OTHER.to_string(), title: title.to_string() }
    }

    fn plan(dates: &[(&str, &str)]) -> Plan {
        let mut plan = Plan::default();
        for (date, title) in dates {
            plan.add(interview(date, title));
        }
        plan
    }

    fn topics_n(n: usize) -> Vec<Topic> {
        (0..n).map(|i| Topic { title: format!("T{i}"), weight: 9 - i as u8, kind: None }).collect()
    }

    fn study_topics(day: &PlanDay) -> Vec<&str> {
        day.tasks
            .iter()
            .filter_map(|t| match t {
                Task::Study { topic, .. } => Some(topic.as_str()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn days_round_trip_and_know_the_calendar() {
        assert_eq!(Day::from_ymd(1970, 1, 1), Some(Day(0)));
        assert_eq!(day("2000-03-01").0 - day("2000-02-28").0, 2, "2000 was a leap year");
        assert_eq!(day("1900-03-01").0 - day("1900-02-28").0, 1, "1900 was not");
        assert_eq!(Day::parse("2026-02-29"), None);
        assert_eq!(Day::parse("2026-13-01"), None);
        assert_eq!(Day::parse("2026-1-01"), None);
        assert_eq!(Day::parse("+026-01-01"), None);
        assert_eq!(Day::parse("3026-01-01"), None);
        assert_eq!(day("2026-12-18").iso(), "2026-12-18");
        assert_eq!(day("2026-12-18").label(), "Fri 18 Dec 2026");
        assert_eq!(day("2026-12-31").plus(1).iso(), "2027-01-01");
        assert_eq!(day("2026-12-18").compact(), "20261218");
    }

    #[test]
    fn times_are_24_hour_hh_mm() {
        assert_eq!(parse_time("09:30"), Some(570));
        assert_eq!(parse_time("23:59"), Some(1439));
        for bad in ["24:00", "9:30", "09:60", "ab:cd", "0930", "09:30:00", ""] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_daylight_saving_change_does_not_move_a_countdown() {
        // Both 2027 changes (US 14 March, EU 28 March) lie between these days.
        let plan = plan(&[("2027-03-30", "Onsite")]);
        assert_eq!(plan.countdown(day("2027-03-10")).as_deref(), Some("Onsite in 20 days"));
        let s = schedule(&plan, day("2027-03-10"), &topics_n(4));
        let study: Vec<Day> = s.days.iter().filter(|d| !study_topics(d).is_empty()).map(|d| d.day).collect::<Vec<_>>();
        assert_eq!(study.len(), 20, "every calendar day from 10 to 29 March, none lost or doubled");
        assert!(study.windows(2).all(|w| w[0].until(w[1]) == 1));
    }

    #[test]
    fn the_schedule_lists_each_day_once_in_date_order() {
        // Interview days and reviews are added after the study days around them.
        let plan = plan(&[("2026-12-10", "Phone screen"), ("2026-12-18", "Onsite")]);
        let s = schedule(&plan, day("2026-12-01"), &topics_n(5));
        assert!(s.days.iter().any(|d| d.day == day("2026-12-10")), "the phone screen's day is listed");
        assert!(
            s.days.windows(2).all(|w| w[0].day < w[1].day),
            "{:?}",
            s.days.iter().map(|d| d.day.iso()).collect::<Vec<_>>()
        );
    }

    #[test]
    fn countdowns() {
        let plan = plan(&[("2026-12-10", "Phone screen"), ("2026-12-18", "Onsite")]);
        assert_eq!(plan.countdown(day("2026-12-05")).as_deref(), Some("Phone screen in 5 days"));
        assert_eq!(plan.countdown(day("2026-12-09")).as_deref(), Some("Phone screen tomorrow"));
        assert_eq!(plan.countdown(day("2026-12-10")).as_deref(), Some("Phone screen today"));
        assert_eq!(plan.countdown(day("2026-12-11")).as_deref(), Some("Onsite in 7 days"));
        assert_eq!(plan.countdown(day("2026-12-19")), None);
    }

    #[test]
    fn topics_are_hardest_first_and_ticks_count_as_done() {
        let prep = vec!["Arrays".to_string(), "Stories".to_string(), "Graphs".to_string()];
        let stages = [
            ("recruiter-screen", "Recruiter call"),
            ("behavioral", "Values"),
            ("coding", "Coding 1"),
            ("coding", "Coding 2"),
            ("system-design", "Design"),
        ];
        let (todo, done) = topics(&prep, &[1], &stages);
        let titles: Vec<&str> = todo.iter().map(|t| t.title.as_str()).collect();
        assert_eq!(
            titles,
            ["Practise: Design", "Practise: Coding 1 / Coding 2", "Arrays", "Graphs", "Practise: Values"]
        );
        assert_eq!(done, ["Stories"]);
    }

    #[test]
    fn practice_for_the_first_interview_comes_first() {
        let prep = vec!["Arrays".to_string()];
        let stages = [("technical-screen", "Phone screen"), ("system-design", "Design"), ("coding", "Coding")];
        let (todo, _) = topics(&prep, &[], &stages);
        let mut plan = Plan::default();
        plan.add(Interview {
            day: day("2026-12-09"),
            time: None,
            kind: "technical-screen".into(),
            title: "Screen".into(),
        });
        plan.add(Interview { day: day("2026-12-18"), time: None, kind: "coding".into(), title: "Onsite".into() });
        let s = schedule(&plan, day("2026-12-05"), &todo);
        let order: Vec<&str> = s.days.iter().flat_map(study_topics).fold(Vec::new(), |mut seen, t| {
            if !seen.contains(&t) {
                seen.push(t);
            }
            seen
        });
        assert_eq!(order, ["Practise: Phone screen", "Practise: Coding", "Practise: Design", "Arrays"]);
    }

    #[test]
    fn a_plan_of_three_weeks() {
        let plan = plan(&[("2026-12-10", "Phone screen"), ("2026-12-26", "Onsite")]);
        let today = day("2026-12-05");
        let s = schedule(&plan, today, &topics_n(5));
        assert_eq!(s.days.first().unwrap().day, today);
        assert_eq!(s.days.last().unwrap().day, day("2026-12-26"));
        assert_eq!(s.today(today).map(|d| study_topics(d)), Some(vec!["T0"]), "the hardest topic first");
        let on = |date: &str| s.days.iter().find(|d| d.day == day(date)).unwrap();
        assert!(study_topics(on("2026-12-10")).is_empty(), "no study on an interview day");
        assert!(on("2026-12-10").tasks.contains(&Task::Interview { title: "Phone screen".into(), time: None }));
        for (date, before) in
            [("2026-12-09", 1), ("2026-12-07", 3), ("2026-12-19", 7), ("2026-12-23", 3), ("2026-12-25", 1)]
        {
            assert!(
                on(date).tasks.iter().any(|t| matches!(t, Task::Review { days_before, .. } if *days_before == before)),
                "{date}"
            );
        }
        assert_eq!(s.starts_later, None);
        assert!(s.past.is_empty());
    }

    #[test]
    fn an_interview_today_gets_a_morning_review() {
        let today = day("2026-12-05");
        let s = schedule(&plan(&[("2026-12-05", "Onsite")]), today, &topics_n(3));
        assert_eq!(s.days.len(), 1);
        assert_eq!(
            s.days[0].tasks,
            [
                Task::Review { interview: "Onsite".into(), days_before: 0 },
                Task::Interview { title: "Onsite".into(), time: None }
            ]
        );
    }

    #[test]
    fn an_interview_tomorrow_puts_every_topic_on_today() {
        let today = day("2026-12-05");
        let s = schedule(&plan(&[("2026-12-06", "Onsite")]), today, &topics_n(3));
        assert_eq!(study_topics(&s.days[0]), ["T0", "T1", "T2"]);
        assert!(s.days[0].tasks.iter().any(|t| matches!(t, Task::Review { days_before: 1, .. })));
    }

    #[test]
    fn six_months_ahead_waits_until_six_weeks_before() {
        let today = day("2026-12-05");
        let s = schedule(&plan(&[("2027-06-05", "Onsite")]), today, &topics_n(6));
        let start = day("2027-06-05").plus(-MAX_LEAD_DAYS);
        assert_eq!(s.starts_later, Some(start));
        assert_eq!(s.days.first().unwrap().day, start);
        assert_eq!(s.days.len(), MAX_LEAD_DAYS as usize + 1);
        // 42 days for 6 topics: seven days each.
        assert_eq!(s.days[0].tasks, [Task::Study { topic: "T0".into(), part: 1, of: 7 }]);
        assert_eq!(task_text(&s.days[6].tasks[0]), "T0 (day 7 of 7)");
    }

    #[test]
    fn dates_in_the_past_are_kept_for_the_record_only() {
        let today = day("2026-12-05");
        let s = schedule(&plan(&[("2026-11-20", "Phone screen")]), today, &topics_n(2));
        assert!(s.days.is_empty());
        assert_eq!(s.past.len(), 1);
        let s = schedule(&plan(&[("2026-11-20", "Phone screen"), ("2026-12-07", "Onsite")]), today, &topics_n(2));
        assert_eq!(s.days.first().unwrap().day, today, "past days are never shown");
        assert_eq!(s.past.len(), 1);
    }

    #[test]
    fn nothing_left_to_study_still_gives_reviews_and_the_interview() {
        let s = schedule(&plan(&[("2026-12-12", "Onsite")]), day("2026-12-05"), &[]);
        let kinds: Vec<i32> = s
            .days
            .iter()
            .flat_map(|d| &d.tasks)
            .map(|t| match t {
                Task::Review { days_before, .. } => *days_before,
                _ => -1,
            })
            .collect();
        assert_eq!(kinds, [7, 3, 1, -1]);
    }

    #[test]
    fn plans_read_leniently_and_merge_without_losing_dates() {
        let value = serde_json::json!({
            "role": "  Backend engineer  ",
            "interviews": [
                {"date": "2026-12-18", "time": "14:00", "kind": "coding", "title": "Onsite"},
                {"date": "2026-02-30", "title": "bad date"},
                {"date": "2026-12-10", "time": "25:00", "title": "bad time"},
                {"date": "2026-12-10", "kind": "<script>", "title": ""}
            ]
        });
        let plan = Plan::from_value(&value).unwrap();
        assert_eq!(plan.role, "Backend engineer");
        assert_eq!(plan.interviews.len(), 2);
        assert_eq!(plan.interviews[0].kind, OTHER, "a bad kind becomes other");
        assert_eq!(plan.interviews[0].title, "Interview");
        assert_eq!(Plan::from_value(&plan.to_value()), Some(plan.clone()));
        assert_eq!(Plan::from_value(&serde_json::json!({"role": "x"})), None);

        let other =
            Plan { role: "Other role".into(), level: "L5".into(), interviews: vec![interview("2026-12-20", "Final")] };
        let merged = plan.merged(&other);
        assert_eq!(merged.interviews.len(), 3);
        assert_eq!((merged.role.as_str(), merged.level.as_str()), ("Backend engineer", "L5"));
        assert_eq!(merged.merged(&other), merged, "merging twice adds nothing");
    }

    #[test]
    fn typed_text_is_limited() {
        assert_eq!(clean_text(&"x".repeat(200)).chars().count(), MAX_TEXT_CHARS);
        assert_eq!(clean_text(" a\u{0}b\n "), "ab");
        let mut plan = Plan::default();
        for n in 0..20 {
            plan.add(interview("2026-12-01", &format!("I{n}")));
        }
        assert_eq!(plan.interviews.len(), MAX_INTERVIEWS);
    }
}
