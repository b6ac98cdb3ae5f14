//! English words after which a sentence stops naming the event's parties.

/// Words after which the names that follow take no part in the event ("the greetings of President X").
pub(super) const ASIDE_CUES: &[&str] = &[
    "greetings",
    "regards",
    "death",
    "demise",
    "passing",
    "behalf",
    "memory",
    "tribute",
    "funeral",
    "successor",
    "predecessor",
    "wife",
    // "condolences to the family and friends of President Y", "to family Y": the mourners are
    // addressed, not the deceased.
    "family",
    "families",
    "son",
    "daughter",
    "thanked",
    "invitation",
    "conveyed",
    // "the special envoy of President Y", "an emissary of President Y": who sent the envoy
    // did not come.
    "envoy",
    "emissary",
    "emissaries",
    // "the diplomatic adviser of President Y", "counselor to President Y": whom an adviser
    // serves did not come.
    "adviser",
    "advisor",
    "counsellor",
    "counselor",
    // "The below is attributable to Spokesperson X:": who speaks for the report.
    "attributable",
];

/// Asides too, that name whom a party came with: "X, accompanied by Minister Y, met Z", "flanked
/// by his ministers Y and W": who came with a party did not take part.
pub(super) const COMPANIONS: &[&str] = &["accompanied", "flanked"];

/// Phrases after which a sentence stops listing the event's participants.
pub(super) const CUT_PHRASES: &[&str] = &[
    "on the occasion",
    "during which",
    "on the sidelines",
    "on behalf",
    "in the framework",
    "who ",
    "which",
    "to convey",
    // A meeting to come is not the one reported.
    "upcoming",
    "forthcoming",
    // "spoke with X ahead of his meeting with Y", "in advance of", "prior to", "in preparation
    // for", "in the run-up to": an exchange to come, whose parties are not this one's.
    "ahead of",
    "in advance of",
    "prior to",
    "in preparation for",
    "in the run-up to",
    "at the invitation",
    "before their",
    "after their",
    "following",
    // "X and with Y", "before meeting Y": another exchange, reported after the first.
    "and with",
    "as well as with",
    "and called on",
    "and paid a",
    // "called on X and after the call, she held a luncheon with Y", "called on X and was hosted
    // to breakfast by Y": the visit's next exchange, told on in the same sentence.
    "and after the",
    "and was hosted",
    "before meeting",
    "before holding",
    "after meeting",
    "after holding",
    // "… soon after Y's talks with Z", "shortly before a meeting with Z": an exchange of the
    // same visit, earlier or later.
    "soon after",
    "shortly after",
    "soon before",
    "shortly before",
    "after a ",
    "after an ",
    "before a ",
    "before an ",
    // "received a call from X and a letter from Y": another exchange, of another kind.
    "and a letter",
    "and a message",
    // "… in their first meeting since X was elected": a clause of time names no party.
    "since ",
    // "… in line with the guidance of Presidents X and Y": whose guidance is followed took no
    // part.
    "in line with",
    "in accordance with",
];
