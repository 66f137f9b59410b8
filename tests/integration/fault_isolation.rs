//! Fault isolation and trust, with deliberately broken plugins (tests/broken-plugins) built by
//! these tests: each broken plugin is put in a fresh plugin directory beside the real plugins,
//! and the real `analyze` binary must name the plugin and its path, keep every other plugin's
//! results exactly as in a run without the broken one, and exit non-zero.

use crate::support::{analyze_in, analyze_raw, binary, plugin_dir, root, stable, Run};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// Straight quotation marks only (so the `panics` plugin panics on it), and a multi-byte
/// character (so `bad-spans` can split one).
const PLAIN: &str = "Harbour council approves bridge budget

The harbour council approved a $40 million budget for two new bridges on Tuesday, after a debate that lasted nearly four hours. \"We cannot wait another decade,\" said Mayor Ana Ortiz, who has pushed for the crossings since 2021.

Opposition councillors said the plan would raise local taxes by 3 percent — a claim the mayor's office denied.
";

/// The same story with curly quotation marks, on which `panics` works.
const CURLY: &str = "Harbour council approves bridge budget

The harbour council approved a $40 million budget for two new bridges on Tuesday. “We cannot wait another decade,” said Mayor Ana Ortiz.
";

/// Builds the broken plugins once per test run and returns the folder holding the libraries.
/// The nested cargo gets its own target directory: the outer `cargo test` holds the lock on
/// the main one.
fn broken_plugins() -> &'static Path {
    static BUILT: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    let built = BUILT.get_or_init(|| {
        let target = binary()
            .parent()
            .and_then(Path::parent)
            .map(|dir| dir.join("broken-plugins"))
            .ok_or("no target directory")?;
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let output = Command::new(cargo)
            .args(["build", "--quiet", "--workspace", "--manifest-path"])
            .arg(root().join("tests/broken-plugins/Cargo.toml"))
            .arg("--target-dir")
            .arg(&target)
            .env_remove("CARGO_TARGET_DIR")
            .env_remove("CARGO_BUILD_TARGET_DIR")
            .output()
            .map_err(|e| format!("cannot run cargo: {e}"))?;
        if !output.status.success() {
            return Err(format!(
                "building tests/broken-plugins failed:\n{}",
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        Ok(target.join("debug"))
    });
    match built {
        Ok(dir) => dir,
        Err(message) => panic!("{message}"),
    }
}

fn file_name(crate_name: &str) -> String {
    format!(
        "{}{crate_name}{}",
        std::env::consts::DLL_PREFIX,
        std::env::consts::DLL_SUFFIX
    )
}

/// A broken plugin library: `panics` → `…/libanalyze_plugin_panics.so`.
fn broken(name: &str) -> PathBuf {
    broken_plugins().join(file_name(&format!(
        "analyze_plugin_{}",
        name.replace('-', "_")
    )))
}

/// A fresh working directory with an empty plugin directory `plugins/` (mode 0755) in it.
struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    fn new() -> Sandbox {
        let dir = tempfile::tempdir().expect("temp dir");
        let sandbox = Sandbox { dir };
        std::fs::create_dir(sandbox.plugins()).expect("plugin dir");
        set_mode(&sandbox.plugins(), 0o755);
        std::fs::write(sandbox.path().join("plain.txt"), PLAIN).expect("write");
        std::fs::write(sandbox.path().join("curly.txt"), CURLY).expect("write");
        sandbox
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn plugins(&self) -> PathBuf {
        self.path().join("plugins")
    }

    /// Copies the broken plugin `name` into the plugin directory and returns its new path.
    fn install(&self, name: &str) -> PathBuf {
        let from = broken(name);
        let to = self.plugins().join(from.file_name().expect("file name"));
        std::fs::copy(&from, &to).expect("copy plugin");
        to
    }

    fn write(&self, name: &str, text: &str) {
        std::fs::write(self.path().join(name), text).expect("write");
    }

    /// `analyze` in the sandbox, with its plugin directory first, then the real plugins.
    fn run(&self, args: &[&str]) -> Run {
        let real = plugin_dir();
        let mut all = vec!["--plugin-dir", real.to_str().expect("UTF-8 path")];
        all.extend_from_slice(args);
        analyze_in(self.path(), &self.plugins(), &all)
    }

    /// [`Sandbox::run`], killed (and the test failed) if it takes longer than `deadline`.
    fn run_within(&self, args: &[&str], deadline: std::time::Duration) -> Run {
        let real = plugin_dir();
        let (stdout, stderr) = (self.path().join("stdout"), self.path().join("stderr"));
        let file = |path: &Path| std::fs::File::create(path).expect("output file");
        let mut child = Command::new(binary())
            .current_dir(self.path())
            .env_remove("ANALYZE_PLUGIN_PATH")
            .env_remove("RUST_BACKTRACE")
            .arg("--plugin-dir")
            .arg(self.plugins())
            .arg("--plugin-dir")
            .arg(real)
            .args(args)
            .stdout(file(&stdout))
            .stderr(file(&stderr))
            .spawn()
            .expect("the analyze binary runs");
        let started = std::time::Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().expect("wait") {
                break status;
            }
            if started.elapsed() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                panic!("analyze {args:?} still runs after {deadline:?}");
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        };
        let read = |path: &Path| std::fs::read_to_string(path).expect("output");
        Run {
            code: status.code().unwrap_or(-1),
            stdout: read(&stdout),
            stderr: read(&stderr),
        }
    }

    /// The same run with the real plugins only: what every surviving section must equal.
    fn clean_run(&self, args: &[&str]) -> Run {
        let empty = self.path().join("no-plugins");
        std::fs::create_dir_all(&empty).expect("dir");
        set_mode(&empty, 0o755);
        let real = plugin_dir();
        let mut all = vec!["--plugin-dir", real.to_str().expect("UTF-8 path")];
        all.extend_from_slice(args);
        analyze_in(self.path(), &empty, &all)
    }

    /// Paths and versions replaced so the text can be snapshotted.
    fn stable(&self, text: &str) -> String {
        let text = stable(text);
        text.replace(&self.path().display().to_string(), "[TMP]")
    }
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _mode: u32) {}

fn json(run: &Run) -> Value {
    serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("not a JSON report ({e}):\n{}\n{}", run.stdout, run.stderr))
}

/// Every plugin of the clean report has exactly the same section in the report with the broken
/// plugin, and the actor list is the same.
fn assert_others_intact(report: &Value, clean: &Value) {
    let plugins = clean["plugins"].as_object().expect("plugins");
    assert!(
        plugins.contains_key("quotes") && plugins.contains_key("figures"),
        "{clean}"
    );
    for (name, section) in plugins {
        assert!(
            section.get("findings").is_some() || name == "actors",
            "{name} failed in the clean run: {section}"
        );
        assert_eq!(&report["plugins"][name], section, "section {name} changed");
    }
    assert_eq!(report["actors"], clean["actors"]);
}

#[test]
fn a_panicking_plugin_is_reported_and_the_others_survive() {
    let sandbox = Sandbox::new();
    let path = sandbox.install("panics");
    let run = sandbox.run(&["--format", "json", "plain.txt"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = json(&run);
    assert_eq!(
        report["plugins"]["panics"],
        serde_json::json!({"version": "0.1.0", "error": "plugin panicked: called `Option::unwrap()` on a `None` value (at panics/src/lib.rs:21)"})
    );
    assert_others_intact(
        &report,
        &json(&sandbox.clean_run(&["--format", "json", "plain.txt"])),
    );
    assert!(
        run.stderr.contains(&path.display().to_string()),
        "the message names the library:\n{}",
        run.stderr
    );
    insta::assert_snapshot!(sandbox.stable(&run.stderr), @"error: plain.txt: plugin `panics` ([TMP]/plugins/libanalyze_plugin_panics[DLL]): plugin panicked: called `Option::unwrap()` on a `None` value (at panics/src/lib.rs:21)");
}

#[test]
fn malformed_replies_are_reported_and_the_others_survive() {
    let sandbox = Sandbox::new();
    let path = sandbox.install("malformed");
    sandbox.write(
        "shape.txt",
        "A document about the shape of things to come, in 2030.\n",
    );
    let args = ["--format", "json", "plain.txt", "shape.txt"];
    let run = sandbox.run(&args);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let reports = json(&run);
    let clean = json(&sandbox.clean_run(&args));
    for (report, clean) in reports
        .as_array()
        .expect("two reports")
        .iter()
        .zip(clean.as_array().expect("two reports"))
    {
        assert!(report["plugins"]["malformed"].get("findings").is_none());
        assert_others_intact(report, clean);
    }
    assert!(
        run.stderr.contains(&path.display().to_string()),
        "the message names the library:\n{}",
        run.stderr
    );
    insta::assert_snapshot!(sandbox.stable(&run.stderr), @r"
    error: plain.txt: plugin `malformed` ([TMP]/plugins/libanalyze_plugin_malformed[DLL]): the plugin returned malformed data: expected value at line 1 column 1
    error: shape.txt: plugin `malformed` ([TMP]/plugins/libanalyze_plugin_malformed[DLL]): the plugin returned malformed data: unknown variant `pie_chart`, expected one of `text`, `table`, `list`, `timeline`, `highlights` at line 1 column 82
    ");
}

#[test]
fn a_wrong_abi_version_is_refused_before_anything_is_called() {
    let sandbox = Sandbox::new();
    sandbox.install("wrong-abi");
    let run = sandbox.run(&["--format", "json", "plain.txt"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = json(&run);
    assert!(report["plugins"].get("wrong-abi").is_none());
    assert_others_intact(
        &report,
        &json(&sandbox.clean_run(&["--format", "json", "plain.txt"])),
    );
    insta::assert_snapshot!(sandbox.stable(&run.stderr), @"error: [TMP]/plugins/libanalyze_plugin_wrong_abi[DLL]: plugin ABI version 999 does not match the host's ABI version 1; rebuild the plugin against this analyze-sdk");
}

#[test]
fn a_library_without_the_symbols_is_refused() {
    let sandbox = Sandbox::new();
    sandbox.install("no-symbols");
    // A real plugin under another file name: its symbols carry its crate name, not the file's.
    std::fs::copy(
        broken("panics"),
        sandbox.plugins().join(file_name("analyze_plugin_renamed")),
    )
    .expect("copy");
    let run = sandbox.run(&["--format", "json", "curly.txt"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = json(&run);
    assert!(
        report["plugins"].get("panics").is_none(),
        "the renamed plugin must not load"
    );
    assert_others_intact(
        &report,
        &json(&sandbox.clean_run(&["--format", "json", "curly.txt"])),
    );
    insta::assert_snapshot!(sandbox.stable(&run.stderr), @r"
    error: [TMP]/plugins/libanalyze_plugin_no_symbols[DLL]: not an analyze plugin: symbol `analyze_plugin_no_symbols_abi_version` is missing (a plugin library keeps the file name cargo gave it, and exports its analyzer with analyze_sdk::export_analyzer!)
    error: [TMP]/plugins/libanalyze_plugin_renamed[DLL]: not an analyze plugin: symbol `analyze_plugin_renamed_abi_version` is missing (a plugin library keeps the file name cargo gave it, and exports its analyzer with analyze_sdk::export_analyzer!)
    ");
}

#[test]
fn spans_that_do_not_fit_are_rejected_not_rendered() {
    let sandbox = Sandbox::new();
    let path = sandbox.install("bad-spans");
    let clean = json(&sandbox.clean_run(&["--format", "json", "plain.txt"]));
    let mut messages = String::new();
    for mode in ["outside", "split", "forged"] {
        sandbox.write(
            "analyze.toml",
            &format!("[settings.bad-spans]\nmode = \"{mode}\"\n"),
        );
        let run = sandbox.run(&["--format", "json", "plain.txt"]);
        assert_eq!(run.code, 1, "{mode}: {}", run.stderr);
        let report = json(&run);
        assert!(
            report["plugins"]["bad-spans"].get("findings").is_none(),
            "{mode}: {report}"
        );
        assert_others_intact(&report, &clean);
        assert!(
            run.stderr.contains(&path.display().to_string()),
            "the message names the library:\n{}",
            run.stderr
        );
        messages.push_str(&run.stderr);

        let markdown = sandbox.run(&["plain.txt"]);
        assert_eq!(markdown.code, 1);
        for planted in ["SHOULD NOT BE RENDERED", "PAST THE END", "SPLIT", "FORGED"] {
            assert!(
                !markdown.stdout.contains(planted),
                "{mode}: rendered `{planted}`:\n{}",
                markdown.stdout
            );
        }
        assert!(
            markdown
                .stdout
                .contains("**Error:** the plugin returned an invalid span"),
            "{}",
            markdown.stdout
        );
    }
    insta::assert_snapshot!(sandbox.stable(&messages), @r"
    error: plain.txt: plugin `bad-spans` ([TMP]/plugins/libanalyze_plugin_bad_spans[DLL]): the plugin returned an invalid span at findings[0].span: span ends at byte 394, past the end of the 382-byte text
    error: plain.txt: plugin `bad-spans` ([TMP]/plugins/libanalyze_plugin_bad_spans[DLL]): the plugin returned an invalid span at presentation[0].items[0].span: span offset 344 is not on a UTF-8 character boundary
    error: plain.txt: plugin `bad-spans` ([TMP]/plugins/libanalyze_plugin_bad_spans[DLL]): the plugin returned an invalid span at findings.cue: span 0..4 carries text that differs from the document
    ");
}

#[test]
fn a_missing_requirement_leaves_the_plugin_out_and_the_others_run() {
    let sandbox = Sandbox::new();
    sandbox.install("needs-missing");
    let run = sandbox.run(&["--format", "json", "plain.txt"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = json(&run);
    assert!(report["plugins"].get("needs-missing").is_none());
    assert_others_intact(
        &report,
        &json(&sandbox.clean_run(&["--format", "json", "plain.txt"])),
    );
    let message = sandbox.stable(&run.stderr);
    assert!(
        message.starts_with("error: plugin `needs-missing` ([TMP]/plugins/libanalyze_plugin_needs_missing[DLL]) requires plugin `weather`, which is not installed; available plugins: "),
        "{message}"
    );
}

#[test]
fn asking_for_a_plugin_whose_requirement_is_missing_stops_the_run() {
    let sandbox = Sandbox::new();
    sandbox.install("needs-missing");
    let run = sandbox.run(&["--plugins", "needs-missing", "plain.txt"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stdout.is_empty());
    let message = sandbox.stable(&run.stderr);
    assert!(
        message.starts_with("error: plugin `needs-missing` ([TMP]/plugins/libanalyze_plugin_needs_missing[DLL]) requires plugin `weather`, which is not installed; available plugins: actors, "),
        "{message}"
    );
}

#[test]
fn a_failing_plugin_on_one_jsonl_document_does_not_stop_the_others() {
    let sandbox = Sandbox::new();
    sandbox.install("panics");
    let line = |id: &str, text: &str| {
        serde_json::json!({"id": id, "date": "2025-06-03", "text": text}).to_string()
    };
    let lines = [
        line("first", CURLY),
        line("second", PLAIN),
        line("third", CURLY),
    ]
    .join("\n");
    sandbox.write("docs.jsonl", &lines);
    let run = sandbox.run(&["--format", "jsonl", "docs.jsonl"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let clean = sandbox.clean_run(&["--format", "jsonl", "docs.jsonl"]);
    let reports: Vec<Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    let clean: Vec<Value> = clean
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(reports.len(), 3);
    for (report, clean) in reports.iter().zip(&clean) {
        assert_others_intact(report, clean);
    }
    let panics: Vec<&Value> = reports.iter().map(|r| &r["plugins"]["panics"]).collect();
    assert!(
        panics[0]["findings"].is_object() && panics[2]["findings"].is_object(),
        "{panics:?}"
    );
    assert!(
        panics[1]["error"]
            .as_str()
            .is_some_and(|e| e.starts_with("plugin panicked")),
        "{panics:?}"
    );
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(
        run.stderr.starts_with("error: second: plugin `panics`"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_plugin_that_hangs_is_given_up_on_and_the_rest_go_on() {
    let sandbox = Sandbox::new();
    let path = sandbox.install("hangs");
    let line = |id: &str, text: &str| serde_json::json!({"id": id, "text": text}).to_string();
    let lines = [
        line("first", CURLY),
        line(
            "second",
            &format!("{CURLY}\nThe talks could go on forever, she said.\n"),
        ),
        line("third", PLAIN),
    ]
    .join("\n");
    sandbox.write("docs.jsonl", &lines);
    let args = ["-p", "hangs,quotes,figures", "-f", "jsonl"];
    let started = std::time::Instant::now();
    let run = sandbox.run_within(
        &[&args[..], &["--timeout", "1", "docs.jsonl"]].concat(),
        std::time::Duration::from_secs(60),
    );
    let took = started.elapsed();
    assert_eq!(run.code, 1, "{}", run.stderr);
    let reports: Vec<Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(reports.len(), 3, "{}", run.stdout);
    let hangs: Vec<&Value> = reports.iter().map(|r| &r["plugins"]["hangs"]).collect();
    assert!(
        hangs[0]["findings"].is_object() && hangs[2]["findings"].is_object(),
        "{hangs:?}"
    );
    assert_eq!(
        hangs[1]["error"],
        "timed out: no reply within 1 s (the call is left running until the process exits)"
    );
    // The other plugins' sections are those of a run without the hanging plugin.
    let clean = sandbox.clean_run(&["-p", "quotes,figures", "-f", "jsonl", "docs.jsonl"]);
    for (report, clean) in reports.iter().zip(clean.stdout.lines()) {
        let clean: Value = serde_json::from_str(clean).expect("JSON line");
        assert_others_intact(report, &clean);
    }
    assert!(
        run.stderr.contains(&path.display().to_string()),
        "the message names the library:\n{}",
        run.stderr
    );
    insta::assert_snapshot!(sandbox.stable(&run.stderr), @"error: second: plugin `hangs` ([TMP]/plugins/libanalyze_plugin_hangs[DLL]): timed out: no reply within 1 s (the call is left running until the process exits)");
    // One second for the stuck call, and no wait for its thread at exit.
    assert!(took < std::time::Duration::from_secs(20), "{took:?}");
}

#[test]
fn plugins_check_describes_a_good_library_and_says_why_a_bad_one_is_not_loadable() {
    let sandbox = Sandbox::new();
    // The real plugins are named so that the requirement warnings do not depend on what
    // happens to sit beside the test binary.
    let real = plugin_dir();
    let check = |path: &Path| {
        analyze_raw(
            sandbox.path(),
            &[
                "--plugin-dir",
                real.to_str().expect("UTF-8"),
                "plugins",
                "check",
                path.to_str().expect("UTF-8"),
            ],
        )
    };

    let quotes = plugin_dir().join(file_name("analyze_plugin_quotes"));
    let run = check(&quotes);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(lines[0].starts_with("quotes "), "{}", run.stdout);
    assert_eq!(
        lines[2..],
        [
            "  ABI 1, API 1",
            &format!("  path: {}", quotes.display()),
            "  requires: actors"
        ]
    );

    let mut out = String::new();
    // These load: their faults show only when they run.
    let loadable =
        ["panics", "malformed", "bad-spans", "needs-missing"].map(|name| (broken(name), 0));
    let refused = ["wrong-abi", "no-symbols"].map(|name| (broken(name), 1));
    let not_plugins = [
        sandbox.path().join("plain.txt"),
        sandbox
            .path()
            .join(format!("nothing-here{}", std::env::consts::DLL_SUFFIX)),
    ]
    .map(|path| (path, 1));
    for (path, expected) in loadable.into_iter().chain(refused).chain(not_plugins) {
        let run = check(&path);
        assert_eq!(
            run.code,
            expected,
            "{}: {}{}",
            path.display(),
            run.stdout,
            run.stderr
        );
        out.push_str(&format!(
            "$ analyze plugins check {}\n{}{}\n",
            path.display(),
            run.stdout,
            run.stderr
        ));
    }
    let text = sandbox.stable(&out.replace(&broken_plugins().display().to_string(), "[BROKEN]"));
    insta::assert_snapshot!(text);
}

#[test]
fn a_world_writable_plugin_directory_is_refused() {
    let sandbox = Sandbox::new();
    sandbox.install("panics");
    set_mode(&sandbox.plugins(), 0o777);
    let list = sandbox.run(&["plugins"]);
    assert_eq!(list.code, 1, "{}", list.stderr);
    assert!(!list.stdout.contains("panics"), "{}", list.stdout);
    let message = sandbox.stable(&list.stderr);
    insta::assert_snapshot!(message, @"error: [TMP]/plugins: plugin directory is writable by every user, so anyone could plant code in it; refusing to load plugins from it (run `chmod o-w` on it)");
    let run = sandbox.run(&["--format", "json", "curly.txt"]);
    assert_eq!(run.code, 1);
    assert!(json(&run)["plugins"].get("panics").is_none());
    assert_eq!(sandbox.stable(&run.stderr).trim_end(), message.trim_end());
    set_mode(&sandbox.plugins(), 0o755);
}

#[test]
fn plugins_in_the_working_directory_are_not_loaded_by_accident() {
    let sandbox = Sandbox::new();
    let library = broken("panics");
    let name = library.file_name().expect("file name");
    std::fs::copy(&library, sandbox.path().join(name)).expect("copy");
    std::fs::create_dir_all(sandbox.path().join("target/debug")).expect("dir");
    std::fs::copy(&library, sandbox.path().join("target/debug").join(name)).expect("copy");
    let list = analyze_raw(sandbox.path(), &["plugins"]);
    assert!(!list.stdout.contains("panics"), "{}", list.stdout);
    assert!(
        !list.stdout.contains(&sandbox.path().display().to_string()),
        "{}",
        list.stdout
    );
    let run = analyze_raw(sandbox.path(), &["--plugins", "panics", "curly.txt"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("unknown plugin `panics`"),
        "{}",
        run.stderr
    );
    // Named explicitly, the same folder is used.
    let run = analyze_raw(
        sandbox.path(),
        &[
            "--plugin-dir",
            ".",
            "--plugins",
            "panics",
            "--format",
            "json",
            "curly.txt",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(json(&run)["plugins"]["panics"]["findings"].is_object());
}

#[test]
fn an_unknown_plugin_is_named_with_the_available_ones() {
    let sandbox = Sandbox::new();
    sandbox.install("panics");
    let run = sandbox.run(&["--plugins", "quotes,sentiment", "curly.txt"]);
    assert_eq!(run.code, 2);
    assert!(run.stdout.is_empty());
    let message = run.stderr.trim_end();
    let available = message
        .strip_prefix("error: unknown plugin `sentiment`; available plugins: ")
        .unwrap_or_else(|| panic!("{message}"));
    let available: Vec<&str> = available.split(", ").collect();
    for name in [
        "actors", "figures", "panics", "quotes", "stance", "timeline",
    ] {
        assert!(
            available.contains(&name),
            "{name} missing from {available:?}"
        );
    }
    assert!(
        available.windows(2).all(|w| w[0] < w[1]),
        "sorted: {available:?}"
    );
}
