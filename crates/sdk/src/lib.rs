//! The plugin author's SDK: implement [`Analyzer`], then `export_analyzer!(MyAnalyzer);`.
//!
//! What crosses the boundary is decided in `analyze-protocol`; this crate is the plugin's half
//! of it. [`handle_info`] and [`handle_request`] are the whole plugin side of the protocol as
//! safe functions over bytes, used by the exported C functions and by in-process (static) runs.

pub use analyze_core as core;
pub use analyze_core::jiff;
pub use analyze_core::text;
pub use analyze_protocol as protocol;

#[doc(hidden)]
pub mod ffi;

use analyze_core::{Analyzer, Document, Input};
use analyze_protocol::{Findings, PluginInfo, Reply, ReplyResult, Request, API_VERSION};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Everything a plugin usually needs.
pub mod prelude {
    pub use analyze_core::text::{Sentence, Token, TokenKind};
    pub use analyze_core::{
        Actor, ActorKind, AnalyzeError, Analyzer, Block, Cell, DatedItem, Document, Highlight,
        Info, Input, Output, Span,
    };
}

/// The plugin's [`PluginInfo`] as JSON.
pub fn handle_info<A: Analyzer>(analyzer: &A) -> Vec<u8> {
    let info = guard(|| {
        let info = analyzer.info();
        PluginInfo {
            api_version: API_VERSION,
            name: info.name,
            version: info.version,
            description: info.description,
            requires: info.requires,
        }
    });
    let info = info.unwrap_or_else(|message| PluginInfo {
        api_version: API_VERSION,
        name: String::new(),
        version: String::new(),
        description: format!("info() panicked: {message}"),
        requires: Vec::new(),
    });
    serde_json::to_vec(&info).unwrap_or_default()
}

/// Runs the analyzer on one JSON [`Request`] and returns a JSON [`Reply`]. Never panics: a
/// malformed request, an analyzer error and an analyzer panic all become an error reply.
pub fn handle_request<A: Analyzer>(analyzer: &A, request: &[u8]) -> Vec<u8> {
    let result = match guard(|| run(analyzer, request)) {
        Ok(result) => result,
        Err(panic) => ReplyResult::Error {
            message: format!("plugin panicked: {panic}"),
        },
    };
    // The findings are copied in whole; room for them (and as much again for the presentation)
    // saves the buffer growing and being copied several times over.
    let capacity = match &result {
        ReplyResult::Ok { findings, .. } => 2 * findings.json().len() + 256,
        ReplyResult::Error { .. } => 256,
    };
    let reply = Reply {
        api_version: API_VERSION,
        result,
    };
    let mut bytes = Vec::with_capacity(capacity);
    serde_json::to_writer(&mut bytes, &reply)
        .map(|()| bytes)
        .unwrap_or_else(|e| {
            let fallback: Reply<Findings> = Reply {
                api_version: API_VERSION,
                result: ReplyResult::Error {
                    message: format!("cannot serialize reply: {e}"),
                },
            };
            serde_json::to_vec(&fallback).unwrap_or_default()
        })
}

fn run<A: Analyzer>(analyzer: &A, request: &[u8]) -> ReplyResult<Findings> {
    // Checked as UTF-8 once, the request is read as text: reading it as bytes checks every
    // string and the raw prior findings again.
    let request: Result<Request<Box<serde_json::value::RawValue>>, _> =
        match std::str::from_utf8(request) {
            Ok(text) => serde_json::from_str(text),
            Err(_) => serde_json::from_slice(request),
        };
    let request = match request {
        Ok(request) => request,
        Err(e) => {
            return ReplyResult::Error {
                message: format!("malformed request: {e}"),
            }
        }
    };
    if request.api_version != API_VERSION {
        return ReplyResult::Error {
            message: format!(
                "request has API version {}, this plugin speaks {API_VERSION}",
                request.api_version
            ),
        };
    }
    let document = match Document::from_data(request.document) {
        Ok(document) => document,
        Err(e) => {
            return ReplyResult::Error {
                message: e.to_string(),
            }
        }
    };
    let input = Input::from_raw(&document, &request.settings, &request.prior);
    match analyzer.analyze(&input) {
        Ok(output) => ReplyResult::Ok {
            findings: output.findings,
            presentation: output.presentation,
        },
        Err(e) => ReplyResult::Error {
            message: e.to_string(),
        },
    }
}

/// Runs `f`, turning a panic into its message.
fn guard<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    ffi::install_panic_hook();
    ffi::IN_PLUGIN_CALL.with(|flag| flag.set(true));
    let result = catch_unwind(AssertUnwindSafe(f));
    ffi::IN_PLUGIN_CALL.with(|flag| flag.set(false));
    result.map_err(|payload| {
        ffi::take_panic_message().unwrap_or_else(|| {
            payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_owned())
        })
    })
}

/// Exports an [`Analyzer`] as an `analyze` plugin: writes the version probe and the function
/// table the host looks for. Use it once per plugin crate, with a type that implements
/// `Default` or with an expression that builds the analyzer:
///
/// ```ignore
/// analyze_sdk::export_analyzer!(Quotes);
/// analyze_sdk::export_analyzer!(Stance, Stance::with_lexicon());
/// ```
#[macro_export]
macro_rules! export_analyzer {
    ($analyzer:ty) => {
        $crate::export_analyzer!(
            $analyzer,
            <$analyzer as ::core::default::Default>::default()
        );
    };
    ($analyzer:ty, $build:expr) => {
        #[doc(hidden)]
        pub mod __analyze_plugin_exports {
            use super::*;

            fn instance() -> &'static $analyzer {
                static INSTANCE: ::std::sync::OnceLock<$analyzer> = ::std::sync::OnceLock::new();
                INSTANCE.get_or_init(|| $build)
            }

            unsafe extern "C" fn info() -> $crate::protocol::abi::RawBuffer {
                $crate::ffi::into_raw($crate::ffi::guarded_info(instance))
            }

            unsafe extern "C" fn analyze(
                ptr: *const u8,
                len: usize,
            ) -> $crate::protocol::abi::RawBuffer {
                // SAFETY: the host passes a pointer to `len` initialised bytes that stay alive
                // for the whole call (the ABI contract in analyze-protocol).
                let request = unsafe { $crate::ffi::borrow_request(ptr, len) };
                $crate::ffi::into_raw($crate::ffi::guarded_analyze(instance, request))
            }

            static VTABLE: $crate::protocol::abi::PluginVTable =
                $crate::protocol::abi::PluginVTable {
                    abi_version: $crate::protocol::ABI_VERSION,
                    info,
                    analyze,
                    free: $crate::ffi::free_raw,
                };

            // The symbol names carry the crate name: see analyze_protocol::abi.
            #[unsafe(export_name = concat!(env!("CARGO_CRATE_NAME"), "_abi_version"))]
            pub extern "C" fn abi_version() -> u32 {
                $crate::protocol::ABI_VERSION
            }

            #[unsafe(export_name = concat!(env!("CARGO_CRATE_NAME"), "_vtable"))]
            pub extern "C" fn vtable_ptr() -> *const $crate::protocol::abi::PluginVTable {
                &VTABLE
            }

            /// The same function table, for running this plugin linked into the host's process.
            pub fn vtable() -> &'static $crate::protocol::abi::PluginVTable {
                &VTABLE
            }
        }
    };
}

#[cfg(test)]
mod tests {
    /// A plugin reads the publication date through the SDK alone (`analyze_sdk::jiff`).
    #[test]
    fn the_date_type_is_reachable_through_the_sdk() {
        let document = crate::prelude::Document::from_data(crate::protocol::DocumentData {
            id: "a.txt".into(),
            title: None,
            date: Some("2025-08-18".into()),
            source: None,
            text: "Talks resumed on Monday.".into(),
        })
        .unwrap();
        let date: Option<crate::jiff::civil::Date> = document.date;
        assert_eq!(
            date.map(|d| d.weekday()),
            Some(crate::jiff::civil::Weekday::Monday)
        );
    }
}
