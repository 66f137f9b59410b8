//! End-to-end tests: the `analyze` binary with the real plugin libraries.

mod cli;
mod fault_isolation;
mod reports;
mod static_link;
mod support;
