//! The translators' files as arbitrary bytes, with the minimal fixture's campaign.toml: the input
//! is cut at 0xFF bytes into the Vietnamese `.ftl`, the English `.ftl`, `glossary.csv` and
//! `locales/l10n.lock`; then load (hygiene, syntax, positions), every check and resolution.
#![no_main]

#[path = "../common/mod.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

const CAMPAIGN: &str = include_str!("../../tests/fixtures/minimal/campaign.toml");

fuzz_target!(|data: &[u8]| {
    let mut m = common::with_shared_strings();
    m.insert(format!("{}/campaign.toml", common::CAMPAIGN), CAMPAIGN);
    let names = ["locales/vi/campaign.ftl", "locales/en/campaign.ftl", "glossary.csv", "locales/l10n.lock"];
    for (name, part) in names.iter().zip(data.split(|&b| b == 0xFF)) {
        m.insert(format!("{}/{name}", common::CAMPAIGN), part);
    }
    common::check(&m);
});
