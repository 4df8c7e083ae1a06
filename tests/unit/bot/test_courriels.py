"""The e-mails' wording: the copy's dates and links, the reminders, no health detail."""

from datetime import date

from bot.courriels import Liens, rediger_code, rediger_copie, rediger_rappel
from bot.organisations import Registre
from bot.rappels import Nature
from edge.stockage.depot import Depot
from tests.exemples_dossiers import ecrite_le, enregistrer

LIENS = Liens(
    lettre="https://r.exemple.fr/dossiers/X/lettre?jeton=L",
    regle="https://r.exemple.fr/dossiers/X/regle?jeton=R",
    desabonner="https://r.exemple.fr/dossiers/X/desabonner?jeton=D",
)


def test_code_en_deux_groupes_et_sa_duree() -> None:
    courriel = rediger_code("482913")
    assert "Votre code de vérification est : 482 913" in courriel.texte
    assert "valable 10 minutes" in courriel.texte and "482 913" in courriel.html


def test_copie_datee_reference_dates_et_liens(depot: Depot, registre: Registre) -> None:
    dossier, _ = enregistrer(depot, registre)
    courriel = rediger_copie(dossier, LIENS)
    assert courriel.sujet == f"Votre réclamation {dossier.reference} est enregistrée"
    texte = courriel.texte
    assert "enregistrée le mardi 24 novembre 2026 à 10 h 30" in texte
    assert "- Accusé de réception au plus tard le samedi 5 décembre 2026" in texte
    assert "- Réponse au plus tard le lundi 25 janvier 2027" in texte
    assert "- Médiateur au plus tard le mercredi 24 novembre 2027" in texte
    assert "objet : Le remboursement de mes lunettes a été refusé" in texte
    for lien in (LIENS.lettre, LIENS.regle, LIENS.desabonner):
        assert lien in texte and lien in courriel.html


def test_cas_medical_seulement_la_voie_postale(depot: Depot, registre: Registre) -> None:
    reponses = ecrite_le(date(2026, 11, 3), donnees_medicales=True)
    dossier, _ = enregistrer(depot, registre, reponses=reponses, nature="refus de prise en charge")
    for courriel in (
        rediger_copie(dossier, LIENS),
        rediger_rappel(dossier, Nature.MEDIATEUR, date(2027, 1, 6), LIENS),
    ):
        assert "refus de prise en charge" not in courriel.texte + courriel.html
        assert "la facture" not in courriel.texte
        assert "à l'attention du Médecin Conseil" in courriel.texte


def test_rappel_d_accuse_de_reception_demande_s_il_est_venu(
    depot: Depot, registre: Registre
) -> None:
    dossier, _ = enregistrer(depot, registre)
    courriel = rediger_rappel(dossier, Nature.ACCUSE_RECEPTION, date(2026, 12, 6), LIENS)
    assert "avez-vous reçu l'accusé de réception" in courriel.sujet
    assert "Accusé de réception au plus tard le samedi 5 décembre 2026" in courriel.texte
    assert "à partir du mardi 26 janvier 2027" in courriel.texte


def test_rappel_du_mediateur_avec_sa_lettre(depot: Depot, registre: Registre) -> None:
    dossier, _ = enregistrer(depot, registre)
    courriel = rediger_rappel(dossier, Nature.MEDIATEUR, date(2027, 1, 26), LIENS)
    assert "vous pouvez saisir le médiateur" in courriel.sujet
    assert "La Médiation de l'Assurance" in courriel.texte
    assert "au plus tard le mercredi 24 novembre 2027" in courriel.texte
    assert f"Votre lettre de saisine du médiateur, prête à envoyer : {LIENS.lettre}" in (
        courriel.texte
    )


def test_rappel_un_mois_avant_la_limite(depot: Depot, registre: Registre) -> None:
    dossier, _ = enregistrer(depot, registre)
    courriel = rediger_rappel(dossier, Nature.LIMITE_UN_AN, date(2027, 10, 24), LIENS)
    assert "plus qu'un mois" in courriel.sujet
    assert "Médiateur au plus tard le mercredi 24 novembre 2027 : il reste un mois" in (
        courriel.texte
    )


def test_html_echappe_ce_que_la_personne_a_tape(depot: Depot, registre: Registre) -> None:
    dossier, _ = enregistrer(depot, registre, nom="<b>Dupont</b>")
    assert "<b>Dupont</b>" not in rediger_copie(dossier, LIENS).html
