"""The e-mail code: drawn, hashed, limited in time and attempts, read from an answer."""

from datetime import timedelta

import pytest

from bot.verification import (
    DUREE,
    ESSAIS_MAX,
    CodeEnvoye,
    Demande,
    Issue,
    empreinte_code,
    lire_demande,
    tirer_code,
)
from tests.exemples_dossiers import MAINTENANT

SEL = "0f" * 16


def envoye(code: str = "482913", essais: int = 0) -> CodeEnvoye:
    return CodeEnvoye(empreinte_code(code, SEL), SEL, MAINTENANT, essais)


def test_code_a_six_chiffres_tire_avec_secrets() -> None:
    codes = {tirer_code() for _ in range(50)}
    assert all(len(c) == 6 and c.isdigit() for c in codes) and len(codes) > 40


def test_seule_l_empreinte_salee_est_gardee() -> None:
    code = envoye()
    assert "482913" not in code.empreinte
    assert empreinte_code("482913", "autre-sel") != code.empreinte


def test_bon_code_accepte_avant_l_expiration() -> None:
    assert envoye().juger("482913", MAINTENANT + DUREE - timedelta(seconds=1)) is Issue.ACCEPTE


def test_code_expire_apres_dix_minutes_meme_juste() -> None:
    assert timedelta(minutes=10) == DUREE
    assert envoye().juger("482913", MAINTENANT + DUREE) is Issue.EXPIRE


def test_mauvais_code_compte_ses_essais_puis_epuise_le_code() -> None:
    assert envoye().juger("000000", MAINTENANT) is Issue.FAUX
    assert envoye(essais=ESSAIS_MAX - 2).essais_restants() == 1
    assert envoye(essais=ESSAIS_MAX - 1).juger("000000", MAINTENANT) is Issue.EPUISE
    assert envoye(essais=ESSAIS_MAX).juger("482913", MAINTENANT) is Issue.EPUISE


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("482913", (Demande.CODE, "482913")),
        ("le code est 482 913", (Demande.CODE, "482913")),
        ("482-913", (Demande.CODE, "482913")),
        ("nouveau code", (Demande.NOUVEAU_CODE, None)),
        ("je n'ai pas reçu le code", (Demande.NOUVEAU_CODE, None)),
        ("renvoyez-le", (Demande.NOUVEAU_CODE, None)),
        ("passer", (Demande.PASSER, None)),
        ("on continue sans code", (Demande.PASSER, None)),
        ("1234567", (Demande.INCOMPRIS, None)),
        ("bonjour", (Demande.INCOMPRIS, None)),
    ],
)
def test_reponse_a_la_question_du_code(texte: str, attendu: tuple[Demande, str | None]) -> None:
    assert lire_demande(texte) == attendu
