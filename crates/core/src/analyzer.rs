use crate::Document;
use analyze_protocol::{Actor, Block, Findings};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// An analysis of one document. Implement this and export it with `analyze_sdk::export_analyzer!`.
pub trait Analyzer: Send + Sync + 'static {
    /// Name, version, description and requirements. Called once, when the host loads the plugin.
    fn info(&self) -> Info;

    /// Analyzes one document. An `Err` becomes the `error` of this plugin's section in that
    /// document's report; the other plugins and documents go on.
    fn analyze(&self, input: &Input) -> Result<Output, AnalyzeError>;
}

/// What a plugin says about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Info {
    pub name: String,
    pub version: String,
    pub description: String,
    pub requires: Vec<String>,
}

impl Info {
    pub fn new(name: &str, version: &str, description: &str) -> Info {
        Info {
            name: name.to_owned(),
            version: version.to_owned(),
            description: description.to_owned(),
            requires: Vec::new(),
        }
    }

    /// Names the plugins whose findings this one reads; the host runs them first.
    pub fn requires(mut self, plugins: &[&str]) -> Info {
        self.requires = plugins.iter().map(|p| (*p).to_owned()).collect();
        self
    }
}

/// Everything a plugin gets for one document.
pub struct Input<'a> {
    pub document: &'a Document,
    settings: &'a serde_json::Value,
    prior: Prior<'a>,
}

/// The findings of required plugins: as JSON trees (tests build them so), or as the JSON text
/// the host sent (read straight into the plugin's types, without building a tree first).
enum Prior<'a> {
    Values(&'a BTreeMap<String, serde_json::Value>),
    Raw(&'a BTreeMap<String, Box<RawValue>>),
}

impl<'a> Input<'a> {
    /// An input with prior findings given as JSON values (tests, in-process runs).
    pub fn new(
        document: &'a Document,
        settings: &'a serde_json::Value,
        prior: &'a BTreeMap<String, serde_json::Value>,
    ) -> Input<'a> {
        Input {
            document,
            settings,
            prior: Prior::Values(prior),
        }
    }

    /// An input with prior findings as the JSON text of a request (what the SDK receives).
    pub fn from_raw(
        document: &'a Document,
        settings: &'a serde_json::Value,
        prior: &'a BTreeMap<String, Box<RawValue>>,
    ) -> Input<'a> {
        Input {
            document,
            settings,
            prior: Prior::Raw(prior),
        }
    }

    /// This plugin's settings from the configuration, read into `T`; `T::default()` when the
    /// configuration has none. Unknown keys are an error if `T` denies them.
    pub fn settings<T: DeserializeOwned + Default>(&self) -> Result<T, AnalyzeError> {
        match self.settings {
            serde_json::Value::Null => Ok(T::default()),
            serde_json::Value::Object(map) if map.is_empty() => Ok(T::default()),
            value => serde_path_to_error::deserialize(value).map_err(|e| {
                // The key path, so `analyze` can say which setting is wrong, not only how.
                let path = e.path().to_string();
                let message = e.into_inner().to_string();
                // An unknown key names itself already (`unknown field `x``).
                let last = path.rsplit('.').next().unwrap_or_default();
                AnalyzeError::Settings(if path == "." || message.contains(&format!("`{last}`")) {
                    message
                } else {
                    format!("`{path}`: {message}")
                })
            }),
        }
    }

    /// For a plugin that takes no settings: an error when the configuration gives it some, so
    /// that `[settings.NAME]` keys it would ignore are reported instead of silently doing nothing.
    pub fn no_settings(&self) -> Result<(), AnalyzeError> {
        match self.settings {
            serde_json::Value::Null => Ok(()),
            serde_json::Value::Object(map) if map.is_empty() => Ok(()),
            serde_json::Value::Object(map) => {
                let keys: Vec<String> = map.keys().map(|k| format!("`{k}`")).collect();
                Err(AnalyzeError::Settings(format!(
                    "this plugin takes no settings, but was given {}",
                    keys.join(", ")
                )))
            }
            _ => Err(AnalyzeError::Settings(
                "this plugin takes no settings".to_owned(),
            )),
        }
    }

    /// The findings of a required plugin, read into `T`.
    pub fn prior<T: DeserializeOwned>(&self, plugin: &str) -> Result<T, AnalyzeError> {
        let missing = || AnalyzeError::MissingPrior(plugin.to_owned());
        let read = match self.prior {
            Prior::Values(prior) => T::deserialize(prior.get(plugin).ok_or_else(missing)?),
            Prior::Raw(prior) => serde_json::from_str(prior.get(plugin).ok_or_else(missing)?.get()),
        };
        read.map_err(|e| AnalyzeError::BadPrior {
            plugin: plugin.to_owned(),
            message: e.to_string(),
        })
    }

    /// The items of a required plugin's findings list that read as `T`, skipping those that do
    /// not (a plugin that tolerates another's newer or odd findings); empty when the plugin did
    /// not run or its findings are not a list.
    pub fn prior_each<T: DeserializeOwned>(&self, plugin: &str) -> Vec<T> {
        match self.prior {
            Prior::Values(prior) => match prior.get(plugin) {
                Some(serde_json::Value::Array(items)) => items
                    .iter()
                    .filter_map(|item| T::deserialize(item).ok())
                    .collect(),
                _ => Vec::new(),
            },
            Prior::Raw(prior) => prior
                .get(plugin)
                .and_then(|raw| serde_json::from_str::<Vec<&RawValue>>(raw.get()).ok())
                .unwrap_or_default()
                .into_iter()
                .filter_map(|item| serde_json::from_str(item.get()).ok())
                .collect(),
        }
    }

    /// The actors of the document, from the `actors` plugin (which must be required).
    pub fn actors(&self) -> Result<Vec<Actor>, AnalyzeError> {
        self.prior("actors")
    }
}

/// What a plugin returns: findings for machines, presentation for people.
#[derive(Debug, Clone, PartialEq)]
pub struct Output {
    /// The findings as JSON text; `findings.to_value()` gives the JSON tree (in tests, say).
    pub findings: Findings,
    pub presentation: Vec<Block>,
}

impl Output {
    /// Serializes the plugin's typed findings, straight to JSON text: building a JSON tree first
    /// would cost more than many analyses.
    pub fn new<T: Serialize + ?Sized>(findings: &T) -> Result<Output, AnalyzeError> {
        let findings = Findings::new(findings)
            .map_err(|e| AnalyzeError::Failed(format!("cannot serialize findings: {e}")))?;
        Ok(Output {
            findings,
            presentation: Vec::new(),
        })
    }

    /// Adds a block for the renderer to draw.
    pub fn block(mut self, block: Block) -> Output {
        self.presentation.push(block);
        self
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AnalyzeError {
    #[error("bad settings: {0}")]
    Settings(String),
    #[error("findings of required plugin `{0}` are missing")]
    MissingPrior(String),
    #[error("cannot read findings of plugin `{plugin}`: {message}")]
    BadPrior { plugin: String, message: String },
    #[error("{0}")]
    Failed(String),
}
