//! `analyze plugins` and `analyze plugins check PATH`.

use crate::args::{Common, PluginsAction, PluginsCommand};
use crate::config::Config;
use analyze_host::{Discovery, Plugin, PluginDir};
use anyhow::Result;
use std::path::PathBuf;
use std::process::ExitCode;

pub fn command(common: &Common, command: PluginsCommand) -> Result<ExitCode> {
    match command.action {
        None => list(common),
        Some(PluginsAction::Check { path }) => check(&path),
    }
}

fn list(common: &Common) -> Result<ExitCode> {
    let config = Config::load(common.config.as_deref())?;
    let dirs = plugin_dirs(common, &config);
    let discovery = analyze_host::discover(&dirs, &[]);
    if discovery.plugins.is_empty() {
        println!("No plugins found. Searched:");
        for dir in &dirs {
            println!("  {} ({})", dir.path.display(), dir.source);
        }
    }
    let mut plugins: Vec<&Plugin> = discovery.plugins.iter().collect();
    plugins.sort_by(|a, b| a.info.name.cmp(&b.info.name));
    for plugin in plugins {
        print_plugin(plugin);
    }
    report_problems(&discovery)
}

fn print_plugin(plugin: &Plugin) {
    let info = &plugin.info;
    println!("{} {}", info.name, info.version);
    println!("  {}", info.description);
    println!("  ABI {}, API {}", analyze_host::ABI_VERSION, info.api_version);
    println!("  path: {}", plugin.origin);
    if info.requires.is_empty() {
        println!("  requires: nothing");
    } else {
        println!("  requires: {}", info.requires.join(", "));
    }
}

fn check(path: &std::path::Path) -> Result<ExitCode> {
    match Plugin::load(path) {
        Ok(plugin) => {
            print_plugin(&plugin);
            if !analyze_host::is_plugin_file_name(&path.file_name().unwrap_or_default().to_string_lossy()) {
                println!("  note: only files named libanalyze_plugin_NAME.so (.dylib, .dll) are picked up from plugin directories");
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => {
            eprintln!("error: {error}");
            Ok(ExitCode::FAILURE)
        }
    }
}

/// Prints what could not be loaded; a failure when anything could not.
pub fn report_problems(discovery: &Discovery) -> Result<ExitCode> {
    for (name, path) in &discovery.shadowed {
        eprintln!("note: {}: plugin `{name}` ignored, one of the same name was found first", path.display());
    }
    for error in &discovery.errors {
        eprintln!("error: {error}");
    }
    Ok(if discovery.errors.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// Plugin directories in the order they are searched: `--plugin-dir`, the configuration,
/// `ANALYZE_PLUGIN_PATH`, then the directory of the `analyze` binary. Never the working
/// directory, unless one of these names it.
pub fn plugin_dirs(common: &Common, config: &Config) -> Vec<PluginDir> {
    let mut dirs = Vec::new();
    for path in &common.plugin_dirs {
        dirs.push(PluginDir { path: path.clone(), source: "--plugin-dir".into(), required: true });
    }
    for path in &config.plugin_dirs {
        let source = match &config.path {
            Some(file) => format!("plugin_dirs in {}", file.display()),
            None => "configuration".to_owned(),
        };
        dirs.push(PluginDir { path: path.clone(), source, required: true });
    }
    if let Some(paths) = std::env::var_os("ANALYZE_PLUGIN_PATH") {
        for path in std::env::split_paths(&paths).filter(|p| !p.as_os_str().is_empty()) {
            dirs.push(PluginDir { path, source: "ANALYZE_PLUGIN_PATH".into(), required: true });
        }
    }
    if let Some(dir) = std::env::current_exe().ok().and_then(|exe| exe.parent().map(PathBuf::from)) {
        dirs.push(PluginDir { path: dir, source: "beside the analyze binary".into(), required: false });
    }
    dirs
}
