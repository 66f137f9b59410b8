//! The built shared library, loaded by `analyze-host` exactly as `analyze` loads it.

mod common;

use analyze_host::Plugin;
use analyze_test_support::built_library;

#[test]
fn the_library_loads_and_describes_itself() {
    let path = built_library("analyze_plugin_sources");
    let plugin = Plugin::load(&path).unwrap();
    assert_eq!(plugin.info.name, "sources");
    assert_eq!(plugin.info.version, env!("CARGO_PKG_VERSION"));
    assert_eq!(plugin.info.requires, ["actors", "quotes"]);
}

#[test]
fn the_library_gives_the_same_report() {
    let path = built_library("analyze_plugin_sources");
    let loaded = common::port_strike().run_library(&path).unwrap();
    let linked = common::port_strike()
        .run(&analyze_plugin_sources::Sources::default())
        .unwrap();
    assert_eq!(loaded.findings, linked.findings);
    assert_eq!(loaded.markdown(), linked.markdown());
    insta::assert_snapshot!(loaded.markdown());
}

#[test]
fn the_library_reports_bad_settings() {
    let path = built_library("analyze_plugin_sources");
    let error = common::port_strike()
        .settings(serde_json::json!({"anonymous_words": "not a list"}))
        .run_library(&path)
        .unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("bad settings: `anonymous_words`: invalid type: string \"not a list\""),
        "{error}"
    );
}
