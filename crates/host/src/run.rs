use crate::error::CallError;
use crate::plugin::Plugin;
use crate::validate::check_spans;
use analyze_protocol::{Block, DocumentData, Findings, RequestRef, API_VERSION};
use serde::Serialize;
use serde_json::value::RawValue;
use std::collections::BTreeMap;
use std::time::Duration;

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
    run_document_within(plan, document, settings, None)
}

/// [`run_document`], giving each plugin call at most `limit` (none: no limit). A call that
/// takes longer is abandoned with [`CallError::TimedOut`] and the next plugins run; its thread
/// runs on until the call returns or the process exits (a stuck call keeps its CPU until then).
/// With a limit, each calling thread runs its calls on one helper thread of its own.
pub fn run_document_within(
    plan: &[&Plugin],
    document: &DocumentData,
    settings: &BTreeMap<String, serde_json::Value>,
    limit: Option<Duration>,
) -> Vec<Section> {
    run_documents(plan, std::slice::from_ref(document), settings, limit)
        .pop()
        .unwrap_or_default()
}

/// [`run_document`] on each of `documents`, plugin by plugin: the first plugin of `plan` runs on
/// every document, then the second, and so on. The sections are those `run_document` gives each
/// document, in the same order; only the order of the calls differs. Calling one plugin many
/// times in a row keeps its code and tables in the processor's caches, where one call of each in
/// turn finds them evicted by the other plugins' (see "Throughput" in docs/evaluation.md).
pub fn run_documents(
    plan: &[&Plugin],
    documents: &[DocumentData],
    settings: &BTreeMap<String, serde_json::Value>,
    limit: Option<Duration>,
) -> Vec<Vec<Section>> {
    // A document is the same in every request: its JSON (the whole text, escaped) is written
    // once and spliced into each, which gives the same bytes as writing a `RequestRef`.
    let documents_json: Vec<_> = documents
        .iter()
        .map(serde_json::value::to_raw_value)
        .collect();
    let mut sections: Vec<Vec<Section>> = documents
        .iter()
        .map(|_| Vec::with_capacity(plan.len()))
        .collect();
    for plugin in plan {
        for ((document, document_json), sections) in
            documents.iter().zip(&documents_json).zip(&mut sections)
        {
            let section = run_plugin(plugin, document, document_json, sections, settings, limit);
            sections.push(section);
        }
    }
    sections
}

/// One plugin's call on a document, given the sections of the plugins before it.
fn run_plugin(
    plugin: &Plugin,
    document: &DocumentData,
    document_json: &Result<Box<RawValue>, serde_json::Error>,
    sections: &[Section],
    settings: &BTreeMap<String, serde_json::Value>,
    limit: Option<Duration>,
) -> Section {
    let empty = serde_json::Value::Object(Default::default());
    let outcome = match prior_findings(plugin, sections) {
        Err(failed) => Outcome::Error(CallError::RequirementFailed(failed)),
        Ok(prior) => {
            let settings = settings.get(plugin.name()).unwrap_or(&empty);
            let bytes = match document_json {
                Ok(document) => {
                    // Room for the parts copied in whole, so the buffer need not grow.
                    let size = document.get().len()
                        + prior.values().map(|p| p.get().len() + 32).sum::<usize>()
                        + 256;
                    let mut bytes = Vec::with_capacity(size);
                    serde_json::to_writer(
                        &mut bytes,
                        &RequestJson {
                            api_version: API_VERSION,
                            document,
                            settings,
                            prior,
                        },
                    )
                    .map(|()| bytes)
                }
                Err(_) => serde_json::to_vec(&RequestRef {
                    api_version: API_VERSION,
                    document,
                    settings,
                    prior,
                }),
            };
            match bytes
                .map_err(|e| CallError::Failed(format!("cannot serialize request: {e}")))
                .and_then(|bytes| match limit {
                    None => plugin.call_json(&bytes),
                    Some(limit) => plugin.call_json_within(bytes, limit),
                })
                .and_then(|(findings, presentation)| {
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
    Section {
        plugin: plugin.info.name.clone(),
        version: plugin.info.version.clone(),
        outcome,
    }
}

/// A [`RequestRef`] with its document already written as JSON; the fields and their order are
/// those of `RequestRef`, so the bytes are the same.
#[derive(Serialize)]
struct RequestJson<'a> {
    api_version: u32,
    document: &'a RawValue,
    settings: &'a serde_json::Value,
    prior: BTreeMap<&'a str, &'a RawValue>,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plugin::Origin;
    use analyze_protocol::abi::{PluginVTable, RawBuffer};
    use analyze_protocol::ABI_VERSION;

    fn buffer(bytes: Vec<u8>) -> RawBuffer {
        let mut bytes = std::mem::ManuallyDrop::new(bytes);
        RawBuffer {
            ptr: bytes.as_mut_ptr(),
            len: bytes.len(),
            cap: bytes.capacity(),
        }
    }

    unsafe extern "C" fn free(buffer: RawBuffer) {
        // SAFETY: every buffer of this table is a `Vec` taken apart by `buffer`.
        drop(unsafe { Vec::from_raw_parts(buffer.ptr, buffer.len, buffer.cap) });
    }

    unsafe extern "C" fn info() -> RawBuffer {
        buffer(
            serde_json::to_vec(
                &serde_json::json!({"api_version": API_VERSION, "name": "stuck",
                "version": "1.0.0", "description": "never answers on `forever`"}),
            )
            .unwrap(),
        )
    }

    /// Answers at once, except on a request that holds "forever": it never returns.
    unsafe extern "C" fn analyze(ptr: *const u8, len: usize) -> RawBuffer {
        // SAFETY: the host hands `len` bytes at `ptr` for the length of the call.
        let request = unsafe { std::slice::from_raw_parts(ptr, len) };
        if request.windows(7).any(|w| w == b"forever") {
            loop {
                std::thread::sleep(Duration::from_secs(3600));
            }
        }
        buffer(
            serde_json::to_vec(&serde_json::json!({"api_version": API_VERSION,
                "result": {"ok": {"findings": {"bytes": len}}}}))
            .unwrap(),
        )
    }

    static STUCK: PluginVTable = PluginVTable {
        abi_version: ABI_VERSION,
        info,
        analyze,
        free,
    };

    #[test]
    fn a_call_past_the_limit_is_abandoned_and_the_next_ones_run() {
        let plugin = Plugin::from_vtable(&STUCK, Origin::Linked).unwrap();
        let document = |text: &str| DocumentData {
            id: "d".into(),
            title: None,
            date: None,
            source: None,
            text: text.into(),
        };
        let limit = Some(Duration::from_millis(100));
        let run = |text: &str, limit| {
            run_document_within(&[&plugin], &document(text), &BTreeMap::new(), limit)
                .remove(0)
                .outcome
        };
        assert!(matches!(run("quick", None), Outcome::Findings { .. }));
        assert!(matches!(run("quick", limit), Outcome::Findings { .. }));
        let started = std::time::Instant::now();
        assert_eq!(
            run("it goes on forever", limit),
            Outcome::Error(CallError::TimedOut(Duration::from_millis(100)))
        );
        assert!(started.elapsed() < Duration::from_secs(10));
        // A fresh call thread takes the next call.
        assert!(matches!(
            run("quick again", limit),
            Outcome::Findings { .. }
        ));
        // A plugin stuck on every document is not called once enough of its calls are stuck,
        // so that they do not pile up threads.
        for _ in 1..crate::plugin::MAX_STUCK_CALLS {
            assert!(matches!(
                run("forever again", limit),
                Outcome::Error(CallError::TimedOut(_))
            ));
        }
        let refused = Outcome::Error(CallError::TooManyStuck(crate::plugin::MAX_STUCK_CALLS));
        assert_eq!(run("forever and ever", limit), refused);
        assert_eq!(run("quick", limit), refused);
        assert_eq!(
            CallError::TimedOut(Duration::from_millis(1500)).to_string(),
            "timed out: no reply within 1.5 s (the call is left running until the process exits)"
        );
    }

    #[test]
    fn documents_run_plugin_by_plugin_get_the_sections_of_one_run_each() {
        let plugin = Plugin::from_vtable(&STUCK, Origin::Linked).unwrap();
        // The findings give the length of each request, so each document's differ.
        let documents: Vec<DocumentData> = ["one", "a second one", "", "the third and last"]
            .iter()
            .map(|text| DocumentData {
                id: format!("{text}.txt"),
                title: None,
                date: None,
                source: None,
                text: (*text).into(),
            })
            .collect();
        let plan = [&plugin, &plugin];
        let settings = BTreeMap::new();
        let each: Vec<Vec<Section>> = documents
            .iter()
            .map(|d| run_document(&plan, d, &settings))
            .collect();
        assert_eq!(each.len(), 4);
        assert!(each.iter().all(|s| s.len() == 2));
        assert_ne!(each[0], each[1]);
        assert_eq!(run_documents(&plan, &documents, &settings, None), each);
        assert!(run_documents(&plan, &[], &settings, None).is_empty());
    }

    #[test]
    fn a_request_with_its_document_written_first_has_the_bytes_of_a_request_ref() {
        let document = DocumentData {
            id: "a".into(),
            title: Some("T \"q\"".into()),
            date: Some("2025-08-18".into()),
            source: None,
            text: "Merz said “no”.\n\"Yes,\" she said.\t\u{1}".into(),
        };
        let settings = serde_json::json!({"targets": ["ceasefire"]});
        let actors = Findings::from_value(&serde_json::json!([{"id": "merz"}]));
        let prior = || BTreeMap::from([("actors", actors.raw())]);
        let reference = serde_json::to_vec(&RequestRef {
            api_version: API_VERSION,
            document: &document,
            settings: &settings,
            prior: prior(),
        })
        .unwrap();
        let document_json = serde_json::value::to_raw_value(&document).unwrap();
        let spliced = serde_json::to_vec(&RequestJson {
            api_version: API_VERSION,
            document: &document_json,
            settings: &settings,
            prior: prior(),
        })
        .unwrap();
        assert_eq!(String::from_utf8(spliced), String::from_utf8(reference));
    }
}
