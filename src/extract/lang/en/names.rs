//! English names: the words that title a person before the name, offices and honorifics; the
//! capitalised words that are no part of a name are in `not_names`.

pub(super) const ROLES: &[&str] = &[
    "president",
    "president-elect",
    // "the presidents of Turkey and Iran": counterparts named by their countries alone.
    "presidents",
    "vice-president",
    "vice-premier",
    "vice-minister",
    "minister",
    "ministers",
    // "Prime Minster Tom Ward": the title as the press often misspells it.
    "minster",
    // "the Prime-Minister of the Russian Federation Tom Ward": the title hyphenated, as
    // translations often write it.
    "prime-minister",
    "secretary",
    "secretary-general",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "emir",
    "amir",
    "sultan",
    "pope",
    // "the Holy Father Francis", "the Supreme Pontiff": the Pope as the Holy See names him.
    "pontiff",
    "father",
    "sheikh",
    "shaikh",
    "counterpart",
    "counterparts",
    // "sent a telegram to his colleague X", "my distinguished colleague FM X": a counterpart, as
    // translations and speeches call one.
    "colleague",
    "colleagues",
    "chief",
    "adviser",
    "advisor",
    "ambassador",
    // "received the ambassadors of Russia and China": envoys named by their countries alone.
    "ambassadors",
    // "the Consul General of the United States in Erbil": the envoy heading a consulate.
    "consul",
    "consul-general",
    // "the Apostolic Nuncio X": the Holy See's envoy.
    "nuncio",
    // "Chargé d'Affaires a.i.": the envoy heading an embassy in an ambassador's stead.
    "charge",
    "envoy",
    "leader",
    "governor",
    // "to Governor-General of Tuvalu Tom Ward": the Crown's representative in a realm.
    "governor-general",
    // "Lord Mayor of the City of London Alderman Tom Ward": a city's offices.
    "mayor",
    "alderman",
    // "Undersecretary for Policy Tom Ward": a ministry's officials under its minister.
    "undersecretary",
    "under-secretary",
    "premier",
    "representative",
    "commissioner",
    "director",
    "director-general",
    "chairman",
    "chairperson",
    "chair",
    // "the Co-Chairs of the Minsk Group X, Y and Z": who chair a format together, listed after.
    "co-chair",
    "co-chairs",
    "co-chairman",
    "co-chairperson",
    "speaker",
    // "Admiral Tom Ward", "Commander-in-Chief of the US Central Command": military ranks and
    // commands, written before the name as offices are ("General" is as often an assembly's or
    // a debate's word).
    "admiral",
    "commander",
    "commander-in-chief",
    "marshal",
    // "the President of the Republic, Lieutenant-General Tom Ward": a rank of general written
    // as one word is an office, where "General" alone may be an assembly's or a debate's word.
    "lieutenant-general",
    "major-general",
    "brigadier-general",
    "spokesperson",
    "spokesman",
    "senator",
    // "State Duma member X", "MP X", "lawmaker X": members of a parliament or a party's organs.
    "member",
    "mp",
    "lawmaker",
    "legislator",
    "parliamentarian",
    "highness",
    "majesty",
    "excellency",
    "counsellor",
    "counselor",
    "councillor",
    "taoiseach",
    "tanaiste",
    "head",
    // "Fiji PM Rabuka", "FM Tkatchenko": the offices as headlines and posts shorten them.
    "pm",
    "fm",
    "dpm",
];

pub(super) const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "sir",
    "dame",
    "dr",
    "amb",
    "prof",
    "professor",
    "excellency",
    "majesty",
    "highness",
    // "His Holiness Pope Francis".
    "holiness",
    "dato",
    "datuk",
    "tun",
    "tan",
    "sri",
    "lord",
    "lady",
    "hon",
    "rt",
    "seri",
    // "Sultan Haji Hassanal Bolkiah", "Hajah Siti Aminah": one who made the pilgrimage, as Malay
    // names are styled.
    "haji",
    "hajah",
    // "Dato' Seri Diraja": a royal title of honour, as Malaysia's are stacked before the name.
    "diraja",
    "sheikh",
    "shaikh",
    "honourable",
    "honorable",
    "h.e",
    "hh",
    "hm",
    "senator",
    // "Shri Narendra Modi", "Smt. Droupadi Murmu": Indian honorifics.
    "shri",
    "smt",
    "shrimati",
    // "The Rt. Hon’ble Mr. X": "Honourable" contracted, as South Asian issuers write it.
    "hon'ble",
    // "Sayyid Tom Ward", "Sayyida Ana Ruiz": the style of the Omani royal family's members.
    "sayyid",
    "sayyida",
    "sayyidah",
    // "Hon. Rev. Dr. Ali Khan": a minister of religion's style, stacked with the others.
    "rev",
    "reverend",
];
