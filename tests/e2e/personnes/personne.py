"""A simulated person talking to Recours over REST.

Written by an independent test author from shared/domain.md and shared/seeds only.
The person reads the bot's texts and buttons, recognises what is asked from the
bot's words, answers from its facts in its style, and stops once an orientation is
given. Everything it observes is counted in `Compte`.
"""

from __future__ import annotations

import email
import re
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MAX_TOURS = 25


def plier(texte: str) -> str:
    """Lowercase, fold accents, normalise apostrophes and spaces."""
    t = texte.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", t.lower())


def date_fr(d: date) -> str:
    jour = "1er" if d.day == 1 else str(d.day)
    return f"{jour} {MOIS[d.month - 1]} {d.year}"


def motif_date(d: date) -> str:
    """Regex (on folded text) for a date written in French or numerically."""
    mois = plier(MOIS[d.month - 1])
    jour = r"(?:1er|0?1)" if d.day == 1 else rf"0?{d.day}"
    return (
        rf"(?<!\d){jour} {mois} {d.year}|(?<!\d){d.day:02d}/{d.month:02d}/{d.year}"
        rf"|(?<!\d){d.day}/{d.month}/{d.year}|{d.isoformat()}"
    )


# --------------------------------------------------------------------------- #
# Recognising what the bot says                                                #
# --------------------------------------------------------------------------- #
# Order matters: the most specific first. Patterns apply to folded text.
QUESTIONS: list[tuple[str, str]] = [
    (
        "code",
        r"(saisissez|entrez|indiquez|tapez|recopiez|quel est|donnez)[^.?]{0,50}\bcode\b"
        r"|code (de verification|recu|a \d+ chiffres)",
    ),
    ("enregistrer", r"enregistre"),
    (
        "ecrit",
        r"(envoye|adresse|fait|formule) une reclamation (ecrite|par ecrit)|ecrit a (votre|son) organisme",
    ),
    ("correction", r"remplace|je corrige|modifie[rz]? .* par|au lieu d"),
    ("tribunal", r"tribunal|autre mediateur|juge\b|justice"),
    ("montant", r"5 ?000|montant|somme"),
    ("numero", r"numero (d'|d )?adherent|numero adherent|numero de contrat|numero d'assure"),
    ("prenom", r"prenom"),
    ("nom", r"\bnom\b"),
    (
        "email",
        r"adresse e-?mail|courriel|adresse electronique|adresse mail|votre e-?mail|son e-?mail",
    ),
    ("nature", r"contest|decri|expliquez|que s'est-il passe|objet de"),
    ("pieces", r"documents?|pieces?|joindre"),
    ("contrat", r"quel (type de )?contrat|quelle garantie|sur quel contrat"),
    (
        "date_reponse",
        r"(quelle date|quand|date).*(repon|repondu)|(repon|repondu).*(quelle date|quand|date)",
    ),
    ("date_ecrit", r"quelle date|\bquand\b|\bdate\b"),
    ("satisfait", r"satisf|convient|d'accord avec"),
    ("reponse", r"repons|repondu"),
    ("ecrit", r"ecrit|par courrier|e-mail ou formulaire"),
    ("contact", r"contacte|contact|joint|appele"),
    (
        "probleme",
        r"quel est (votre|son) probleme|que puis-je|en quoi puis-je|decrivez (votre|son) probleme|quel est le probleme",
    ),
]
OUI_NON = {"contact", "ecrit", "reponse", "satisfait", "tribunal"}
FAITS_SUIVIS = {
    "contact",
    "ecrit",
    "date_ecrit",
    "reponse",
    "date_reponse",
    "satisfait",
    "tribunal",
    "montant",
    "numero",
    "nom",
    "prenom",
    "email",
    "nature",
    "pieces",
    "contrat",
    "probleme",
}

REFORMULER = re.compile(
    r"pas (bien |tout a fait )?compris|reformuler|je n'ai pas saisi|je ne comprends pas"
    r"|repondez par|je n'ai pas reussi a comprendre"
)
INVALIDE = re.compile(r"ne semble pas valide|n'est pas valide|invalide|format")
RECOMMENCE = re.compile(
    r"effacee?s?|on recommence|je recommence|reprenons depuis le debut|nouvelle demande"
)
ALERTE_SANTE = re.compile(r"informations? medicales?|donnees? de sante|secret medical")
ORIENTATION_TEXTE = re.compile(
    r"vous pouvez saisir le mediateur|pourrez saisir le mediateur|ne peut plus etre saisi"
    r"|ressemble a une demande|adressez une reclamation ecrite|adressez votre reclamation"
    r"|adressez-la a|envoyez votre reclamation ecrite a"
)


def question_du_tour(textes: list[str]) -> str:
    """The bot's question of this turn: last text with a '?' or an instruction."""
    for t in reversed(textes):
        f = plier(t)
        if "?" in f or re.match(
            r"\s*(demandez|indiquez|precisez|donnez|saisissez|decrivez|verifiez|confirmez)", f
        ):
            return f
    return plier(textes[-1]) if textes else ""


def reconnaitre(question: str) -> str:
    # Drop the GDPR sentence before the identity question, which mentions "reclamation".
    q = re.sub(r"vos donnees servent.*?archive 5 ans\.", " ", question)
    for nom, motif in QUESTIONS:
        if re.search(motif, q):
            return nom
    return "inconnue"


def texte_visible(reponses: list[dict]) -> str:
    """What a person sees in the widget: texts, and the card's service and channels."""
    morceaux: list[str] = []
    for r in reponses:
        if r.get("text"):
            morceaux.append(r["text"])
        carte = r.get("custom")
        if isinstance(carte, dict):
            if isinstance(carte.get("service"), str):
                morceaux.append(carte["service"])
            for canal in carte.get("canaux") or []:
                if isinstance(canal, dict):
                    morceaux.extend(str(canal.get(k, "")) for k in ("libelle", "adresse", "url"))
    return plier("\n".join(morceaux))


def est_orientation(reponses: list[dict]) -> bool:
    for r in reponses:
        carte = r.get("custom")
        if isinstance(carte, dict) and carte.get("type") == "orientation":
            return True
    return bool(ORIENTATION_TEXTE.search(plier(" ".join(r.get("text", "") for r in reponses))))


# --------------------------------------------------------------------------- #
# Expectation checks                                                           #
# --------------------------------------------------------------------------- #
MEDIATEUR = {
    "identites-mutuelle": r"mediation consommation developpement|cnpm",
    "mutex": r"mediation de l'assurance|\blma\b",
    "autre": r"mediateur",
}
NIVEAU2 = {
    "identites-mutuelle": r"service (qualite )?reclamations|bp 20836",
    "mutex": r"service qualite relations adherents|140 avenue de la republique",
    "autre": r"service (des )?reclamations?|service qualite|service consommateurs",
}
NIVEAU1 = {
    "identites-mutuelle": r"relation adherents",
    "mutex": r"gere vos prestations|gestionnaire|organisme qui gere|gere votre contrat",
    "autre": r"service client|relation client|interlocuteur habituel|conseiller|gestionnaire|agence",
}
ADRESSE_MEDICALE = {
    "identites-mutuelle": r"bp 20836|75828",
    "mutex": r"140 avenue de la republique|chatillon",
    "autre": r"courrier|postal",
}
OUVERT = re.compile(
    r"(vous|il|elle|l'adherent\w*|votre client\w*|la personne|votre interlocut\w*) "
    r"(pouvez|peut|pouvons) (des (maintenant|a present|aujourd'hui) |desormais |deja |maintenant )?"
    r"(saisir|vous adresser a|s'adresser a|faire appel a) (le |la |au )?mediat"
    r"|(?<!ne )peut (des maintenant |desormais )?etre saisi"
)
FERME = re.compile(
    r"pas encore|trop tot|ne peut plus|ne pouvez pas|ne peut pas|n'est pas possible|pas possible"
    r"|pourrez saisir|impossible|plus d'un an|ne pourra|n'est pas recevable|pas recevable"
)


def verifier(attendu: dict, organisation: str, visible: str) -> list[str]:
    """Problems with the orientation text `visible` (folded); [] when right."""
    issue = attendu["issue"]
    org = organisation
    pb: list[str] = []

    def exige(motif: str, quoi: str) -> None:
        if not re.search(motif, visible):
            pb.append(f"manque {quoi}")

    def interdit(motif, quoi: str) -> None:
        m = re.search(motif, visible)
        if m:
            pb.append(f"{quoi} ({m.group(0)!r})")

    if issue == "niveau3":
        exige(MEDIATEUR[org], "le médiateur de l'organisme")
        exige(OUVERT, "une saisine possible du médiateur")
        interdit(FERME, "médiateur présenté comme fermé")
    elif issue in ("attendre", "niveau2_sans_ecrit", "niveau2_satisfait", "trop_tard", "tribunal"):
        exige(NIVEAU2[org], "le service réclamations (niveau 2)")
        interdit(OUVERT, "médiateur donné comme possible")
        if issue == "attendre":
            exige(r"pourrez|a partir du|a compter du|des le", "la date d'ouverture du médiateur")
        if issue == "niveau2_satisfait":
            exige(
                r"vous a (satisf|convenu)|(reponse|elle) (recue )?vous (convient|satisfait)(?! pas)"
                r"|satisfaite? (par|de) (la|leur|cette) reponse",
                "le motif (réponse satisfaisante)",
            )
            interdit(
                r"si vous l'envoyez|pourrez saisir",
                "traité comme sans réclamation écrite ou en attente",
            )
        if issue == "trop_tard":
            exige(
                r"plus d'un an|ne peut plus|trop tard|delai d'un an|depasse",
                "le motif (plus d'un an)",
            )
            if attendu.get("conciliateur"):
                exige(r"conciliat", "le conciliateur de justice (≤ 5 000 €)")
            else:
                exige(
                    r"juriste|association de consommateurs|avocat|conseil juridique",
                    "un conseil juridique (> 5 000 €)",
                )
        if issue == "tribunal":
            exige(r"tribunal|justice|juge|autre mediat", "le motif (tribunal ou autre médiateur)")
    elif issue == "niveau1":
        exige(NIVEAU1[org], "le service de premier niveau")
        interdit(
            r"ressemble a une demande|pas (a )?une reclamation",
            "réclamation prise pour une simple demande",
        )
        interdit(OUVERT, "médiateur donné comme possible")
    elif issue == "demande":
        exige(
            r"pas (a |a une |une )?reclamation|n'est pas une reclamation|simple demande|une demande",
            "la qualification « demande »",
        )
        exige(NIVEAU1[org], "le service de premier niveau")
        interdit(OUVERT, "médiateur donné comme possible")
    else:  # pragma: no cover
        pb.append(f"issue inconnue {issue}")
    # A date counts only in its role: the mediator's last day for level 3, the first
    # day the mediator may be referred otherwise (not, e.g., "récapitulatif au <today>").
    if issue == "niveau3":
        role = r"(au plus tard|limite|jusqu'au|avant (le|la fin))"
    else:
        role = r"(a partir du|a compter du|des le|pourrez|pourra|possible (le|des))"
    for iso in attendu.get("dates", []):
        d = date.fromisoformat(str(iso))
        if not re.search(rf"{role}[^.;]{{0,60}}?(?:{motif_date(d)})", visible):
            pb.append(f"manque la date {date_fr(d)}")
    return pb


# --------------------------------------------------------------------------- #
# The person                                                                   #
# --------------------------------------------------------------------------- #
SMS = [
    (r"\bje n'ai\b", "jai pa"),
    (r"\bj'ai\b", "jai"),
    (r"\bpas\b", "pa"),
    (r"\btoujours\b", "tjrs"),
    (r"\bbeaucoup\b", "bcp"),
    (r"\bque\b", "ke"),
    (r"\bpour\b", "pr"),
    (r"\bquelque\b", "qq"),
    (r"\boui\b", "ouai"),
    (r"\bréponse\b", "rep"),
    (r"\bc'est\b", "cest"),
]


def sans_accents(t: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))


@dataclass
class Compte:
    tours: int = 0
    deux_fois: int = 0
    reformulations: int = 0
    reformulations_claires: int = 0
    faits_modifies: int = 0
    recommencements: int = 0
    corrections_proposees: int = 0
    inconnues: int = 0
    alertes_sante: int = 0
    details: list[str] = field(default_factory=list)


class Personne:
    def __init__(self, scenario: dict, maildir: Path | None = None):
        self.s = scenario
        self.faits: dict[str, Any] = dict(scenario.get("faits") or {})
        self.org = scenario["organisation"]
        self.agent = scenario["audience"] == "agent"
        self.boutons = scenario["style"] == "boutons"
        self.ton = set(scenario.get("ton") or [])
        self.clair = not (self.ton & {"sms", "typos"})
        self.dits: set[str] = set(scenario.get("dit") or []) | {"probleme"}
        self.maildir = maildir
        self.compte = Compte()
        self.transcription: list[str] = []
        self.orientation: list[dict] | None = None
        self.visible_total: list[str] = []
        self.poses: dict[str, int] = {}
        self.abandon = False
        self.voie_medicale = False

    # ---- answers ---------------------------------------------------------- #
    def _style(self, texte: str) -> str:
        if "sms" in self.ton:
            for motif, rempl in SMS:
                texte = re.sub(motif, rempl, texte)
            texte = texte.replace("é", "e").replace("è", "e")
        if "sans_accents" in self.ton or "typos" in self.ton:
            texte = sans_accents(texte)
        return texte

    def _libre(self, fait: str) -> str:
        f = self.faits
        surcharge = (self.s.get("reponses") or {}).get(fait)
        if surcharge:
            return surcharge
        il = "il" if f.get("prenom", "") not in {"Sylvie", "Agnès", "Manon", "Odile"} else "elle"
        if fait == "contact":
            if self.agent:
                return (
                    f"oui, {il} les a déjà eus au téléphone"
                    if f.get("contact")
                    else f"non, {il} ne les a pas encore contactés"
                )
            return (
                "oui, je les ai appelés plusieurs fois"
                if f.get("contact")
                else "non, je ne les ai pas encore contactés"
            )
        if fait == "ecrit":
            if self.agent:
                return (
                    f"oui, {il} a envoyé un courrier"
                    if f.get("ecrit")
                    else f"non, {il} n'a rien envoyé par écrit"
                )
            return (
                "oui, j'ai envoyé un courrier"
                if f.get("ecrit")
                else "non, je n'ai rien envoyé par écrit"
            )
        if fait == "date_ecrit":
            return f"le {date_fr(f['date_ecrit'])}" if f.get("date_ecrit") else "je ne sais pas"
        if fait == "reponse":
            if f.get("reponse"):
                return "oui, une réponse est arrivée" if self.agent else "oui, ils m'ont répondu"
            return "non, aucune réponse pour l'instant"
        if fait == "date_reponse":
            return (
                f"le {date_fr(f['date_reponse'])}" if f.get("date_reponse") else "je ne sais plus"
            )
        if fait == "satisfait":
            if f.get("satisfait"):
                return (
                    "oui, la réponse lui convient" if self.agent else "oui, la réponse me convient"
                )
            return (
                "non, la réponse ne lui convient pas"
                if self.agent
                else "non, je ne suis pas satisfait de leur réponse"
            )
        if fait == "tribunal":
            if f.get("tribunal"):
                return (
                    f"oui, {il} a saisi le tribunal judiciaire"
                    if self.agent
                    else "oui, j'ai saisi le tribunal judiciaire"
                )
            return "non, aucun tribunal ni médiateur"
        if fait == "montant":
            return f"environ {f.get('montant', 500)} €"
        if fait == "numero":
            if f.get("numero"):
                return f["numero"]
            return f"{il} n'en a pas" if self.agent else "je n'en ai pas, je ne suis pas adhérente"
        if fait in ("nom", "prenom", "email", "nature", "pieces"):
            return str(f.get(fait) or "je ne sais pas")
        if fait == "contrat":
            return (
                "c'est la complémentaire santé"
                if self.org == "identites-mutuelle"
                else "c'est un contrat de prévoyance"
            )
        if fait == "probleme":
            return self.s["ouverture"]
        return "je ne sais pas"

    def _bouton(self, fait: str, boutons: list[dict]) -> str | None:
        if not boutons:
            return None
        f = self.faits
        voulu: str | None = None
        if fait in ("contact", "ecrit", "reponse", "satisfait", "tribunal"):
            voulu = "oui" if f.get(fait) else "non"
        elif fait == "montant":
            voulu = "oui" if f.get("montant", 500) <= 5000 else "non"
        elif fait == "numero" and not f.get("numero"):
            voulu = "pas"
        elif fait == "pieces" and plier(str(f.get("pieces", ""))) in ("aucune", "aucune piece", ""):
            voulu = "aucune"
        elif fait == "enregistrer":
            voulu = "oui" if self.s.get("enregistrer") else "non"
        if voulu is None:
            return None
        for b in boutons:
            titre = plier(b.get("title", ""))
            if titre.startswith(voulu) or (voulu in ("pas", "aucune") and voulu in titre):
                return b.get("payload") or b.get("title")
        return None

    def repondre(self, fait: str, boutons: list[dict]) -> str:
        if self.boutons:
            choix = self._bouton(fait, boutons)
            if choix:
                return choix
        if fait in ("email", "numero") and self.faits.get(fait):
            return str(self.faits[fait])
        return self._style(self._libre(fait))

    # ---- observing ---------------------------------------------------------- #
    def _observer(self, reponses: list[dict]) -> tuple[str, list[dict]]:
        textes = [r["text"] for r in reponses if r.get("text")]
        boutons = [b for r in reponses for b in (r.get("buttons") or [])]
        for t in textes:
            self.transcription.append("  BOT: " + t.replace("\n", "\n       "))
        for r in reponses:
            carte = r.get("custom")
            if isinstance(carte, dict):
                self.transcription.append(
                    f"  CARTE: type={carte.get('type')} service={carte.get('service')!r}"
                )
        if boutons:
            self.transcription.append(
                "  BOUTONS: " + ", ".join(f"{b.get('title')}={b.get('payload')}" for b in boutons)
            )
        tout = plier(" ".join(textes))
        self.visible_total.append(texte_visible(reponses))
        adresse = ADRESSE_MEDICALE[self.org]
        for morceau in [texte_visible([r]) for r in reponses]:
            if re.search(r"medecin conseil", morceau) and re.search(adresse, morceau):
                self.voie_medicale = True
        c = self.compte
        reformule = bool(REFORMULER.search(tout))
        if reformule:
            c.reformulations += 1
            if self.clair:
                c.reformulations_claires += 1
            c.details.append(f"reformulation demandée au tour {c.tours}")
        if RECOMMENCE.search(tout):
            c.recommencements += 1
            c.details.append(f"conversation recommencée / réponses effacées au tour {c.tours}")
        if ALERTE_SANTE.search(tout):
            c.alertes_sante += 1
        self._verifier_recapitulatif(tout)
        question = question_du_tour(textes)
        fait = reconnaitre(question) if question else "inconnue"
        if fait in FAITS_SUIVIS:
            self.poses[fait] = self.poses.get(fait, 0) + 1
            if fait in self.dits and not reformule and not INVALIDE.search(tout):
                c.deux_fois += 1
                c.details.append(
                    f"question déjà répondue reposée au tour {c.tours}: {fait} ({question[:90]!r})"
                )
            self.dits.add(fait)
        if fait == "correction":
            c.corrections_proposees += 1
        if fait == "inconnue" and not est_orientation(reponses):
            c.inconnues += 1
            c.details.append(f"question non reconnue au tour {c.tours}: {question[:120]!r}")
        return fait, boutons

    def _verifier_recapitulatif(self, tout: str) -> None:
        f = self.faits
        m = re.search(r"reclamation ecrite du (?:\w+ )?(1er|\d{1,2}) (\w+) (\d{4})", tout)
        if m and f.get("date_ecrit"):
            d = f["date_ecrit"]
            jour = "1" if m.group(1) == "1er" else m.group(1)
            if (int(jour), m.group(2), int(m.group(3))) != (
                d.day,
                plier(MOIS[d.month - 1]),
                d.year,
            ):
                self.compte.faits_modifies += 1
                self.compte.details.append(
                    f"date de réclamation changée: {m.group(0)!r} au lieu du {date_fr(d)}"
                )
        if m and f.get("ecrit") is False:
            self.compte.faits_modifies += 1
            self.compte.details.append(
                f"réclamation écrite inventée: {m.group(0)!r} alors qu'aucun écrit n'a été envoyé"
            )
        m = re.search(r"adresse e-?mail : (\S+)", tout)
        if m and f.get("email") and m.group(1).strip(".,;") != plier(f["email"]):
            self.compte.faits_modifies += 1
            self.compte.details.append(f"e-mail changé: {m.group(1)!r}")

    # ---- the conversation -------------------------------------------------- #
    def dire(self, client, expediteur: str, message: str) -> list[dict]:
        self.compte.tours += 1
        self.transcription.append(f"PERSONNE ({self.compte.tours}): {message}")
        meta = {"organisation": self.org, "audience": self.s["audience"]}
        return client.parler(expediteur, message, meta)

    def converser(self, client, expediteur: str) -> None:
        reponses = self.dire(client, expediteur, self._style(self.s["ouverture"]))
        apres = 0
        while True:
            fait, boutons = self._observer(reponses)
            if self.orientation is None and est_orientation(reponses):
                self.orientation = reponses
                if not self.s.get("enregistrer"):
                    return
            if self.orientation is not None:
                apres += 1
                tout = plier(" ".join(r.get("text", "") for r in reponses))
                if (apres > 1 and re.search(r"reference", tout)) or apres > 6:
                    return
                if fait == "code":
                    message = self._code()
                elif fait == "enregistrer":
                    message = (
                        self.repondre("enregistrer", boutons)
                        if self.boutons
                        else "oui, je veux bien"
                    )
                else:
                    message = self.repondre(fait, boutons) if fait != "inconnue" else "oui"
            elif fait == "correction":
                message = "non, ce n'est pas une correction, gardez ce que j'ai dit"
            elif fait == "enregistrer":
                message = "non merci"
            else:
                message = self.repondre(fait, boutons) if fait != "inconnue" else "je ne sais pas"
                n = self.poses.get(fait, 0)
                if fait in FAITS_SUIVIS and n >= 2 and fait in OUI_NON:
                    # Asked again: the person falls back to a plain yes or no.
                    message = "oui" if self.faits.get(fait) else "non"
                if fait in FAITS_SUIVIS and n >= 4:
                    # A real person gives up when asked the same thing a fourth time.
                    self.abandon = True
                    self.compte.details.append(f"la personne abandonne: {fait} demandé {n} fois")
                    return
            if self.compte.tours >= MAX_TOURS:
                return
            reponses = self.dire(client, expediteur, message)

    def _code(self) -> str:
        if not self.maildir:
            return "je n'ai pas reçu de code"
        for _ in range(20):
            fichiers = sorted(self.maildir.glob("**/*.eml"), key=lambda p: p.stat().st_mtime)
            for p in reversed(fichiers):
                msg = email.message_from_bytes(p.read_bytes())
                dest = plier(str(msg.get("To", "")))
                if self.faits.get("email") and plier(self.faits["email"]) not in dest:
                    continue
                corps = ""
                for part in msg.walk():
                    if part.get_content_type() == "text/plain":
                        corps += part.get_payload(decode=True).decode(
                            part.get_content_charset() or "utf-8", "replace"
                        )
                m = re.search(r"code[^:\n]*:\s*(\d[\d ]{3,9}\d)", corps) or re.search(
                    r"\b(\d{6})\b", corps
                )
                if m:
                    return m.group(1).strip()  # typed as displayed in the e-mail
            time.sleep(0.5)
        return "je n'ai pas reçu de code"
