from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.faits import FaitsExtraits, extraire_faits, lire_fait, veut_se_plaindre

MARDI_24_NOVEMBRE_2026 = date(2026, 11, 24)


def ecrite(jour: date, **faits: bool) -> FaitsExtraits:
    """The facts of a message that tells a written complaint sent on ``jour``."""
    return FaitsExtraits(
        contact_prealable=True, reclamation_ecrite=True, date_reclamation_ecrite=jour, **faits
    )


PREMIERS_MESSAGES = [
    (
        "J'ai envoyé un courrier de réclamation le 3 octobre et toujours aucune réponse",
        FaitsExtraits(
            contact_prealable=True,
            reclamation_ecrite=True,
            date_reclamation_ecrite=date(2026, 10, 3),
            reponse_recue=False,
        ),
    ),
    (
        "Ils m'ont répondu mais je ne suis pas d'accord",
        FaitsExtraits(contact_prealable=True, reponse_recue=True, reponse_satisfaisante=False),
    ),
    (
        "J'ai appelé le service client plusieurs fois",
        FaitsExtraits(contact_prealable=True),
    ),
    ("J'ai saisi le tribunal judiciaire en septembre.", FaitsExtraits(procedure_en_cours=True)),
    ("Mon avocat s'occupe du dossier.", FaitsExtraits(procedure_en_cours=True)),
    ("J'ai déjà saisi un autre médiateur.", FaitsExtraits(procedure_en_cours=True)),
    ("Une procédure judiciaire est en cours.", FaitsExtraits(procedure_en_cours=True)),
    ("Je n'ai encore contacté personne", FaitsExtraits(contact_prealable=False)),
    (
        "Le 3 octobre, j'ai envoyé une lettre recommandée. Ils n'ont jamais répondu.",
        FaitsExtraits(
            contact_prealable=True,
            reclamation_ecrite=True,
            date_reclamation_ecrite=date(2026, 10, 3),
            reponse_recue=False,
        ),
    ),
    (
        "Je leur ai écrit il y a trois mois, pas de réponse",
        FaitsExtraits(
            contact_prealable=True,
            reclamation_ecrite=True,
            date_reclamation_ecrite=date(2026, 8, 24),
            reponse_recue=False,
        ),
    ),
    (
        "Ma réclamation par mail du 12/09/2026 est restée sans réponse",
        FaitsExtraits(
            contact_prealable=True,
            reclamation_ecrite=True,
            date_reclamation_ecrite=date(2026, 9, 12),
            reponse_recue=False,
        ),
    ),
    (
        "Je les ai seulement appelés, je n'ai jamais écrit",
        FaitsExtraits(contact_prealable=True, reclamation_ecrite=False),
    ),
    (
        "J'attends toujours leur réponse à mon courrier du 2 septembre",
        FaitsExtraits(
            contact_prealable=True,
            reclamation_ecrite=True,
            date_reclamation_ecrite=date(2026, 9, 2),
            reponse_recue=False,
        ),
    ),
    (
        "Personne ne m'a répondu depuis mon mail du 1er octobre",
        FaitsExtraits(
            contact_prealable=True,
            reclamation_ecrite=True,
            date_reclamation_ecrite=date(2026, 10, 1),
            reponse_recue=False,
        ),
    ),
    (
        "Leur réponse ne me convient pas du tout.",
        FaitsExtraits(contact_prealable=True, reponse_recue=True, reponse_satisfaisante=False),
    ),
    (
        "Ils ont refusé ma réclamation, je conteste cette décision.",
        FaitsExtraits(contact_prealable=True, reponse_recue=True, reponse_satisfaisante=False),
    ),
    (
        "J'ai rempli le formulaire en ligne il y a deux semaines, sans retour.",
        FaitsExtraits(
            contact_prealable=True,
            reclamation_ecrite=True,
            date_reclamation_ecrite=date(2026, 11, 10),
            reponse_recue=False,
        ),
    ),
    (
        "Ils m'ont répondu par courrier, je suis satisfait de leur réponse",
        FaitsExtraits(contact_prealable=True, reponse_recue=True, reponse_satisfaisante=True),
    ),
    ("La mutuelle refuse de rembourser mes lunettes.", FaitsExtraits()),
    ("Bonjour, je voudrais changer mon RIB.", FaitsExtraits()),
    (
        "Je n'ai pas encore fait de réclamation écrite.",
        FaitsExtraits(reclamation_ecrite=False),
    ),
    ("Je n'ai ni avocat ni procédure en cours.", FaitsExtraits(procedure_en_cours=False)),
    (
        "il a écrit le 31/08/2026 et n'a reçu ni accusé de réception ni réponse depuis",
        ecrite(date(2026, 8, 31), reponse_recue=False),
    ),
    (
        "elle a appelé son gestionnaire. Aucun écrit envoyé pour l'instant.",
        FaitsExtraits(contact_prealable=True, reclamation_ecrite=False),
    ),
    ("j'ai encore contacté personne chez vous", FaitsExtraits(contact_prealable=False)),
    (
        "il a reçu une réponse écrite et il en est satisfait",
        FaitsExtraits(contact_prealable=True, reponse_recue=True, reponse_satisfaisante=True),
    ),
    (
        "réclamation par écrit début octobre l'an dernier, ils mont répondu non, pas d'accord",
        ecrite(date(2025, 10, 1), reponse_recue=True, reponse_satisfaisante=False),
    ),
    (
        "courrier envoyé en juin, refus écrit reçu fin juillet, je conteste",
        ecrite(date(2026, 6, 1), reponse_recue=True, reponse_satisfaisante=False),
    ),
]


@pytest.mark.parametrize(("texte", "attendu"), PREMIERS_MESSAGES)
def test_un_premier_message_donne_les_faits_qu_il_enonce(
    texte: str, attendu: FaitsExtraits
) -> None:
    assert extraire_faits(texte, MARDI_24_NOVEMBRE_2026) == attendu


@pytest.mark.parametrize(
    "texte",
    [
        "Je vais saisir le tribunal si rien ne bouge.",
        "Est-ce que je dois saisir un autre médiateur ?",
        "Sinon je prendrai mon avocat.",
    ],
)
def test_une_menace_ou_une_question_n_est_pas_une_procedure_en_cours(texte: str) -> None:
    assert extraire_faits(texte, MARDI_24_NOVEMBRE_2026).procedure_en_cours is None


def test_un_courrier_recu_de_l_assureur_n_est_pas_une_reclamation_ecrite() -> None:
    faits = extraire_faits("Ils m'ont envoyé un courrier de refus.", MARDI_24_NOVEMBRE_2026)
    assert faits.reclamation_ecrite is None


def test_je_vais_envoyer_un_courrier_n_est_pas_une_reclamation_ecrite() -> None:
    faits = extraire_faits("Je vais envoyer mon courrier demain.", MARDI_24_NOVEMBRE_2026)
    assert faits.reclamation_ecrite is None


def test_la_date_du_premier_ecrit_est_retenue_quand_le_second_n_a_pas_de_verbe() -> None:
    texte = "J'ai envoyé un mail le 3 octobre puis un courrier le 20 octobre."
    faits = extraire_faits(texte, MARDI_24_NOVEMBRE_2026)
    assert faits.date_reclamation_ecrite == date(2026, 10, 3)


def test_deux_dates_dans_la_meme_proposition_laissent_la_date_inconnue() -> None:
    texte = "J'ai écrit le 3 octobre ou le 5 octobre, je ne sais plus."
    faits = extraire_faits(texte, MARDI_24_NOVEMBRE_2026)
    assert faits.reclamation_ecrite is True
    assert faits.date_reclamation_ecrite is None


def test_une_date_future_n_est_pas_la_date_de_la_reclamation() -> None:
    texte = "J'ai envoyé un courrier le 3 décembre 2026."
    faits = extraire_faits(texte, MARDI_24_NOVEMBRE_2026)
    assert faits.reclamation_ecrite is True
    assert faits.date_reclamation_ecrite is None


def test_une_date_sans_ecrit_ne_donne_pas_de_date_de_reclamation() -> None:
    texte = "J'ai appelé le 3 octobre."
    faits = extraire_faits(texte, MARDI_24_NOVEMBRE_2026)
    assert faits.date_reclamation_ecrite is None


def test_la_satisfaction_n_est_lue_que_si_une_reponse_a_ete_recue() -> None:
    texte = "Je ne suis pas d'accord avec le montant remboursé."
    assert extraire_faits(texte, MARDI_24_NOVEMBRE_2026).reponse_satisfaisante is None


def test_un_saut_de_ligne_separe_deux_phrases() -> None:
    texte = "Je n'ai pas de numéro\nIls m'ont répondu\nJe ne suis pas d'accord"
    faits = extraire_faits(texte, MARDI_24_NOVEMBRE_2026)
    assert (faits.reponse_recue, faits.reponse_satisfaisante) == (True, False)


def test_un_message_contradictoire_laisse_le_fait_inconnu() -> None:
    texte = "Ils m'ont répondu. Enfin non, aucune réponse en fait."
    assert extraire_faits(texte, MARDI_24_NOVEMBRE_2026).reponse_recue is None


FRAGMENTS = [
    "j'ai envoyé un courrier",
    "le 3 octobre",
    "le 3 décembre 2026",
    "il y a deux mois",
    "ils m'ont répondu",
    "aucune réponse",
    "je ne suis pas d'accord",
    "je n'ai encore contacté personne",
    "mon mail du 2 septembre",
    "je vais saisir le tribunal",
    "mon avocat",
    "et",
    "mais",
    ",",
    ".",
]


@given(texte=st.lists(st.sampled_from(FRAGMENTS), max_size=8).map(" ".join))
def test_les_faits_extraits_restent_coherents_entre_eux(texte: str) -> None:
    faits = extraire_faits(texte, MARDI_24_NOVEMBRE_2026)
    if faits.date_reclamation_ecrite is not None:
        assert faits.reclamation_ecrite is True
        assert faits.date_reclamation_ecrite <= MARDI_24_NOVEMBRE_2026
    if faits.reponse_satisfaisante is not None:
        assert faits.reponse_recue is True
    if faits.reclamation_ecrite or faits.reponse_recue:
        assert faits.contact_prealable is not False


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("il les a appelés la semaine dernière", {"contact_prealable": True}),
        ("il leur a écrit en septembre", {"reclamation_ecrite": True}),
        ("elle a reçu une réponse", {"reponse_recue": True}),
        ("il ne les a jamais contactés", {"contact_prealable": False}),
        ("elle n'a pas envoyé de courrier", {"reclamation_ecrite": False}),
    ],
)
def test_les_faits_dits_a_la_troisieme_personne(texte: str, attendu: dict[str, bool]) -> None:
    faits = extraire_faits(texte, date(2026, 11, 24))
    assert {cle: getattr(faits, cle) for cle in attendu} == attendu


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("il est pas content", False),
        ("elle est déçue", False),
        ("je suis mécontente de leur réponse", False),
        ("elle est satisfaite", True),
        ("ça lui convient", True),
        ("ça me va pas", False),
        ("ça ne lui convient pas", False),
    ],
)
def test_la_satisfaction_se_lit_dans_la_reponse_a_sa_question(texte: str, attendu: bool) -> None:
    assert lire_fait("reponse_satisfaisante", texte, date(2026, 11, 24)) is attendu


@pytest.mark.parametrize(
    ("slot", "texte", "attendu"),
    [
        ("reponse_recue", "j'en ai reçu une", True),
        ("reponse_recue", "il en a reçu une", True),
        ("reponse_recue", "elle en a eu une la semaine dernière", True),
        ("reclamation_ecrite", "j'en ai envoyé une", True),
        ("reclamation_ecrite", "elle en a envoyé une", True),
        ("reclamation_ecrite", "il en a fait une", True),
        ("procedure_en_cours", "je n'ai saisi personne", False),
        ("procedure_en_cours", "elle n'a saisi personne", False),
        ("procedure_en_cours", "personne n'est saisi", False),
    ],
)
def test_une_reponse_qui_s_appuie_sur_sa_question_a_toute_personne(
    slot: str, texte: str, attendu: bool
) -> None:
    assert lire_fait(slot, texte, date(2026, 11, 24)) is attendu


@pytest.mark.parametrize(
    ("slot", "texte"),
    [
        ("reponse_recue", "il n'en a pas reçu"),  # the yes/no reader says no
        ("reponse_recue", "s'il en a reçu une, je ne sais pas"),
        ("reclamation_ecrite", "elle n'en a pas envoyé"),
    ],
)
def test_ni_la_negation_ni_l_hypothese_ne_deviennent_un_oui(slot: str, texte: str) -> None:
    assert lire_fait(slot, texte, date(2026, 11, 24)) is not True


@pytest.mark.parametrize(
    "texte",
    [
        "jai ecrit a mutex le 3 aout, leur reponse me convient pas, jpeux saisir le mediateur ?",
        "ils m'ont répondu mais ça me va pas",
        "j'ai eu leur réponse, elle me satisfait pas",
    ],
)
def test_sans_ne_la_reponse_qui_ne_convient_pas_n_est_pas_satisfaisante(texte: str) -> None:
    faits = extraire_faits(texte, date(2026, 11, 24))
    assert (faits.reponse_recue, faits.reponse_satisfaisante) == (True, False)


def test_il_a_appele_est_un_contact() -> None:
    assert lire_fait("contact_prealable", "il a appelé le service client", date(2026, 11, 24))


def test_les_faits_ecrits_en_sms() -> None:
    faits = extraire_faits("g envoyé un mail le 3 octobre, tjrs pa de rep", date(2026, 11, 24))
    assert faits.reclamation_ecrite and faits.reponse_recue is False
    assert faits.date_reclamation_ecrite == date(2026, 10, 3)


def _lus(texte: str, *champs: str) -> dict[str, object]:
    faits = extraire_faits(texte, MARDI_24_NOVEMBRE_2026)
    return {champ: getattr(faits, champ) for champ in champs}


@pytest.mark.parametrize(
    "texte",
    [
        "J'ai écrit le 3 septembre, toujours rien",
        "J'ai écrit le 3 septembre et je n'ai toujours rien reçu",
        "Je leur ai écrit il y a trois mois, jamais eu de retour",
        "ils ont jamais répondu",
        "Ils n'ont toujours pas répondu à ma demande",
        "Mon assureur ne me répond toujours pas",
        "elle n'a jamais eu de réponse de sa mutuelle",
        "elle n a pas encore de reponse",
        "il n'a toujours rien reçu de leur part",
        "l'adhérent attend toujours une réponse",
        "Aucune nouvelle depuis, j'ai relancé deux fois.",
        "J'ai envoyé un mail le 3 octobre. Rien depuis.",
        "Mon assureur ne m'a jamais répondu",
        "la mutuelle ne m'a jamais repondu malgre mes relances",
        "Personne ne nous a répondu",
    ],
)
def test_l_absence_de_reponse_dite_de_toutes_les_facons(texte: str) -> None:
    # Nobody answers someone who never asked: the contact is implied.
    assert _lus(texte, "contact_prealable", "reponse_recue") == {
        "contact_prealable": True,
        "reponse_recue": False,
    }


@pytest.mark.parametrize(
    ("texte", "date_ecrite"),
    [
        ("Ma mutuelle ne répond pas à ma réclamation", None),
        ("mon assureur ne repond jamais a mes courriers", None),
        ("Aucune réponse à mon courrier", None),
        ("pas encore de réponse à ma réclamation", None),
        ("toujours aucune nouvelle de ma réclamation", None),
        ("elle n'a pas eu de réponse à sa réclamation", None),
        ("il n'a jamais reçu de réponse à sa lettre", None),
        ("La mutuelle n'a jamais répondu à ma lettre du 5 septembre", date(2026, 9, 5)),
        ("Je n'ai jamais eu de réponse à mon mail du 12 octobre", date(2026, 10, 12)),
        ("toujours rien depuis ma réclamation du 3 septembre", date(2026, 9, 3)),
    ],
)
def test_un_ecrit_reste_sans_reponse_est_une_reclamation_ecrite(
    texte: str, date_ecrite: date | None
) -> None:
    assert extraire_faits(texte, MARDI_24_NOVEMBRE_2026) == FaitsExtraits(
        contact_prealable=True,
        reclamation_ecrite=True,
        date_reclamation_ecrite=date_ecrite,
        reponse_recue=False,
    )


@pytest.mark.parametrize(
    "texte",
    [
        "jai envoyer un courié le 3 octobre et tjr pas de rep",
        "jai envoyé une reclamtion le 3 octobre pas de rep",
        "g envoyer 1 lettre le 3 octobre tjr rien",
        "jai envoyer une lettre recomandé le 3 octobre jamai eu de reponce",
        "jé envoyé un courier le 3 octobre toujour pa de reponse",
        "jai envoyé ma reclammation le 3 octobre, toujour rien",
        "g ecri a ma mutuel le 3 oct pa de rep",
        "JAI ENVOYER UN MAIL LE 3 OCTOBRE TJRS RIEN",
    ],
)
def test_une_ouverture_pleine_de_fautes_donne_ses_trois_faits(texte: str) -> None:
    assert _lus(texte, "reclamation_ecrite", "date_reclamation_ecrite", "reponse_recue") == {
        "reclamation_ecrite": True,
        "date_reclamation_ecrite": date(2026, 10, 3),
        "reponse_recue": False,
    }


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("je n'ai pas encore écrit", FaitsExtraits(reclamation_ecrite=False)),
        ("je n'ai pas encore envoyer ma reclamation", FaitsExtraits(reclamation_ecrite=False)),
        ("Est-ce qu'ils doivent me répondre ?", FaitsExtraits()),
        ("Combien de temps ont-ils pour répondre ?", FaitsExtraits()),
        ("Que faire s'ils ne répondent pas ?", FaitsExtraits()),
        ("Je dois envoyer un courrier ?", FaitsExtraits()),
        ("J'ai un courrier à envoyer.", FaitsExtraits()),
        ("Je vous écris ce mail car j'ai un souci", FaitsExtraits()),
        ("Ils ne font toujours rien pour mon dossier.", FaitsExtraits()),
        (
            "ils m'ont répondu mais la réponse ne me convient pas",
            FaitsExtraits(contact_prealable=True, reponse_recue=True, reponse_satisfaisante=False),
        ),
        (
            "Leur réponse ne répond pas à ma question.",
            FaitsExtraits(contact_prealable=True, reponse_recue=True, reponse_satisfaisante=False),
        ),
    ],
)
def test_ce_que_l_ouverture_ne_dit_pas_n_est_pas_lu(texte: str, attendu: FaitsExtraits) -> None:
    assert extraire_faits(texte, MARDI_24_NOVEMBRE_2026) == attendu


def test_l_absence_de_reponse_repond_a_la_question_du_contact() -> None:
    assert lire_fait("contact_prealable", "ils m'ont jamais répondu", MARDI_24_NOVEMBRE_2026)


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("Comment je fais pour me plaindre ?", True),
        ("je veux faire une réclamation contre Mutex", True),
        ("comment porter réclamation", True),
        ("je voudrais changer mon RIB", False),
        ("comment contester une amende ?", False),
    ],
)
def test_vouloir_se_plaindre(texte: str, attendu: bool) -> None:
    assert veut_se_plaindre(texte) is attendu
