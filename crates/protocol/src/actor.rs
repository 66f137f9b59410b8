use crate::Span;
use serde::{Deserialize, Serialize};

/// Someone or something the document names: a person, an organisation, a country, a group.
/// Produced by the `actors` plugin and shown at the top of every report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// Stable within the document, derived from the canonical name (`donald-trump`).
    pub id: String,
    /// The fullest name the document uses.
    pub name: String,
    pub kind: ActorKind,
    /// Titles and roles as the text gives them (`U.S. President`).
    #[serde(default)]
    pub roles: Vec<String>,
    /// Every mention, pronouns and short forms included, in text order.
    #[serde(default)]
    pub mentions: Vec<Span>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    Organization,
    Country,
    Group,
    Other,
}

impl ActorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::Country => "country",
            ActorKind::Group => "group",
            ActorKind::Other => "other",
        }
    }
}
