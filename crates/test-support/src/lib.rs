//! Test an `analyze` plugin without the command line tool.
//!
//! A [`Case`] is one document (text, optional date and title) plus what the host would hand the
//! plugin with it: its settings (the `[settings.NAME]` table of `analyze.toml`, as JSON) and the
//! findings of the plugins it requires. [`Case::run`] calls an [`Analyzer`] in this process
//! through the same JSON request and reply the host exchanges with a loaded library
//! (`analyze_sdk::handle_request`), checks every span of the reply the way the host does, and
//! gives back a [`Run`] whose report renders with the shared renderer, so a snapshot shows exactly
//! what `analyze` would print for this plugin's section:
//!
//! ```ignore
//! use analyze_test_support::Case;
//!
//! #[test]
//! fn counts_sources() {
//!     let run = Case::new("Officials said talks would resume.")
//!         .date("2025-08-18")
//!         .prior("quotes", serde_json::json!([]))
//!         .settings(serde_json::json!({"anonymous_words": ["insiders"]}))
//!         .run(&my_plugin::MyPlugin::default())
//!         .unwrap();
//!     insta::assert_snapshot!(run.markdown());
//!     insta::assert_snapshot!(run.findings_pretty());
//! }
//! ```
//!
//! [`Case::run_library`] does the same with the built shared library, loaded and checked by
//! `analyze-host` exactly as `analyze` loads it; [`built_library`] finds it in the target folder.

use analyze_host::{check_info, check_spans, parse_reply, CallError, InfoProblem, Plugin};
use analyze_protocol::{
    Actor, Block, DocumentData, Findings, PluginInfo, Request, RequestRef, API_VERSION,
};
use analyze_render::{DocumentMeta, PluginSection, Report, SectionFindings, ACTORS_PLUGIN};
use analyze_sdk::core::Analyzer;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// One document and everything the host would give a plugin with it.
#[derive(Debug, Clone)]
pub struct Case {
    document: DocumentData,
    settings: Value,
    prior: BTreeMap<String, Value>,
}

impl Case {
    /// A document with this text, the id `test.txt`, no date, no settings and no prior findings.
    pub fn new(text: impl Into<String>) -> Case {
        Case {
            document: DocumentData {
                id: "test.txt".to_owned(),
                title: None,
                date: None,
                source: None,
                text: text.into(),
            },
            settings: Value::Object(Default::default()),
            prior: BTreeMap::new(),
        }
    }

    /// The document in the file at `path` (exactly as read), its id the file name.
    pub fn from_file(path: impl AsRef<Path>) -> Case {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read fixture {}: {e}", path.display()));
        let id = path.file_name().map_or_else(
            || path.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        );
        Case::new(text).id(id)
    }

    pub fn id(mut self, id: impl Into<String>) -> Case {
        self.document.id = id.into();
        self
    }

    pub fn title(mut self, title: impl Into<String>) -> Case {
        self.document.title = Some(title.into());
        self
    }

    /// The publication date, `YYYY-MM-DD` (as `--date` or a JSONL `date` gives it).
    pub fn date(mut self, date: impl Into<String>) -> Case {
        self.document.date = Some(date.into());
        self
    }

    pub fn source(mut self, source: impl Into<String>) -> Case {
        self.document.source = Some(source.into());
        self
    }

    /// The plugin's settings: what `[settings.NAME]` in `analyze.toml` would hold, as JSON.
    pub fn settings(mut self, settings: Value) -> Case {
        self.settings = settings;
        self
    }

    /// The findings of a required plugin, as that plugin would return them (`"actors"`, `"quotes"`…).
    pub fn prior(mut self, plugin: &str, findings: Value) -> Case {
        self.prior.insert(plugin.to_owned(), findings);
        self
    }

    /// The document text.
    pub fn text(&self) -> &str {
        &self.document.text
    }

    /// The request the host would send.
    pub fn request(&self) -> Request {
        Request {
            api_version: API_VERSION,
            document: self.document.clone(),
            settings: self.settings.clone(),
            prior: self.prior.clone(),
        }
    }

    /// Runs `analyzer` in this process through the JSON request and reply the host uses, then
    /// checks its spans as the host does.
    pub fn run<A: Analyzer>(&self, analyzer: &A) -> Result<Run, Failure> {
        let info: PluginInfo = serde_json::from_slice(&analyze_sdk::handle_info(analyzer))
            .map_err(|e| Failure::BadInfo(e.to_string()))?;
        check_info(&info).map_err(|problem| {
            Failure::BadInfo(match problem {
                InfoProblem::Api(version) => format!(
                    "plugin `{}` speaks API version {version}, the host speaks {API_VERSION}",
                    info.name
                ),
                InfoProblem::Name(message) => message,
            })
        })?;
        self.check_requirements(&info)?;
        let request = serde_json::to_vec(&self.request())
            .map_err(|e| Failure::Failed(format!("cannot serialize the request: {e}")))?;
        let reply = analyze_sdk::handle_request(analyzer, &request);
        let (findings, presentation) = parse_reply(&reply).map_err(Failure::from)?;
        self.finish(info, findings, presentation)
    }

    /// Loads the plugin library at `path` as `analyze` does (probe, ABI and API versions, info)
    /// and runs it on this case. See [`built_library`] for the path of the library cargo built.
    pub fn run_library(&self, path: &Path) -> Result<Run, Failure> {
        let plugin = Plugin::load(path).map_err(|e| Failure::Load(e.to_string()))?;
        self.check_requirements(&plugin.info)?;
        let prior: BTreeMap<&str, Findings> = self
            .prior
            .iter()
            .map(|(name, value)| (name.as_str(), Findings::from_value(value)))
            .collect();
        let request = RequestRef {
            api_version: API_VERSION,
            document: &self.document,
            settings: &self.settings,
            prior: prior
                .iter()
                .map(|(name, findings)| (*name, findings.raw()))
                .collect(),
        };
        let (findings, presentation) = plugin.call(&request).map_err(Failure::from)?;
        self.finish(plugin.info.clone(), findings, presentation)
    }

    fn check_requirements(&self, info: &PluginInfo) -> Result<(), Failure> {
        match info.requires.iter().find(|r| !self.prior.contains_key(*r)) {
            Some(requirement) => Err(Failure::MissingPrior {
                plugin: info.name.clone(),
                requirement: requirement.clone(),
            }),
            None => Ok(()),
        }
    }

    fn finish(
        &self,
        info: PluginInfo,
        findings: Findings,
        presentation: Vec<Block>,
    ) -> Result<Run, Failure> {
        check_spans(&self.document.text, &findings, &presentation).map_err(Failure::from)?;
        let actors = if info.name == ACTORS_PLUGIN {
            findings
                .parse::<Vec<Actor>>()
                .map_err(|e| Failure::Malformed(format!("the actor list is malformed: {e}")))?
        } else {
            self.prior
                .get(ACTORS_PLUGIN)
                .and_then(|actors| serde_json::from_value::<Vec<Actor>>(actors.clone()).ok())
                .unwrap_or_default()
        };
        let document = &self.document;
        let report = Report {
            document: DocumentMeta {
                id: document.id.clone(),
                title: document.title.clone(),
                date: document.date.clone(),
                source: document.source.clone(),
                bytes: document.text.len(),
            },
            text: document.text.clone(),
            actors,
            sections: vec![PluginSection {
                plugin: info.name.clone(),
                version: info.version.clone(),
                result: Ok(SectionFindings {
                    findings: findings.clone(),
                    presentation: presentation.clone(),
                }),
            }],
        };
        Ok(Run {
            info,
            findings: findings.to_value(),
            presentation,
            report,
        })
    }
}

/// What a plugin returned for a [`Case`], checked.
#[derive(Debug, Clone)]
pub struct Run {
    /// What the plugin says about itself.
    pub info: PluginInfo,
    /// Its findings: the plugin's entry under `plugins` in the JSON report.
    pub findings: Value,
    /// The blocks the renderer draws in the Markdown report.
    pub presentation: Vec<Block>,
    report: Report,
}

impl Run {
    /// The findings as pretty JSON, for a snapshot.
    pub fn findings_pretty(&self) -> String {
        serde_json::to_string_pretty(&self.findings).unwrap_or_default()
    }

    /// The Markdown report `analyze` would print with only this plugin's section.
    pub fn markdown(&self) -> String {
        analyze_render::markdown(Ok(&self.report))
    }

    /// The JSON report `analyze --format json` would print with only this plugin's section.
    pub fn json(&self) -> String {
        analyze_render::json(Ok(&self.report))
    }

    /// The report, to render or inspect another way.
    pub fn report(&self) -> &Report {
        &self.report
    }
}

/// Why a [`Case`] gave no findings. The messages are those the host would print; `Debug` prints
/// the message too, so `.unwrap()` in a test says what went wrong.
#[derive(Clone, PartialEq)]
pub enum Failure {
    /// The library could not be loaded as a plugin.
    Load(String),
    /// The plugin's description of itself is unusable.
    BadInfo(String),
    /// The case lacks the findings of a plugin this one requires.
    MissingPrior { plugin: String, requirement: String },
    /// The plugin returned an error (its own, or a panic the SDK caught).
    Failed(String),
    /// The reply is not what the protocol says.
    Malformed(String),
    /// A span does not fit the document; the host would reject the whole reply.
    BadSpan { at: String, message: String },
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Load(message) => write!(f, "{message}"),
            Failure::BadInfo(message) => {
                write!(
                    f,
                    "the plugin's description of itself is unreadable: {message}"
                )
            }
            Failure::MissingPrior {
                plugin,
                requirement,
            } => write!(
                f,
                "plugin `{plugin}` requires the findings of `{requirement}`; \
                 give them with Case::prior({requirement:?}, …)"
            ),
            Failure::Failed(message) => write!(f, "{message}"),
            Failure::Malformed(message) => {
                write!(f, "the plugin returned malformed data: {message}")
            }
            Failure::BadSpan { at, message } => {
                write!(f, "the plugin returned an invalid span at {at}: {message}")
            }
        }
    }
}

impl From<CallError> for Failure {
    fn from(error: CallError) -> Failure {
        match error {
            CallError::Failed(message) => Failure::Failed(message),
            CallError::Malformed(message) => Failure::Malformed(message),
            CallError::BadSpan { at, message } => Failure::BadSpan { at, message },
            error @ (CallError::RequirementFailed(_)
            | CallError::TimedOut(_)
            | CallError::TooManyStuck(_)) => Failure::Failed(error.to_string()),
        }
    }
}

impl fmt::Debug for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self}")
    }
}

impl std::error::Error for Failure {}

/// The shared library cargo built for the plugin crate `crate_name` (`env!("CARGO_CRATE_NAME")`
/// in the plugin's own tests): looked for beside the running test binary (`target/debug/deps`)
/// and one folder up (`target/debug`).
///
/// # Panics
/// When no such library exists, with a message saying how to build it.
pub fn built_library(crate_name: &str) -> PathBuf {
    let file = format!(
        "{}{crate_name}{}",
        std::env::consts::DLL_PREFIX,
        std::env::consts::DLL_SUFFIX
    );
    let exe = std::env::current_exe().unwrap_or_default();
    let mut tried = Vec::new();
    for dir in exe.ancestors().skip(1).take(2) {
        let candidate = dir.join(&file);
        if candidate.is_file() {
            return candidate;
        }
        tried.push(candidate.display().to_string());
    }
    panic!(
        "the plugin library {file} was not found (looked at {}); give the crate \
         `crate-type = [\"cdylib\", \"rlib\"]` so `cargo test` builds it",
        tried.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use analyze_sdk::prelude::*;
    use serde_json::json;

    /// Marks every occurrence of a word given in the settings; requires nothing.
    #[derive(Default)]
    struct Marker {
        /// Returns a span that splits a character, to test the check.
        forge: bool,
    }

    #[derive(serde::Deserialize, Default)]
    #[serde(deny_unknown_fields)]
    struct Settings {
        word: String,
    }

    impl Analyzer for Marker {
        fn info(&self) -> Info {
            Info::new("marker", "1.0.0", "marks a word")
        }

        fn analyze(&self, input: &Input) -> Result<Output, AnalyzeError> {
            let settings: Settings = input.settings()?;
            let text = &input.document.text;
            if self.forge {
                let forged = json!([{"start": 1, "end": 2, "text": "x"}]);
                return Output::new(&forged);
            }
            if settings.word.is_empty() {
                return Err(AnalyzeError::Failed("no word to mark".into()));
            }
            let spans: Vec<Span> = text
                .match_indices(&settings.word)
                .filter_map(|(at, word)| Span::new(text, at, at + word.len()).ok())
                .collect();
            let items = spans
                .iter()
                .map(|span| Highlight {
                    span: span.clone(),
                    label: "word".into(),
                })
                .collect();
            Ok(Output::new(&spans)?
                .block(Block::Text {
                    text: format!("{} found.", spans.len()),
                })
                .block(Block::Highlights { title: None, items }))
        }
    }

    /// Requires quotes.
    #[derive(Default)]
    struct Counter;

    impl Analyzer for Counter {
        fn info(&self) -> Info {
            Info::new("counter", "0.2.0", "counts quotes").requires(&["quotes"])
        }

        fn analyze(&self, input: &Input) -> Result<Output, AnalyzeError> {
            input.no_settings()?;
            let quotes: Vec<serde_json::Value> = input.prior("quotes")?;
            Output::new(&json!({"quotes": quotes.len()}))
        }
    }

    #[test]
    fn runs_and_renders_like_the_host() {
        let run = Case::new("Kyiv said “yes”. Kyiv waited.")
            .id("a.txt")
            .date("2025-08-18")
            .settings(json!({"word": "Kyiv"}))
            .run(&Marker::default())
            .unwrap();
        assert_eq!(
            run.findings[1],
            json!({"start": 21, "end": 25, "text": "Kyiv"})
        );
        insta::assert_snapshot!(run.markdown(), @r"
        # a.txt

        Document: `a.txt` · published 2025-08-18 · 33 bytes

        ## Marker (marker 1.0.0)

        2 found.

        - **word**: **Kyiv** said “yes”. Kyiv waited.
        - **word**: Kyiv said “yes”. **Kyiv** waited.
        ");
        let json: Value = serde_json::from_str(&run.json()).unwrap();
        assert_eq!(json["plugins"]["marker"]["findings"], run.findings);
        assert_eq!(json["document"]["date"], "2025-08-18");
    }

    #[test]
    fn a_plugin_without_settings_refuses_them() {
        let case = Case::new("text").prior("quotes", json!([]));
        assert!(case.clone().run(&Counter).is_ok());
        assert!(case.clone().settings(json!({})).run(&Counter).is_ok());
        assert_eq!(
            case.settings(json!({"limit": 3, "mode": "x"}))
                .run(&Counter)
                .unwrap_err(),
            Failure::Failed(
                "bad settings: this plugin takes no settings, but was given `limit`, `mode`".into()
            )
        );
    }

    #[test]
    fn settings_errors_and_plugin_errors_are_failures() {
        let case = Case::new("text");
        let bad = case
            .clone()
            .settings(json!({"wrod": "x"}))
            .run(&Marker::default());
        assert!(
            matches!(&bad, Err(Failure::Failed(m)) if m.starts_with("bad settings: unknown field `wrod`")),
            "{bad:?}"
        );
        assert_eq!(
            case.run(&Marker::default()).unwrap_err(),
            Failure::Failed("no word to mark".into())
        );
    }

    #[test]
    fn rejects_spans_the_host_would_reject() {
        let error = Case::new("“no”").run(&Marker { forge: true }).unwrap_err();
        assert_eq!(error.to_string(), "the plugin returned an invalid span at findings[0]: span offset 1 is not on a UTF-8 character boundary");
    }

    #[test]
    fn asks_for_required_findings() {
        let case = Case::new("text");
        let error = case.run(&Counter).unwrap_err();
        assert_eq!(error.to_string(), "plugin `counter` requires the findings of `quotes`; give them with Case::prior(\"quotes\", …)");
        let run = case.prior("quotes", json!([{}, {}])).run(&Counter).unwrap();
        assert_eq!(run.findings, json!({"quotes": 2}));
    }

    #[test]
    fn actors_findings_reach_the_report() {
        let actors =
            json!([{"id": "kyiv", "name": "Kyiv", "kind": "country", "roles": [], "mentions": []}]);
        let run = Case::new("text")
            .prior("actors", actors.clone())
            .prior("quotes", json!([]))
            .run(&Counter)
            .unwrap();
        let json: Value = serde_json::from_str(&run.json()).unwrap();
        assert_eq!(json["actors"], actors);
    }
}
