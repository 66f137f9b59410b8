//! Scores the `stance` plugin.

use crate::engine::{Engine, Options};
use anyhow::Result;

pub fn run(_engine: &Engine, _options: &Options) -> Result<String> {
    Ok("## stance\n\nNot measured yet.\n".to_owned())
}
