"""The dossier store on a real SQLite database, read back to prove what is (not) kept."""

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.calendrier import FUSEAU
from bot.conservation import Durees, Statut
from bot.dossier import VALIDITE_LIEN_LETTRE, Cas, DonneesMedicalesRefusees, empreinte
from bot.organisations import Registre
from bot.orientation import Faits, Qualification, orienter
from bot.parcours import Reponses
from bot.suivi import ESSAIS_MAX, FENETRE, IssueSuivi
from edge.stockage import depot as module_depot
from edge.stockage.conversations import effacer_conversation, purger_conversations
from edge.stockage.depot import Depot, ouvrir_depot
from edge.stockage.schema import METADATA, MIGRATIONS, SchemaTropRecent, creer_moteur, migrer
from tests.exemples_dossiers import MAINTENANT, conversation, ecrite_le, enregistrer, reclamation
from tests.unit.bot.test_dossier import FORMAT_REFERENCE


def lignes(url: str, requete: str) -> list[tuple[object, ...]]:
    """Read the database file directly, without the code under test."""
    with sqlite3.connect(url.removeprefix("sqlite:///")) as base:
        return base.execute(requete).fetchall()


# --- references -----------------------------------------------------------------------


def test_reference_deja_prise_retiree(
    depot: Depot, registre: Registre, monkeypatch: pytest.MonkeyPatch
) -> None:
    tirages = iter(["MX-2026-AAAA-AAAA", "MX-2026-AAAA-AAAA", "MX-2026-BBBB-BBBB"])
    monkeypatch.setattr(module_depot, "generer_reference", lambda *_: next(tirages))
    premier, _ = enregistrer(depot, registre)
    second, _ = enregistrer(depot, registre)
    assert (premier.reference, second.reference) == ("MX-2026-AAAA-AAAA", "MX-2026-BBBB-BBBB")


# --- record ---------------------------------------------------------------------------


def test_dossier_relu_a_l_identique_date_a_paris(depot: Depot, registre: Registre) -> None:
    dossier, _ = enregistrer(depot, registre, reponses=ecrite_le(date(2026, 10, 3)))
    relu = depot.lire(dossier.reference)
    assert relu == dossier
    assert relu.cree_le == MAINTENANT and relu.cree_le.utcoffset() == timedelta(hours=1)
    assert FORMAT_REFERENCE.match(dossier.reference) and dossier.reference.startswith("MX-2026-")
    assert dossier.orientation["reference"] == dossier.reference
    assert dossier.date_reclamation == date(2026, 10, 3)


def test_une_date_donnee_comme_une_plage_est_relue_comme_une_plage(
    depot: Depot, registre: Registre, url_dossiers: str
) -> None:
    plage = ecrite_le(date(2026, 10, 1), fin_date_reclamation_ecrite=date(2026, 10, 10))
    dossier, _ = enregistrer(depot, registre, reponses=plage)
    relu = depot.lire(dossier.reference)
    assert relu.reclamation.fin_date_ecrite == date(2026, 10, 10)
    assert lignes(url_dossiers, "SELECT fin_date_reclamation_ecrite FROM dossiers") == [
        ("2026-10-10",)
    ]


def test_sans_reclamation_ecrite_le_dossier_la_date(depot: Depot, registre: Registre) -> None:
    dossier, _ = enregistrer(depot, registre)
    assert dossier.date_reclamation == MAINTENANT.date()


def test_au_suivi_le_dossier_vaut_reclamation_ecrite(depot: Depot, registre: Registre) -> None:
    reponses = Reponses(contact_prealable=False)
    dossier, _ = enregistrer(depot, registre, reponses=reponses)
    assert dossier.orientation_enregistree().niveau == 1
    veille = dossier.orientation_au_suivi(date(2027, 1, 25)).mediateur
    assert [m.value for m in veille.motifs] == ["trop_tot"]
    ouverture = dossier.orientation_au_suivi(date(2027, 1, 26))
    assert ouverture.niveau == 3 and ouverture.mediateur.recevable


def test_seule_l_empreinte_du_jeton_est_stockee(
    depot: Depot, registre: Registre, url_dossiers: str
) -> None:
    _, jeton = enregistrer(depot, registre)
    contenu = repr(lignes(url_dossiers, "SELECT * FROM dossiers"))
    assert len(jeton) >= 40
    assert jeton not in contenu and empreinte(jeton) in contenu


def test_lettre_seulement_avec_le_bon_jeton_et_un_dossier_actif(
    depot: Depot, registre: Registre
) -> None:
    dossier, jeton = enregistrer(depot, registre)
    assert depot.lire_avec_jeton(dossier.reference, jeton, MAINTENANT) == dossier
    assert depot.lire_avec_jeton(dossier.reference, jeton[:-1], MAINTENANT) is None
    assert depot.lire_avec_jeton(dossier.reference, "", MAINTENANT) is None
    assert depot.lire_avec_jeton("MX-2026-AAAA-AAAA", jeton, MAINTENANT) is None
    depot.effacer(dossier.reference, MAINTENANT.date())  # restricted: the dispute is open
    assert depot.lire_avec_jeton(dossier.reference, jeton, MAINTENANT) is None


def test_lien_de_lettre_perime_apres_sept_jours_le_suivi_en_donne_un_autre(
    depot: Depot, registre: Registre
) -> None:
    dossier, jeton = enregistrer(depot, registre)
    ensuite = MAINTENANT + VALIDITE_LIEN_LETTRE
    assert depot.lire_avec_jeton(dossier.reference, jeton, ensuite - timedelta(minutes=1))
    assert depot.lire_avec_jeton(dossier.reference, jeton, ensuite) is None  # replayed: refused
    nouveau = depot.nouveau_lien(dossier.reference, ensuite)
    assert depot.lire_avec_jeton(dossier.reference, nouveau, ensuite) == dossier
    assert depot.lire_avec_jeton(dossier.reference, jeton, ensuite) is None


def test_suivi_par_reference_et_email_en_second_facteur(depot: Depot, registre: Registre) -> None:
    dossier, _ = enregistrer(depot, registre)
    trouve = depot.lire_pour_suivi(dossier.reference, "Jeanne.Dupont@exemple.fr", MAINTENANT)
    assert trouve == (IssueSuivi.TROUVE, dossier)
    faux = depot.lire_pour_suivi(dossier.reference, "jeanne@exemple.fr", MAINTENANT)
    assert faux == (IssueSuivi.INTROUVABLE, None)
    inconnu = depot.lire_pour_suivi("MX-2026-AAAA-AAAA", "jeanne.dupont@exemple.fr", MAINTENANT)
    assert inconnu == (IssueSuivi.INTROUVABLE, None)


def test_vingt_adresses_fausses_sur_une_reference_la_verrouillent(
    depot: Depot, registre: Registre
) -> None:
    dossier, _ = enregistrer(depot, registre)
    autre, _ = enregistrer(depot, registre, nom="Martin")
    issues = [
        depot.lire_pour_suivi(dossier.reference, f"essai{n}@exemple.fr", MAINTENANT)[0]
        for n in range(20)
    ]
    assert issues[:ESSAIS_MAX] == [IssueSuivi.INTROUVABLE] * ESSAIS_MAX
    assert set(issues[ESSAIS_MAX:]) == {IssueSuivi.VERROUILLE}
    juste = "jeanne.dupont@exemple.fr"
    assert depot.lire_pour_suivi(dossier.reference, juste, MAINTENANT)[0] is IssueSuivi.VERROUILLE
    assert depot.lire_pour_suivi(autre.reference, juste, MAINTENANT)[0] is IssueSuivi.TROUVE
    plus_tard = MAINTENANT + FENETRE
    assert depot.lire_pour_suivi(dossier.reference, juste, plus_tard) == (
        IssueSuivi.TROUVE,
        dossier,
    )


def test_un_seul_dossier_par_cas_le_second_oui_rend_le_premier(
    depot: Depot, registre: Registre, url_dossiers: str
) -> None:
    cas = Cas("conversation-1", "1764000000.5")
    premier, jeton = enregistrer(depot, registre, cas=cas, transmettre=True)
    second, autre_jeton = enregistrer(depot, registre, cas=cas, transmettre=True)
    assert second == premier and autre_jeton != jeton
    assert depot.lire_avec_jeton(premier.reference, autre_jeton, MAINTENANT) == premier
    assert lignes(url_dossiers, "SELECT count(*) FROM dossiers") == [(1,)]
    assert lignes(url_dossiers, "SELECT count(*) FROM outbox") == [(1,)]
    nouveau_cas, _ = enregistrer(depot, registre, cas=Cas("conversation-1", "1764000900.1"))
    assert nouveau_cas.reference != premier.reference


def test_la_base_refuse_un_second_dossier_pour_un_cas(
    depot: Depot, registre: Registre, url_dossiers: str
) -> None:
    """The rule is the database's: a writer that skips the repository is refused too."""
    enregistrer(depot, registre, cas=Cas("conversation-1", "1"))
    with sqlite3.connect(url_dossiers.removeprefix("sqlite:///")) as base:
        colonnes = [c[1] for c in base.execute("PRAGMA table_info(dossiers)") if c[1] != "id"]
        copie = ", ".join(colonnes).replace("reference", "'MX-2026-BBBB-BBBB'")
        with pytest.raises(sqlite3.IntegrityError):
            base.execute(
                f"INSERT INTO dossiers ({', '.join(colonnes)}) SELECT {copie} FROM dossiers"
            )


def test_erreur_de_la_base_sans_valeurs_liees(depot: Depot, registre: Registre) -> None:
    """SQLAlchemy's error messages, which reach the logs, never carry the bound values."""
    dossier, _ = enregistrer(depot, registre)
    moteur = creer_moteur(depot._moteur.url.render_as_string(hide_password=False))
    with pytest.raises(sa.exc.IntegrityError) as erreur, moteur.begin() as cx:
        cx.execute(
            sa.text("INSERT INTO dossiers (id, reference) VALUES (:id, :ref)"),
            {"id": 1, "ref": "jeanne.dupont@exemple.fr"},
        )
    assert "jeanne.dupont@exemple.fr" not in str(erreur.value)
    assert dossier.reference


def test_un_dossier_restreint_n_est_pas_transmis(depot: Depot, registre: Registre) -> None:
    dossier, _ = enregistrer(depot, registre, transmettre=True)
    assert [e.reference for e in depot.en_attente()] == [dossier.reference]
    depot.effacer(dossier.reference, MAINTENANT.date())  # restricted: the dispute is open
    assert depot.en_attente() == []
    assert depot.etat_outbox().en_attente == 0


@pytest.mark.parametrize(
    "champs",
    [
        {"nature": "refus de prise en charge de ma chimiothérapie"},
        {"pieces": "le compte rendu opératoire"},
        {"numero_adherent": "2 84 12 75 123 456 78"},
    ],
)
def test_aucun_detail_medical_stocke(
    depot: Depot, registre: Registre, url_dossiers: str, champs: dict[str, str]
) -> None:
    with pytest.raises(DonneesMedicalesRefusees):
        enregistrer(depot, registre, transmettre=True, **champs)
    assert lignes(url_dossiers, "SELECT count(*) FROM dossiers") == [(0,)]
    assert lignes(url_dossiers, "SELECT count(*) FROM outbox") == [(0,)]


def test_dossier_medical_garde_seulement_le_booleen_et_la_route_postale(
    depot: Depot, registre: Registre
) -> None:
    reponses = Reponses(contact_prealable=True, donnees_medicales=True)
    dossier, _ = enregistrer(depot, registre, reponses=reponses)
    assert dossier.orientation["donnees_medicales"] is True
    assert "Médecin Conseil de Mutex" in dossier.orientation["courrier_medical"]["adresse"]


def test_une_simple_demande_n_est_pas_enregistree(depot: Depot, registre: Registre) -> None:
    demande = orienter(
        Faits(registre["mutex"], MAINTENANT.date(), qualification=Qualification.DEMANDE)
    )
    with pytest.raises(ValueError, match="complaints"):
        depot.enregistrer(reclamation(), demande, MAINTENANT, transmettre=False)


# --- erasure and retention ------------------------------------------------------------


def test_effacement_pendant_le_litige_restreint_avec_le_motif(
    depot: Depot, registre: Registre, url_dossiers: str
) -> None:
    dossier, _ = enregistrer(depot, registre, reponses=ecrite_le(date(2026, 10, 3)))
    effacement = depot.effacer(dossier.reference, date(2027, 10, 3))
    assert effacement is not None and not effacement.efface
    assert effacement.motif is not None and "3 octobre 2027" in effacement.motif
    assert lignes(url_dossiers, "SELECT statut, motif_restriction FROM dossiers") == [
        ("restreint", effacement.motif)
    ]


def test_effacement_apres_le_litige_ne_laisse_rien(
    depot: Depot, registre: Registre, url_dossiers: str
) -> None:
    dossier, _ = enregistrer(depot, registre, transmettre=True)
    autre, _ = enregistrer(depot, registre, transmettre=True, nom="Martin")
    effacement = depot.effacer(dossier.reference, date(2027, 11, 25))
    assert effacement is not None and effacement.efface
    restants = repr(lignes(url_dossiers, "SELECT * FROM dossiers"))
    assert dossier.reference not in restants and autre.reference in restants
    assert lignes(url_dossiers, "SELECT count(*) FROM outbox") == [(1,)]
    assert depot.effacer("MX-2026-AAAA-AAAA", date(2027, 11, 25)) is None


def test_purge_archive_puis_supprime(depot: Depot, registre: Registre, url_dossiers: str) -> None:
    ancien, _ = enregistrer(depot, registre, reponses=ecrite_le(date(2025, 9, 1)))
    recent, _ = enregistrer(depot, registre)
    bilan = depot.purger(date(2026, 11, 24), Durees())
    assert (bilan.archives, bilan.supprimes) == ((ancien.reference,), ())
    assert sorted(lignes(url_dossiers, "SELECT reference, statut FROM dossiers")) == sorted(
        [(ancien.reference, "archive"), (recent.reference, "actif")]
    )
    assert depot.dossiers(statut=Statut.ACTIF) == [recent]
    bilan = depot.purger(date(2031, 9, 2), Durees())
    assert bilan.supprimes == (ancien.reference,)
    assert lignes(url_dossiers, "SELECT reference FROM dossiers") == [(recent.reference,)]


# --- outbox -----------------------------------------------------------------------------


def test_file_d_envoi_garde_l_erreur_jusqu_a_la_reception(depot: Depot, registre: Registre) -> None:
    dossier, _ = enregistrer(depot, registre, transmettre=True)
    enregistrer(depot, registre)  # not to be forwarded
    [element] = depot.en_attente()
    assert element.charge == dossier.en_json() and element.tentatives == 0
    depot.noter_envoi(element.identifiant, MAINTENANT, "HTTP 503")
    [element] = depot.en_attente()
    assert (element.tentatives, element.derniere_erreur) == (1, "HTTP 503")
    depot.noter_envoi(element.identifiant, MAINTENANT, None)
    assert depot.en_attente() == []


# --- schema -----------------------------------------------------------------------------


def test_nouvelle_base_en_derniere_version(url_dossiers: str, registre: Registre) -> None:
    derniere = 1 + len(MIGRATIONS)
    ouvrir_depot(url_dossiers, registre)
    assert lignes(url_dossiers, "SELECT version FROM schema_version") == [(derniere,)]
    ouvrir_depot(url_dossiers, registre)  # opening again changes nothing
    assert lignes(url_dossiers, "SELECT version FROM schema_version") == [(derniere,)]


def _ajouter_telephone(cx: sa.engine.Connection) -> None:
    cx.execute(sa.text("ALTER TABLE dossiers ADD COLUMN telephone VARCHAR(20)"))


def test_migration_garde_les_donnees(depot: Depot, registre: Registre, url_dossiers: str) -> None:
    dossier, _ = enregistrer(depot, registre)
    metadata = sa.MetaData()
    for table in METADATA.tables.values():
        table.to_metadata(metadata)
    metadata.tables["dossiers"].append_column(sa.Column("telephone", sa.String(20)))
    suivante = 2 + len(MIGRATIONS)
    migrations = [*MIGRATIONS, _ajouter_telephone]
    assert migrer(creer_moteur(url_dossiers), metadata, migrations) == suivante
    assert lignes(url_dossiers, "SELECT reference, telephone FROM dossiers") == [
        (dossier.reference, None)
    ]
    assert lignes(url_dossiers, "SELECT version FROM schema_version") == [(suivante,)]
    assert depot.lire(dossier.reference) == dossier


def test_base_en_version_1_gagne_l_instantane_sans_perdre_ses_dossiers(
    url_dossiers: str, registre: Registre
) -> None:
    """A version-1 database (no organisation snapshot) is migrated; its dossiers read on."""
    depot = ouvrir_depot(url_dossiers, registre)
    dossier, _ = enregistrer(depot, registre)
    with sqlite3.connect(url_dossiers.removeprefix("sqlite:///")) as base:
        for colonne in ("organisation_instantane", "contrats", "montant_litige", "cas_litige"):
            base.execute(f"ALTER TABLE dossiers DROP COLUMN {colonne}")
        base.execute("UPDATE schema_version SET version = 1")
    relu = ouvrir_depot(url_dossiers, registre).lire(dossier.reference)
    assert relu == dossier  # read with today's organisation file
    assert lignes(url_dossiers, "SELECT organisation_instantane FROM dossiers") == [(None,)]


def test_base_en_version_4_gagne_la_colonne_du_conseiller_sans_perdre_ses_dossiers(
    url_dossiers: str, registre: Registre
) -> None:
    depot = ouvrir_depot(url_dossiers, registre)
    dossier, _ = enregistrer(depot, registre)
    with sqlite3.connect(url_dossiers.removeprefix("sqlite:///")) as base:
        base.execute("ALTER TABLE dossiers DROP COLUMN conseiller")
        base.execute("UPDATE schema_version SET version = 4")
    assert ouvrir_depot(url_dossiers, registre).lire(dossier.reference) == dossier
    assert lignes(url_dossiers, "SELECT conseiller FROM dossiers") == [(None,)]
    assert lignes(url_dossiers, "SELECT version FROM schema_version") == [(len(MIGRATIONS) + 1,)]


def test_le_dossier_garde_l_organisation_du_jour_de_l_enregistrement(
    url_dossiers: str, registre: Registre
) -> None:
    dossier, _ = enregistrer(ouvrir_depot(url_dossiers, registre), registre)
    mutex = registre["mutex"]
    renomme = Registre({**registre, "mutex": mutex.copy(update={"nom": "Mutex renommée"})})
    relu = ouvrir_depot(url_dossiers, renomme).lire(dossier.reference)
    assert relu is not None and relu.organisation == mutex


def test_base_plus_recente_que_le_code_refusee(
    url_dossiers: str, tmp_path: Path, registre: Registre
) -> None:
    ouvrir_depot(url_dossiers, registre)
    with sqlite3.connect(tmp_path / "dossiers.db") as base:
        base.execute("UPDATE schema_version SET version = 9")
    with pytest.raises(SchemaTropRecent):
        ouvrir_depot(url_dossiers, registre)


# --- Rasa's tracker store ---------------------------------------------------------------


def test_conversations_de_plus_de_30_jours_supprimees(tmp_path: Path) -> None:
    base = tmp_path / "tracker.db"
    maintenant = datetime(2026, 11, 24, 12, 0, tzinfo=FUSEAU)
    conversation(base, "ancienne", maintenant - timedelta(days=31))
    conversation(base, "recente", maintenant - timedelta(days=29))
    url = f"sqlite:///{base}"
    assert "cancer" not in repr(lignes(url, "SELECT data FROM events"))  # redacted on save
    assert purger_conversations(url, maintenant - timedelta(days=30)) == 1
    assert lignes(url, "SELECT DISTINCT sender_id FROM events") == [("recente",)]


def test_pas_de_conversations_rien_a_supprimer(tmp_path: Path) -> None:
    assert purger_conversations(f"sqlite:///{tmp_path / 'vide.db'}", MAINTENANT) == 0


def test_un_expediteur_reutilise_voit_expirer_ses_anciennes_sessions(tmp_path: Path) -> None:
    """Retention is per session: a sender id used again keeps only its recent session."""
    base = tmp_path / "tracker.db"
    maintenant = datetime(2026, 11, 24, 12, 0, tzinfo=FUSEAU)
    conversation(base, "reutilise", maintenant - timedelta(days=40))
    conversation(base, "reutilise", maintenant - timedelta(days=1), nouvelle_session=True)
    url = f"sqlite:///{base}"
    assert purger_conversations(url, maintenant - timedelta(days=30)) == 1
    instants = [t for (t,) in lignes(url, "SELECT timestamp FROM events")]
    assert instants and min(instants) > (maintenant - timedelta(days=2)).timestamp()


def test_effacer_une_conversation(tmp_path: Path) -> None:
    base = tmp_path / "tracker.db"
    conversation(base, "effacee", MAINTENANT)
    conversation(base, "gardee", MAINTENANT)
    url = f"sqlite:///{base}"
    assert effacer_conversation(url, "effacee") > 0
    assert lignes(url, "SELECT DISTINCT sender_id FROM events") == [("gardee",)]
