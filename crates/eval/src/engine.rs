//! Runs plugins on evaluation documents through the same host the `analyze` binary uses.

use analyze_host::{run_document, Outcome, Plugin, PluginDir, Registry};
use analyze_protocol::DocumentData;
use anyhow::{bail, Result};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub struct Options {
    /// The `../shared/data` folder.
    pub data: PathBuf,
    /// At most this many documents or examples per data set; 0 for all.
    pub limit: usize,
}

impl Options {
    /// `items` cut to the limit.
    pub fn limited<T>(&self, mut items: Vec<T>) -> Vec<T> {
        if self.limit > 0 {
            items.truncate(self.limit);
        }
        items
    }
}

pub struct Engine {
    registry: Registry,
}

impl Engine {
    /// Loads the plugins from `dir` and from beside this binary.
    pub fn load(dir: Option<&Path>) -> Result<Engine> {
        let mut dirs = Vec::new();
        if let Some(dir) = dir {
            dirs.push(PluginDir {
                path: dir.to_owned(),
                source: "--plugin-dir".into(),
                required: true,
            });
        }
        if let Some(exe_dir) = std::env::current_exe()?.parent() {
            dirs.push(PluginDir {
                path: exe_dir.to_owned(),
                source: "beside analyze-eval".into(),
                required: false,
            });
        }
        let discovery = analyze_host::discover(&dirs, &[]);
        for error in &discovery.errors {
            eprintln!("warning: {error}");
        }
        if discovery.plugins.is_empty() {
            bail!("no plugins found; build them first: cargo build --release --workspace");
        }
        Ok(Engine {
            registry: Registry::new(discovery.plugins),
        })
    }

    /// The plugins to run for `names`, in order, with what they require.
    pub fn plan(&self, names: &[String]) -> Result<Vec<&Plugin>> {
        Ok(analyze_host::resolve(&self.registry, names)?)
    }

    /// Runs `plugin` (and what it requires) on one document; the findings of every plugin
    /// that ran, or its error message.
    pub fn run(
        &self,
        plugin: &str,
        document: DocumentData,
        settings: &BTreeMap<String, serde_json::Value>,
    ) -> Result<BTreeMap<String, Result<serde_json::Value, String>>> {
        let plan: Vec<&Plugin> = analyze_host::resolve(&self.registry, &[plugin.to_owned()])?;
        let sections = run_document(&plan, &document, settings);
        Ok(sections
            .into_iter()
            .map(|section| {
                let result = match section.outcome {
                    Outcome::Findings { findings, .. } => Ok(findings.to_value()),
                    Outcome::Error(error) => Err(error.to_string()),
                };
                (section.plugin, result)
            })
            .collect())
    }

    /// The findings of `plugin` alone on a document (an error if it failed).
    pub fn findings(&self, plugin: &str, document: DocumentData) -> Result<serde_json::Value> {
        let mut results = self.run(plugin, document, &BTreeMap::new())?;
        match results.remove(plugin) {
            Some(Ok(findings)) => Ok(findings),
            Some(Err(message)) => bail!("{plugin}: {message}"),
            None => bail!("{plugin} did not run"),
        }
    }
}

/// A document with no metadata but its text and date.
pub fn document(id: &str, text: String, date: Option<String>) -> DocumentData {
    DocumentData {
        id: id.to_owned(),
        title: None,
        date,
        source: None,
        text,
    }
}
