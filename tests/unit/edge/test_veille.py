"""The watch over a real SMTP server on loopback (aiosmtpd): code, copy, reminders.

The clock moves forward by handing ``maintenant`` in, as ``recours rappels`` does with
RECOURS_TODAY; the dossier store is a real SQLite file.
"""

import email
import email.policy
import json
from datetime import date, datetime, time, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from bot.calendrier import FUSEAU
from bot.organisations import Registre
from bot.rappels import Arret, Nature
from bot.verification import Issue, Verification
from edge.messagerie import ExpediteurSmtp
from edge.reglages import Reglages
from edge.stockage.depot import Depot
from edge.veille import Poste, envoyer_code, envoyer_en_attente, envoyer_rappels
from tests import exemples_dossiers as exemples
from tests.boite import Boite, code_de, liens, texte
from tests.exemples_dossiers import MAINTENANT, ecrite_le
from tests.unit.edge.test_cli import lancer

WEB = "https://recours.exemple.fr"


def poste(boite: Boite) -> Poste:
    reglages = Reglages.depuis_environnement(boite.environnement())
    assert reglages.smtp is not None
    return Poste(ExpediteurSmtp(reglages.smtp, attente=0.01), reglages.expediteur_courriels, WEB)


def le(jour: date) -> datetime:
    return datetime.combine(jour, time(8, 0), FUSEAU)


def enregistrer(depot: Depot, registre: Registre, **champs: Any) -> str:
    """Record Jeanne Dupont's complaint, address verified: its copy is queued."""
    dossier, _ = exemples.enregistrer(depot, registre, verification=Verification.CODE, **champs)
    return dossier.reference


def natures(boite: Boite) -> list[str]:
    return [str(m["Subject"]) for m in boite.recus]


def test_code_envoye_puis_accepte_seule_son_empreinte_gardee(
    boite: Boite, depot: Depot, url_dossiers: str
) -> None:
    assert envoyer_code(depot.courrier, poste(boite), "conv", "jeanne@exemple.fr", MAINTENANT)
    [message] = boite.recus
    assert message["To"] == "jeanne@exemple.fr" and message["Message-ID"]
    code = code_de(texte(message))
    [(_, envoye)] = depot.courrier.codes("conv", "jeanne@exemple.fr")
    assert envoye.juger(code, MAINTENANT + timedelta(minutes=9)) is Issue.ACCEPTE
    assert envoye.juger(code, MAINTENANT + timedelta(minutes=10)) is Issue.EXPIRE
    assert code.encode() not in Path(url_dossiers.removeprefix("sqlite:///")).read_bytes()


def test_copie_recue_avec_ses_dates_et_des_en_tetes_propres(
    boite: Boite, depot: Depot, registre: Registre
) -> None:
    reference = enregistrer(depot, registre)
    [envoi] = envoyer_en_attente(depot.courrier, poste(boite), MAINTENANT, reference)
    assert envoi.erreur is None and envoi.nature is Nature.COPIE
    [message] = boite.recus
    assert message.get_content_type() == "multipart/alternative"
    assert str(message["Message-ID"]).strip() == envoi.message_id and message["Date"]
    assert message["List-Unsubscribe"].startswith(f"<{WEB}/dossiers/{reference}/desabonner?")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    corps = texte(message)
    assert reference in corps and "Réponse au plus tard le lundi 25 janvier 2027" in corps
    [lettre] = [lien for lien in liens(corps) if "/lettre#" in lien]
    assert lettre.startswith(f"{WEB}/dossiers/{reference}/lettre#jeton=")  # never a query
    jeton = lettre.split("jeton=")[1]
    assert depot.lire_avec_jeton(reference, jeton, MAINTENANT) is not None  # its own token
    assert depot.lire_avec_jeton(reference, jeton, MAINTENANT + timedelta(days=8)) is None
    assert envoyer_en_attente(depot.courrier, poste(boite), MAINTENANT) == []


def test_copie_d_un_cas_medical_sans_detail_de_sante(
    boite: Boite, depot: Depot, registre: Registre
) -> None:
    reponses = ecrite_le(date(2026, 11, 3), donnees_medicales=True)
    enregistrer(depot, registre, reponses=reponses, nature="refus de prise en charge")
    envoyer_en_attente(depot.courrier, poste(boite), MAINTENANT)
    [message] = boite.recus
    contenu = message.as_string()
    assert "refus de prise en charge" not in contenu and "la facture" not in contenu
    assert "Médecin Conseil" in texte(message)


def rappels_jusqu_au(depot: Depot, boite: Boite, jours: list[date]) -> list[list[Nature]]:
    return [
        [e.nature for e in envoyer_rappels(depot.courrier, poste(boite), le(jour))]
        for jour in jours
    ]


def test_chaque_rappel_a_sa_date_une_seule_fois(
    boite: Boite, depot: Depot, registre: Registre
) -> None:
    enregistrer(depot, registre)
    jours = [
        date(2026, 11, 24),
        date(2026, 12, 5),
        date(2026, 12, 6),
        date(2026, 12, 6),
        date(2027, 1, 25),
        date(2027, 1, 26),
        date(2027, 1, 26),
        date(2027, 10, 23),
        date(2027, 10, 24),
        date(2027, 10, 25),
        date(2027, 11, 30),
    ]
    assert rappels_jusqu_au(depot, boite, jours) == [
        [Nature.COPIE],
        [],
        [Nature.ACCUSE_RECEPTION],
        [],
        [],
        [Nature.MEDIATEUR],
        [],
        [],
        [Nature.LIMITE_UN_AN],
        [],
        [],
    ]
    sujets = natures(boite)
    assert "avez-vous reçu l'accusé de réception ?" in sujets[1]
    assert "vous pouvez saisir le médiateur" in sujets[2]
    assert "plus qu'un mois" in sujets[3]
    [saisine] = [lien for lien in liens(texte(boite.recus[2])) if "/lettre#" in lien]
    assert saisine.endswith("&saisine=2027-01-26")
    assert len({str(m["Message-ID"]).strip() for m in boite.recus}) == 4


@pytest.mark.parametrize("arret", [Arret.REGLE, Arret.DESABONNE])
def test_c_est_regle_ou_ne_plus_recevoir_arrete_les_rappels(
    arret: Arret, boite: Boite, depot: Depot, registre: Registre
) -> None:
    reference = enregistrer(depot, registre)
    envoyer_rappels(depot.courrier, poste(boite), MAINTENANT)
    chemin = {Arret.REGLE: "/regle?", Arret.DESABONNE: "/desabonner?"}[arret]
    [lien] = [lien for lien in liens(texte(boite.recus[0])) if chemin in lien]
    assert not depot.courrier.arreter(reference, arret, "faux", MAINTENANT)
    assert depot.courrier.arreter(reference, arret, lien.split("jeton=")[1], MAINTENANT)
    assert rappels_jusqu_au(depot, boite, [date(2026, 12, 6), date(2027, 1, 26)]) == [[], []]


def test_dossier_efface_ou_restreint_plus_de_rappel(
    boite: Boite, depot: Depot, registre: Registre
) -> None:
    reference = enregistrer(depot, registre)
    envoyer_rappels(depot.courrier, poste(boite), MAINTENANT)
    effacement = depot.effacer(reference, MAINTENANT.date())
    assert effacement is not None and not effacement.efface  # restricted: dispute open
    assert rappels_jusqu_au(depot, boite, [date(2026, 12, 6)]) == [[]]


class Panne(Exception):
    """The process dies in the middle of a run (BaseException: nothing catches it)."""


def test_tue_au_milieu_rien_perdu_rien_en_double(
    boite: Boite, depot: Depot, registre: Registre, monkeypatch: pytest.MonkeyPatch
) -> None:
    for nom in ("Dupont", "Martin", "Durand"):
        enregistrer(depot, registre, nom=nom)
    envoyer_en_attente(depot.courrier, poste(boite), MAINTENANT)  # the three copies
    boite.recus.clear()
    la_poste = poste(boite)
    envoyer = ExpediteurSmtp.envoyer
    appels = []

    def mourir_au_deuxieme(self: ExpediteurSmtp, message: EmailMessage) -> None:
        appels.append(str(message["Message-ID"]).strip())
        envoyer(self, message)  # handed over, then killed before it is marked sent
        if len(appels) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(ExpediteurSmtp, "envoyer", mourir_au_deuxieme)
    with pytest.raises(KeyboardInterrupt):
        envoyer_rappels(depot.courrier, la_poste, le(date(2026, 12, 6)))
    monkeypatch.setattr(ExpediteurSmtp, "envoyer", envoyer)
    second = envoyer_rappels(depot.courrier, la_poste, le(date(2026, 12, 6)))
    troisieme = envoyer_rappels(depot.courrier, la_poste, le(date(2026, 12, 6)))
    assert len(second) == 2 and troisieme == []
    identifiants = [str(m["Message-ID"]).strip() for m in boite.recus]
    assert len(set(identifiants)) == 3  # each dossier's reminder, once per Message-ID
    assert identifiants.count(appels[1]) == 2  # the unmarked one, re-sent for dedupe


def test_smtp_en_panne_puis_de_retour_rien_perdu(depot: Depot, registre: Registre) -> None:
    boite = Boite()  # not listening yet
    reference = enregistrer(depot, registre)
    [echec] = envoyer_rappels(depot.courrier, poste(boite), MAINTENANT)
    assert echec.erreur and "Connection" in echec.erreur
    [attente] = depot.courrier.a_envoyer()
    assert (attente.tentatives, attente.dossier.reference) == (1, reference)
    boite.refus = ["451 4.3.0 Réessayez plus tard"] * 3
    boite.ouvrir()
    try:
        [refus] = envoyer_rappels(depot.courrier, poste(boite), MAINTENANT)
        assert refus.erreur and refus.erreur.startswith("SMTP 451")
        [envoi] = envoyer_rappels(depot.courrier, poste(boite), MAINTENANT)
        assert envoi.erreur is None and len(boite.recus) == 1
        assert envoi.message_id == refus.message_id == echec.message_id
    finally:
        boite.fermer()
    assert depot.courrier.a_envoyer() == []


# --- the `recours rappels` and `recours outbox` commands ---------------------------------


@pytest.fixture
def commande(
    boite: Boite, url_dossiers: str, monkeypatch: pytest.MonkeyPatch
) -> pytest.MonkeyPatch:
    for variable, valeur in boite.environnement().items():
        monkeypatch.setenv(variable, valeur)
    monkeypatch.setenv("RECOURS_DATABASE_URL", url_dossiers)
    monkeypatch.setenv("RECOURS_WEB_URL", WEB)
    return monkeypatch


def test_recours_rappels_deux_fois_n_envoie_rien_deux_fois(
    capsys: pytest.CaptureFixture[str],
    commande: pytest.MonkeyPatch,
    boite: Boite,
    depot: Depot,
    registre: Registre,
) -> None:
    reference = enregistrer(depot, registre)
    commande.setenv("RECOURS_TODAY", "2026-12-06")
    code, out, _ = lancer(capsys, "rappels")
    assert code == 0
    premier = json.loads(out)
    assert [(e["reference"], e["nature"]) for e in premier["envoyes"]] == [
        (reference, "copie"),
        (reference, "accuse_reception"),
    ]
    assert premier["en_echec"] == []
    _, out, _ = lancer(capsys, "rappels")
    assert json.loads(out) == {"envoyes": [], "en_echec": []}
    assert len(boite.recus) == 2


def test_recours_outbox_montre_le_courriel_en_echec_puis_le_livre(
    capsys: pytest.CaptureFixture[str],
    commande: pytest.MonkeyPatch,
    boite: Boite,
    depot: Depot,
    registre: Registre,
) -> None:
    reference = enregistrer(depot, registre)
    commande.setenv("RECOURS_SMTP_PORT", str(Boite().port))  # nobody listens there
    _, out, _ = lancer(capsys, "outbox")
    [attente] = json.loads(out)["courriels"]["en_attente"]
    assert (attente["reference"], attente["nature"], attente["tentatives"]) == (
        reference,
        "copie",
        1,
    )
    assert "Connection" in attente["derniere_erreur"]
    commande.setenv("RECOURS_SMTP_PORT", str(boite.port))
    _, out, _ = lancer(capsys, "outbox")
    courriels = json.loads(out)["courriels"]
    assert [e["reference"] for e in courriels["envoyes"]] == [reference]
    assert courriels["en_attente"] == [] and len(boite.recus) == 1


def test_sans_serveur_smtp_des_fichiers_eml(
    capsys: pytest.CaptureFixture[str],
    commande: pytest.MonkeyPatch,
    depot: Depot,
    registre: Registre,
    tmp_path: Path,
) -> None:
    commande.delenv("RECOURS_SMTP_HOST")
    commande.setenv("RECOURS_MAIL_DIR", str(tmp_path / "mails"))
    reference = enregistrer(depot, registre)
    _, out, _ = lancer(capsys, "rappels")
    [envoi] = json.loads(out)["envoyes"]
    [fichier] = (tmp_path / "mails").glob("*.eml")
    message = email.message_from_bytes(fichier.read_bytes(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    assert str(message["Message-ID"]).strip() == envoi["message_id"]
    assert reference in texte(message)
