//! English kinds: the verbs and nouns that name an exchange, folded.

use crate::extract::kind::Cue;
use crate::model::EventKind::*;

/// Folded phrases; the longest match wins, so "received a call" beats "received".
pub(super) const CUES: &[(&str, Cue)] = &[
    ("telephone", Cue::Mode(PhoneCall)),
    ("telephonic", Cue::Mode(PhoneCall)),
    // "telephoned him to convey his congratulations": the call is the act, the wishes its purpose.
    ("telephoned", Cue::Kind(PhoneCall)),
    ("phoned", Cue::Kind(PhoneCall)),
    ("phone", Cue::Mode(PhoneCall)),
    // "dialled his counterpart to discuss X": the call is the act.
    ("dialled", Cue::Kind(PhoneCall)),
    ("dialed", Cue::Kind(PhoneCall)),
    // A conference held over the line; "video teleconference" names video besides.
    ("teleconference", Cue::Mode(PhoneCall)),
    ("tele-conference", Cue::Mode(PhoneCall)),
    ("phone call", Cue::Mode(PhoneCall)),
    // "conveyed his congratulations by telephone": the means the wishes went by.
    ("by telephone", Cue::Means(PhoneCall)),
    ("by phone", Cue::Means(PhoneCall)),
    ("over the phone", Cue::Means(PhoneCall)),
    ("over the telephone", Cue::Means(PhoneCall)),
    ("by video link", Cue::Means(VideoCall)),
    ("via video link", Cue::Means(VideoCall)),
    ("by videoconference", Cue::Means(VideoCall)),
    ("via videoconference", Cue::Means(VideoCall)),
    ("by video conference", Cue::Means(VideoCall)),
    ("via video conference", Cue::Means(VideoCall)),
    ("phone conversation", Cue::Mode(PhoneCall)),
    ("phone conversations", Cue::Mode(PhoneCall)),
    ("call", Cue::Mode(PhoneCall)),
    ("called", Cue::Mode(PhoneCall)),
    ("calls", Cue::Mode(PhoneCall)),
    // "spoke today with": the time said between the verb and its preposition (`cue_times`).
    ("spoke {when} with", Cue::Mode(PhoneCall)),
    ("spoke {when} to", Cue::Mode(PhoneCall)),
    ("spoken to", Cue::Mode(PhoneCall)),
    ("speaks to", Cue::Mode(PhoneCall)),
    ("speaks with", Cue::Mode(PhoneCall)),
    ("video call", Cue::Mode(VideoCall)),
    ("video conference", Cue::Mode(VideoCall)),
    ("videoconference", Cue::Mode(VideoCall)),
    ("video-conference", Cue::Mode(VideoCall)),
    ("video link", Cue::Mode(VideoCall)),
    // A video teleconference, as governments abbreviate it ("a Leaders' Meeting via VTC").
    ("vtc", Cue::Mode(VideoCall)),
    ("via vtc", Cue::Mode(VideoCall)),
    ("virtual meeting", Cue::Mode(VideoCall)),
    ("virtual summit", Cue::Mode(VideoCall)),
    ("virtual bilateral", Cue::Mode(VideoCall)),
    ("virtually", Cue::Mode(VideoCall)),
    ("virtual", Cue::Mode(VideoCall)),
    ("video", Cue::Mode(VideoCall)),
    // Every form a video conference is written in: the gerund ("held a meeting through
    // videoconferencing"), the plural, and a conversation told as held online ("had an online
    // conversation"), as French tells it "en ligne".
    ("videoconferencing", Cue::Mode(VideoCall)),
    ("video conferencing", Cue::Mode(VideoCall)),
    ("video-conferencing", Cue::Mode(VideoCall)),
    ("videoconferences", Cue::Mode(VideoCall)),
    ("video conferences", Cue::Mode(VideoCall)),
    ("video calls", Cue::Mode(VideoCall)),
    ("teleconferencing", Cue::Mode(PhoneCall)),
    ("teleconferences", Cue::Mode(PhoneCall)),
    ("online meeting", Cue::Mode(VideoCall)),
    ("online meetings", Cue::Mode(VideoCall)),
    ("online conversation", Cue::Mode(VideoCall)),
    ("online talks", Cue::Mode(VideoCall)),
    ("online call", Cue::Mode(VideoCall)),
    ("online summit", Cue::Mode(VideoCall)),
    ("online consultations", Cue::Mode(VideoCall)),
    ("online conference", Cue::Mode(VideoCall)),
    ("held online", Cue::Mode(VideoCall)),
    ("joint statement", Cue::Kind(JointStatement)),
    ("joint declaration", Cue::Kind(JointStatement)),
    ("joint communique", Cue::Kind(JointStatement)),
    ("joint press release", Cue::Kind(JointStatement)),
    ("joint press communique", Cue::Kind(JointStatement)),
    ("joint press statement", Cue::Kind(JointStatement)),
    // "The ministers adopted the Baku Declaration": a declaration the parties adopted.
    ("adopted the declaration", Cue::Kind(JointStatement)),
    ("adoption of the declaration", Cue::Kind(JointStatement)),
    // "The full text of the declaration is as follows:": the text of a statement, a declaration
    // or a communiqué given in full is the parties' statement, the meeting only its occasion.
    ("text of the statement", Cue::Kind(JointStatement)),
    ("text of the declaration", Cue::Kind(JointStatement)),
    ("text of this declaration", Cue::Kind(JointStatement)),
    ("text of this statement", Cue::Kind(JointStatement)),
    ("text of this communique", Cue::Kind(JointStatement)),
    ("text of the communique", Cue::Kind(JointStatement)),
    ("text of the final communique", Cue::Kind(JointStatement)),
    ("text of the final declaration", Cue::Kind(JointStatement)),
    ("text of the final statement", Cue::Kind(JointStatement)),
    ("joint outcomes statement", Cue::Kind(JointStatement)),
    ("joint outcome statement", Cue::Kind(JointStatement)),
    // "Riga Statement on the outcomes of the Trilateral Meeting", "the statement adopted following
    // the meeting": a statement that sums up a meeting, or that its parties adopted, is theirs.
    ("statement on the outcomes", Cue::Kind(JointStatement)),
    ("statement on the outcome", Cue::Kind(JointStatement)),
    ("statement on the results", Cue::Kind(JointStatement)),
    ("statement adopted", Cue::Kind(JointStatement)),
    // "They issued the following statement:": the parties, together, are its authors.
    (
        "they issued the following statement",
        Cue::Kind(JointStatement),
    ),
    (
        "they adopted the following statement",
        Cue::Kind(JointStatement),
    ),
    (
        "leaders issued the following statement",
        Cue::Kind(JointStatement),
    ),
    ("message", Cue::Kind(Message)),
    ("messages", Cue::Kind(Message)),
    ("letter", Cue::Kind(Message)),
    ("letters", Cue::Kind(Message)),
    ("condolences", Cue::Kind(Message)),
    ("congratulatory", Cue::Kind(Message)),
    ("congratulations", Cue::Kind(Message)),
    // "X congratulated Y on his election": wishes, sent when no other exchange is named.
    ("congratulated", Cue::Wishes),
    ("congratulates", Cue::Wishes),
    // "X felicitated Y on his election": the same wishes, as South Asian and Iranian English
    // write them.
    ("felicitated", Cue::Wishes),
    ("felicitates", Cue::Wishes),
    ("cable", Cue::Kind(Message)),
    ("cables", Cue::Kind(Message)),
    ("congratulation", Cue::Kind(Message)),
    ("missive", Cue::Kind(Message)),
    ("telegram", Cue::Kind(Message)),
    ("telegrams", Cue::Kind(Message)),
    ("greetings", Cue::Kind(Message)),
    ("sent a message", Cue::Kind(Message)),
    // "X wrote to Y to thank him": a letter.
    ("wrote to", Cue::Kind(Message)),
    ("has written to", Cue::Kind(Message)),
    ("writes to", Cue::Kind(Message)),
    // "The Amir received on Tuesday a congratulatory cable from X": a message received, not a
    // visitor; a "special" or "written" message is most often handed over by an envoy received in
    // person.
    ("received {when} a message", Cue::Kind(Message)),
    ("received {when} a letter", Cue::Kind(Message)),
    ("received {when} a cable", Cue::Kind(Message)),
    ("receives {when} a cable", Cue::Kind(Message)),
    ("received {when} a congratulatory cable", Cue::Kind(Message)),
    ("received {when} a condolence cable", Cue::Kind(Message)),
    (
        "received {when} a congratulatory message",
        Cue::Kind(Message),
    ),
    ("received {when} a condolence message", Cue::Kind(Message)),
    (
        "received {when} a congratulatory letter",
        Cue::Kind(Message),
    ),
    ("received {when} a condolence letter", Cue::Kind(Message)),
    // "Amir receives congratulations from X": the wishes are what came, not a visitor.
    ("receives {when} congratulations", Cue::Kind(Message)),
    ("received {when} congratulations", Cue::Kind(Message)),
    ("receives {when} condolences", Cue::Kind(Message)),
    ("received {when} condolences", Cue::Kind(Message)),
    ("receives {when} greetings", Cue::Kind(Message)),
    ("received {when} greetings", Cue::Kind(Message)),
    // "X has been receiving holiday greetings from heads of state": wishes coming in over days,
    // the occasion named before them.
    ("receiving {when} congratulations", Cue::Kind(Message)),
    ("receiving {when} condolences", Cue::Kind(Message)),
    ("receiving {when} greetings", Cue::Kind(Message)),
    ("receiving {when} messages", Cue::Kind(Message)),
    ("received {when} holiday greetings", Cue::Kind(Message)),
    ("receiving {when} holiday greetings", Cue::Kind(Message)),
    ("received {when} festive greetings", Cue::Kind(Message)),
    ("receiving {when} festive greetings", Cue::Kind(Message)),
    ("received {when} birthday greetings", Cue::Kind(Message)),
    ("receiving {when} birthday greetings", Cue::Kind(Message)),
    ("receives {when} a message", Cue::Kind(Message)),
    ("receives {when} a letter", Cue::Kind(Message)),
    // "The Sultan received thanks from X in reply to his cable": a reply that came, not a visitor.
    ("received {when} thanks", Cue::Kind(Message)),
    ("receives {when} thanks", Cue::Kind(Message)),
    ("talks", Cue::Kind(Talks)),
    ("talk", Cue::Kind(Talks)),
    // "X and Y talked over tea": the verb of the talks.
    ("talked", Cue::Kind(Talks)),
    ("held talks", Cue::Kind(Talks)),
    // "Presidents X and Y held a summit at the Blue House": summit talks between two leaders.
    ("held a summit", Cue::Kind(Talks)),
    ("hold a summit", Cue::Kind(Talks)),
    ("hold summit", Cue::Kind(Talks)),
    ("holds summit", Cue::Kind(Talks)),
    ("discussed", Cue::Kind(Talks)),
    // "have been discussing trade": the talks told as under way.
    ("discussing", Cue::Kind(Talks)),
    // "was expected to discuss trade with Y", "X discusses trade with Y": talks to come or told
    // in a headline's present.
    ("discuss", Cue::Kind(Talks)),
    ("discusses", Cue::Kind(Talks)),
    ("discussion", Cue::Kind(Talks)),
    ("discussions", Cue::Kind(Talks)),
    // "The fifth political consultation was held in Riga": the singular names the talks as the
    // plural does.
    ("consultation", Cue::Kind(Talks)),
    ("consultations", Cue::Kind(Talks)),
    // "held the 2nd Bilateral Consultation Meeting": consultations, held as a meeting.
    ("consultation meeting", Cue::Kind(Talks)),
    ("negotiations", Cue::Kind(Talks)),
    ("conversation", Cue::Kind(Talks)),
    // "X conversed with Y on the sidelines of the forum": the verb of the conversation, in each
    // of its forms.
    ("converse", Cue::Kind(Talks)),
    ("conversed", Cue::Kind(Talks)),
    ("converses", Cue::Kind(Talks)),
    ("conversing", Cue::Kind(Talks)),
    // "held phone conversations with their respective counterparts": two exchanges told as one.
    ("conversations", Cue::Kind(Talks)),
    // "held a dialogue with Y", "a dialog", as American English spells it: talks where a word
    // counts it (`Words::counted`).
    ("dialogue", Cue::Kind(Talks)),
    ("dialog", Cue::Kind(Talks)),
    ("exchanged views", Cue::Exchange),
    ("exchanged", Cue::Exchange),
    ("exchange of messages", Cue::Kind(Message)),
    ("exchange of letters", Cue::Kind(Message)),
    ("met", Cue::Kind(Meeting)),
    ("meet", Cue::Kind(Meeting)),
    ("meets", Cue::Kind(Meeting)),
    ("met with", Cue::Kind(Meeting)),
    ("meeting", Cue::Kind(Meeting)),
    ("meetings", Cue::Kind(Meeting)),
    ("bilateral meeting", Cue::Kind(Meeting)),
    ("received", Cue::Kind(Meeting)),
    ("receives", Cue::Kind(Meeting)),
    ("receiving", Cue::Kind(Meeting)),
    ("hosted", Cue::Kind(Meeting)),
    // "X hosted bilateral talks with Y": the host's verb, the talks the exchange.
    ("hosted talks", Cue::Kind(Talks)),
    ("hosted bilateral talks", Cue::Kind(Talks)),
    // "X gave a reception for visiting Y": received in person.
    ("reception", Cue::Kind(Meeting)),
    ("hosts", Cue::Kind(Meeting)),
    ("welcomed", Cue::Kind(Meeting)),
    ("audience", Cue::Kind(Meeting)),
    // Envoys present their credentials in person.
    ("credentials", Cue::Kind(Meeting)),
    ("letter of credence", Cue::Kind(Meeting)),
    ("letters of credence", Cue::Kind(Meeting)),
    ("courtesy call", Cue::Kind(Meeting)),
    ("courtesy calls", Cue::Kind(Meeting)),
    ("paid a courtesy call", Cue::Kind(Meeting)),
    // An envoy's first and last calls on their hosts are made in person, as a courtesy call is.
    ("introductory call", Cue::Kind(Meeting)),
    ("introductory calls", Cue::Kind(Meeting)),
    ("farewell call", Cue::Kind(Meeting)),
    ("farewell calls", Cue::Kind(Meeting)),
    // "X bid farewell to the outgoing ambassador Y": leave is taken in person, in each tense.
    ("bid farewell", Cue::Kind(Meeting)),
    ("bids farewell", Cue::Kind(Meeting)),
    ("bade farewell", Cue::Kind(Meeting)),
    ("bidding farewell", Cue::Kind(Meeting)),
    ("called on", Cue::Kind(Meeting)),
    // "X called the meeting sincere": the verb judges the exchange, which it does not make a call.
    ("called the meeting", Cue::Kind(Meeting)),
    ("called their meeting", Cue::Kind(Meeting)),
    ("called the talks", Cue::Kind(Talks)),
    ("called their talks", Cue::Kind(Talks)),
    ("calls on", Cue::Kind(Meeting)),
    ("call on", Cue::Kind(Meeting)),
    // "held a tête-à-tête": talks, held face to face; "held face-to-face talks" are talks.
    ("tete-a-tete", Cue::Kind(Talks)),
    // Calling on someone in person.
    ("paid a visit", Cue::Kind(Meeting)),
    ("paid a brief visit", Cue::Kind(Meeting)),
    ("paid a courtesy visit", Cue::Kind(Meeting)),
    // "X and Y discussed the crisis in a meeting on Thursday": what was discussed, the meeting
    // it was discussed at is the exchange.
    ("in a meeting", Cue::Occasion(Meeting)),
    ("in their meeting", Cue::Occasion(Meeting)),
    ("at a meeting", Cue::Occasion(Meeting)),
    ("at their meeting", Cue::Occasion(Meeting)),
    ("during a meeting", Cue::Occasion(Meeting)),
    ("during their meeting", Cue::Occasion(Meeting)),
    ("during his meeting", Cue::Occasion(Meeting)),
    ("during her meeting", Cue::Occasion(Meeting)),
    // "held discussions during a bilateral meeting": "bilateral meeting" alone names the exchange.
    ("during a bilateral meeting", Cue::Occasion(Meeting)),
    ("during their bilateral meeting", Cue::Occasion(Meeting)),
    ("at a bilateral meeting", Cue::Occasion(Meeting)),
    ("in a bilateral meeting", Cue::Occasion(Meeting)),
    // "discussed trade in meetings with leaders": the plural names the occasion as the singular,
    // after each word that sets it ("in", "at", "during": `cue_during`).
    ("{during} meetings", Cue::Occasion(Meeting)),
    ("{during} their meetings", Cue::Occasion(Meeting)),
    ("{during} his meetings", Cue::Occasion(Meeting)),
    ("{during} her meetings", Cue::Occasion(Meeting)),
    ("{during} separate meetings", Cue::Occasion(Meeting)),
    ("{during} bilateral meetings", Cue::Occasion(Meeting)),
    // "Trade was at the heart of the meeting of X with Y": what was discussed, the meeting it
    // was discussed at is the exchange.
    ("at the heart of the meeting", Cue::Occasion(Meeting)),
    ("at the centre of the meeting", Cue::Occasion(Meeting)),
    ("at the center of the meeting", Cue::Occasion(Meeting)),
    // "X held talks with Y over dinner": talks over a meal are held at table together.
    ("dinner", Cue::Occasion(Meeting)),
    ("lunch", Cue::Occasion(Meeting)),
    ("breakfast", Cue::Occasion(Meeting)),
    ("over tea", Cue::Occasion(Meeting)),
    ("over coffee", Cue::Occasion(Meeting)),
    ("received a telephone call", Cue::Mode(PhoneCall)),
    ("received a phone call", Cue::Mode(PhoneCall)),
    ("received a call", Cue::Mode(PhoneCall)),
    // "The envoy handed over the letter of President Y", "came to deliver a message": brought in
    // person, whatever the verb's tense.
    ("handed", Cue::Handed),
    ("handed over", Cue::Handed),
    ("hand over", Cue::Handed),
    ("hands over", Cue::Handed),
    ("delivered", Cue::Handed),
    ("deliver", Cue::Handed),
    ("delivers", Cue::Handed),
    // "visited the embassy to offer his condolences": a message told with a visit, given in person.
    ("visited", Cue::Handed),
    // "the letter of greetings, as presented this morning by the visiting envoy": a message
    // presented by its bearer is handed over in person.
    ("presented {when} by", Cue::Handed),
    // "The ambassador presented her letter of introduction to the President": a letter presented
    // to whom it is addressed is an audience, as credentials are.
    ("presented his letter", Cue::Kind(Meeting)),
    ("presented her letter", Cue::Kind(Meeting)),
    ("presented his letters", Cue::Kind(Meeting)),
    ("presented her letters", Cue::Kind(Meeting)),
    ("presented a letter", Cue::Kind(Meeting)),
    ("presented the letter", Cue::Kind(Meeting)),
];
