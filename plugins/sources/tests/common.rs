//! The fixture article with hand-written `actors` and `quotes` findings, so these tests do not
//! depend on how well the actors and quotes plugins do.

#![allow(dead_code)]

use analyze_test_support::Case;
use serde_json::{json, Value};

pub const PORT_STRIKE: &str = include_str!("fixtures/port-strike.txt");

/// The span of the first occurrence of `needle` in `text`.
pub fn span(text: &str, needle: &str) -> Value {
    let start = text.find(needle).unwrap_or_else(|| panic!("{needle:?} is not in the fixture"));
    json!({"start": start, "end": start + needle.len(), "text": needle})
}

fn quote(text: &str, kind: &str, content: &str, speaker: Value) -> Value {
    json!({"kind": kind, "content": [span(text, content)], "cue": null, "speaker": speaker, "addressee": null})
}

fn speaker(text: &str, actor: Option<&str>, mention: &str, name: Option<&str>) -> Value {
    json!({"actor": actor, "mention": span(text, mention), "name": name})
}

pub fn actors() -> Value {
    json!([
        {"id": "marieke-jansen", "name": "Marieke Jansen", "kind": "person", "roles": ["union chair"], "mentions": []},
        {"id": "port-authority", "name": "The Port Authority", "kind": "organization", "roles": [], "mentions": []},
        {"id": "transport-ministry", "name": "transport ministry", "kind": "organization", "roles": [], "mentions": []},
        {"id": "union-members", "name": "Union members", "kind": "group", "roles": [], "mentions": []},
    ])
}

/// What a good quotes plugin finds in the fixture.
pub fn quotes() -> Value {
    let t = PORT_STRIKE;
    json!([
        quote(t, "direct", "We will stay out until the offer reflects what this work costs us", speaker(t, Some("marieke-jansen"), "Marieke Jansen", Some("Marieke Jansen"))),
        quote(t, "indirect", "members had voted by a wide margin to continue", speaker(t, Some("marieke-jansen"), "Jansen added", Some("Marieke Jansen"))),
        quote(t, "indirect", "container ships were being diverted to Antwerp and Hamburg", speaker(t, Some("port-authority"), "The Port Authority", Some("The Port Authority"))),
        quote(t, "indirect", "the government was preparing to appoint a mediator", speaker(t, Some("transport-ministry"), "A senior official at the transport ministry", None)),
        quote(t, "indirect", "the operators had raised their offer to 4 percent", speaker(t, None, "Two people familiar with the talks", None)),
        quote(t, "direct", "Nobody wants a long dispute", speaker(t, None, "one shipping executive", None)),
        quote(t, "indirect", "they were ready to stay out for weeks", speaker(t, Some("union-members"), "Union members", Some("Union members"))),
        quote(t, "indirect", "the backlog could take a month to clear", speaker(t, None, "Harbour watchers", Some("Harbour watchers"))),
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
