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

/// One call of a plugin on one document. `P` is how prior findings are held: JSON trees, or
/// their unparsed text (`Box<RawValue>`, what the SDK reads them as).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Request<P = serde_json::Value> {
    pub api_version: u32,
    pub document: DocumentData,
    /// This plugin's table from the configuration, as JSON (an empty object when none).
    #[serde(default)]
    pub settings: serde_json::Value,
    /// Findings of the plugins this one requires, by plugin name.
    #[serde(default = "BTreeMap::new")]
    pub prior: BTreeMap<String, P>,
}

/// A [`Request`] that borrows its parts, so the host sends a document and the findings of earlier
/// plugins without copying them. Serializes exactly as the [`Request`] it mirrors.
#[derive(Debug, Clone, Serialize)]
pub struct RequestRef<'a> {
    pub api_version: u32,
    pub document: &'a DocumentData,
    pub settings: &'a serde_json::Value,
    pub prior: BTreeMap<&'a str, &'a serde_json::value::RawValue>,
}

/// A plugin's answer to a [`Request`]: `{"api_version": 1, "result": {"ok": {…}}}` or
/// `{"api_version": 1, "result": {"error": {"message": "…"}}}`. (Externally tagged rather than
/// flattened: serde reads flattened and internally tagged enums through a slow buffer.)
///
/// `F` is how the findings are held: a JSON tree where a plugin builds them, the unparsed
/// [`crate::Findings`] where the host reads them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reply<F = serde_json::Value> {
    pub api_version: u32,
    pub result: ReplyResult<F>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReplyResult<F = serde_json::Value> {
    Ok {
        findings: F,
        #[serde(default)]
        presentation: Vec<Block>,
    },
    Error {
        message: String,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_borrowed_request_serializes_as_the_owned_one() {
        let request = Request {
            api_version: crate::API_VERSION,
            document: DocumentData {
                id: "a".into(),
                title: Some("T".into()),
                date: Some("2025-08-18".into()),
                source: None,
                text: "Merz said “no”.".into(),
            },
            settings: serde_json::json!({"targets": ["ceasefire"]}),
            prior: BTreeMap::from([("actors".to_owned(), serde_json::json!([{"id": "merz"}]))]),
        };
        let actors = crate::Findings::from_value(&request.prior["actors"]);
        let borrowed = RequestRef {
            api_version: request.api_version,
            document: &request.document,
            settings: &request.settings,
            prior: BTreeMap::from([("actors", actors.raw())]),
        };
        let owned = serde_json::to_string(&request).unwrap();
        let borrowed = serde_json::to_string(&borrowed).unwrap();
        assert_eq!(owned, borrowed);
        assert_eq!(serde_json::from_str::<Request>(&borrowed).unwrap(), request);
    }
}
