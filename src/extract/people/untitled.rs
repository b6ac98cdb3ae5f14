//! Names written with no title: two or three capitalised words the way they stand tell are a
//! name (opening a sentence before a verb, after "avec", signing a letter), and a surname alone as
//! a headline or "entre X et Y" gives it.

use std::ops::Range;

use super::Finder;

/// Words at most after a source's verb that closes its sentence ("…, X said on Monday.").
const SOURCE_TAIL: usize = 4;

/// Words at most between a verb that receives and the preposition of the city it is told at.
const RECEIVED_AT_REACH: usize = 8;

/// Words at most of a name that a verb that receives takes as its object.
const RECEIVED_NAME: usize = 6;

impl Finder<'_, '_> {
    /// "un message à Ana Silva … M. Silva a ajouté": two or three capitalised words whose last
    /// the text writes elsewhere after an honorific.
    pub(super) fn honoured_later(&self, run: &Range<usize>) -> bool {
        let last = self.text.fw(run.end - 1);
        run.len() <= 3
            && (0..self.text.tokens.len()).any(|k| {
                !run.contains(&k)
                    && self.name_word(k)
                    && self.text.fw(k) == last
                    && self.honorific_before(k).is_some()
            })
    }

    /// "Lavrov et Rubio se sont rencontrés", "Nations unies : Lavrov rencontre …": one word
    /// opening a sentence or a clause after a colon, before a verb (in a headline, before anything),
    /// or after a fronted phrase before a verb, or after "entre", or joined by "et" to such a word,
    /// is a surname as a title would make it.
    pub(super) fn surname_opening(&self, run: &Range<usize>) -> bool {
        let text = self.text;
        let start = self.sentence_start(run.start);
        let mut k = run.start;
        if k >= start + 2 && text.fw(k - 1) == text.words.and && self.name_word(k - 2) {
            k -= 2;
        }
        let opens = (start..k).all(|j| !text.tokens[j].is_word())
            || (k > start && text.tokens[k - 1].is_punct(':'));
        // "Talks between Putin and Biden", "l'entretien entre Poutine et Touadéra": the two
        // sides of an exchange, named as a title would name them.
        let sides = k > start && text.fw(k - 1) == text.words.between;
        let verb_next = || text.words.verbs_after_name.contains(&text.fw(run.end));
        // "Lors d'un entretien avec le ministre Y, Lavrov a réitéré …": the subject of the clause a
        // fronted phrase leads into.
        sides
            || opens
                && (self.in_heading(run.start) || verb_next() || self.relative_of_person(run.end))
            || self.after_fronted(k, start) && verb_next()
    }

    /// Whether the word at `k` opens the clause after a phrase fronted in the sentence from
    /// `start`, the sentence's first comma right before it ("À Paris, X a été reçu").
    fn after_fronted(&self, k: usize, start: usize) -> bool {
        k > start
            && self.text.tokens[k - 1].is_punct(',')
            && !(start..k - 1).any(|j| self.text.tokens[j].is_punct(','))
    }

    /// "Abdullah, who held talks with X, said …": a word that opens a sentence before a comma and
    /// a relative pronoun that stands for people only is someone's name, as a verb after it makes
    /// it one.
    fn relative_of_person(&self, k: usize) -> bool {
        let text = self.text;
        text.tokens.get(k).is_some_and(|t| t.is_punct(','))
            && text.words.asides_of_party.contains(&text.fw(k + 1))
    }

    /// Two or three capitalised words with no title, opening a sentence or its clause after a
    /// fronted phrase ("À Paris, X a été reçu", "Hier, X a reçu") before a verb, or after "avec"
    /// or what says who headed a delegation ("The delegation was led by X"), or signing a letter.
    pub(super) fn untitled_name(&self, run: &Range<usize>) -> bool {
        let text = self.text;
        let start = self.sentence_start(run.start);
        let next = text.fw(run.end);
        // "…, Cheong Wa Dae said.": a clause before a source that closes the sentence is what it
        // said, no fronted phrase, and the source as often an office as a person.
        let attributes = text.words.sources.contains(&next) && {
            let s = &text.sentences[text.sentence_of(run.start)].tokens;
            s.end <= run.end + SOURCE_TAIL
        };
        let fronted = self.after_fronted(run.start, start) && !attributes;
        let opens = run.start == start || fronted;
        let verb_next = text.words.verbs_after_name.contains(&next);
        // "avec X", "une rencontre entre X et Y": the other side of an exchange, or both.
        let joins = |k: usize| [text.words.with, text.words.between].contains(&text.fw(k));
        let after_with = run.start > 0 && joins(run.start - 1);
        // The first side may have a title ("entre le ministre X et Y"), and its country after the
        // name ("avec X du Ghana et Y").
        let second = run.start > 1 && text.fw(run.start - 1) == text.words.and && {
            let after = |end: usize| self.country_after_to(end).map_or(end, |(to, _)| to);
            let before = (self.cast.mentions.last()).filter(|m| after(m.name.end) + 1 == run.start);
            before.is_some_and(|m| (m.phrase.start.saturating_sub(2)..m.phrase.start).any(joins))
        };
        let heads = run.start > 1
            && (text.words.headed_by.iter())
                .any(|&(led, by)| text.fw(run.start - 2) == led && text.fw(run.start - 1) == by);
        let received = run.len() >= 2 && self.received(run.start);
        // "Il s'agit de X du Ghana et de Y de la Suède": the sentence after the event's that
        // names its guests, each right after its opening phrase or after "and" (and "de").
        let listed_guest = run.len() >= 2
            && text.words.guests_named.open(text.folded_from(start))
            && ((start + 1..run.start).all(|k| !text.capitalised(k))
                || run.start > start + 2
                    && (text.fw(run.start - 1) == text.words.and
                        || text.fw(run.start - 2) == text.words.and
                            && text.words.of_person.contains(&text.fw(run.start - 1)))
                    && (self.cast.mentions.last()).is_some_and(|m| m.name.start > start));
        // "a reçu mercredi à Alger, Omar Ali Mohamed Ibrahim Abou Eich": the object of a verb
        // that receives may be a long name.
        received && run.len() <= RECEIVED_NAME
            || run.len() <= 3
                && ((opens && verb_next)
                    || after_with
                    || second
                    || listed_guest
                    || heads
                    || received
                    || self.signs(run)
                    || self.listed_with_country(run))
    }

    /// "The foreign ministers of the three countries, Tom Ward, Ghana, Ali Khan, Kenya and Sam
    /// Otieno, Togo, met …": names a sentence with a plural title lists each with its country
    /// after its comma, two items at least, this one before or after another; not towns a verb
    /// or a preposition opens the list of ("travelled to Santa Rosa, Bolivia, and …").
    fn listed_with_country(&self, run: &Range<usize>) -> bool {
        let text = self.text;
        let Some((_, close)) = self.apposed_country(run.end) else {
            return false;
        };
        let start = self.sentence_start(run.start);
        if !(start..run.start).any(|k| text.plural_role(k)) {
            return false;
        }
        // The next item opens after the comma or "and" that closes this one's country, or both.
        let opens_after = |close: usize| {
            let mut k = close;
            for _ in 0..2 {
                if text.fw(k) == "," || text.fw(k) == text.words.and {
                    k += 1;
                }
            }
            k
        };
        let item = |k: usize| {
            let next = self.run_at(k);
            (2..=3).contains(&next.len()) && self.apposed_country(next.end).is_some()
        };
        // The list opens after the title's comma or colon, not after a verb or a preposition.
        let opens = |k: usize| k > 0 && matches!(text.fw(k - 1), "," | ":");
        let before = (self.cast.mentions.last()).is_some_and(|m| {
            m.name.start >= start
                && opens(m.name.start)
                && (self.apposed_country(m.name.end))
                    .is_some_and(|(_, c)| opens_after(c) == run.start)
        });
        before || opens(run.start) && item(opens_after(close))
    }

    /// "X a reçu Y", "X a reçu, le 6 avril, Y", "un message de félicitations à Y": the word at
    /// `k` is the object of a verb that receives or meets, right after it and its auxiliary or
    /// past a phrase set between commas, or the addressee of a message.
    fn received(&self, k: usize) -> bool {
        let text = self.text;
        let mut j = k;
        if j > 0 && text.tokens[j - 1].is_punct(',') {
            let Some(open) = (j.saturating_sub(8)..j - 1)
                .rev()
                .find(|&c| text.tokens[c].is_punct(','))
            else {
                return self.received_at(j - 1);
            };
            j = open;
        }
        let (messages, to) = text.words.addressed;
        j >= 2
            && (text.words.receiving.contains(&text.fw(j - 1))
                && text.words.auxiliaries.contains(&text.fw(j - 2))
                || text.fw(j - 1) == to && messages.contains(&text.fw(j - 2)))
    }

    /// "X a reçu mercredi à Alger, Y", "X a reçu ce vendredi 12 mai à Luanda, Y": the object of a
    /// verb that receives, after the day and the city it is told at, which the comma at `comma`
    /// alone sets off: between the verb and the city's preposition, words in lower case or
    /// figures only.
    fn received_at(&self, comma: usize) -> bool {
        let text = self.text;
        let Some(at) = (comma.saturating_sub(4)..comma).find(|&p| {
            text.introduces_place(p)
                && (p + 1..comma).all(|k| text.tokens[k].is_word() && text.capitalised(k))
                && p + 1 < comma
        }) else {
            return false;
        };
        (at.saturating_sub(RECEIVED_AT_REACH).max(2)..at)
            .rev()
            .take_while(|&k| text.tokens[k].is_word() && !text.capitalised(k))
            .any(|k| {
                text.words.receiving.contains(&text.fw(k))
                    && text.words.auxiliaries.contains(&text.fw(k - 1))
            })
    }

    /// "Signé : Tom Ward", "(é) Tom Ward": a name after the mark of a signature that opens its line.
    fn signs(&self, run: &Range<usize>) -> bool {
        let text = self.text;
        let line = (0..run.start)
            .rev()
            .find(|&k| text.tokens[k].newline_before)
            .unwrap_or(0);
        let marks = |k: usize| text.words.signature_marks.contains(&text.fw(k));
        (line..run.start).any(marks)
            && (line..run.start).all(|k| !text.tokens[k].is_word() || marks(k))
    }
}
