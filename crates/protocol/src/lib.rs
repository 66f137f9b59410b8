//! The serialized types shared by the host, the plugin SDK and the report.
//!
//! Two version numbers guard this crate:
//! - [`ABI_VERSION`] covers the C function table in [`abi`]. The host reads it through the probe
//!   symbol before touching anything else in a library.
//! - [`API_VERSION`] covers the JSON carried through that table ([`Request`], [`Reply`],
//!   [`PluginInfo`], [`Block`]). Every message carries it, so either side can refuse a message it
//!   does not understand instead of misreading it.

pub mod abi;
mod actor;
mod findings;
mod present;
mod span;
mod wire;

pub use actor::{Actor, ActorKind};
pub use findings::Findings;
pub use present::{Block, Cell, DatedItem, Highlight};
pub use span::{Span, SpanError};
pub use wire::{DocumentData, PluginInfo, Reply, ReplyResult, Request, RequestRef};

/// Version of the C function table. Bumped when a symbol, a function signature or the buffer
/// ownership rules change.
pub const ABI_VERSION: u32 = 1;

/// Version of the JSON messages exchanged through the table. Bumped when a field is removed,
/// renamed or changes meaning; adding an optional field does not bump it.
pub const API_VERSION: u32 = 1;

/// The `schema` field of every JSON report.
pub const REPORT_SCHEMA: &str = "analyze.report/1";
