//! French kinds: the verbs and nouns that name an exchange, folded.

use crate::extract::kind::Cue;
use crate::model::EventKind::*;

/// Folded phrases; the longest match wins, so "recu un message" beats "recu".
pub(super) const CUES: &[(&str, Cue)] = &[
    ("telephone", Cue::Mode(PhoneCall)),
    // "l'a téléphoné pour lui adresser ses félicitations": the call is the act, the wishes its
    // purpose.
    ("a telephone", Cue::Kind(PhoneCall)),
    ("ont telephone", Cue::Kind(PhoneCall)),
    ("telephonique", Cue::Mode(PhoneCall)),
    ("telephoniques", Cue::Mode(PhoneCall)),
    ("telephoniquement", Cue::Means(PhoneCall)),
    ("par telephone", Cue::Means(PhoneCall)),
    ("au telephone", Cue::Means(PhoneCall)),
    ("coup de fil", Cue::Mode(PhoneCall)),
    // A conference held over the line; "par visioconférence" says video.
    ("teleconference", Cue::Mode(PhoneCall)),
    ("audioconference", Cue::Mode(PhoneCall)),
    ("recu un appel", Cue::Mode(PhoneCall)),
    ("recoit un appel", Cue::Mode(PhoneCall)),
    ("a recu un appel", Cue::Mode(PhoneCall)),
    // "a, depuis Dakar, appelé le président Y": the verb, whatever is said before it.
    ("appele", Cue::Mode(PhoneCall)),
    ("un appel", Cue::Mode(PhoneCall)),
    // "Lors de cet appel, le président X a souligné …": what is said during a call was said over
    // the line ("cet appel" alone may be an appeal, but no appeal is a time).
    ("{during} cet appel", Cue::Mode(PhoneCall)),
    ("{during} l'appel", Cue::Mode(PhoneCall)),
    ("virtuel", Cue::Mode(VideoCall)),
    ("virtuelle", Cue::Mode(VideoCall)),
    ("virtuellement", Cue::Mode(VideoCall)),
    // "lors de ces rencontres virtuelles": every gender and number of the adjective.
    ("virtuels", Cue::Mode(VideoCall)),
    ("virtuelles", Cue::Mode(VideoCall)),
    ("en visio", Cue::Mode(VideoCall)),
    ("par visio", Cue::Means(VideoCall)),
    ("par visioconference", Cue::Means(VideoCall)),
    ("en visioconference", Cue::Means(VideoCall)),
    ("par videoconference", Cue::Means(VideoCall)),
    ("en ligne", Cue::Mode(VideoCall)),
    ("visioconference", Cue::Mode(VideoCall)),
    ("videoconference", Cue::Mode(VideoCall)),
    ("video-conference", Cue::Mode(VideoCall)),
    ("visio-conference", Cue::Mode(VideoCall)),
    ("visioconferences", Cue::Mode(VideoCall)),
    ("videoconferences", Cue::Mode(VideoCall)),
    ("teleconferences", Cue::Mode(PhoneCall)),
    ("par video", Cue::Means(VideoCall)),
    ("en video", Cue::Mode(VideoCall)),
    ("liaison video", Cue::Mode(VideoCall)),
    ("appel video", Cue::Mode(VideoCall)),
    ("declaration commune", Cue::Kind(JointStatement)),
    ("declaration conjointe", Cue::Kind(JointStatement)),
    ("communique conjoint", Cue::Kind(JointStatement)),
    ("communique commun", Cue::Kind(JointStatement)),
    ("declaration finale commune", Cue::Kind(JointStatement)),
    ("communique de presse conjoint", Cue::Kind(JointStatement)),
    ("declaration de presse conjointe", Cue::Kind(JointStatement)),
    ("declaration conjointe de presse", Cue::Kind(JointStatement)),
    ("communique de presse commun", Cue::Kind(JointStatement)),
    // "Les ministres adoptent la Déclaration de Bakou": a declaration the parties adopted.
    ("adoptent la declaration", Cue::Kind(JointStatement)),
    ("adoption de la declaration", Cue::Kind(JointStatement)),
    ("communique final conjoint", Cue::Kind(JointStatement)),
    // "Voici l'intégralité du communiqué", "dont voici le texte intégral de la déclaration": the
    // text of a declaration or a communiqué given in full is the parties' statement, the meeting
    // only its occasion.
    ("texte de la declaration", Cue::Kind(JointStatement)),
    ("texte du communique", Cue::Kind(JointStatement)),
    // "Voici le texte de cette Déclaration :": the one the lead just named.
    ("texte de cette declaration", Cue::Kind(JointStatement)),
    ("texte de ce communique", Cue::Kind(JointStatement)),
    (
        "texte integral de la declaration",
        Cue::Kind(JointStatement),
    ),
    ("texte integral du communique", Cue::Kind(JointStatement)),
    ("integralite de la declaration", Cue::Kind(JointStatement)),
    ("integralite du communique", Cue::Kind(JointStatement)),
    ("teneur de la declaration", Cue::Kind(JointStatement)),
    ("teneur du communique", Cue::Kind(JointStatement)),
    // "Ils ont publié la déclaration suivante :": the parties, together, are its authors.
    (
        "ont publie la declaration suivante",
        Cue::Kind(JointStatement),
    ),
    (
        "ont adopte la declaration suivante",
        Cue::Kind(JointStatement),
    ),
    (
        "ont signe la declaration suivante",
        Cue::Kind(JointStatement),
    ),
    ("message", Cue::Kind(Message)),
    ("messages", Cue::Kind(Message)),
    ("lettre", Cue::Kind(Message)),
    // Envoys present their credentials in person.
    ("lettres de creance", Cue::Kind(Meeting)),
    ("lettres de creances", Cue::Kind(Meeting)),
    ("copies figurees", Cue::Kind(Meeting)),
    // "a présenté les lettres l'accréditant en qualité d'ambassadeur": credentials all the same.
    ("lettres l'accreditant", Cue::Kind(Meeting)),
    ("lettres d'accreditation", Cue::Kind(Meeting)),
    ("lettres", Cue::Kind(Message)),
    ("condoleances", Cue::Kind(Message)),
    ("felicitations", Cue::Kind(Message)),
    // "X a félicité Y pour son élection": wishes, sent when no other exchange is named.
    ("a felicite", Cue::Wishes),
    ("ont felicite", Cue::Wishes),
    ("felicite", Cue::Wishes),
    ("telegramme", Cue::Kind(Message)),
    ("voeux", Cue::Kind(Message)),
    ("missive", Cue::Kind(Message)),
    ("missives", Cue::Kind(Message)),
    ("telegrammes", Cue::Kind(Message)),
    // "à travers un courrier adressé à son homologue Y": a letter, as presidencies call it.
    ("courrier", Cue::Kind(Message)),
    ("courriers", Cue::Kind(Message)),
    // "X a écrit à son homologue Y": a letter.
    ("a ecrit a", Cue::Kind(Message)),
    ("a ecrit au", Cue::Kind(Message)),
    // "a reçu mardi un message de félicitations": a message received, not a visitor.
    ("{received} {when} un message", Cue::Kind(Message)),
    ("recu {when} un telegramme", Cue::Kind(Message)),
    ("a recu {when} un telegramme", Cue::Kind(Message)),
    ("{received} {when} une lettre", Cue::Kind(Message)),
    // "a reçu samedi des messages de vœux": messages that came, however many, not a visitor.
    ("{received} {when} des messages", Cue::Kind(Message)),
    ("{received} {when} des telegrammes", Cue::Kind(Message)),
    // "a reçu des remerciements de X en réponse à son message": a reply that came, not a visitor.
    ("{received} {when} des remerciements", Cue::Kind(Message)),
    // "a reçu des félicitations de plusieurs pays": wishes that came, not a visitor.
    ("{received} {when} des felicitations", Cue::Kind(Message)),
    ("{received} {when} des condoleances", Cue::Kind(Message)),
    ("s'est entretenu", Cue::Kind(Talks)),
    ("s'est entretenue", Cue::Kind(Talks)),
    ("se sont entretenus", Cue::Kind(Talks)),
    ("s'entretient", Cue::Kind(Talks)),
    ("s'entretiennent", Cue::Kind(Talks)),
    ("s'entretint", Cue::Kind(Talks)),
    ("entretien", Cue::Kind(Talks)),
    ("entretiens", Cue::Kind(Talks)),
    // "Le président a accordé un entretien au ministre Y": an audience granted, held in person.
    ("accorde {when} un entretien", Cue::Kind(Meeting)),
    ("accorde {when} une audience", Cue::Kind(Meeting)),
    ("pourparlers", Cue::Kind(Talks)),
    // "les négociations avec le président Y ont été franches": talks, as English "negotiations".
    ("negociations", Cue::Kind(Talks)),
    ("discussion", Cue::Kind(Talks)),
    ("discussions", Cue::Kind(Talks)),
    ("a discute", Cue::Kind(Talks)),
    ("ont discute", Cue::Kind(Talks)),
    ("echange avec", Cue::Kind(Talks)),
    ("a echange", Cue::Exchange),
    ("ont echange", Cue::Exchange),
    ("echange de messages", Cue::Kind(Message)),
    ("echange de lettres", Cue::Kind(Message)),
    ("echanges avec", Cue::Kind(Talks)),
    // "X a fait état d'échanges approfondis avec Y", "un échange fructueux avec Y": how the talks
    // went, said between their noun and the party.
    ("echange {manner} avec", Cue::Kind(Talks)),
    ("echanges {manner} avec", Cue::Kind(Talks)),
    // "X a eu des échanges avec Y", "ont eu un échange": talks, as "a échangé avec" is.
    ("eu un echange", Cue::Kind(Talks)),
    ("eu des echanges", Cue::Kind(Talks)),
    // "La 10e consultation politique a eu lieu à Hanoï": the singular names the talks as the
    // plural does.
    ("consultation", Cue::Kind(Talks)),
    ("consultations", Cue::Kind(Talks)),
    // "X a eu une séance de travail avec Y": a working session is talks.
    ("seance de travail", Cue::Kind(Talks)),
    ("seances de travail", Cue::Kind(Talks)),
    ("dialogue", Cue::Kind(Talks)),
    ("a rencontre", Cue::Kind(Meeting)),
    ("ont rencontre", Cue::Kind(Meeting)),
    ("rencontre", Cue::Kind(Meeting)),
    ("se sont rencontres", Cue::Kind(Meeting)),
    ("a recu", Cue::Kind(Meeting)),
    ("recu", Cue::Kind(Meeting)),
    ("recue", Cue::Kind(Meeting)),
    // The present of headlines and the past historic of some papers tell a meeting as well.
    ("recoit", Cue::Kind(Meeting)),
    ("recut", Cue::Kind(Meeting)),
    ("rencontra", Cue::Kind(Meeting)),
    ("accueillit", Cue::Kind(Meeting)),
    // The imperfect of a narrated visit ("M. X accueillait le Prince au bas du perron").
    ("accueillait", Cue::Kind(Meeting)),
    ("recevait", Cue::Kind(Meeting)),
    ("rencontrait", Cue::Kind(Meeting)),
    // "X n'a pas manqué de rencontrer Y": an infinitive the negated verb says was done, not meant.
    ("pas manque de rencontrer", Cue::Kind(Meeting)),
    ("pas manque de recevoir", Cue::Kind(Meeting)),
    ("pas manque de s'entretenir", Cue::Kind(Talks)),
    ("s'entretenait", Cue::Kind(Talks)),
    ("a accueilli", Cue::Kind(Meeting)),
    // "Le Prince et la Princesse ont accueilli le président X": two hosts welcome together.
    ("ont accueilli", Cue::Kind(Meeting)),
    // "X a été accueilli par Y à son arrivée": welcomed in person.
    ("accueilli par", Cue::Kind(Meeting)),
    // "Il a été accueilli à l'aéroport de Lomé par le président", "a été chaleureusement
    // accueilli": the passive of a welcome, whatever is said before the host.
    ("a ete accueilli", Cue::Kind(Meeting)),
    ("a ete accueillie", Cue::Kind(Meeting)),
    ("ont ete accueillis", Cue::Kind(Meeting)),
    ("ont ete accueillies", Cue::Kind(Meeting)),
    ("chaleureusement accueilli", Cue::Kind(Meeting)),
    ("chaleureusement accueillie", Cue::Kind(Meeting)),
    ("chaleureusement accueillis", Cue::Kind(Meeting)),
    ("accueillie par", Cue::Kind(Meeting)),
    ("accueillis par", Cue::Kind(Meeting)),
    // "X a été l'hôte du président Y": a visit received in person.
    ("l'hote", Cue::Kind(Meeting)),
    ("audience", Cue::Kind(Meeting)),
    // "le théâtre de deux audiences": the plural names them as the singular does.
    ("audiences", Cue::Kind(Meeting)),
    // "ont eu un tête-à-tête", "se sont entretenus en tête-à-tête": one to one, face to face, so
    // a meeting, whatever verb names the talks held in it.
    ("tete-a-tete", Cue::Mode(Meeting)),
    ("tete a tete", Cue::Mode(Meeting)),
    // "l'entretien en tête à tête qu'il eut avec Y": the one-to-one of a visit, held in person.
    ("entretien en tete a tete", Cue::Kind(Meeting)),
    ("banquet", Cue::Kind(Meeting)),
    ("reunion", Cue::Kind(Meeting)),
    ("reunions", Cue::Kind(Meeting)),
    ("s'est reuni", Cue::Kind(Meeting)),
    ("s'est reunie", Cue::Kind(Meeting)),
    ("se sont reunis", Cue::Kind(Meeting)),
    ("se sont reunies", Cue::Kind(Meeting)),
    ("entrevue", Cue::Kind(Meeting)),
    ("entrevues", Cue::Kind(Meeting)),
    ("conversation", Cue::Kind(Talks)),
    // "X a conversé avec Y en marge du forum": the verb of the conversation, in each of its
    // forms.
    ("a converse", Cue::Kind(Talks)),
    ("ont converse", Cue::Kind(Talks)),
    ("converse avec", Cue::Kind(Talks)),
    ("conversent", Cue::Kind(Talks)),
    // "L'envoyé a remis le message du président", "venu remettre un message", "remet une
    // lettre": handed over in person, whatever the verb's tense.
    ("remis", Cue::Handed),
    ("remettre", Cue::Handed),
    ("remet", Cue::Handed),
    // "le message que l'ambassadeur a délivré au ministre": delivered, as English says it.
    ("delivre", Cue::Handed),
    ("delivrer", Cue::Handed),
    // "s'est rendu à l'ambassade pour présenter ses condoléances": a message told with a visit,
    // given in person.
    ("s'est rendu", Cue::Handed),
    ("s'est rendue", Cue::Handed),
    ("se sont rendus", Cue::Handed),
    // "a échangé avec Y, porteuse d'une invitation du président Z", "Porteur du message du
    // président Z, X s'est entretenu avec Y": the bearer came in person, and what they bore is no
    // exchange of its own, whatever its article.
    ("porteur d'un message", Cue::Mode(Meeting)),
    ("porteuse d'un message", Cue::Mode(Meeting)),
    ("porteurs d'un message", Cue::Mode(Meeting)),
    ("porteuses d'un message", Cue::Mode(Meeting)),
    ("porteur du message", Cue::Mode(Meeting)),
    ("porteuse du message", Cue::Mode(Meeting)),
    ("porteurs du message", Cue::Mode(Meeting)),
    ("porteuses du message", Cue::Mode(Meeting)),
    ("porteur des messages", Cue::Mode(Meeting)),
    ("porteuse des messages", Cue::Mode(Meeting)),
    ("porteurs des messages", Cue::Mode(Meeting)),
    ("porteuses des messages", Cue::Mode(Meeting)),
    ("porteur d'une lettre", Cue::Mode(Meeting)),
    ("porteuse d'une lettre", Cue::Mode(Meeting)),
    ("porteurs d'une lettre", Cue::Mode(Meeting)),
    ("porteuses d'une lettre", Cue::Mode(Meeting)),
    ("porteur de la lettre", Cue::Mode(Meeting)),
    ("porteuse de la lettre", Cue::Mode(Meeting)),
    ("porteurs de la lettre", Cue::Mode(Meeting)),
    ("porteuses de la lettre", Cue::Mode(Meeting)),
    ("porteur des lettres", Cue::Mode(Meeting)),
    ("porteuse des lettres", Cue::Mode(Meeting)),
    ("porteurs des lettres", Cue::Mode(Meeting)),
    ("porteuses des lettres", Cue::Mode(Meeting)),
    ("porteur d'une invitation", Cue::Mode(Meeting)),
    ("porteuse d'une invitation", Cue::Mode(Meeting)),
    ("porteurs d'une invitation", Cue::Mode(Meeting)),
    ("porteuses d'une invitation", Cue::Mode(Meeting)),
    ("porteur de l'invitation", Cue::Mode(Meeting)),
    ("porteuse de l'invitation", Cue::Mode(Meeting)),
    ("porteurs de l'invitation", Cue::Mode(Meeting)),
    ("porteuses de l'invitation", Cue::Mode(Meeting)),
    ("porteur d'un pli", Cue::Mode(Meeting)),
    ("porteuse d'un pli", Cue::Mode(Meeting)),
    ("porteurs d'un pli", Cue::Mode(Meeting)),
    ("porteuses d'un pli", Cue::Mode(Meeting)),
    ("porteur du pli", Cue::Mode(Meeting)),
    ("porteuse du pli", Cue::Mode(Meeting)),
    ("porteurs du pli", Cue::Mode(Meeting)),
    ("porteuses du pli", Cue::Mode(Meeting)),
    ("porteur d'une missive", Cue::Mode(Meeting)),
    ("porteuse d'une missive", Cue::Mode(Meeting)),
    ("porteurs d'une missive", Cue::Mode(Meeting)),
    ("porteuses d'une missive", Cue::Mode(Meeting)),
    ("porteur de la missive", Cue::Mode(Meeting)),
    ("porteuse de la missive", Cue::Mode(Meeting)),
    ("porteurs de la missive", Cue::Mode(Meeting)),
    ("porteuses de la missive", Cue::Mode(Meeting)),
    ("porteur d'un courrier", Cue::Mode(Meeting)),
    ("porteuse d'un courrier", Cue::Mode(Meeting)),
    ("porteurs d'un courrier", Cue::Mode(Meeting)),
    ("porteuses d'un courrier", Cue::Mode(Meeting)),
    ("porteur du courrier", Cue::Mode(Meeting)),
    ("porteuse du courrier", Cue::Mode(Meeting)),
    ("porteurs du courrier", Cue::Mode(Meeting)),
    ("porteuses du courrier", Cue::Mode(Meeting)),
    // "a effectué une visite à Lomé pour rencontrer Y": the visit's purpose is the exchange.
    ("pour rencontrer", Cue::Kind(Meeting)),
    ("afin de rencontrer", Cue::Kind(Meeting)),
    ("pour s'entretenir", Cue::Kind(Talks)),
    ("afin de s'entretenir", Cue::Kind(Talks)),
    // "le message a été transmis au président au cours d'une audience": handed over in person.
    ("au cours d'une audience", Cue::Occasion(Meeting)),
    ("lors d'une audience", Cue::Occasion(Meeting)),
    ("{during} l'audience", Cue::Occasion(Meeting)),
    ("{during} sa rencontre", Cue::Occasion(Meeting)),
    ("{during} leur rencontre", Cue::Occasion(Meeting)),
    ("{during} son entrevue", Cue::Occasion(Meeting)),
    ("{during} leur entrevue", Cue::Occasion(Meeting)),
    ("{during} son audience", Cue::Occasion(Meeting)),
    // "a évoqué la crise lors de ses rencontres avec Y et Z": the plural as the singular.
    ("{during} ses rencontres", Cue::Occasion(Meeting)),
    ("{during} leurs rencontres", Cue::Occasion(Meeting)),
    ("{during} ces rencontres", Cue::Occasion(Meeting)),
    ("{during} ses entrevues", Cue::Occasion(Meeting)),
    ("{during} leurs entrevues", Cue::Occasion(Meeting)),
    ("{during} ces entrevues", Cue::Occasion(Meeting)),
    ("{during} ses audiences", Cue::Occasion(Meeting)),
    ("{during} les audiences", Cue::Occasion(Meeting)),
    // "a déclaré lors de son accueil de l'ambassadeur Y": a reception is held in person.
    ("{during} son accueil", Cue::Occasion(Meeting)),
    // "X s'est entretenu lors d'un dîner avec Y": talks over a meal are held at table together.
    // "La coopération a été au cœur de la rencontre de X avec Y": what was discussed, the
    // meeting it was discussed at is the exchange.
    ("au coeur de la rencontre", Cue::Occasion(Meeting)),
    ("au centre de la rencontre", Cue::Occasion(Meeting)),
    ("au menu de la rencontre", Cue::Occasion(Meeting)),
    ("au coeur de l'audience", Cue::Occasion(Meeting)),
    ("au menu de l'audience", Cue::Occasion(Meeting)),
    ("diner", Cue::Occasion(Meeting)),
    ("dejeuner", Cue::Occasion(Meeting)),
    // An envoy at the end of a posting takes leave in person.
    ("prendre conge", Cue::Kind(Meeting)),
    ("pris conge", Cue::Kind(Meeting)),
    ("prend conge", Cue::Kind(Meeting)),
    ("fait ses adieux", Cue::Kind(Meeting)),
    ("faire ses adieux", Cue::Kind(Meeting)),
    ("visite de conge", Cue::Kind(Meeting)),
    ("visite d'adieu", Cue::Kind(Meeting)),
    // "a rendu une visite de courtoisie au président": a courtesy call, paid in person.
    ("visite de courtoisie", Cue::Kind(Meeting)),
    // "X a rendu visite au président Y", "a rendu une visite d'amitié à son homologue": a visit
    // paid to someone is paid in person, as English "paid a visit to"; each tense of the verb.
    ("rendu visite", Cue::Kind(Meeting)),
    ("rendu une visite", Cue::Kind(Meeting)),
    ("rend visite", Cue::Kind(Meeting)),
    ("rend une visite", Cue::Kind(Meeting)),
    ("rendent visite", Cue::Kind(Meeting)),
    ("rendent une visite", Cue::Kind(Meeting)),
    ("rendait visite", Cue::Kind(Meeting)),
    ("rendit visite", Cue::Kind(Meeting)),
    ("rendirent visite", Cue::Kind(Meeting)),
];
