//! `campaign.toml` as arbitrary bytes, with the minimal fixture's `.ftl` files and shared
//! strings: parse, validate, every locale check and resolution, every diagnostic printer.
#![no_main]

#[path = "../common/mod.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

const VI: &str = include_str!("../../tests/fixtures/minimal/locales/vi/campaign.ftl");
const EN: &str = include_str!("../../tests/fixtures/minimal/locales/en/campaign.ftl");

fuzz_target!(|data: &[u8]| {
    let mut m = common::with_shared_strings();
    m.insert(format!("{}/campaign.toml", common::CAMPAIGN), data);
    m.insert(format!("{}/locales/vi/campaign.ftl", common::CAMPAIGN), VI);
    m.insert(format!("{}/locales/en/campaign.ftl", common::CAMPAIGN), EN);
    m.insert(format!("{}/images/logo.svg", common::CAMPAIGN), "<svg xmlns='http://www.w3.org/2000/svg'/>");
    common::check(&m);
});
