//! Heads of delegations: a delegation's talks are its head's ("The Chinese delegation was led by
//! X", "la délégation malienne, conduite par le ministre X").

use std::ops::Range;

use crate::extract::event::Event;
use crate::extract::lexicon::CountryHit;
use crate::extract::people::{Cast, Mention};
use crate::extract::text::Text;
use crate::model::{CountryCode, EventKind};

/// Words between a delegation and the phrase that says who headed it ("delegation was led by").
const TO_HEADED: usize = 4;
/// Words between "led by" and the head's name: their title ("the Foreign Vice-Minister").
const TO_NAME: usize = 12;
/// Words of a state's style after "delegation of" ("the Democratic Republic of the Congo").
const STYLE: usize = 7;

/// A delegation's head, and the country the delegation is named by ("the Chinese delegation",
/// "la délégation malienne").
pub struct Head {
    pub person: usize,
    pub country: Option<CountryCode>,
}

/// The heads of delegations the report names, in its sentence or the next ("X hosted a delegation
/// from the CPC … The Chinese delegation was led by Y"; "The Lithuanian delegation was led by X,
/// while the Turkish delegation was headed by Y"), parties already or not. A call or a message
/// has no delegations; the next sentence counts only when the report names one. `hits` are the
/// text's country names (folded spans).
pub fn heads(
    text: &Text,
    cast: &Cast,
    event: &Event,
    hits: &[(Range<usize>, CountryHit)],
) -> Vec<Head> {
    let Some(s) = event.sentence else {
        return Vec::new();
    };
    if matches!(event.kind, EventKind::PhoneCall | EventKind::Message) {
        return Vec::new();
    }
    let words = &text.words;
    let names_delegation = |n: usize| {
        (text.sentences.get(n))
            .is_some_and(|x| (x.tokens.clone()).any(|k| words.delegations.contains(&text.fw(k))))
    };
    // "Consultations between the two ministries were held on Tuesday.", "The two sides discussed
    // …": a report that names no one leaves its parties to the sentences around it, which may
    // name them as heads of delegations.
    let names_nobody = |n: usize| {
        (text.sentences.get(n))
            .is_some_and(|x| !(cast.mentions.iter()).any(|m| x.tokens.contains(&m.name.start)))
    };
    // "… the Belarusian ministry was represented by X. The Kenyan delegation was led by Y.": a
    // report that names one side leaves the other to the delegation the next sentence names.
    let one_side = || event.people.len() == 1 && names_delegation(s + 1);
    let next = Some(s + 1).filter(|_| names_delegation(s) || names_nobody(s) || one_side());
    // "The delegation of Kenya was led by X … The delegation of Ghana was led by Y.": each side's
    // head may have a sentence of their own, one after another.
    let further =
        (s + 2..text.sentences.len()).take_while(|&n| next.is_some() && names_delegation(n));
    let mut heads = Vec::new();
    let before = if names_nobody(s) { 0..s } else { s..s };
    for n in std::iter::once(s).chain(next).chain(further).chain(before) {
        let Some(x) = text.sentences.get(n).filter(|x| x.running()) else {
            continue;
        };
        let tokens = x.tokens.clone();
        for k in tokens.clone() {
            if !words.delegations.contains(&text.fw(k)) {
                continue;
            }
            let headed_after = |from: usize| {
                (from + 1..(from + 1 + TO_HEADED).min(tokens.end)).find(|&j| {
                    (words.headed_by.iter())
                        .any(|&(led, by)| text.fw(j) == led && text.fw(j + 1) == by)
                })
            };
            // "The delegation, which is in the country for a five-day visit, is led by X": a
            // relative clause the comma closes stands between the delegation and its head.
            let clause_end = || {
                let relative = (k + 1..(k + 3).min(tokens.end))
                    .find(|&j| words.relatives.contains(&text.fw(j)))?;
                (relative + 1..tokens.end).find(|&j| text.tokens[j].is_punct(','))
            };
            // "The delegation of the Republic of Ghana was led by": past its state's style.
            let style = style_after(text, tokens.end, k);
            let by = headed_after(style.as_ref().map_or(k, |r| r.end - 1))
                .or_else(|| clause_end().and_then(headed_after));
            let head = match by {
                Some(by) => {
                    let within = by + 2..(by + 2 + TO_NAME).min(tokens.end);
                    (cast.mentions.iter()).find(|m| within.contains(&m.name.start))
                }
                None => leader_before(text, cast, tokens.start, k),
            };
            let Some(person) = head.map(|m| m.person) else {
                continue;
            };
            if heads.iter().any(|h: &Head| h.person == person) {
                continue;
            }
            // The word right before the delegation or right after it names its country, or the
            // name after "of" in its state's style ("the delegation of the Republic of Ghana").
            let beside = text.folded_range(k.saturating_sub(1).max(tokens.start)..k + 2);
            let within = |r: &Range<usize>| {
                (hits.iter())
                    .find(|(h, _)| h.start >= r.start && h.end <= r.end)
                    .map(|(_, hit)| hit.code)
            };
            let styled = || within(&text.folded_range(style.clone()?));
            let country = within(&beside).or_else(styled);
            heads.push(Head { person, country });
        }
    }
    heads
}

/// The tokens of the name a delegation at `k` is "of", in its state's style ("the delegation of
/// the Republic of Ghana"), up to `end`: capitalised words and the words that join them.
fn style_after(text: &Text, end: usize, k: usize) -> Option<Range<usize>> {
    let words = &text.words;
    if !words.country_after_name.contains(&text.fw(k + 1)) {
        return None;
    }
    let joins = |j: usize| text.capitalised(j) || words.country_joiners.contains(&text.fw(j));
    let last = (k + 2..(k + 2 + STYLE).min(end))
        .take_while(|&j| joins(j))
        .last()?;
    Some(k + 2..last + 1)
}

/// "X led the Argentine delegation", "X a conduit la délégation malienne": the head named as the
/// subject of the verb that says so, a few words before the delegation at `k` (its article and
/// country), an auxiliary at most between the name and the verb.
fn leader_before<'c>(text: &Text, cast: &'c Cast, start: usize, k: usize) -> Option<&'c Mention> {
    let verb = (k.saturating_sub(TO_HEADED).max(start)..k)
        .find(|&j| text.words.headed.contains(&text.fw(j)))?;
    if (verb + 1..k).any(|j| !text.tokens[j].is_word()) {
        return None;
    }
    (cast.mentions.iter())
        .find(|m| m.name.end <= verb && m.name.end + 2 > verb && m.name.start >= start)
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::assert_parties as check;
    use crate::model::Language;

    #[test]
    fn heads_of_delegations_are_parties() {
        // Told in the sentence after the report, untitled, its country by the delegation's.
        check(
            "President Tom Ward hosted a delegation from the ruling party in Hanoi on July 5. The Chinese delegation was led by Ali Khan, a member of its Political Bureau.",
            Language::En,
            &["Tom Ward -", "Ali Khan CN"],
        );
        // Two delegations, each led by its own head.
        check(
            "The two foreign ministries held political consultations on 15 April. The Lithuanian delegation was led by Vice-Minister Tom Ward, while the Turkish delegation was headed by Deputy Minister Ali Khan.",
            Language::En,
            &["Tom Ward LT", "Ali Khan TR"],
        );
        check(
            "Le président Tom Ward a reçu lundi une délégation malienne conduite par le ministre Ali Khan.",
            Language::Fr,
            &["Tom Ward -", "Ali Khan ML"],
        );
        // The head as the subject set after the verb of a relative clause.
        check(
            "Le Premier ministre Tom Ward a reçu dimanche une délégation malienne. La délégation malienne que préside M. Ali Khan comprend trois ministres.",
            Language::Fr,
            &["Tom Ward -", "Ali Khan ML"],
        );
        // A relative clause may stand between the delegation and its head.
        check(
            "President Tom Ward on Monday received a delegation from Bavaria. The delegation, which is in the country for a three-day visit, is led by the Interior Minister of Bavaria, Ali Khan.",
            Language::En,
            &["Tom Ward -", "Ali Khan DE"],
        );
        // A member of a parliament or of a party's organs, titled as such, heads it.
        check(
            "President Tom Ward received on Monday a delegation headed by Kenyan Senate member Ali Khan.",
            Language::En,
            &["Tom Ward -", "Ali Khan KE"],
        );
        check(
            "Le président Tom Ward a reçu lundi une délégation conduite par le député kényan Ali Khan.",
            Language::Fr,
            &["Tom Ward -", "Ali Khan KE"],
        );
        // The head as the verb's subject, in either language.
        check(
            "The two ministries held consultations in Lima on 3 May. Deputy Minister Tom Ward led the Chilean delegation, while Vice-Minister Ali Khan headed the Peruvian delegation.",
            Language::En,
            &["Tom Ward CL", "Ali Khan PE"],
        );
        check(
            "Les deux pays ont tenu leur commission mixte à Niamey le 3 mai. Le ministre Tom Ward a conduit la délégation malienne.",
            Language::Fr,
            &["Tom Ward ML"],
        );
        // A report that names no one: the delegations of the next sentence are its.
        check(
            "The first round of consultations between the two foreign ministries was held on Monday. The Kenyan delegation was headed by Tom Ward, Director of Asian Affairs, while the Lithuanian side was led by Vice-Minister Ali Khan.",
            Language::En,
            &["Tom Ward KE", "Ali Khan LT"],
        );
        check(
            "The Kenyan delegation was headed by Tom Ward, Director of Asian Affairs, while the Lithuanian side was led by Vice-Minister Ali Khan. The two sides discussed trade and investment.",
            Language::En,
            &["Tom Ward KE", "Ali Khan LT"],
        );
        // Each side's head in a sentence of their own, after a report that names no one; the
        // delegation named by its state's style.
        check(
            "The 12th session of the Joint Commission on Defence was held in Accra from 3 to 5 May. The delegation of the Republic of Kenya was led by Hon. Tom Ward, MP, Minister of Defence, and senior officials. The delegation of the Republic of Ghana was led by Hon. Ali Khan, MP, Minister of the Interior.",
            Language::En,
            &["Tom Ward KE", "Ali Khan GH"],
        );
        check(
            "Political consultations between the two foreign ministries were held in Nairobi. The ministry was represented by Belarusian Deputy Minister Tom Ward. The Kenyan delegation was led by Ali Khan, Director General for Political Affairs.",
            Language::En,
            &["Tom Ward BY", "Ali Khan KE"],
        );
        check(
            "MINSK, 3 May – The two countries confirmed their interest in closer ties. During the consultations in Nairobi the ministry was represented by Belarusian Deputy Minister Tom Ward. The Kenyan delegation was led by Ali Khan, Director General for Political Affairs.",
            Language::En,
            &["Tom Ward BY", "Ali Khan KE"],
        );
        check(
            "La quatrième session de la commission mixte s'est tenue à Niamey du 3 au 5 mai. La délégation du Mali était conduite par le ministre Tom Ward. La délégation du Niger était conduite par le ministre Ali Khan.",
            Language::Fr,
            &["Tom Ward ML", "Ali Khan NE"],
        );
        // Who chaired a side headed it.
        check(
            "Talks were held between the two countries in Accra on Sunday. The Kenyan side was chaired by Sayyid Tom Ward, Minister Responsible for Defence, whilst the Ghanaian side was chaired by Dr Ali Khan, Minister of State.",
            Language::En,
            &["Tom Ward KE", "Ali Khan GH"],
        );
        // A call has no delegation: who led one elsewhere is no party of it.
        check(
            "Le président Tom Ward s'est entretenu au téléphone avec le président Ali Khan. Une délégation ghanéenne conduite par le ministre Sam Otieno était à Accra.",
            Language::Fr,
            &["Tom Ward -", "Ali Khan -"],
        );
    }
}
