use std::path::PathBuf;

/// Why a library could not be used as a plugin.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}: not a loadable library: {message}", path.display())]
    Open { path: PathBuf, message: String },
    #[error("{}: not an analyze plugin: symbol `{symbol}` is missing (a plugin library keeps the file name cargo gave it, and exports its analyzer with analyze_sdk::export_analyzer!)", path.display())]
    MissingSymbol { path: PathBuf, symbol: String },
    #[error("{}: plugin ABI version {plugin} does not match the host's ABI version {host}; rebuild the plugin against this analyze-sdk", path.display())]
    AbiMismatch {
        path: PathBuf,
        plugin: u32,
        host: u32,
    },
    #[error("{}: plugin `{name}` speaks API version {plugin}, the host speaks {host}; rebuild the plugin against this analyze-sdk", path.display())]
    ApiMismatch {
        path: PathBuf,
        name: String,
        plugin: u32,
        host: u32,
    },
    #[error("{}: the plugin's description of itself is unreadable: {message}", path.display())]
    BadInfo { path: PathBuf, message: String },
    #[error("{}: plugin directory is writable by every user, so anyone could plant code in it; refusing to load plugins from it (run `chmod o-w` on it)", path.display())]
    WorldWritable { path: PathBuf },
    #[error("{}: plugin directory cannot be read: {message}", path.display())]
    Directory { path: PathBuf, message: String },
}

/// Why the requested plugins cannot run together.
#[derive(Debug, thiserror::Error)]
pub enum ResolveError {
    #[error("unknown plugin `{name}`; available plugins: {}", list(available))]
    Unknown {
        name: String,
        available: Vec<String>,
    },
    #[error("plugin `{plugin}` ({}) requires plugin `{requirement}`, which is not installed; available plugins: {}", origin, list(available))]
    MissingRequirement {
        plugin: String,
        origin: String,
        requirement: String,
        available: Vec<String>,
    },
    #[error("plugins require each other in a cycle: {}", cycle.join(" -> "))]
    Cycle { cycle: Vec<String> },
}

fn list(names: &[String]) -> String {
    if names.is_empty() {
        "none found (see `analyze plugins`)".to_owned()
    } else {
        names.join(", ")
    }
}

/// Why one call of a plugin on one document gave no findings.
#[derive(Debug, Clone, thiserror::Error, PartialEq)]
pub enum CallError {
    /// The plugin reported an error (its own, or a panic the SDK caught).
    #[error("{0}")]
    Failed(String),
    #[error("the plugin returned malformed data: {0}")]
    Malformed(String),
    #[error("the plugin returned an invalid span at {at}: {message}")]
    BadSpan { at: String, message: String },
    #[error("required plugin `{0}` failed on this document")]
    RequirementFailed(String),
    /// No reply within the time limit; the call was abandoned, its thread left running.
    #[error("timed out: no reply within {} s (the call is left running until the process exits)", .0.as_secs_f64())]
    TimedOut(std::time::Duration),
    /// Not called: too many of its calls are still running past the time limit.
    #[error("not called: {0} of its calls are still running past the time limit")]
    TooManyStuck(usize),
}
