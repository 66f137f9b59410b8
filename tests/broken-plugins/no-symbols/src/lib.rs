//! Broken on purpose: a shared library that exports nothing (it forgot
//! `analyze_sdk::export_analyzer!`), so the host finds no `analyze_plugin_no_symbols_abi_version`.

/// Not exported: a Rust function in a cdylib is only exported with `#[no_mangle]`.
pub fn analyze(text: &str) -> usize {
    text.len()
}
