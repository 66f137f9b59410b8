//! Running the built `analyze` binary in tests, with output made stable for snapshots.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The workspace root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `analyze` binary cargo built for these tests.
pub fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_analyze"))
}

/// Where `cargo test --workspace` leaves the plugin libraries it built: `target/<profile>/deps`.
pub fn plugin_dir() -> PathBuf {
    let dir = binary()
        .parent()
        .map(|p| p.join("deps"))
        .unwrap_or_default();
    let probe = dir.join(format!(
        "{}analyze_plugin_quotes{}",
        std::env::consts::DLL_PREFIX,
        std::env::consts::DLL_SUFFIX
    ));
    assert!(
        probe.exists(),
        "plugin libraries not built: {} is missing; run the whole workspace's tests (cargo test --workspace)",
        probe.display()
    );
    dir
}

/// The example article the project started from. It is not the project's text, so it is read
/// where it lives, in `../shared/examples` beside the clone, and never copied into the project.
pub const EXAMPLE: &str = "zelenskyy-washington-talks.txt";

/// The path of a fixture article as the tests pass it to the binary (relative to the project's
/// root): the project's own under `tests/fixtures`, the [`EXAMPLE`] under `../shared/examples`.
pub fn fixture_arg(name: &str) -> String {
    if name == EXAMPLE {
        format!("../shared/examples/{name}")
    } else {
        format!("tests/fixtures/{name}")
    }
}

/// A fixture article's full path (see [`fixture_arg`]).
pub fn fixture(name: &str) -> PathBuf {
    root().join(fixture_arg(name))
}

/// The result of one run of the binary.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `analyze` with the built plugins and `args`, from the workspace root, with no
/// configuration or plugin path from the environment.
pub fn analyze(args: &[&str]) -> Run {
    analyze_in(&root(), &plugin_dir(), args)
}

/// Runs `analyze` in `cwd`, looking for plugins in `plugins` first.
pub fn analyze_in(cwd: &Path, plugins: &Path, args: &[&str]) -> Run {
    let mut command = Command::new(binary());
    command
        .current_dir(cwd)
        .env_remove("ANALYZE_PLUGIN_PATH")
        .env_remove("RUST_BACKTRACE");
    command.arg("--plugin-dir").arg(plugins).args(args);
    finish(command.output().expect("the analyze binary runs"))
}

/// Runs `analyze` with exactly these arguments (no plugin directory added).
pub fn analyze_raw(cwd: &Path, args: &[&str]) -> Run {
    let mut command = Command::new(binary());
    command
        .current_dir(cwd)
        .env_remove("ANALYZE_PLUGIN_PATH")
        .env_remove("RUST_BACKTRACE")
        .args(args);
    finish(command.output().expect("the analyze binary runs"))
}

fn finish(output: Output) -> Run {
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Replaces machine-specific paths and versions so snapshots hold on every checkout.
pub fn stable(text: &str) -> String {
    let mut text = text.replace(&plugin_dir().display().to_string(), "[PLUGINS]");
    text = text.replace(&root().display().to_string(), "[ROOT]");
    text = text.replace(env!("CARGO_PKG_VERSION"), "[VERSION]");
    text = text.replace(std::env::consts::DLL_SUFFIX, "[DLL]");
    text
}
