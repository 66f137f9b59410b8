//! `analyze.toml`: default plugins, plugin directories, output format and per-plugin settings.

use crate::args::Format;
use anyhow::{Context, Result};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The plugin `--target` feeds.
const STANCE_PLUGIN: &str = "stance";

/// The configuration file. Unknown keys are errors, so a typo never silently does nothing.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Plugins to run when `--plugins` is not given.
    #[serde(default)]
    pub plugins: Option<Vec<String>>,
    /// Directories to look for plugins in, relative to the configuration file.
    #[serde(default)]
    pub plugin_dirs: Vec<PathBuf>,
    /// Report format when `--format` is not given.
    #[serde(default)]
    pub format: Option<Format>,
    /// Seconds a plugin's call on one document may take, when `--timeout` is not given.
    #[serde(default)]
    pub timeout: Option<f64>,
    /// One table per plugin, handed to that plugin as its settings.
    #[serde(default)]
    pub settings: BTreeMap<String, toml::Table>,
    /// Where the file was read from; plugin directories are relative to its folder.
    #[serde(skip)]
    pub path: Option<PathBuf>,
    /// The file's text, to point at lines in later messages.
    #[serde(skip)]
    text: String,
    /// Plugins whose settings `--set` gave, to name the right culprit in messages.
    #[serde(skip)]
    set_on_command_line: std::collections::BTreeSet<String>,
}

impl Config {
    /// Reads `explicit`, or `analyze.toml` in the working directory if there is one.
    pub fn load(explicit: Option<&Path>) -> Result<Config> {
        let path = match explicit {
            Some(path) => path.to_owned(),
            None => {
                let default = PathBuf::from("analyze.toml");
                if !default.is_file() {
                    return Ok(Config::default());
                }
                default
            }
        };
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read configuration {}", path.display()))?;
        let mut config: Config = toml::from_str(&text)
            .map_err(|e| anyhow::anyhow!("{}: {}", path.display(), e.to_string().trim_end()))?;
        let base = path.parent().map(Path::to_owned).unwrap_or_default();
        config.plugin_dirs = config
            .plugin_dirs
            .iter()
            .map(|dir| base.join(dir))
            .collect();
        config.path = Some(path);
        config.text = text;
        // A bad limit is an error even when `--timeout` overrides it: the file is wrong.
        config.timeout()?;
        Ok(config)
    }

    /// The file's name for messages, or `configuration` when there is no file.
    fn file_name(&self) -> String {
        self.path
            .as_deref()
            .map_or("configuration".into(), |p| p.display().to_string())
    }

    /// The time limit `timeout` sets, if it does.
    pub fn timeout(&self) -> Result<Option<std::time::Duration>> {
        let Some(seconds) = self.timeout else {
            return Ok(None);
        };
        crate::args::timeout_from_seconds(seconds)
            .map(Some)
            .map_err(|message| {
                let file = self.file_name();
                let line = self
                    .line_of("timeout")
                    .map_or(String::new(), |l| format!(":{l}"));
                anyhow::anyhow!("{file}{line}: `timeout`: {message}")
            })
    }

    /// The line (from 1) where the top-level key `key` is set, if the file sets it.
    pub fn line_of(&self, key: &str) -> Option<usize> {
        self.text
            .lines()
            .position(|line| {
                line.trim_start()
                    .strip_prefix(key)
                    .is_some_and(|rest| rest.trim_start().starts_with('='))
            })
            .map(|i| i + 1)
    }

    /// The line (from 1) of the `[settings.PLUGIN]` table, if the file has one.
    fn settings_line(&self, plugin: &str) -> Option<usize> {
        let table = format!("[settings.{plugin}]");
        self.text
            .lines()
            .position(|l| l.trim_start().starts_with(&table))
            .map(|i| i + 1)
    }

    /// Checks that every `[settings.NAME]` table names an installed plugin, so a misspelt
    /// plugin name does not silently drop its settings.
    pub fn check_settings(&self, installed: &[String]) -> Result<()> {
        for plugin in self.settings.keys() {
            if installed.contains(plugin) {
                continue;
            }
            let installed = installed.join(", ");
            match (self.settings_line(plugin), &self.path) {
                (Some(line), Some(file)) => anyhow::bail!(
                    "{}:{line}: [settings.{plugin}] names no installed plugin; installed plugins: {installed}",
                    file.display()
                ),
                _ if self.set_on_command_line.contains(plugin) => anyhow::bail!(
                    "--set {plugin}.…: `{plugin}` names no installed plugin; installed plugins: {installed}"
                ),
                _ => anyhow::bail!(
                    "{}: settings.{plugin} names no installed plugin; installed plugins: {installed}",
                    self.file_name()
                ),
            }
        }
        Ok(())
    }

    /// Where the settings of `plugin` were given, for messages: `FILE:LINE: [settings.NAME]`,
    /// or `--set` when the configuration file has none for it.
    pub fn settings_origin(&self, plugin: &str) -> String {
        match (&self.path, self.settings_line(plugin)) {
            (Some(file), Some(line)) => format!("{}:{line}: [settings.{plugin}]", file.display()),
            (Some(file), None) if !self.set_on_command_line.contains(plugin) => {
                format!("{}: settings.{plugin}", file.display())
            }
            _ if plugin == STANCE_PLUGIN => "--set/--target".to_owned(),
            _ => "--set".to_owned(),
        }
    }

    /// Whether the settings of `plugin` come only from the command line (`--set`, `--target`).
    pub fn set_on_command_line(&self, plugin: &str) -> bool {
        self.set_on_command_line.contains(plugin)
    }

    /// Applies a `--set PLUGIN.KEY=VALUE` from the command line.
    pub fn set(&mut self, assignment: &str) -> Result<()> {
        let (key, value) = assignment
            .split_once('=')
            .ok_or_else(|| anyhow::anyhow!("--set {assignment:?}: expected PLUGIN.KEY=VALUE"))?;
        let (plugin, key) = key
            .trim()
            .split_once('.')
            .ok_or_else(|| anyhow::anyhow!("--set {assignment:?}: expected PLUGIN.KEY=VALUE"))?;
        // A TOML value (`3`, `true`, `["a", "b"]`), or else the text itself as a string.
        let value = toml::from_str::<toml::Table>(&format!("v = {value}"))
            .ok()
            .and_then(|mut table| table.remove("v"))
            .unwrap_or_else(|| toml::Value::String(value.to_owned()));
        if !self.settings.contains_key(plugin) {
            self.set_on_command_line.insert(plugin.to_owned());
        }
        self.settings
            .entry(plugin.to_owned())
            .or_default()
            .insert(key.trim().to_owned(), value);
        Ok(())
    }

    /// Adds `--target` topics to the stance plugin's `targets` setting.
    pub fn add_targets(&mut self, targets: &[String]) {
        if targets.is_empty() {
            return;
        }
        if !self.settings.contains_key(STANCE_PLUGIN) {
            self.set_on_command_line.insert(STANCE_PLUGIN.to_owned());
        }
        let table = self.settings.entry(STANCE_PLUGIN.to_owned()).or_default();
        let list = table
            .entry("targets")
            .or_insert_with(|| toml::Value::Array(Vec::new()));
        if let toml::Value::Array(list) = list {
            list.extend(targets.iter().cloned().map(toml::Value::String));
        }
    }

    /// The settings of every plugin, as the JSON handed to it.
    pub fn plugin_settings(&self) -> Result<BTreeMap<String, serde_json::Value>> {
        let mut settings = BTreeMap::new();
        for (plugin, table) in &self.settings {
            let value = serde_json::to_value(table)
                .with_context(|| format!("settings for plugin `{plugin}` cannot be passed on"))?;
            settings.insert(plugin.clone(), value);
        }
        Ok(settings)
    }
}
