//! `make check-catalog`: validates a catalog file and prints every problem, one per line.
//! Exits 1 when the catalog cannot be read or breaks a rule; warnings (near-duplicate bullets,
//! default tracks for primary roles) are printed but do not fail.

use company_interview_hubs::model::catalog::{Catalog, validate, validate::advise};
use std::process::ExitCode;

fn main() -> ExitCode {
    let path = std::env::args().nth(1).unwrap_or_else(|| "data/catalog.json".into());
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("{path}: cannot read: {err}");
            return ExitCode::FAILURE;
        }
    };
    let catalog = match Catalog::from_json(&text) {
        Ok(catalog) => catalog,
        Err(err) => {
            eprintln!("{path}: {err}");
            return ExitCode::FAILURE;
        }
    };
    // Warnings first: signs of template text an editor should look at, never a failure.
    let advice = advise(&catalog);
    for warning in &advice {
        eprintln!("{path}: warning: {warning}");
    }
    let problems = validate(&catalog);
    for problem in &problems {
        eprintln!("{path}: {problem}");
    }
    if problems.is_empty() {
        let categories: std::collections::BTreeSet<_> = catalog.companies.iter().map(|c| &c.category).collect();
        println!(
            "{path}: ok — {} companies in {} categories, {} warning(s)",
            catalog.companies.len(),
            categories.len(),
            advice.len()
        );
        ExitCode::SUCCESS
    } else {
        eprintln!("{path}: {} problem(s)", problems.len());
        ExitCode::FAILURE
    }
}
