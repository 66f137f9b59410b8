//! Broken on purpose: a plugin that bypasses `export_analyzer!` and writes its own function
//! table, whose `analyze` returns bytes that are not a reply. Its `info` is correct, so it loads.
//! Documents containing the word `shape` get JSON of the wrong shape (an unknown block kind);
//! all others get bytes that are not JSON at all.

use analyze_sdk::ffi::{free_raw, into_raw};
use analyze_sdk::prelude::*;
use analyze_sdk::protocol::abi::{PluginVTable, RawBuffer};
use analyze_sdk::protocol::ABI_VERSION;

#[derive(Default)]
struct Malformed;

impl Analyzer for Malformed {
    fn info(&self) -> Info {
        Info::new(
            "malformed",
            "0.1.0",
            "Replies with bytes that are not a reply (a test plugin)",
        )
    }

    fn analyze(&self, _input: &Input) -> Result<Output, AnalyzeError> {
        Output::new(&Vec::<String>::new())
    }
}

unsafe extern "C" fn info() -> RawBuffer {
    into_raw(analyze_sdk::handle_info(&Malformed))
}

unsafe extern "C" fn analyze(ptr: *const u8, len: usize) -> RawBuffer {
    // SAFETY: the host passes `len` bytes at `ptr` for the duration of the call.
    let request = unsafe { analyze_sdk::ffi::borrow_request(ptr, len) };
    let wrong_shape = std::str::from_utf8(request).is_ok_and(|r| r.contains("shape"));
    let reply: &[u8] = if wrong_shape {
        br#"{"api_version": 1, "result": {"ok": {"findings": [], "presentation": [{"pie_chart": {"slices": 3}}]}}}"#
    } else {
        b"\xff\xfe<html>this is not JSON</html>"
    };
    into_raw(reply.to_vec())
}

static VTABLE: PluginVTable = PluginVTable {
    abi_version: ABI_VERSION,
    info,
    analyze,
    free: free_raw,
};

#[unsafe(no_mangle)]
pub extern "C" fn analyze_plugin_malformed_abi_version() -> u32 {
    ABI_VERSION
}

#[unsafe(no_mangle)]
pub extern "C" fn analyze_plugin_malformed_vtable() -> *const PluginVTable {
    &VTABLE
}
