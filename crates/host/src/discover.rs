use crate::error::LoadError;
use crate::plugin::{Origin, Plugin};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// A directory to look for plugins in, and why it is on the list (shown in messages).
#[derive(Debug, Clone)]
pub struct PluginDir {
    pub path: PathBuf,
    /// `--plugin-dir`, `config`, `ANALYZE_PLUGIN_PATH`, `beside the binary`.
    pub source: String,
    /// A directory the user named explicitly must exist; a default one may not.
    pub required: bool,
}

/// What a search of the plugin directories found.
#[derive(Debug, Default)]
pub struct Discovery {
    pub plugins: Vec<Plugin>,
    /// Libraries and directories that could not be used; the run goes on without them.
    pub errors: Vec<LoadError>,
    /// Plugins not used because one of the same name was found first: (name, path).
    pub shadowed: Vec<(String, PathBuf)>,
}

/// Whether a file name is that of a plugin library: `libanalyze_plugin_NAME.so`,
/// `libanalyze_plugin_NAME.dylib` or `analyze_plugin_NAME.dll`. Only such files are loaded from
/// a directory, so a stray library is never run by accident.
pub fn is_plugin_file_name(name: &str) -> bool {
    let stem = name.strip_prefix("lib").unwrap_or(name);
    let Some(rest) = stem.strip_prefix("analyze_plugin_") else {
        return false;
    };
    [".so", ".dylib", ".dll"]
        .iter()
        .any(|ext| rest.len() > ext.len() && rest.ends_with(ext))
}

/// Loads the plugins in `dirs` (earlier directories win over later ones for the same name),
/// then the libraries named in `files`, which win over all directories.
pub fn discover(dirs: &[PluginDir], files: &[PathBuf]) -> Discovery {
    let mut discovery = Discovery::default();
    let mut seen_files = HashSet::new();
    let mut candidates: Vec<PathBuf> = Vec::new();
    for file in files {
        candidates.push(file.clone());
    }
    for dir in dirs {
        match plugin_files(dir) {
            Ok(found) => candidates.extend(found),
            Err(Some(error)) => discovery.errors.push(error),
            Err(None) => {}
        }
    }
    for path in candidates {
        let key = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        if !seen_files.insert(key) {
            continue;
        }
        match Plugin::load(&path) {
            Ok(plugin) => {
                if discovery
                    .plugins
                    .iter()
                    .any(|p| p.info.name == plugin.info.name)
                {
                    discovery.shadowed.push((plugin.info.name.clone(), path));
                } else {
                    discovery.plugins.push(plugin);
                }
            }
            Err(error) => discovery.errors.push(error),
        }
    }
    discovery
}

/// The plugin libraries in one directory, sorted by name. `Err(None)`: a default directory that
/// does not exist, which is fine.
fn plugin_files(dir: &PluginDir) -> Result<Vec<PathBuf>, Option<LoadError>> {
    let metadata = match std::fs::metadata(&dir.path) {
        Ok(metadata) => metadata,
        Err(_) if !dir.required => return Err(None),
        Err(e) => {
            return Err(Some(LoadError::Directory {
                path: dir.path.clone(),
                message: format!("{} (from {})", e, dir.source),
            }))
        }
    };
    if !metadata.is_dir() {
        return Err(Some(LoadError::Directory {
            path: dir.path.clone(),
            message: format!("not a directory (from {})", dir.source),
        }));
    }
    if world_writable(&dir.path, &metadata) {
        return Err(Some(LoadError::WorldWritable {
            path: dir.path.clone(),
        }));
    }
    let entries = std::fs::read_dir(&dir.path).map_err(|e| {
        Some(LoadError::Directory {
            path: dir.path.clone(),
            message: e.to_string(),
        })
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|entry| entry.file_name().to_str().is_some_and(is_plugin_file_name))
        .map(|entry| entry.path())
        .collect();
    files.sort();
    Ok(files)
}

#[cfg(unix)]
fn world_writable(_path: &Path, metadata: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::PermissionsExt;
    metadata.permissions().mode() & 0o002 != 0
}

#[cfg(not(unix))]
fn world_writable(_path: &Path, _metadata: &std::fs::Metadata) -> bool {
    false
}

/// For messages: where a plugin came from.
pub(crate) fn origin_text(origin: &Origin) -> String {
    origin.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plugin_libraries_are_candidates() {
        assert!(is_plugin_file_name("libanalyze_plugin_quotes.so"));
        assert!(is_plugin_file_name("analyze_plugin_quotes.dll"));
        assert!(is_plugin_file_name("libanalyze_plugin_x.dylib"));
        assert!(!is_plugin_file_name("libanalyze_plugin_.so"));
        assert!(!is_plugin_file_name("libssl.so"));
        assert!(!is_plugin_file_name("libanalyze_plugin_quotes.rlib"));
        assert!(!is_plugin_file_name("libanalyze_plugin_quotes.d"));
    }
}
