//! `analyze plugin new NAME`: writes a plugin crate from the template in `crates/cli/template/`.
//! The crate builds on its own (it has its own `[workspace]`), loads, and passes its own tests
//! unchanged.

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The template files: (path in the new crate, template text).
const FILES: [(&str, &str); 7] = [
    ("Cargo.toml", include_str!("template/Cargo.toml.in")),
    ("src/lib.rs", include_str!("template/lib.rs.in")),
    ("tests/plugin.rs", include_str!("template/tests.rs.in")),
    (
        "tests/fixtures/example.txt",
        include_str!("template/example.txt.in"),
    ),
    ("analyze.toml", include_str!("template/analyze.toml.in")),
    ("README.md", include_str!("template/README.md.in")),
    (".gitignore", include_str!("template/gitignore.in")),
];

pub fn command(name: &str, path: Option<&Path>, sdk: Option<&Path>) -> Result<ExitCode> {
    check_name(name)?;
    let dir = path.map_or_else(
        || PathBuf::from(format!("analyze-plugin-{name}")),
        Path::to_owned,
    );
    if dir.exists() || dir.is_symlink() {
        bail!(
            "{} already exists; `analyze plugin new` only writes a new folder (choose another with --path)",
            dir.display()
        );
    }
    let (sdk, from) = match sdk {
        Some(sdk) => (sdk.to_owned(), "--sdk"),
        None => (
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("crates")
                .join("sdk"),
            "the default",
        ),
    };
    let sdk = crate_dir(&sdk, "analyze-sdk").with_context(|| {
        format!("{from} SDK path does not hold the analyze-sdk crate; pass --sdk DIR with the crates/sdk folder of an analyze source tree")
    })?;
    let test_support = sdk
        .parent()
        .map(|crates| crates.join("test-support"))
        .unwrap_or_default();
    let test_support = crate_dir(&test_support, "analyze-test-support")
        .context("analyze-test-support must sit beside analyze-sdk (crates/test-support)")?;

    let files = render(name, &sdk, &test_support);
    std::fs::create_dir_all(
        dir.parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new(".")),
    )
    .with_context(|| format!("cannot create the parent folder of {}", dir.display()))?;
    // `create_dir` (not `create_dir_all`) fails if the folder appeared meanwhile.
    std::fs::create_dir(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    for (file, text) in &files {
        let path = dir.join(file);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
    }

    let library = library_file(name);
    let shown = dir.display();
    println!(
        "Created the plugin `{name}` in {shown}, using the SDK in {}.",
        sdk.display()
    );
    println!();
    println!("Next:");
    println!("  cd {shown}");
    println!("  cargo test                                  # its snapshot tests pass as written");
    println!("  cargo build                                 # builds target/debug/{library}");
    println!("  analyze plugins check target/debug/{library}");
    println!("  analyze --plugin-dir target/debug --plugins {name} tests/fixtures/example.txt");
    println!();
    println!(
        "Then change the analysis in src/lib.rs; docs/writing-plugins.md explains every part."
    );
    Ok(ExitCode::SUCCESS)
}

/// A plugin name: lowercase ASCII letters, digits, `-` and `_`, starting with a letter. It is the
/// name `--plugins` takes, the `[settings.NAME]` table, and part of the crate and file names.
fn check_name(name: &str) -> Result<()> {
    let valid_chars = name
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
    let problem = if name.is_empty() {
        Some("it is empty")
    } else if !valid_chars {
        Some("use only lowercase letters a-z, digits, `-` and `_`")
    } else if !name.starts_with(|c: char| c.is_ascii_lowercase()) {
        Some("it must start with a letter")
    } else if name.ends_with(['-', '_']) {
        Some("it must not end with `-` or `_`")
    } else if name.len() > 40 {
        Some("keep it under 40 characters")
    } else {
        None
    };
    match problem {
        Some(problem) => bail!("{name:?} cannot be a plugin name: {problem} (for example `hedges` or `anonymous-sources`)"),
        None => Ok(()),
    }
}

/// The folder of the crate `expected` at `dir`, made absolute, or why it is not there.
fn crate_dir(dir: &Path, expected: &str) -> Result<PathBuf> {
    let manifest = dir.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest)
        .with_context(|| format!("cannot read {}", manifest.display()))?;
    let table: toml::Table = toml::from_str(&text)
        .with_context(|| format!("{} is not valid TOML", manifest.display()))?;
    let name = table
        .get("package")
        .and_then(|p| p.get("name"))
        .and_then(|n| n.as_str());
    if name != Some(expected) {
        bail!(
            "{} is the manifest of {}, not of {expected}",
            manifest.display(),
            name.unwrap_or("no package")
        );
    }
    std::fs::canonicalize(dir).with_context(|| format!("cannot resolve {}", dir.display()))
}

/// The template files with the placeholders filled in.
fn render(name: &str, sdk: &Path, test_support: &Path) -> Vec<(&'static str, String)> {
    let crate_ident = name.replace('-', "_");
    let type_name = type_name(name);
    let toml_path = |path: &Path| toml::Value::String(path.display().to_string()).to_string();
    let replacements = [
        ("{{sdk}}", toml_path(sdk)),
        ("{{test_support}}", toml_path(test_support)),
        ("{{crate}}", crate_ident),
        ("{{type}}", type_name),
        ("{{title}}", analyze_render::title_case(name)),
        ("{{library_file}}", library_file(name)),
        ("{{name}}", name.to_owned()),
    ];
    FILES
        .iter()
        .map(|(file, template)| {
            let mut text = (*template).to_owned();
            for (placeholder, value) in &replacements {
                text = text.replace(placeholder, value);
            }
            (*file, text)
        })
        .collect()
}

/// `anonymous-sources` → `AnonymousSources`.
fn type_name(name: &str) -> String {
    name.split(['-', '_'])
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// The file cargo builds for the plugin: `libanalyze_plugin_NAME.so` on Linux.
fn library_file(name: &str) -> String {
    format!(
        "{}analyze_plugin_{}{}",
        std::env::consts::DLL_PREFIX,
        name.replace('-', "_"),
        std::env::consts::DLL_SUFFIX
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_checked() {
        for good in ["hedges", "anonymous-sources", "x2", "a_b"] {
            assert!(check_name(good).is_ok(), "{good}");
        }
        for bad in ["", "Hedges", "2x", "-x", "x-", "my plugin", "héé", "../x"] {
            assert!(check_name(bad).is_err(), "{bad}");
        }
        assert_eq!(
            check_name("My Plugin").unwrap_err().to_string(),
            "\"My Plugin\" cannot be a plugin name: use only lowercase letters a-z, digits, `-` and `_` (for example `hedges` or `anonymous-sources`)"
        );
    }

    #[test]
    fn names_become_types_titles_and_files() {
        assert_eq!(type_name("anonymous-sources"), "AnonymousSources");
        assert_eq!(type_name("x2_y"), "X2Y");
        assert_eq!(
            analyze_render::title_case("anonymous-sources"),
            "Anonymous sources"
        );
        assert!(library_file("a-b").contains("analyze_plugin_a_b"));
    }

    #[test]
    fn every_placeholder_is_filled() {
        let files = render("my-check", Path::new("/sdk \"dir\""), Path::new("/ts"));
        for (file, text) in &files {
            assert!(!text.contains("{{"), "{file} keeps a placeholder");
        }
        let manifest: toml::Table = toml::from_str(&files[0].1).unwrap();
        assert_eq!(
            manifest["package"]["name"].as_str(),
            Some("analyze-plugin-my-check")
        );
        assert_eq!(
            manifest["dependencies"]["analyze-sdk"]["path"].as_str(),
            Some("/sdk \"dir\"")
        );
        assert!(manifest.contains_key("workspace"));
        assert!(files[1].1.contains("pub struct MyCheck;"));
        assert!(files[2].1.contains("use analyze_plugin_my_check::MyCheck;"));
    }

    #[test]
    fn refuses_an_existing_folder_and_a_wrong_sdk() {
        let dir =
            std::env::temp_dir().join(format!("analyze-new-plugin-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let error = command("x", Some(&dir), None).unwrap_err();
        assert!(error.to_string().ends_with("already exists; `analyze plugin new` only writes a new folder (choose another with --path)"), "{error}");
        let error = command("x", Some(&dir.join("new")), Some(&dir)).unwrap_err();
        assert!(
            format!("{error:#}").starts_with("--sdk SDK path does not hold the analyze-sdk crate"),
            "{error:#}"
        );
        assert!(!dir.join("new").exists());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// Writes a plugin from the template and runs its tests with cargo: slow (it builds the SDK),
    /// so run it on purpose: `cargo test -p analyze --bin analyze -- --ignored template`.
    #[test]
    #[ignore]
    fn template_builds_loads_and_passes_its_tests() {
        let dir =
            std::env::temp_dir().join(format!("analyze-template-check-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let crate_dir = dir.join("analyze-plugin-hedges");
        command("hedges", Some(&crate_dir), None).unwrap();
        let target = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("target")
            .join("template-check");
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let status = std::process::Command::new(cargo)
            .args(["test", "--quiet", "--manifest-path"])
            .arg(crate_dir.join("Cargo.toml"))
            .arg("--target-dir")
            .arg(&target)
            .env("INSTA_UPDATE", "no")
            .env_remove("CARGO_TARGET_DIR")
            .status()
            .unwrap();
        assert!(status.success());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
