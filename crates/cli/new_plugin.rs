//! `analyze plugin new NAME`: writes a plugin crate from the template.

use anyhow::{bail, Result};
use std::path::Path;
use std::process::ExitCode;

pub fn command(name: &str, _path: Option<&Path>, _sdk: Option<&Path>) -> Result<ExitCode> {
    bail!("`analyze plugin new {name}` is not written yet")
}
