//! Property tests (proptest) of the pure logic: query strings, filtering, sorting and catalog
//! parsing hold for arbitrary input, not just the examples in the unit tests.

use company_interview_hubs::model::catalog::Catalog;
use company_interview_hubs::model::filter::{SearchIndex, fold};
use company_interview_hubs::model::query::{Facet, HubQuery, Sort};
use proptest::prelude::*;
use std::sync::OnceLock;

fn shipped() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog::from_json(include_str!("../data/catalog.json")).unwrap())
}

/// Query strings built from the vocabulary, junk, and arbitrary text.
fn query_string() -> impl Strategy<Value = String> {
    let c = shipped();
    let slugs: Vec<String> = c
        .categories
        .iter()
        .map(|x| x.slug.clone())
        .chain(c.difficulties.iter().map(|x| x.slug.clone()))
        .chain(c.roles.iter().map(|x| x.slug.clone()))
        .chain(c.stage_kinds.iter().map(|x| x.slug.clone()))
        .chain(["nope", "", "%FF", "a,b", "<x>"].map(String::from))
        .collect();
    let value = prop_oneof![
        prop::sample::subsequence(slugs, 0..4).prop_map(|v| v.join(",")),
        "\\PC{0,12}",
        "[a-z ]{0,10}",
        Just("-difficulty".to_string()),
        Just("difficulty".to_string()),
    ];
    let key = prop_oneof![
        Just("q"),
        Just("category"),
        Just("difficulty"),
        Just("role"),
        Just("stage"),
        Just("sort"),
        Just("x"),
        Just("")
    ];
    prop::collection::vec((key, value), 0..6)
        .prop_map(|pairs| pairs.into_iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&"))
}

/// The oracle's own case and accent folding, written apart from `filter::fold` (a table of
/// accented letters per base letter), so a bug there can't hide in both.
fn oracle_fold(text: &str) -> String {
    const TABLE: &[(&str, &str)] = &[
        ("àáâãäåāăą", "a"),
        ("çćĉċč", "c"),
        ("ďđ", "d"),
        ("èéêëēĕėęě", "e"),
        ("ĝğġģ", "g"),
        ("ĥħ", "h"),
        ("ìíîïĩīĭįı", "i"),
        ("ĵ", "j"),
        ("ķ", "k"),
        ("ĺļľŀł", "l"),
        ("ñńņň", "n"),
        ("òóôõöøōŏő", "o"),
        ("ŕŗř", "r"),
        ("śŝşš", "s"),
        ("ţťŧ", "t"),
        ("ùúûüũūŭůűų", "u"),
        ("ŵ", "w"),
        ("ýÿŷ", "y"),
        ("źżž", "z"),
        ("æ", "ae"),
        ("œ", "oe"),
        ("ß", "ss"),
    ];
    text.to_lowercase()
        .chars()
        .map(|ch| match TABLE.iter().find(|(accented, _)| accented.contains(ch)) {
            Some((_, base)) => base.to_string(),
            None => ch.to_string(),
        })
        .collect()
}

/// Each shipped company's searchable fields, folded by the oracle once (folding them per case
/// made this the slowest test).
fn oracle_haystacks() -> &'static Vec<Vec<String>> {
    static HAY: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    HAY.get_or_init(|| {
        shipped()
            .companies
            .iter()
            .map(|co| {
                let mut text = vec![&co.name, &co.tagline, &co.domain, &co.interview_style];
                text.extend(co.aliases.iter());
                text.into_iter().map(|t| oracle_fold(t)).collect()
            })
            .collect()
    })
}

fn company_matches(c: &Catalog, i: usize, q: &HubQuery, saved: &[String]) -> bool {
    let co = &c.companies[i];
    let facet_ok = |chosen: &[String], v: &str| chosen.is_empty() || chosen.iter().any(|x| x == v);
    let hay = &oracle_haystacks()[i];
    facet_ok(&q.category, &co.category)
        && facet_ok(&q.difficulty, &co.difficulty)
        && (q.role.is_empty() || co.primary_roles.iter().any(|r| q.role.contains(r)))
        && (q.stage.is_empty() || co.interview_loop.stages.iter().any(|s| q.stage.contains(&s.kind)))
        && oracle_fold(&q.q).split_whitespace().all(|w| hay.iter().any(|h| h.contains(w)))
        && (!q.saved || saved.contains(&co.slug))
}

/// Search text as visitors type it: words taken from the catalog's own text (so searches hit),
/// in mixed case and with accents added, plus the odd made-up word.
fn search_text() -> impl Strategy<Value = String> {
    let c = shipped();
    let words: Vec<String> = c
        .companies
        .iter()
        .flat_map(|co| {
            co.name.split_whitespace().chain(co.tagline.split_whitespace()).map(str::to_string).collect::<Vec<_>>()
        })
        .map(|w| w.trim_matches(|ch: char| !ch.is_alphanumeric()).to_string())
        .filter(|w| !w.is_empty())
        .collect();
    let word = prop_oneof![
        4 => (prop::sample::select(words), any::<bool>(), any::<bool>()).prop_map(|(w, upper, accent)| {
            let w = if upper { w.to_uppercase() } else { w };
            if accent { w.replacen('e', "é", 1).replacen('A', "Å", 1) } else { w }
        }),
        1 => "[a-z]{1,4}",
    ];
    prop::collection::vec(word, 0..4).prop_map(|ws| ws.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// parse → serialize → parse gives the same view, and serializing is a fixed point.
    #[test]
    fn query_round_trip_is_stable(raw in query_string(), arbitrary in "\\PC{0,40}") {
        for input in [raw, arbitrary] {
            let first = HubQuery::parse(&input);
            let text = first.to_query_string();
            let second = HubQuery::parse(&text);
            prop_assert_eq!(&second, &first, "via {:?}", text);
            prop_assert_eq!(second.to_query_string(), text);
        }
    }

    /// The hub shows exactly the companies that satisfy every active predicate: facets, every
    /// search word (any case, any accents), and the Saved view.
    #[test]
    fn filtering_returns_exactly_the_matching_companies(
        raw in query_string(),
        search in search_text(),
        saved_view in any::<bool>(),
        saved_picks in prop::collection::vec(any::<prop::sample::Index>(), 0..6),
    ) {
        let c = shipped();
        let index = SearchIndex::new(c);
        let mut q = HubQuery::parse(&raw).restricted_to(c);
        q.q = search;
        q.saved = saved_view;
        let saved: Vec<String> = saved_picks.iter().map(|i| c.companies[i.index(c.companies.len())].slug.clone()).collect();
        let hits = index.matching(c, &q, &saved);
        let expected: Vec<usize> = (0..c.companies.len()).filter(|i| company_matches(c, *i, &q, &saved)).collect();
        let mut got = hits.clone();
        got.sort_unstable();
        prop_assert_eq!(got, expected);
    }

    /// Every sort is a total order (no ties left unresolved) and doesn't depend on input order.
    #[test]
    fn sorting_is_total_and_stable(sort in prop::sample::select(Sort::ALL.to_vec()), seed in any::<u64>()) {
        let mut c = shipped().clone();
        // Shuffle deterministically, and add a same-named twin to exercise ties.
        let mut twin = c.companies[0].clone();
        twin.slug = "twin".into();
        c.companies.push(twin);
        let n = c.companies.len();
        let mut state = seed | 1;
        for i in (1..n).rev() {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17;
            c.companies.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let q = HubQuery { sort, ..HubQuery::default() };
        let order: Vec<String> = SearchIndex::new(&c).matching(&c, &q, &[]).iter().map(|i| c.companies[*i].slug.clone()).collect();
        prop_assert_eq!(order.len(), n);
        let rank = |slug: &str| {
            let co = c.companies.iter().find(|x| x.slug == slug).unwrap();
            (!c.is_rated(&co.difficulty), c.difficulty_rank(&co.difficulty), fold(&co.name))
        };
        for pair in order.windows(2) {
            let (a, b) = (rank(&pair[0]), rank(&pair[1]));
            // Not rated sorts last under either difficulty order.
            let ok = match sort {
                Sort::Name => a.2 <= b.2,
                Sort::Difficulty => a <= b,
                Sort::DifficultyDesc => (!a.0 && b.0) || (a.0 == b.0 && (a.1 > b.1 || (a.1 == b.1 && a.2 <= b.2))),
            };
            prop_assert!(ok, "{:?} before {:?} under {:?}", pair[0], pair[1], sort);
        }
        // Ties (same name and rank) keep catalog order: stable.
        let pos = |s: &str| order.iter().position(|x| x == s).unwrap();
        let original_first = c.companies.iter().position(|x| x.slug == "amazon").unwrap()
            < c.companies.iter().position(|x| x.slug == "twin").unwrap();
        prop_assert_eq!(pos("amazon") < pos("twin"), original_first);
    }

    /// Reading a catalog never panics, whatever the bytes.
    #[test]
    fn catalog_parsing_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = Catalog::from_json(&text);
    }

    /// Nor does the real catalog with any field of a company replaced by another JSON value;
    /// whatever still parses can be validated, indexed and filtered.
    #[test]
    fn mutated_catalogs_never_panic(
        company in 0usize..97,
        field in prop::sample::select(vec![
            "slug", "name", "aliases", "tagline", "category", "difficulty", "prep_focus",
            "primary_roles", "role_tracks", "official_domains", "links", "sources", "reviewed",
        ]),
        value in prop_oneof![
            Just(serde_json::json!(null)), Just(serde_json::json!("")), Just(serde_json::json!([])),
            Just(serde_json::json!(["", "x"])), Just(serde_json::json!([{"role": "nope"}])),
            Just(serde_json::json!([{"label": "", "url": "javascript:x"}])), "\\PC{0,20}".prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
        ],
    ) {
        let mut json: serde_json::Value = serde_json::from_str(include_str!("../data/catalog.json")).unwrap();
        let n = json["companies"].as_array().unwrap().len();
        json["companies"][company % n][field] = value;
        if let Ok(c) = Catalog::from_json(&json.to_string()) {
            let _ = company_interview_hubs::model::catalog::validate(&c);
            let index = SearchIndex::new(&c);
            let _ = index.matching(&c, &HubQuery::parse("q=a&sort=-difficulty"), &[]);
            for company in &c.companies {
                c.tracks(company).iter().for_each(|t| _ = t.sentence(company));
            }
        }
    }

    /// Facet toggling is an involution: twice is a no-op.
    #[test]
    fn toggling_twice_restores_the_view(raw in query_string(), slug in "[a-z]{1,8}") {
        let q = HubQuery::parse(&raw);
        for facet in Facet::ALL {
            if !q.has(facet, &slug) {
                prop_assert_eq!(&q.toggled(facet, &slug).toggled(facet, &slug), &q);
            }
        }
    }
}

mod plans {
    use company_interview_hubs::model::plan::{Day, Interview, Plan, REVIEW_OFFSETS, Task, Topic, schedule};
    use company_interview_hubs::model::share::Shared;
    use proptest::prelude::*;

    /// A plan of 1–5 dates from 30 days ago to 200 days ahead of `today`, some on the same day.
    fn plan_and_today() -> impl Strategy<Value = (Plan, Day, usize)> {
        (0i32..40_000, prop::collection::vec((-30i32..200, prop::option::of(0u32..1440)), 1..6), 0usize..15).prop_map(
            |(today, dates, topics)| {
                let today = Day(today);
                let mut plan = Plan::default();
                for (n, (offset, time)) in dates.into_iter().enumerate() {
                    let time = time.map(|m| format!("{:02}:{:02}", m / 60, m % 60));
                    plan.add(Interview {
                        day: today.plus(offset),
                        time,
                        kind: "coding".into(),
                        title: format!("Stage {n}"),
                    });
                }
                (plan, today, topics)
            },
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        /// Days are calendar days: to text and back, and one apart on consecutive numbers.
        #[test]
        fn days_round_trip(n in -25_000i32..375_000) {
            let day = Day(n);
            prop_assert_eq!(Day::parse(&day.iso()), Some(day));
            let (y, m, d) = day.ymd();
            prop_assert_eq!(Day::from_ymd(y, m, d), Some(day));
            prop_assert_eq!(day.plus(1).weekday(), (day.weekday() + 1) % 7);
        }

        /// The schedule's rules hold for any dates: only today onwards, in order, one entry per
        /// day; no study on an interview day; every topic studied when there is a day for it,
        /// hardest first; each interview on its day, with reviews 7/3/1 days before.
        #[test]
        fn schedules_keep_their_rules((plan, today, k) in plan_and_today()) {
            let topics: Vec<Topic> = (0..k).map(|i| Topic { title: format!("T{i}"), weight: 20 - i as u8, kind: None }).collect();
            let s = schedule(&plan, today, &topics);
            let upcoming: Vec<&Interview> = plan.interviews.iter().filter(|i| i.day >= today).collect();
            prop_assert_eq!(s.past.len(), plan.interviews.len() - upcoming.len());
            prop_assert!(s.days.windows(2).all(|w| w[0].day < w[1].day));
            prop_assert!(s.days.iter().all(|d| d.day >= today && !d.tasks.is_empty()));
            if let Some(last) = upcoming.last() {
                prop_assert_eq!(s.days.last().map(|d| d.day), Some(last.day));
            } else {
                prop_assert!(s.days.is_empty());
            }
            let mut first_seen: Vec<Option<usize>> = vec![None; k];
            let mut study_days = 0;
            for (at, day) in s.days.iter().enumerate() {
                let interview_day = upcoming.iter().any(|i| i.day == day.day);
                for task in &day.tasks {
                    if let Task::Study { topic, part, of } = task {
                        prop_assert!(!interview_day, "study on an interview day");
                        prop_assert!(*part >= 1 && part <= of);
                        let index: usize = topic[1..].parse().unwrap();
                        first_seen[index].get_or_insert(at);
                    }
                }
                study_days += usize::from(day.tasks.iter().any(|t| matches!(t, Task::Study { .. })));
            }
            if study_days > 0 {
                prop_assert!(first_seen.iter().all(Option::is_some), "every topic gets a day");
                prop_assert!(first_seen.windows(2).all(|w| w[0] <= w[1]), "hardest first");
            }
            for interview in &upcoming {
                let on = |day: Day| s.days.iter().find(|d| d.day == day);
                let on_day = on(interview.day).map(|d| d.tasks.clone()).unwrap_or_default();
                let has_interview = on_day.iter().any(|t| matches!(t, Task::Interview { title, .. } if *title == interview.title));
                prop_assert!(has_interview, "interview on its day");
                for offset in REVIEW_OFFSETS {
                    let day = interview.day.plus(-offset);
                    if day >= today && !upcoming.iter().any(|i| i.day == day) {
                        let has_review = on(day).is_some_and(|d| d.tasks.iter().any(|t| matches!(t, Task::Review { interview: i, days_before } if *i == interview.title && *days_before == offset)));
                        prop_assert!(has_review, "review {} days before {}", offset, interview.title);
                    }
                }
            }
        }

        /// Any plan the site makes survives a share link.
        #[test]
        fn share_links_round_trip((plan, _, _) in plan_and_today(), slug in "[a-z][a-z0-9]{0,10}") {
            let shared = Shared { slug, plan };
            prop_assert_eq!(Shared::from_fragment(&shared.to_fragment()), Ok(Some(shared)));
        }

        /// Arbitrary fragments never panic.
        #[test]
        fn any_fragment_is_read_or_refused(text in "\\PC{0,200}") {
            let _ = Shared::from_fragment(&format!("share={text}"));
        }
    }
}
