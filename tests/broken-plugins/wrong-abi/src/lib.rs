//! Broken on purpose: exports the version probe by hand and answers an ABI version this host
//! does not speak, as a plugin built against a future SDK would. The host must stop at the probe
//! and never call the (missing) function table.

#[unsafe(no_mangle)]
pub extern "C" fn analyze_plugin_wrong_abi_abi_version() -> u32 {
    999
}
