use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Reads news articles and reports who said what, who stands where, the numbers and what
/// happened when.
///
/// Each analysis is a plugin loaded at run time from a shared library. Without --plugins, every
/// installed plugin runs (see `analyze plugins`).
#[derive(Debug, Parser)]
#[command(name = "analyze", version)]
#[command(after_help = "Examples:
  analyze --date 2025-08-18 article.txt          Markdown report on one article
  analyze --plugins quotes,stance article.txt    only these plugins (and what they require)
  analyze --format jsonl corpus.jsonl -o out.jsonl
  analyze plugins                                list the installed plugins

Exit status: 0 when every document and plugin succeeded, 1 when some failed (their reports say
which), 2 when nothing could run (bad arguments or configuration, unknown plugin).")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub common: Common,
    #[command(flatten)]
    pub run: RunArgs,
}

/// Options that say where plugins and settings come from: those of the analysis, and of
/// `plugins` (list) and `plugins check`, which find plugins the same way. Not global, so that
/// `plugins new --help` does not offer them: they mean nothing there.
#[derive(Debug, Default, Args)]
pub struct Common {
    /// Configuration file [default: ./analyze.toml if it exists]
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Also look for plugins in DIR (before all other plugin directories; repeatable)
    #[arg(long = "plugin-dir", value_name = "DIR")]
    pub plugin_dirs: Vec<PathBuf>,
}

impl Common {
    /// These options given before the subcommand (`analyze --plugin-dir D plugins`) together
    /// with those given after it (`analyze plugins --plugin-dir D`), in that order.
    pub fn merge(mut self, after: Common) -> anyhow::Result<Common> {
        if let (Some(before), Some(after)) = (&self.config, &after.config) {
            anyhow::bail!(
                "--config is given twice ({} and {}); give one configuration file",
                before.display(),
                after.display()
            );
        }
        self.config = self.config.or(after.config);
        self.plugin_dirs.extend(after.plugin_dirs);
        Ok(self)
    }
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// Text files (`-` for standard input) or JSONL files (one document per line)
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Plugins to run, comma-separated; the plugins they require run too
    #[arg(short, long, value_name = "NAMES", value_delimiter = ',')]
    pub plugins: Vec<String>,
    /// Report format
    #[arg(short, long, value_enum)]
    pub format: Option<Format>,
    /// How to read the inputs [default: jsonl for `.jsonl` files, text otherwise]
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input_format: Option<InputFormat>,
    /// Publication date (YYYY-MM-DD) for documents that carry none; relative dates resolve
    /// against it
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// Write the report to FILE instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Set one plugin setting, as in the `[settings.PLUGIN]` table of analyze.toml; VALUE is
    /// read as TOML (`stance.targets=["ceasefire"]`), or as a string if it is not TOML
    /// (repeatable; overrides the configuration)
    #[arg(long = "set", value_name = "PLUGIN.KEY=VALUE")]
    pub set: Vec<String>,
    /// A topic the stance plugin reports every actor's stance on (repeatable; adds to
    /// `stance.targets`)
    #[arg(long = "target", value_name = "TOPIC")]
    pub targets: Vec<String>,
    /// Documents analyzed at once [default: one per core]
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Give up on a plugin's call on one document after SECS seconds (fractions allowed): that
    /// section fails, the other plugins and documents go on, and the exit status is 1. The
    /// stuck call keeps running (and its CPU) until analyze exits [default: no limit, or
    /// `timeout` in analyze.toml]
    #[arg(long, value_name = "SECS", value_parser = parse_timeout)]
    pub timeout: Option<std::time::Duration>,
}

impl RunArgs {
    /// The analysis options given on the command line, as the user would write them.
    pub fn given(&self) -> Vec<&'static str> {
        // Every field named, so that a new option cannot be left out of this list.
        let RunArgs {
            inputs,
            plugins,
            format,
            input_format,
            date,
            output,
            set,
            targets,
            jobs,
            timeout,
        } = self;
        [
            (!inputs.is_empty(), "input files"),
            (!plugins.is_empty(), "--plugins"),
            (format.is_some(), "--format"),
            (input_format.is_some(), "--input-format"),
            (date.is_some(), "--date"),
            (output.is_some(), "--output"),
            (!set.is_empty(), "--set"),
            (!targets.is_empty(), "--target"),
            (jobs.is_some(), "--jobs"),
            (timeout.is_some(), "--timeout"),
        ]
        .into_iter()
        .filter_map(|(given, name)| given.then_some(name))
        .collect()
    }
}

/// A time limit in seconds: a positive number, fractions allowed.
pub fn parse_timeout(value: &str) -> Result<std::time::Duration, String> {
    let seconds: f64 = value
        .trim()
        .parse()
        .map_err(|_| format!("{value:?} is not a number of seconds"))?;
    timeout_from_seconds(seconds)
}

/// A time limit of `seconds`, which must be positive and finite.
pub fn timeout_from_seconds(seconds: f64) -> Result<std::time::Duration, String> {
    if seconds.is_nan() || seconds <= 0.0 {
        return Err(format!(
            "{seconds} is not a positive number of seconds (leave the limit out for none)"
        ));
    }
    match std::time::Duration::try_from_secs_f64(seconds) {
        // A limit under a millisecond would fail every call.
        Ok(limit) if limit < std::time::Duration::from_millis(1) => Err(format!(
            "{seconds} seconds is too short: give at least 0.001 (leave the limit out for none)"
        )),
        Ok(limit) => Ok(limit),
        Err(_) => Err(format!("{seconds} seconds is too long")),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Readable in a terminal and on GitHub
    Markdown,
    /// One JSON report (an array of reports for several documents)
    Json,
    /// One JSON report per line, one line per document
    Jsonl,
    /// The timeline as TimeML (TIMEX3 and EVENT tags), for TempEval scorers
    Timeml,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    /// The whole file is one document
    Text,
    /// One JSON document per line: {"text": …, "id", "title", "date", "source"}
    Jsonl,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the installed plugins, check one plugin library, or start your own plugin
    #[command(
        subcommand_required = false,
        args_conflicts_with_subcommands = true,
        visible_alias = "plugin"
    )]
    Plugins(PluginsCommand),
}

#[derive(Debug, Args)]
pub struct PluginsCommand {
    #[command(subcommand)]
    pub action: Option<PluginsAction>,
    /// For the listing, when no subcommand is given.
    #[command(flatten)]
    pub common: Common,
}

#[derive(Debug, Subcommand)]
pub enum PluginsAction {
    /// List the installed plugins: name, version, ABI/API, path, requirements (the default)
    #[command(visible_alias = "ls")]
    List {
        #[command(flatten)]
        common: Common,
    },
    /// Load one plugin library and say what it is, or exactly why it cannot be loaded
    Check {
        /// Path to the shared library
        path: PathBuf,
        // Where the installed plugins are, to say which of its requirements are missing.
        #[command(flatten)]
        common: Common,
    },
    /// Write a new plugin crate that builds, loads and passes its own snapshot test
    New {
        /// Plugin name: lowercase letters, digits, `-`, `_`
        name: String,
        /// Folder to create [default: ./analyze-plugin-NAME]
        #[arg(long, value_name = "DIR")]
        path: Option<PathBuf>,
        /// Path to the analyze-sdk crate the new plugin depends on [default: the SDK of the
        /// source tree this analyze was built from]
        #[arg(long, value_name = "DIR")]
        sdk: Option<PathBuf>,
    },
}
