//! The country of a party the gazetteer does not know and the text gives none, worked out from the
//! two countries the report names.

use std::ops::Range;

use super::the_two::of_role;
use super::visits::hosts;
use crate::extract::event::Event;
use crate::extract::lexicon::{CountryForm, CountryHit, Lexicon};
use crate::extract::people::{clause_word, served, Cast};
use crate::extract::text::Text;
use crate::model::{CountryCode, Participant};

/// What the parties' countries are worked out from: the text, the gazetteer, whom the text names,
/// the event reported and the text's country names (folded spans).
#[derive(Clone, Copy)]
pub struct Grounds<'g> {
    pub text: &'g Text<'g>,
    pub lex: &'g Lexicon,
    pub cast: &'g Cast,
    pub event: &'g Event,
    pub hits: &'g [(Range<usize>, CountryHit)],
}

/// The countries of the parties that nothing in their titles gives, worked out from the report:
/// the visit the hosts receive a visitor on, then a title that restates a party's office with a
/// country, then the countries the report names, then a country named like a party.
pub fn worked_out(g: Grounds, who: &mut [Participant]) {
    hosts(g, who);
    super::unnamed::restated(g, who);
    by_elimination(g, who);
    by_namesake(g, who);
}

/// "Le ministre Ali Khan s'est entretenu avec son homologue français Tom Ward … entre la Tunisie
/// et la France": of two parties, one unknown and given no country, the other's country and one
/// more are the only countries the report names (its headline, its sentence and the two after):
/// the other one is the first party's, unless a title names the party an organisation's official
/// ("le Secrétaire général de l'ONU, X"). So too when the first party has only the dateline's
/// country, which the other's title gives ("Suva, May 15: Minister X called on Fiji Prime Minister
/// Y"): a visitor's title leaves out the country the report's city is not in. When the other is an
/// organisation's official, who speaks for no country, the one country the report names is the
/// first party's ("Prime Minister X and Commission President Y spoke … Austria remains a partner").
/// Where the report names more countries, the first party's is the one it pairs with the other's,
/// else the one other whose people it names; a pair of ties outweighs even a lone other country
/// named near the exchange. The other side may be several people of one country.
fn by_elimination(g: Grounds, who: &mut [Participant]) {
    let (text, lex, cast, event, hits) = (g.text, g.lex, g.cast, g.event, g.hits);
    let parties = &event.people;
    let Some(s) = event.sentence.filter(|_| parties.len() >= 2) else {
        return;
    };
    if !event.unnamed.is_empty() {
        return;
    }
    let person = |p: usize| &cast.people[p];
    let unknown = |p: usize, other: usize| {
        let homed = person(p).homed && person(p).country == person(other).country;
        person(p).known.is_none()
            && (person(p).country.is_none() || homed)
            && !official(text, lex, cast, p)
    };
    // "X congratulated President-elect Y and Vice President-elect Z": the other side may be
    // several people, of one country.
    let first_other = |i: usize| parties[usize::from(i == 0)];
    // A party the text gives a country another way than by the title (the visit they receive)
    // is no unknown.
    let given = |i: usize| {
        who[i]
            .country
            .is_some_and(|c| person(parties[i]).country != Some(c))
    };
    let unknowns: Vec<usize> = (0..parties.len())
        .filter(|&i| !given(i) && unknown(parties[i], first_other(i)))
        .collect();
    let [lacking] = unknowns[..] else {
        return;
    };
    let other = first_other(lacking);
    let one_side = (0..parties.len())
        .filter(|&i| i != lacking)
        .all(|i| person(parties[i]).country == person(other).country);
    if !one_side {
        return;
    }
    // A country the text gives another way ("the Chinese delegation was led by X") stands.
    if who[lacking].country != person(event.people[lacking]).country {
        return;
    }
    // An organisation's official (whom the gazetteer knows without a country, or whose title names
    // the organisation) speaks for none: the one country named is the other party's. The other's
    // country is the one the text gives them, by their title or otherwise (the visit they receive).
    let known = who[usize::from(lacking == 0)]
        .country
        .or(cast.people[other].country);
    if known.is_none() && person(other).known.is_none() && !official(text, lex, cast, other) {
        return;
    }
    let sentences = &text.sentences;
    let first = if sentences[0].heading { 0 } else { s };
    let last = (s + 2).min(sentences.len() - 1);
    let from = text.tokens[sentences[first].tokens.start].folded.start;
    let to = text.tokens[sentences[last].tokens.end - 1].folded.end;
    let mut named: Vec<_> = (hits.iter())
        .filter(|(r, _)| r.start >= from && r.end <= to)
        .map(|(_, hit)| hit.code)
        .collect();
    named.sort();
    named.dedup();
    // A country another guest of the audience's list holds ("en audience :\n- Mme X, Ambassadeur du
    // Pérou ;\n- M. Lars Berg, Ambassadeur de Suède.") is theirs. One held by anyone else may well
    // be a party's: the envoy present at the exchange, the sender of greetings, the deceased.
    let list = text.list_after(s);
    let held_by_another = |c| {
        (cast.mentions.iter()).any(|m| {
            list.contains(&text.sentence_of(m.name.start))
                && !parties.contains(&m.person)
                && cast.people[m.person].country == Some(c)
        })
    };
    // The dateline names the country a party has by default, whether the report names it or not.
    let homed = person(event.people[lacking]).homed;
    let others = named.iter().filter(|&&c| Some(c) != known).count();
    if others == 1 && (named.len() == 1 + usize::from(known.is_some()) || homed) {
        let found = (named.into_iter()).find(|&c| Some(c) != known && !held_by_another(c));
        // "… independence from Great Britain. … the Liberia-US Partnership Dialogue": the pair
        // of ties the report tells outweighs another country named near the exchange.
        let paired =
            (known.and_then(|k| paired_with(text, hits, k))).filter(|&c| !held_by_another(c));
        who[lacking].country = paired.or(found).or(who[lacking].country);
    } else if who[lacking].country.is_none() {
        // "les relations entre le Mali et le Ghana", "Moldovan-Romanian cooperation": where the
        // report names more countries, the pair whose ties it tells, one of them the other party's,
        // gives the first party the second.
        let paired = known.and_then(|k| paired_with(text, hits, k));
        // "on behalf of the People of Portugal", "souhaitant au peuple algérien": the one other
        // country whose people the text names is the first party's.
        let people = known.and_then(|k| people_of(text, hits, k));
        let stated = known.and_then(|k| stand_stated(text, cast, hits, parties[lacking], k));
        // "la relation entre la France et le Québec", "les coopérations franco-québécoises": a
        // region with a government of its own paired so is the party's, of its state.
        let region = || known.and_then(|k| region_paired(text, lex, hits, k));
        who[lacking].country =
            (paired.or(people).or(stated).or_else(region)).filter(|&c| !held_by_another(c));
    }
}

/// The country the text first pairs with `known`, two names joined by a hyphen or by a
/// conjunction after "between" or opening a sentence ("between Fiji and Australia", "entre le
/// Mali et le Ghana", "Moldovan-Romanian").
pub(super) fn paired_with(
    text: &Text,
    hits: &[(Range<usize>, CountryHit)],
    known: CountryCode,
) -> Option<CountryCode> {
    let joined = |gap: &str| {
        let words = gap.split(|c: char| c.is_whitespace() || c == '-' || c == '–');
        let words: Vec<&str> = words.filter(|w| !w.is_empty()).collect();
        let and = |w: &&str| *w == text.words.and;
        (gap.contains(['-', '–']) || words.iter().any(and))
            && (words.iter()).all(|w| and(w) || text.words.country_articles.contains(w))
    };
    hits.windows(2).find_map(|w| {
        let [(a, x), (b, y)] = w else { return None };
        let gap = text.folded.text.get(a.end..b.start)?;
        let other = match (x.code == known, y.code == known) {
            (true, false) => y.code,
            (false, true) => x.code,
            _ => return None,
        };
        // "messages to Pakistan and Afghanistan": two countries joined by "and" are a pair of
        // ties after "between" or as the subject that opens a sentence ("Guyana and Brazil
        // established relations"), as a hyphen's are ("Moldovan-Romanian").
        let hyphen = gap.contains(['-', '–']);
        let mut k = text.token_at(text.folded.body_offset(a.start));
        while k > 0 && text.words.country_articles.contains(&text.fw(k - 1)) {
            k -= 1;
        }
        let opens = k == text.sentences[text.sentence_of(k)].tokens.start;
        let between = k > 0 && text.fw(k - 1) == text.words.between;
        // "the Egyptian and Iranian ministers", "les présidents malgache et comorien": two
        // countries that tell apart the holders of one role in the plural are its two sides.
        let plural = |j: usize| {
            let f = text.fw(j);
            f.ends_with('s') && (of_role(text, j) || text.words.delegations.contains(&f))
        };
        let last = text.token_holding(b.end - 1);
        let roles = || {
            (k > 0 && plural(k - 1))
                || (last + 1..(last + 4).min(text.tokens.len()))
                    .take_while(|&j| text.tokens[j].is_word())
                    .any(plural)
        };
        (joined(gap) && (hyphen || between || opens || roles())).then_some(other)
    })
}

/// The state of a region the text pairs with `known` as it pairs two countries (`paired_with`):
/// "entre la France et le Québec", "franco-québécoises". Asked only where no country is so paired.
fn region_paired(
    text: &Text,
    lex: &Lexicon,
    hits: &[(Range<usize>, CountryHit)],
    known: CountryCode,
) -> Option<CountryCode> {
    // "franco-québécoises": the region's adjective may close a word its partner's combining form
    // opens.
    let regions = (0..text.tokens.len()).filter_map(|k| {
        let word = text.fw(k);
        let ((code, form), at) = (lex.region_word(word).map(|h| (h, 0))).or_else(|| {
            let at = word.rfind('-')? + 1;
            lex.region_word(&word[at..]).map(|h| (h, at))
        })?;
        let span = &text.tokens[k].folded;
        Some((span.start + at..span.end, CountryHit { code, form }))
    });
    let mut all: Vec<_> = regions.collect();
    if all.is_empty() {
        return None;
    }
    all.extend(hits.iter().cloned());
    all.sort_by_key(|(r, _)| r.start);
    paired_with(text, &all, known)
}

/// The one country other than `known` the text names as a people's ("the people of Portugal",
/// "the Portuguese people", "le peuple algérien").
fn people_of(
    text: &Text,
    hits: &[(Range<usize>, CountryHit)],
    known: CountryCode,
) -> Option<CountryCode> {
    let words = text.words;
    let people = |w: Option<&str>| w.is_some_and(|w| words.peoples.contains(&w));
    let mut found = (hits.iter()).filter(|(r, hit)| {
        let before = text.folded.text.get(..r.start).unwrap_or_default();
        let mut before = before.split_whitespace().rev();
        let after = text.folded.text.get(r.end..).unwrap_or_default();
        hit.code != known
            && (people(before.find(|w| !words.country_joiners.contains(w)))
                || people(after.split_whitespace().next()))
    });
    let first = found.next()?.1.code;
    found.all(|(_, hit)| hit.code == first).then_some(first)
}

/// "Prime Minister X has reaffirmed Fiji’s commitment to …": the one country other than `known`
/// whose stand a party states, its possessive the first country after the party's name in a
/// sentence that name opens with its title, before anyone else is named, is the party's.
fn stand_stated(
    text: &Text,
    cast: &Cast,
    hits: &[(Range<usize>, CountryHit)],
    p: usize,
    known: CountryCode,
) -> Option<CountryCode> {
    let token = |b: usize| text.token_at(text.folded.body_offset(b));
    let mut found = (cast.mentions.iter())
        .filter(|m| m.person == p)
        .filter_map(|m| {
            let sentence = &text.sentences[text.sentence_of(m.name.start)].tokens;
            if m.phrase.start != sentence.start {
                return None;
            }
            let next = (cast.mentions.iter())
                .map(|o| o.phrase.start)
                .filter(|&k| k >= m.name.end && k < sentence.end)
                .min()
                .unwrap_or(sentence.end);
            let (r, hit) = (hits.iter()).find(|(r, _)| token(r.start) >= m.name.end)?;
            // The country's span may take in the apostrophe of its possessive.
            let end = token(r.end - 1);
            let owns = text.possessive(end) || text.possessive(end + 1);
            (end < next && owns).then_some(hit.code)
        });
    let first = found.next().filter(|&c| c != known)?;
    found.all(|c| c == first).then_some(first)
}

/// Whether a title by one of the person's names names an organisation: the words of the mention,
/// its title after the name ("X, le représentant spécial de l'Union européenne"), or the eight
/// words before it in its sentence ("the United Nations Under-Secretary-General X").
pub(super) fn official(text: &Text, lex: &Lexicon, cast: &Cast, p: usize) -> bool {
    (cast.mentions.iter()).filter(|m| m.person == p).any(|m| {
        let sentence = &text.sentences[text.sentence_of(m.name.start)].tokens;
        let mut before = m.name.start.saturating_sub(8).max(sentence.start);
        // "The EU Commission President congratulated X": where titles are capitalised, a clause's
        // word ends the words before the name.
        if text.words.titles_capitalised {
            let clause = |k: &usize| clause_word(text, lex.listed(text.language, text.fw(*k)), *k);
            before = (before..m.name.start)
                .rev()
                .find(clause)
                .map_or(before, |k| k + 1);
        }
        let from = m.phrase.start.min(before).max(sentence.start);
        served(text, lex, from..m.phrase.end.max(m.name.end))
            .next()
            .is_some()
    })
}

/// "le chef de l'Etat congolais" in a text that names "Congo-Brazzaville": a demonym two
/// countries share stands, for a person the gazetteer does not know, for the one of them the text
/// names by name. `hits` are the text's country names (folded spans).
fn by_namesake(g: Grounds, who: &mut [Participant]) {
    let (text, lex, cast, event, hits) = (g.text, g.lex, g.cast, g.event, g.hits);
    let by_name = |c: &CountryCode| {
        (hits.iter())
            .any(|(r, h)| h.code == *c && h.form == CountryForm::Name && text.proper(r.clone()))
    };
    for (w, p) in who.iter_mut().zip(&event.people) {
        let Some(c) = (w.country).filter(|c| cast.people[*p].known.is_none() && !by_name(c)) else {
            continue;
        };
        let named: Vec<_> = lex.namesakes(c).iter().filter(|n| by_name(n)).collect();
        if let [&n] = named[..] {
            w.country = Some(n);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::lang::Language;
    use crate::extract::testing::lexicon;
    use crate::extract::text::Text;
    use crate::extract::{event, participants, people};

    /// The parties' countries once the unknown one's is worked out, `home` the dateline's country.
    fn countries(input: &str, language: Language, home: Option<&str>) -> Vec<Option<String>> {
        let lex = lexicon();
        let text = Text::in_language(input, language);
        let home = home.and_then(crate::model::CountryCode::parse);
        let cast = people::find(&text, &lex, home);
        let main = event::main(&text, &lex, &cast);
        let mut who = participants::listed(&cast, &main.people);
        let hits = lex.countries_in(&text.folded.text);
        let grounds = super::Grounds {
            text: &text,
            lex: &lex,
            cast: &cast,
            event: &main,
            hits: &hits,
        };
        super::hosts(grounds, &mut who);
        super::by_elimination(grounds, &mut who);
        who.iter()
            .map(|p| p.country.map(|c| c.to_string()))
            .collect()
    }

    #[test]
    fn countries_by_elimination() {
        let some = |c: &str| Some(c.to_string());
        check(
            "Le ministre Ali Khan s'est entretenu mardi au téléphone avec son homologue ghanéen Tom Ward. Les deux ministres ont évoqué les relations entre le Mali et le Ghana.",
            &[some("ML"), some("GH")],
        );
        // An ambassador present at the exchange is the envoy of the party that shares their
        // country: holding it, they do not take it from that party.
        check(
            "Le ministre ghanéen Tom Ward a reçu lundi Ali Khan, en présence de l'ambassadeur du Mali au Ghana, Lars Berg.",
            &[some("GH"), some("ML")],
        );
        check_en(
            "Foreign Minister Ali Khan paid a courtesy call on Tom Ward, Prime Minister of Ghana, in Accra today. The Ambassador of Mali to Ghana, Lars Berg, was also present.",
            &[some("ML"), some("GH")],
        );
        // Another guest of an audience's list holds the country they are envoy of.
        check(
            "Le Président Ali Khan a reçu ce mardi en audience :\n- Tom Ward, ministre ghanéen de l'Énergie ;\n- Lars Berg, Ambassadeur du Mali.",
            &[None, some("GH")],
        );
        // An organisation's official speaks for no country.
        check(
            "Le Secrétaire général de l'ONU, Ali Khan, a reçu lundi le ministre ghanéen Tom Ward. Ils ont parlé du Mali.",
            &[None, some("GH")],
        );
        // So is one the title after the name makes an organisation's.
        check(
            "Le président ghanéen Ali Khan a reçu lundi Tom Ward, l'envoyé spécial de l'Union européenne pour le Sahel. Ils ont parlé du Mali.",
            &[some("GH"), None],
        );
        // Facing an organisation's official, the one country the report names is the party's.
        check(
            "Le Premier ministre Ali Khan s'est entretenu jeudi avec le Secrétaire général de l'ONU, Tom Ward. Ils ont évoqué l'aide au Tchad.",
            &[some("TD"), None],
        );
        check_en(
            "Prime Minister Ali Khan held talks on Friday with UN Secretary-General Tom Ward. They discussed support for Malawi.",
            &[some("MW"), None],
        );
        check(
            "Le Premier ministre Ali Khan s'est entretenu jeudi avec António Guterres. Ils ont évoqué l'aide au Tchad.",
            &[some("TD"), None],
        );
        // The official who congratulated the party gives them no title.
        check_en(
            "Prime Minister Ali Khan held talks on Friday with UN Secretary-General Tom Ward. The UN Secretary-General congratulated Khan on his appointment. They discussed support for Malawi.",
            &[some("MW"), None],
        );
        // Among more countries, the pair whose ties the report tells, one of them the other
        // party's.
        check_en(
            "President Ali Khan met Ghanaian Prime Minister Tom Ward in Lomé, Togo. They reviewed the Malian-Ghanaian partnership.",
            &[some("ML"), some("GH")],
        );
        check(
            "Le ministre Ali Khan a reçu lundi à Genève son homologue ghanéen Tom Ward. Ils ont évoqué la coopération entre le Ghana et le Mali et la situation au Niger.",
            &[some("ML"), some("GH")],
        );
        check_en(
            "President Ali Khan met Ghanaian Prime Minister Tom Ward in Lomé, Togo. They spoke of Mali and of Niger.",
            &[None, some("GH")],
        );
        // Two countries a message went to are no pair of ties; two that open a sentence are.
        check_en(
            "President Ali Khan met Ghanaian Prime Minister Tom Ward in Lomé, Togo. He had sent messages to Ghana and Mali after the floods.",
            &[None, some("GH")],
        );
        check_en(
            "President Ali Khan met Ghanaian Prime Minister Tom Ward in Lomé, Togo. Ghana and Mali established relations in 1960.",
            &[some("ML"), some("GH")],
        );
        // Among more countries, the one other whose people the report names.
        check(
            "Le président Ali Khan a reçu un appel de son homologue ghanéen Tom Ward, qui a souhaité au peuple malien la paix. Ils ont parlé du Niger et du Tchad.",
            &[some("ML"), some("GH")],
        );
        check_en(
            "President Ali Khan sent a message to Ghanaian President Tom Ward. He wrote on behalf of the people of Mali of the floods in Niger and Chad.",
            &[some("ML"), some("GH")],
        );
        // A region with a government of its own, paired with the other party's country as two
        // countries are, is the party's, of its state; not one paired with its own state.
        check(
            "Le premier ministre Tom Ward a rencontré lundi le président français Ali Khan. La coopération entre la France et le Québec a été au menu.",
            &[some("CA"), some("FR")],
        );
        check(
            "Le premier ministre Tom Ward s'est entretenu avec le président français Ali Khan. Ils ont salué les échanges franco-québécois.",
            &[some("CA"), some("FR")],
        );
        check(
            "Le premier ministre Tom Ward s'est entretenu avec le président canadien Ali Khan. Ils ont salué les échanges entre le Canada et le Québec.",
            &[None, some("CA")],
        );
        // Among more countries, the one whose stand a party states, in a sentence its name
        // opens, as its possessive.
        check_en(
            "President Ali Khan held talks with Ghanaian President Tom Ward at the summit in Lomé, Togo. President Ali Khan reiterated Mali’s support for the regional force.",
            &[some("ML"), some("GH")],
        );
        // Not where another person stands between.
        check_en(
            "President Ali Khan held talks with Ghanaian President Tom Ward at the summit in Lomé, Togo. President Ali Khan thanked Minister Sam Otieno for Mali’s support.",
            &[None, some("GH")],
        );
        // The other side may be several people of one country.
        check_en(
            "Prime Minister Ali Khan has congratulated Ghanaian President-elect Tom Ward and Ghanaian Vice President-elect Sam Otieno. “On behalf of the people of Mali, I salute your victory,” he said.",
            &[some("ML"), some("GH"), some("GH")],
        );
        // A pair of ties the report tells outweighs another country named near the exchange.
        check_en(
            "President Ali Khan sent a message to Ghanaian President Tom Ward on Independence Day. The day marks the end of British rule. Ghana won its independence in 1957. He said the Mali-Ghana partnership would grow.",
            &[some("ML"), some("GH")],
        );
        // Two countries that tell apart the holders of a role in the plural pair the sides.
        check_en(
            "Foreign Minister Ali Khan received a phone call from his Iranian counterpart Tom Ward. They discussed the Israeli strikes on Gaza. The two ministers called for a truce. They rejected any displacement. At the end of the call, the Egyptian and Iranian ministers agreed to keep in touch.",
            &[some("EG"), some("IR")],
        );
        check(
            "Le ministre Ali Khan a reçu un appel de son homologue iranien Tom Ward. Ils ont évoqué les frappes israéliennes sur Gaza. Ils ont rejeté tout déplacement. Les ministres égyptien et iranien sont convenus de rester en contact.",
            &[some("EG"), some("IR")],
        );
        // A visitor's aside puts them in the hosts' country, the pair of ties then gives theirs.
        check_en(
            "Foreign Minister Ali Khan, currently on a working visit to Ghana, held talks on Monday with Prime Minister Tom Ward. They reviewed the ties between Mali and Ghana.",
            &[some("ML"), some("GH")],
        );
        check_en(
            "President Tom Ward on Tuesday received Foreign Minister Ali Khan, who is on a state visit to Ghana. They discussed trade and security in the region.",
            &[some("GH"), None],
        );
        // So does the visit the subject is told to make, or a clause opening the sentence with
        // its possessive, to a country or to a city of it; not the one the visitor met, nor a
        // visit whose visitor no possessive tells.
        let told: [(&str, [Option<&str>; 2]); 6] = [
            ("On Friday, Foreign Minister Ali Khan made an official visit to Accra, Ghana, where he held a meeting with Foreign Minister Tom Ward. They reviewed the ties between Mali and Ghana.", [Some("ML"), Some("GH")]),
            ("As part of her working visit to Ghana, Minister Ali Khan on Tuesday held talks with Minister Tom Ward. The two ministers discussed migration.", [None, Some("GH")]),
            ("As part of her working visit to Ghana, Minister Ali Khan on Tuesday held talks with Minister Tom Ward. The two ministers discussed Mali's bid for the Council seat.", [Some("ML"), Some("GH")]),
            ("During his state visit to Accra, President Ali Khan was received by President Tom Ward. The two leaders discussed trade.", [None, Some("GH")]),
            ("Foreign Minister Ali Khan met Foreign Minister Tom Ward during his visit to Ghana. They discussed trade.", [None, None]),
            ("During the visit to Ghana, President Ali Khan held talks with President Tom Ward. They discussed trade.", [None, None]),
        ];
        for (input, expected) in told {
            check_en(input, &expected.map(|c| c.map(str::to_string)));
        }
        // A lone party welcomes unnamed guests to their country.
        check_en(
            "President Tom Ward met a group of mayors at State House on Monday. He warmly welcomed the guests on their trip to Ghana.",
            &[some("GH")],
        );
        check_en(
            "President Tom Ward met a group of mayors at State House on Monday. He briefed the guests ahead of their trip to Ghana.",
            &[None],
        );
        // A visit the exchange is not set in says nothing of the hosts.
        check_en(
            "Foreign Minister Ali Khan held talks on Monday with Prime Minister Tom Ward ahead of his visit to Ghana. They discussed trade.",
            &[None, None],
        );
        // An organisation's official receives no visitor for the country.
        check_en(
            "Foreign Minister Ali Khan, on an official visit to Kenya, met UN Secretary-General Tom Ward in Nairobi. They discussed the drought in Somalia.",
            &[None, None],
        );
        // Two countries named leave it unknown.
        check(
            "Le Premier ministre Ali Khan s'est entretenu jeudi avec le Secrétaire général de l'ONU, Tom Ward. Ils ont évoqué la frontière entre le Tchad et le Niger.",
            &[None, None],
        );
        // A visitor's title that names no country leaves them the dateline's only by default.
        check_at(
            "Le ministre délégué Ali Khan a été reçu mardi par le président sénégalais Tom Ward. Ils ont parlé des relations entre le Sénégal et la Gambie.",
            Some("SN"),
            &[some("GM"), some("SN")],
        );
        check_at(
            "Le ministre délégué Ali Khan a été reçu mardi par le président sénégalais Tom Ward. Ils ont parlé de la sécurité au Sénégal.",
            Some("SN"),
            &[some("SN"), some("SN")],
        );
        // The dateline names the default's country, though the report does not.
        check_at(
            "Le secrétaire d'État Ali Khan a été reçu mardi par Nasser Bourita. Il a présenté les projets de la Gambie.",
            Some("MA"),
            &[some("GM"), some("MA")],
        );
        fn check(input: &str, expected: &[Option<String>]) {
            check_at(input, None, expected);
        }
        fn check_en(input: &str, expected: &[Option<String>]) {
            assert_eq!(countries(input, Language::En, None), expected, "{input}");
        }
        fn check_at(input: &str, home: Option<&str>, expected: &[Option<String>]) {
            assert_eq!(countries(input, Language::Fr, home), expected, "{input}");
        }
    }
}
