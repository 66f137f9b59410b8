use crate::error::CallError;
use crate::plugin::Plugin;
use crate::validate::check_spans;
use analyze_protocol::{Block, DocumentData, Findings, RequestRef, API_VERSION};
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// One plugin's result on one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub plugin: String,
    pub version: String,
    pub outcome: Outcome,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Findings {
        findings: Findings,
        presentation: Vec<Block>,
    },
    Error(CallError),
}

/// Runs `plan` (already ordered by [`crate::resolve`]) on one document. Each plugin gets the
/// findings of the plugins it requires; a plugin whose requirement failed is not called. Findings
/// with a span that does not fit the document are rejected whole.
pub fn run_document(
    plan: &[&Plugin],
    document: &DocumentData,
    settings: &BTreeMap<String, serde_json::Value>,
) -> Vec<Section> {
    let mut sections: Vec<Section> = Vec::with_capacity(plan.len());
    let empty = serde_json::Value::Object(Default::default());
    for plugin in plan {
        let outcome = match prior_findings(plugin, &sections) {
            Err(failed) => Outcome::Error(CallError::RequirementFailed(failed)),
            Ok(prior) => {
                let request = RequestRef {
                    api_version: API_VERSION,
                    document,
                    settings: settings.get(plugin.name()).unwrap_or(&empty),
                    prior,
                };
                match plugin.call(&request).and_then(|(findings, presentation)| {
                    check_spans(&document.text, &findings, &presentation)?;
                    Ok((findings, presentation))
                }) {
                    Ok((findings, presentation)) => Outcome::Findings {
                        findings,
                        presentation,
                    },
                    Err(error) => Outcome::Error(error),
                }
            }
        };
        sections.push(Section {
            plugin: plugin.info.name.clone(),
            version: plugin.info.version.clone(),
            outcome,
        });
    }
    sections
}

fn prior_findings<'s>(
    plugin: &'s Plugin,
    sections: &'s [Section],
) -> Result<BTreeMap<&'s str, &'s RawValue>, String> {
    let mut prior = BTreeMap::new();
    for requirement in &plugin.info.requires {
        let section = sections
            .iter()
            .find(|s| &s.plugin == requirement)
            .ok_or_else(|| requirement.clone())?;
        match &section.outcome {
            Outcome::Findings { findings, .. } => {
                prior.insert(requirement.as_str(), findings.raw());
            }
            Outcome::Error(_) => return Err(requirement.clone()),
        }
    }
    Ok(prior)
}
