"""The intent a first message is acted on."""

from bot.intentions import intention_agie_a_l_ouverture, intention_d_ouverture


def analyse(nom: str, *classement: str) -> dict[str, object]:
    return {
        "intent": {"name": nom, "confidence": 0.6},
        "intent_ranking": [{"name": n, "confidence": 0.5} for n in (nom, *classement)],
    }


def test_une_intention_d_ouverture_est_gardee() -> None:
    assert intention_agie_a_l_ouverture(analyse("question_mediateur", "informer")) == (
        "question_mediateur"
    )


def test_une_reponse_ou_une_correction_s_ouvrent_par_la_meilleure_intention_suivante() -> None:
    assert intention_agie_a_l_ouverture(analyse("informer", "corriger", "reclamation")) == (
        "reclamation"
    )
    assert intention_agie_a_l_ouverture(analyse("corriger", "nlu_fallback", "demande")) == (
        "demande"
    )


def test_sans_autre_intention_classee_rien_ne_change() -> None:
    assert intention_agie_a_l_ouverture(analyse("informer", "corriger")) == "informer"
    assert intention_agie_a_l_ouverture({"intent": {"name": "corriger"}}) == "corriger"
    assert intention_d_ouverture([]) is None


def test_le_repli_reste_le_repli() -> None:
    assert intention_agie_a_l_ouverture(analyse("nlu_fallback", "informer")) == "nlu_fallback"
