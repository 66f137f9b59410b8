//! The fixture article with hand-written `actors` and `quotes` findings, so these tests do not
//! depend on how well the actors and quotes plugins do.

#![allow(dead_code)]

use analyze_test_support::Case;
use serde_json::{json, Value};

pub const PORT_STRIKE: &str = include_str!("fixtures/port-strike.txt");

/// The span of the first occurrence of `needle` in `text`.
pub fn span(text: &str, needle: &str) -> Value {
    span_in(text, needle, needle)
}

/// The span of `needle` in the first occurrence of `context` in `text`.
pub fn span_in(text: &str, context: &str, needle: &str) -> Value {
    let at = text
        .find(context)
        .unwrap_or_else(|| panic!("{context:?} is not in the fixture"));
    let start = at
        + context
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} is not in {context:?}"));
    json!({"start": start, "end": start + needle.len(), "text": needle})
}

fn quote(text: &str, kind: &str, content: &str, speaker: Value) -> Value {
    json!({"kind": kind, "content": [span(text, content)], "cue": null, "speaker": speaker, "addressee": null})
}

fn speaker(actor: Option<&str>, mention: Value, name: Option<&str>) -> Value {
    json!({"actor": actor, "mention": mention, "name": name})
}

pub fn actors() -> Value {
    json!([
        {"id": "marieke-jansen", "name": "Marieke Jansen", "kind": "person", "roles": ["union chair"], "mentions": []},
        {"id": "port-authority", "name": "The Port Authority", "kind": "organization", "roles": [], "mentions": []},
        {"id": "transport-ministry", "name": "transport ministry", "kind": "organization", "roles": [], "mentions": []},
        {"id": "netherlands", "name": "the Netherlands", "kind": "country", "roles": [], "mentions": []},
        {"id": "union-members", "name": "Union members", "kind": "group", "roles": [], "mentions": []},
    ])
}

/// What a good quotes plugin finds in the fixture.
pub fn quotes() -> Value {
    let t = PORT_STRIKE;
    json!([
        quote(
            t,
            "direct",
            "We will stay out until the offer reflects what this work costs us",
            speaker(
                Some("marieke-jansen"),
                span(t, "Marieke Jansen"),
                Some("Marieke Jansen")
            )
        ),
        quote(
            t,
            "indirect",
            "members had voted by a wide margin to continue",
            speaker(
                Some("marieke-jansen"),
                span_in(t, "Jansen added", "Jansen"),
                Some("Marieke Jansen")
            )
        ),
        quote(
            t,
            "indirect",
            "container ships were being diverted to Antwerp and Hamburg",
            speaker(
                Some("port-authority"),
                span(t, "The Port Authority"),
                Some("The Port Authority")
            )
        ),
        quote(
            t,
            "indirect",
            "the government was preparing to appoint a mediator",
            speaker(
                Some("transport-ministry"),
                span(t, "A senior official at the transport ministry"),
                None
            )
        ),
        quote(
            t,
            "indirect",
            "the operators had raised their offer to 4 percent",
            speaker(None, span(t, "Two people familiar with the talks"), None)
        ),
        quote(
            t,
            "direct",
            "Nobody wants a long dispute",
            speaker(None, span(t, "one shipping executive"), None)
        ),
        quote(
            t,
            "indirect",
            "they were ready to stay out for weeks",
            speaker(
                Some("union-members"),
                span(t, "Union members"),
                Some("Union members")
            )
        ),
        quote(
            t,
            "indirect",
            "the backlog could take a month to clear",
            speaker(None, span(t, "Harbour watchers"), Some("Harbour watchers"))
        ),
        quote(
            t,
            "indirect",
            "a deal was within reach",
            speaker(Some("netherlands"), span(t, "Dutch negotiators"), None)
        ),
        quote(t, "direct", "Not one container more.", Value::Null),
    ])
}

/// The fixture with both prior findings, as the host would hand it to the plugin.
pub fn port_strike() -> Case {
    Case::new(PORT_STRIKE)
        .id("port-strike.txt")
        .date("2025-06-10")
        .prior("actors", actors())
        .prior("quotes", quotes())
}
