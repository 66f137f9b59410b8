//! Scores the `quotes` plugin.

use crate::engine::{Engine, Options};
use anyhow::Result;

pub fn run(_engine: &Engine, _options: &Options) -> Result<String> {
    Ok("## quotes\n\nNot measured yet.\n".to_owned())
}
