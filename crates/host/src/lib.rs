//! Finds, loads, checks, orders and runs plugins.
//!
//! Invariants:
//! - a library is used only after its probe returned our [`ABI_VERSION`] and its info our
//!   [`API_VERSION`];
//! - a loaded library is never unloaded (its code may still be referenced by a thread-local
//!   destructor or a leaked callback; unloading is the classic source of use-after-free);
//! - every span a plugin returns is checked against the document before anyone sees it.

mod discover;
mod error;
mod plugin;
mod resolve;
mod run;
mod scan;
mod validate;

pub use discover::{discover, is_plugin_file_name, Discovery, PluginDir};
pub use error::{CallError, LoadError, ResolveError};
pub use plugin::{check_info, parse_reply, InfoProblem, Origin, Plugin};
pub use resolve::{resolve, Registry};
pub use run::{run_document, run_document_within, run_documents, Outcome, Section};
pub use validate::check_spans;

pub use analyze_protocol::{ABI_VERSION, API_VERSION};
