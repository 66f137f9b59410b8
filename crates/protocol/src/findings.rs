use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::fmt;

/// A plugin's findings, kept as the JSON text the plugin returned. The host passes findings on to
/// other plugins and into JSONL reports without building them into a tree, which would cost more
/// than most analyses; whoever needs their content parses them ([`Findings::parse`],
/// [`Findings::to_value`]).
#[derive(Clone, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Findings(Box<RawValue>);

impl Findings {
    /// Findings from anything serializable, written straight to JSON text.
    pub fn new<T: Serialize + ?Sized>(findings: &T) -> Result<Findings, serde_json::Error> {
        serde_json::value::to_raw_value(findings).map(Findings)
    }

    /// Findings from a JSON value.
    pub fn from_value(value: &serde_json::Value) -> Findings {
        // A Value always serializes; the fallback is never taken.
        Findings::new(value).unwrap_or_else(|_| Findings(null()))
    }

    /// The JSON text.
    pub fn json(&self) -> &str {
        self.0.get()
    }

    /// The raw JSON, to embed in a larger document as it is.
    pub fn raw(&self) -> &RawValue {
        &self.0
    }

    /// The findings read into `T`.
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_str(self.0.get())
    }

    /// The findings as a JSON tree.
    pub fn to_value(&self) -> serde_json::Value {
        self.parse().unwrap_or(serde_json::Value::Null)
    }
}

fn null() -> Box<RawValue> {
    RawValue::from_string("null".to_owned()).unwrap_or_else(|_| unreachable!("`null` is JSON"))
}

/// Equal when the JSON text is equal: findings come from deterministic serializers, so the same
/// findings always have the same text.
impl PartialEq for Findings {
    fn eq(&self, other: &Findings) -> bool {
        self.0.get() == other.0.get()
    }
}

impl fmt::Debug for Findings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.get())
    }
}
