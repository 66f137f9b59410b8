//! End-to-end tests: the `analyze` binary with the real plugin libraries.

mod fault_isolation;
mod support;
