use crate::Block;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a plugin says about itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PluginInfo {
    pub api_version: u32,
    /// Unique among the loaded plugins; what `--plugins` names. Lowercase letters, digits, `-`, `_`.
    pub name: String,
    pub version: String,
    pub description: String,
    /// Names of plugins whose findings this one reads; they run first.
    #[serde(default)]
    pub requires: Vec<String>,
}

/// The document as a plugin sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentData {
    pub id: String,
    #[serde(default)]
    pub title: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    /// The text exactly as read; every span is a byte range into it.
    pub text: String,
}

/// One call of a plugin on one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Request {
    pub api_version: u32,
    pub document: DocumentData,
    /// This plugin's table from the configuration, as JSON (an empty object when none).
    #[serde(default)]
    pub settings: serde_json::Value,
    /// Findings of the plugins this one requires, by plugin name.
    #[serde(default)]
    pub prior: BTreeMap<String, serde_json::Value>,
}

/// A plugin's answer to a [`Request`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    pub api_version: u32,
    #[serde(flatten)]
    pub result: ReplyResult,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReplyResult {
    Ok {
        findings: serde_json::Value,
        #[serde(default)]
        presentation: Vec<Block>,
    },
    Error {
        message: String,
    },
}
