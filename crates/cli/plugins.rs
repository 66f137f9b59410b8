//! `analyze plugins` (or `analyze plugin`): `list` (the default), `check PATH` and `new NAME`.

use crate::args::{Common, PluginsAction, PluginsCommand};
use crate::config::Config;
use analyze_host::{Discovery, Plugin, PluginDir};
use anyhow::Result;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

/// `common` holds the options given before `plugins` (`analyze --plugin-dir D plugins`).
pub fn command(common: Common, command: PluginsCommand) -> Result<ExitCode> {
    match command.action {
        None => list(&common.merge(command.common)?),
        Some(PluginsAction::List { common: after }) => list(&common.merge(after)?),
        Some(PluginsAction::Check {
            path,
            common: after,
        }) => check(&common.merge(after)?, &path),
        // Options given before `plugins` are the program's (as an alias may add them), not
        // refused; `plugins new` has no use for them.
        Some(PluginsAction::New { name, path, sdk }) => {
            crate::new_plugin::command(&name, path.as_deref(), sdk.as_deref())
        }
    }
}

fn list(common: &Common) -> Result<ExitCode> {
    let config = Config::load(common.config.as_deref())?;
    let dirs = plugin_dirs(common, &config);
    let discovery = analyze_host::discover(&dirs, &[]);
    let mut out = String::new();
    if discovery.plugins.is_empty() {
        out.push_str("No plugins found. Searched:\n");
        for dir in &dirs {
            let _ = writeln!(out, "  {} ({})", dir.path.display(), dir.source);
        }
    }
    let mut plugins: Vec<&Plugin> = discovery.plugins.iter().collect();
    plugins.sort_by(|a, b| a.info.name.cmp(&b.info.name));
    let installed: Vec<&str> = plugins.iter().map(|p| p.info.name.as_str()).collect();
    for plugin in &plugins {
        describe(&mut out, plugin);
        note_missing_requirements(&mut out, plugin, &installed);
    }
    for (name, path) in &discovery.shadowed {
        let _ = writeln!(
            out,
            "(ignored: {}: plugin `{name}` was found first elsewhere)",
            path.display()
        );
    }
    print(&out);
    Ok(if report_problems(&discovery) {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn describe(out: &mut String, plugin: &Plugin) {
    let info = &plugin.info;
    let _ = writeln!(out, "{} {}", info.name, info.version);
    let _ = writeln!(out, "  {}", info.description);
    let _ = writeln!(
        out,
        "  ABI {}, API {}",
        analyze_host::ABI_VERSION,
        info.api_version
    );
    let _ = writeln!(out, "  path: {}", plugin.origin);
    let requires = if info.requires.is_empty() {
        "nothing".to_owned()
    } else {
        info.requires.join(", ")
    };
    let _ = writeln!(out, "  requires: {requires}");
}

fn check(common: &Common, path: &std::path::Path) -> Result<ExitCode> {
    match Plugin::load(path) {
        Ok(plugin) => {
            let mut out = String::new();
            describe(&mut out, &plugin);
            let config = Config::load(common.config.as_deref())?;
            let discovery = analyze_host::discover(&plugin_dirs(common, &config), &[]);
            let installed: Vec<&str> = discovery
                .plugins
                .iter()
                .map(|p| p.info.name.as_str())
                .collect();
            note_missing_requirements(&mut out, &plugin, &installed);
            if !analyze_host::is_plugin_file_name(
                &path.file_name().unwrap_or_default().to_string_lossy(),
            ) {
                out.push_str("  note: only files named libanalyze_plugin_NAME.so (.dylib, .dll) are picked up from plugin directories\n");
            }
            print(&out);
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => {
            eprintln!("error: {error}");
            Ok(ExitCode::FAILURE)
        }
    }
}

/// A plugin whose requirement is not installed fails at run time; say so before that.
fn note_missing_requirements(out: &mut String, plugin: &Plugin, installed: &[&str]) {
    for required in &plugin.info.requires {
        if !installed.contains(&required.as_str()) {
            let _ = writeln!(
                out,
                "  warning: requires `{required}`, which is not installed in the plugin directories"
            );
        }
    }
}

/// Writes to standard output; a closed pipe (`analyze plugins | head`) is not an error.
fn print(text: &str) {
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

/// Prints what could not be loaded; true when everything could.
pub fn report_problems(discovery: &Discovery) -> bool {
    for error in &discovery.errors {
        eprintln!("error: {error}");
    }
    discovery.errors.is_empty()
}

/// Plugin directories in the order they are searched: `--plugin-dir`, the configuration,
/// `ANALYZE_PLUGIN_PATH`, then the directory of the `analyze` binary. Never the working
/// directory, unless one of these names it.
pub fn plugin_dirs(common: &Common, config: &Config) -> Vec<PluginDir> {
    let mut dirs = Vec::new();
    for path in &common.plugin_dirs {
        dirs.push(PluginDir {
            path: path.clone(),
            source: "--plugin-dir".into(),
            required: true,
        });
    }
    for path in &config.plugin_dirs {
        let source = match &config.path {
            Some(file) => format!("plugin_dirs in {}", file.display()),
            None => "configuration".to_owned(),
        };
        dirs.push(PluginDir {
            path: path.clone(),
            source,
            required: true,
        });
    }
    if let Some(paths) = std::env::var_os("ANALYZE_PLUGIN_PATH") {
        for path in std::env::split_paths(&paths).filter(|p| !p.as_os_str().is_empty()) {
            dirs.push(PluginDir {
                path,
                source: "ANALYZE_PLUGIN_PATH".into(),
                required: true,
            });
        }
    }
    if let Some(dir) = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(PathBuf::from))
    {
        dirs.push(PluginDir {
            path: dir,
            source: "beside the analyze binary".into(),
            required: false,
        });
    }
    dirs
}
