//! The command line: help, plugin listing, and the messages for bad input.

use crate::support::{analyze, analyze_raw, root, stable};

#[test]
fn help() {
    let run = analyze_raw(&root(), &["--help"]);
    assert_eq!(run.code, 0);
    insta::assert_snapshot!(stable(&run.stdout));
}

/// Each subcommand offers the options it uses: `plugins new` finds no plugins and reads no
/// configuration, so it offers no `--config` or `--plugin-dir`.
#[test]
fn subcommand_help() {
    let mut out = String::new();
    for command in [
        &["plugins", "--help"][..],
        &["plugins", "list", "--help"],
        &["plugins", "check", "--help"],
        &["plugins", "new", "--help"],
    ] {
        let run = analyze_raw(&root(), command);
        assert_eq!(run.code, 0, "{command:?}: {}", run.stderr);
        out.push_str(&format!(
            "$ analyze {}\n{}\n",
            command.join(" "),
            run.stdout
        ));
    }
    let new = out
        .split("$ analyze plugins new")
        .nth(1)
        .unwrap_or_default();
    assert!(
        !new.contains("--plugin-dir") && !new.contains("--config"),
        "{new}"
    );
    insta::assert_snapshot!(stable(&out));
}

#[test]
fn plugin_options_go_before_or_after_plugins_but_not_after_plugins_new() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plugins = crate::support::plugin_dir();
    let plugins = plugins.to_str().expect("path");
    let before = analyze_raw(dir.path(), &["--plugin-dir", plugins, "plugins"]);
    assert_eq!(before.code, 0, "{}", before.stderr);
    assert!(before.stdout.contains("quotes "), "{}", before.stdout);
    for args in [
        &["plugins", "--plugin-dir", plugins][..],
        &["plugins", "list", "--plugin-dir", plugins],
    ] {
        let after = analyze_raw(dir.path(), args);
        assert_eq!(after.code, 0, "{args:?}: {}", after.stderr);
        assert_eq!(after.stdout, before.stdout, "{args:?}");
    }
    let run = analyze_raw(
        dir.path(),
        &["--config", "a.toml", "plugins", "--config", "b.toml"],
    );
    assert_eq!(run.code, 2);
    insta::assert_snapshot!(run.stderr, @"error: --config is given twice (a.toml and b.toml); give one configuration file");
    let run = analyze_raw(
        dir.path(),
        &["plugins", "new", "hedges", "--plugin-dir", plugins],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("unexpected argument '--plugin-dir'"),
        "{}",
        run.stderr
    );
}

#[test]
fn plugins_lists_name_version_abi_path_and_requirements() {
    let run = analyze(&["plugins"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for name in [
        "actors", "figures", "quotes", "sources", "stance", "timeline",
    ] {
        assert!(
            run.stdout.contains(&format!("{name} ")),
            "{name} missing from:\n{}",
            run.stdout
        );
    }
    // Only the built-in plugins, whatever else the build directory holds.
    let builtin: String = run
        .stdout
        .split_inclusive('\n')
        .collect::<Vec<_>>()
        .chunks(5)
        .filter(|entry| {
            [
                "actors ",
                "figures ",
                "quotes ",
                "sources ",
                "stance ",
                "timeline ",
            ]
            .iter()
            .any(|n| entry[0].starts_with(n))
        })
        .flatten()
        .copied()
        .collect();
    insta::assert_snapshot!(stable(&builtin));
}

#[test]
fn unknown_plugin_lists_the_available_ones() {
    let run = analyze(&[
        "--plugins",
        "quotes,sentiment",
        "tests/fixtures/harbour-budget-dispute.txt",
    ]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("unknown plugin `sentiment`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("actors, figures, quotes, sources, stance, timeline"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty());
}

#[test]
fn plugin_names_may_be_spaced_after_commas() {
    let run = analyze(&[
        "-p",
        "figures, quotes",
        "-f",
        "json",
        "tests/fixtures/harbour-budget-dispute.txt",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let plugins: Vec<&String> = report["plugins"]
        .as_object()
        .expect("plugins")
        .keys()
        .collect();
    assert_eq!(plugins, ["actors", "figures", "quotes"]);
    let run = analyze(&["-p", "", "tests/fixtures/harbour-budget-dispute.txt"]);
    assert_eq!(run.code, 2);
    insta::assert_snapshot!(run.stderr, @"error: --plugins names no plugin (for example `--plugins quotes,stance`; see `analyze plugins`)");
}

#[test]
fn a_file_that_is_not_a_plugin_is_named_with_the_reason() {
    let run = analyze(&[
        "plugins",
        "check",
        "tests/fixtures/harbour-budget-dispute.txt",
    ]);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!(stable(&run.stderr), @"error: tests/fixtures/harbour-budget-dispute.txt: not a loadable library: tests/fixtures/harbour-budget-dispute.txt: invalid ELF header");
}

#[test]
fn unreadable_and_invalid_inputs_are_reported_and_the_rest_go_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let latin1 = dir.path().join("latin1.txt");
    std::fs::write(&latin1, b"Caf\xe9 owners said prices rose.\n").expect("write");
    let jsonl = dir.path().join("docs.jsonl");
    std::fs::write(&jsonl, "{\"id\": \"ok\", \"text\": \"Prices rose 5%.\"}\n{\"id\": true, \"text\": \"bad id\"}\n{not json}\n{\"text\": \"Merz said no.\", \"date\": \"2025-13-01\"}\n")
        .expect("write");
    let missing = dir.path().join("missing.txt");
    let args = [
        "--plugins",
        "figures",
        "--format",
        "jsonl",
        missing.to_str().expect("path"),
        latin1.to_str().expect("path"),
        "tests/fixtures/harbour-budget-dispute.txt",
        jsonl.to_str().expect("path"),
    ];
    let run = analyze(&args);
    assert_eq!(
        run.code, 1,
        "a failed document makes the exit code non-zero"
    );
    let tmp = dir.path().display().to_string();
    let stderr = run.stderr.replace(&tmp, "[TMP]");
    insta::assert_snapshot!(stderr);
    // Every input has its line, in input order: failures in place, the good ones analyzed.
    let reports: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("JSON line"))
        .collect();
    let summary: Vec<String> = reports
        .iter()
        .map(|r| {
            let id = r["document"]["id"]
                .as_str()
                .unwrap_or("?")
                .replace(&tmp, "[TMP]");
            if r.get("error").is_some() {
                format!("{id}: error")
            } else {
                format!(
                    "{id}: {} figures",
                    r["plugins"]["figures"]["findings"]
                        .as_array()
                        .map_or(0, Vec::len)
                )
            }
        })
        .collect();
    insta::assert_debug_snapshot!(summary);
}

#[test]
fn configuration_errors_name_the_file_line_and_key() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("analyze.toml"),
        "plugins = [\"figures\"]\nformat = \"markdown\"\nplugin_dir = [\"x\"]\n",
    )
    .expect("write");
    let run =
        crate::support::analyze_in(dir.path(), &crate::support::plugin_dir(), &["article.txt"]);
    assert_eq!(run.code, 2);
    insta::assert_snapshot!(run.stderr);

    std::fs::write(
        dir.path().join("analyze.toml"),
        "plugins = [\"stance\"]\n\n[settings.stanse]\ntargets = [\"ceasefire\"]\n",
    )
    .expect("write");
    let run =
        crate::support::analyze_in(dir.path(), &crate::support::plugin_dir(), &["article.txt"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("error: analyze.toml:3: [settings.stanse] names no installed plugin"),
        "{}",
        run.stderr
    );

    std::fs::write(dir.path().join("analyze.toml"), "format = \"yaml\"\n").expect("write");
    let run =
        crate::support::analyze_in(dir.path(), &crate::support::plugin_dir(), &["article.txt"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("analyze.toml") && run.stderr.contains("line 1"),
        "{}",
        run.stderr
    );
}

#[test]
fn configuration_chooses_plugins_format_and_settings() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("analyze.toml"),
        "plugins = [\"figures\"]\nformat = \"json\"\n",
    )
    .expect("write");
    std::fs::write(dir.path().join("a.txt"), "Sales rose 5% to $3.5 billion.").expect("write");
    let run = crate::support::analyze_in(dir.path(), &crate::support::plugin_dir(), &["a.txt"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("json, as configured");
    let plugins: Vec<&String> = report["plugins"]
        .as_object()
        .expect("plugins")
        .keys()
        .collect();
    assert_eq!(
        plugins,
        ["actors", "figures"],
        "figures as configured, and the actor list"
    );
}

#[test]
fn bad_arguments_are_explained() {
    let run = analyze(&[
        "--date",
        "18/08/2025",
        "tests/fixtures/harbour-budget-dispute.txt",
    ]);
    assert_eq!(run.code, 2);
    insta::assert_snapshot!(run.stderr, @r#"error: --date "18/08/2025" is not a YYYY-MM-DD date"#);
    // A timestamp, as news feeds give them: say which part to keep.
    let run = analyze(&[
        "--date",
        "2025-08-18T09:30:00Z",
        "tests/fixtures/harbour-budget-dispute.txt",
    ]);
    assert_eq!(run.code, 2);
    insta::assert_snapshot!(run.stderr, @r#"error: --date "2025-08-18T09:30:00Z" is not a YYYY-MM-DD date (give the day alone: "2025-08-18")"#);
    let run = analyze(&[]);
    assert_eq!(run.code, 2);
    insta::assert_snapshot!(run.stderr, @"error: no input: name one or more files, or `-` to read standard input (see --help)");
}

#[test]
fn reads_standard_input() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(crate::support::binary())
        .args([
            "--plugin-dir",
            crate::support::plugin_dir().to_str().expect("path"),
            "--plugins",
            "figures",
            "-f",
            "json",
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all("Rents rose 12% in 2024.".as_bytes())
        .expect("write");
    let output = child.wait_with_output().expect("run");
    assert!(output.status.success());
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    assert_eq!(report["document"]["id"], "<stdin>");
}

#[test]
fn target_and_set_reach_the_plugin_settings() {
    let fixture = &crate::support::fixture_arg(crate::support::EXAMPLE);
    let positions = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["--date", "2025-08-18", "-p", "stance", "-f", "json"];
        all.extend_from_slice(args);
        all.push(fixture);
        let run = analyze(&all);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
        report["plugins"]["stance"]["findings"]
            .as_array()
            .expect("stance findings")
            .iter()
            .filter(|f| f["type"] == "stance")
            .flat_map(|f| {
                let queries = f["query"].as_array().cloned().unwrap_or_default();
                queries
                    .into_iter()
                    .map(move |q| format!("{} {} {}", f["holder"]["name"], f["query_stance"], q))
            })
            .collect()
    };
    let by_target = positions(&["--target", "ceasefire"]);
    assert!(
        by_target.contains(&r#""Donald Trump" "oppose" "ceasefire""#.to_owned()),
        "{by_target:?}"
    );
    assert_eq!(
        by_target,
        positions(&["--set", r#"stance.targets=["ceasefire"]"#])
    );
    assert!(positions(&[]).is_empty(), "no targets, no positions");
}

#[test]
fn jsonl_errors_point_at_the_files_line_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Exported by a Windows tool: a byte-order mark and CRLF line ends.
    let bom = dir.path().join("bom.jsonl");
    std::fs::write(
        &bom,
        "\u{feff}{\"id\": \"a\", \"text\": \"Rents rose 5%.\"}\r\n{\"id\": \"b\", \"text\": \"Rents fell 3%.\"}\r\n",
    )
    .expect("write");
    let run = analyze(&["-p", "figures", "-f", "jsonl", bom.to_str().expect("path")]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let ids: Vec<String> = run
        .stdout
        .lines()
        .map(|line| {
            let report: serde_json::Value = serde_json::from_str(line).expect("JSON line");
            report["document"]["id"].to_string()
        })
        .collect();
    assert_eq!(ids, ["\"a\"", "\"b\""]);

    let bad = dir.path().join("bad.jsonl");
    std::fs::write(&bad, "{\"text\": \"fine\"}\n{\"id\": \"x\", \"text\": 7}\n").expect("write");
    let run = analyze(&["-p", "figures", "-f", "jsonl", bad.to_str().expect("path")]);
    assert_eq!(run.code, 1);
    let stderr = run
        .stderr
        .replace(&dir.path().display().to_string(), "[TMP]");
    insta::assert_snapshot!(stderr, @"error: [TMP]/bad.jsonl:2:21: bad JSONL document: `text`: invalid type: integer `7`, expected a string");
}

#[test]
fn odd_text_inputs_are_named_plainly() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let dir = tempfile::tempdir().expect("temp dir");
    let utf16 = dir.path().join("utf16.txt");
    std::fs::write(&utf16, b"\xff\xfeR\x00e\x00n\x00t\x00s\x00").expect("write");
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "\n").expect("write");
    let run = analyze(&[
        "-p",
        "figures",
        "-f",
        "jsonl",
        utf16.to_str().expect("path"),
        empty.to_str().expect("path"),
        dir.path().to_str().expect("path"),
    ]);
    assert_eq!(run.code, 1);
    let stderr = run
        .stderr
        .replace(&dir.path().display().to_string(), "[TMP]");
    insta::assert_snapshot!(stderr, @r"
    error: [TMP]/utf16.txt: not valid UTF-8: it is UTF-16 (it starts with a UTF-16 byte-order mark); convert the file to UTF-8
    warning: [TMP]/empty.txt: the document is empty
    error: [TMP]: is a directory; name the files in it (`[TMP]/*.txt`)
    ");
    assert_eq!(run.stdout.lines().count(), 3, "one line per input");

    // JSONL on standard input without --input-format is one text document: say so.
    let mut child = Command::new(crate::support::binary())
        .args(["--plugin-dir"])
        .arg(crate::support::plugin_dir())
        .args(["-p", "figures", "-f", "jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"{\"text\": \"Rents rose 5%.\"}\n{\"text\": \"Rents fell 3%.\"}\n")
        .expect("write");
    let output = child.wait_with_output().expect("run");
    assert!(output.status.success());
    insta::assert_snapshot!(String::from_utf8_lossy(&output.stderr), @"warning: <stdin> looks like JSONL but is read as one text document; pass --input-format jsonl to read one document per line");
}

#[test]
fn unknown_plugins_and_settings_name_where_they_were_given() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("a.txt"), "Rents rose 5%.").expect("write");
    std::fs::write(
        dir.path().join("analyze.toml"),
        "format = \"json\"\nplugins = [\"figures\", \"sentiment\"]\n",
    )
    .expect("write");
    let plugins = crate::support::plugin_dir();
    let run = crate::support::analyze_in(dir.path(), &plugins, &["a.txt"]);
    assert_eq!(run.code, 2);
    insta::assert_snapshot!(run.stderr, @"error: analyze.toml:2: `plugins`: unknown plugin `sentiment`; available plugins: actors, figures, quotes, sources, stance, timeline");

    std::fs::write(
        dir.path().join("analyze.toml"),
        "[settings]\nstanse = { targets = [\"ceasefire\"] }\n",
    )
    .expect("write");
    let run = crate::support::analyze_in(dir.path(), &plugins, &["a.txt"]);
    assert_eq!(run.code, 2);
    insta::assert_snapshot!(run.stderr, @"error: analyze.toml: settings.stanse names no installed plugin; installed plugins: actors, figures, quotes, sources, stance, timeline");

    std::fs::remove_file(dir.path().join("analyze.toml")).expect("remove");
    let run = crate::support::analyze_in(
        dir.path(),
        &plugins,
        &["--set", "stanse.targets=[]", "a.txt"],
    );
    assert_eq!(run.code, 2);
    insta::assert_snapshot!(run.stderr, @"error: --set stanse.…: `stanse` names no installed plugin; installed plugins: actors, figures, quotes, sources, stance, timeline");
}

#[test]
fn refused_settings_stop_the_run_once_naming_where_they_were_given() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("a.txt"), "Rents rose 5%.").expect("write");
    std::fs::write(dir.path().join("b.txt"), "Rents fell 3%.").expect("write");
    let plugins = crate::support::plugin_dir();
    // A plugin that takes no settings refuses them instead of silently ignoring them.
    std::fs::write(
        dir.path().join("analyze.toml"),
        "plugins = [\"figures\"]\n\n[settings.figures]\ncurrency = \"EUR\"\n",
    )
    .expect("write");
    let run = crate::support::analyze_in(dir.path(), &plugins, &["a.txt", "b.txt"]);
    assert_eq!(run.code, 2, "a bad configuration runs nothing");
    assert!(run.stdout.is_empty());
    insta::assert_snapshot!(run.stderr, @"error: analyze.toml:3: [settings.figures]: plugin `figures`: bad settings: this plugin takes no settings, but was given `currency`");

    // A plugin's own refusal, from the command line: one message, not one per document.
    std::fs::remove_file(dir.path().join("analyze.toml")).expect("remove");
    let run = crate::support::analyze_in(
        dir.path(),
        &plugins,
        &[
            "-p",
            "stance",
            "--set",
            "stance.targets=5",
            "a.txt",
            "b.txt",
        ],
    );
    assert_eq!(run.code, 2);
    insta::assert_snapshot!(run.stderr, @"error: --set/--target: plugin `stance`: bad settings: `targets`: invalid type: integer `5`, expected a sequence");
}

#[test]
fn an_output_that_is_also_an_input_is_refused_and_left_intact() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus.jsonl");
    let text = "{\"text\": \"Rents rose 5%.\"}\n";
    std::fs::write(&corpus, text).expect("write");
    let plugins = crate::support::plugin_dir();
    for output in ["corpus.jsonl", "./corpus.jsonl"] {
        let run = crate::support::analyze_in(
            dir.path(),
            &plugins,
            &["-p", "figures", "-f", "jsonl", "corpus.jsonl", "-o", output],
        );
        assert_eq!(run.code, 2);
        assert!(
            run.stderr.starts_with(&format!("error: --output {output} is also the input corpus.jsonl: it would be emptied before it is read")),
            "{}",
            run.stderr
        );
        assert_eq!(std::fs::read_to_string(&corpus).expect("read"), text);
    }
    let run = crate::support::analyze_in(
        dir.path(),
        &plugins,
        &[
            "-p",
            "figures",
            "-f",
            "jsonl",
            "corpus.jsonl",
            "-o",
            "reports.jsonl",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("reports.jsonl"))
            .expect("read")
            .lines()
            .count(),
        1
    );
}

#[test]
fn settings_given_for_a_plugin_that_does_not_run_are_pointed_out() {
    let run = analyze(&[
        "-p",
        "figures",
        "--target",
        "ceasefire",
        "tests/fixtures/harbour-budget-dispute.txt",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    insta::assert_snapshot!(run.stderr, @"warning: --set/--target: plugin `stance` does not run (add it to --plugins)");
}

#[test]
fn analysis_options_with_plugins_are_named_as_ignored() {
    let plain = analyze(&["plugins"]);
    let run = analyze(&["-j", "2", "--timeout", "5", "-f", "json", "plugins"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, plain.stdout);
    insta::assert_snapshot!(run.stderr, @"warning: `plugins` does not analyze, so it ignores --format, --jobs, --timeout");
}

#[test]
fn plugin_and_plugins_are_one_command() {
    let listed = analyze(&["plugins"]);
    assert_eq!(listed.code, 0, "{}", listed.stderr);
    for args in [&["plugin"][..], &["plugin", "list"], &["plugins", "ls"]] {
        let run = analyze(args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        assert_eq!(run.stdout, listed.stdout, "{args:?}");
    }
    let check = |command: &str| {
        analyze(&[
            command,
            "check",
            "tests/fixtures/harbour-budget-dispute.txt",
        ])
    };
    assert_eq!(check("plugin").stderr, check("plugins").stderr);
    assert_eq!(check("plugin").code, 1);
    let dir = tempfile::tempdir().expect("temp dir");
    let new = dir.path().join("analyze-plugin-hedges");
    let run = analyze(&[
        "plugins",
        "new",
        "hedges",
        "--path",
        new.to_str().expect("path"),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(new.join("src").join("lib.rs").is_file());
}

#[test]
fn jsonl_keys_beyond_the_documents_are_named_once_and_not_an_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus.jsonl");
    std::fs::write(
        &corpus,
        "{\"text\": \"Rents rose 5%.\", \"url\": \"https://example.org/a\", \"author\": \"A. Writer\", \"id\": 17}\n{\"text\": \"Rents fell 3%.\", \"titel\": \"Rents\", \"url\": null}\n",
    )
    .expect("write");
    let run = analyze(&[
        "-p",
        "figures",
        "-f",
        "jsonl",
        corpus.to_str().expect("path"),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let ids: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|line| {
            let report: serde_json::Value = serde_json::from_str(line).expect("JSON line");
            report["document"]["id"].clone()
        })
        .collect();
    // A numbered corpus: the number is the id.
    assert_eq!(ids.len(), 2);
    assert_eq!(ids[0], "17");
    assert!(
        ids[1]
            .as_str()
            .is_some_and(|id| id.ends_with("corpus.jsonl:2")),
        "{ids:?}"
    );
    let stderr = run
        .stderr
        .replace(&dir.path().display().to_string(), "[TMP]");
    insta::assert_snapshot!(stderr, @"warning: [TMP]/corpus.jsonl: keys not read: `author`, `titel`, `url` (a document has `text`, `id`, `title`, `date`, `source`)");
}

#[test]
fn what_is_said_about_each_input_comes_in_the_order_of_the_inputs() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("a.jsonl"),
        "{\"text\": \"Rents rose 5%.\", \"url\": \"u\"}\n{\"id\": \"no text\"}\n",
    )
    .expect("write");
    std::fs::write(dir.path().join("b.txt"), "").expect("write");
    std::fs::write(
        dir.path().join("c.jsonl"),
        "{\"text\": \"Fares fell 2%.\", \"author\": \"x\"}\n",
    )
    .expect("write");
    let plugins = crate::support::plugin_dir();
    let run = crate::support::analyze_in(
        dir.path(),
        &plugins,
        &[
            "-p", "figures", "-f", "jsonl", "a.jsonl", "b.txt", "c.jsonl",
        ],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    insta::assert_snapshot!(run.stderr, @r"
    warning: a.jsonl: keys not read: `url` (a document has `text`, `id`, `title`, `date`, `source`)
    error: a.jsonl:2:17: bad JSONL document: missing key `text`
    warning: b.txt: the document is empty
    warning: c.jsonl: keys not read: `author` (a document has `text`, `id`, `title`, `date`, `source`)
    ");
}

#[test]
fn a_time_limit_is_a_positive_number_of_seconds() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("a.txt"), "Rents rose 5%.").expect("write");
    let plugins = crate::support::plugin_dir();
    let run = crate::support::analyze_in(
        dir.path(),
        &plugins,
        &["-p", "figures", "--timeout", "0.5", "a.txt"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = crate::support::analyze_in(dir.path(), &plugins, &["--timeout", "0", "a.txt"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.starts_with("error: invalid value '0' for '--timeout <SECS>': 0 is not a positive number of seconds (leave the limit out for none)"),
        "{}",
        run.stderr
    );
    std::fs::write(
        dir.path().join("analyze.toml"),
        "plugins = [\"figures\"]\ntimeout = -2\n",
    )
    .expect("write");
    let run = crate::support::analyze_in(dir.path(), &plugins, &["a.txt"]);
    assert_eq!(run.code, 2);
    insta::assert_snapshot!(run.stderr, @"error: analyze.toml:2: `timeout`: -2 is not a positive number of seconds (leave the limit out for none)");
    // The file is wrong even when the command line gives the limit.
    let run = crate::support::analyze_in(dir.path(), &plugins, &["--timeout", "30", "a.txt"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    // A limit that rounds to nothing would fail every call.
    let run = crate::support::analyze_in(dir.path(), &plugins, &["--timeout", "1e-10", "a.txt"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("0.0000000001 seconds is too short: give at least 0.001"),
        "{}",
        run.stderr
    );
    std::fs::write(
        dir.path().join("analyze.toml"),
        "plugins = [\"figures\"]\ntimeout = 30\n",
    )
    .expect("write");
    let run = crate::support::analyze_in(dir.path(), &plugins, &["a.txt"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}
