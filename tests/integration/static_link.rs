//! The plugins give the same findings loaded as shared libraries by the binary as when linked
//! into this test and called in-process: the ABI layer changes nothing.

use crate::reports::FIXTURES;
use crate::support::analyze;
use analyze_host::{Origin, Plugin, Registry};
use analyze_protocol::abi::PluginVTable;
use analyze_protocol::DocumentData;
use std::collections::BTreeMap;

fn linked_plugins() -> Registry {
    let tables: [&'static PluginVTable; 5] = [
        analyze_plugin_actors::__analyze_plugin_exports::vtable(),
        analyze_plugin_quotes::__analyze_plugin_exports::vtable(),
        analyze_plugin_stance::__analyze_plugin_exports::vtable(),
        analyze_plugin_figures::__analyze_plugin_exports::vtable(),
        analyze_plugin_timeline::__analyze_plugin_exports::vtable(),
    ];
    let plugins = tables
        .into_iter()
        .map(|table| Plugin::from_vtable(table, Origin::Linked).expect("linked plugin is valid"))
        .collect();
    Registry::new(plugins)
}

#[test]
fn dynamic_run_equals_linked_run() {
    let registry = linked_plugins();
    let names: Vec<String> = ["actors", "quotes", "stance", "figures", "timeline"]
        .map(String::from)
        .to_vec();
    let plan = analyze_host::resolve(&registry, &names).expect("plugins resolve");
    for (fixture, date) in FIXTURES {
        let path = crate::support::fixture_arg(fixture);
        let run = analyze(&["--date", date, "--format", "json", &path]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let dynamic: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON report");

        let text = std::fs::read_to_string(crate::support::fixture(fixture)).expect("fixture");
        let document = DocumentData {
            id: path.clone(),
            title: None,
            date: Some(date.to_string()),
            source: None,
            text,
        };
        let sections = analyze_host::run_document(&plan, &document, &BTreeMap::new());
        for section in sections {
            let analyze_host::Outcome::Findings { findings, .. } = section.outcome else {
                panic!(
                    "{fixture}: linked {} failed: {:?}",
                    section.plugin, section.outcome
                );
            };
            let expected = if section.plugin == "actors" {
                &dynamic["actors"]
            } else {
                &dynamic["plugins"][&section.plugin]["findings"]
            };
            assert_eq!(
                &findings.to_value(),
                expected,
                "{fixture}: {} differs between linked and loaded runs",
                section.plugin
            );
        }
    }
}
