"""The per-socket token bucket (rasa_addons/debit.py)."""

from hypothesis import given
from hypothesis import strategies as st

from rasa_addons.debit import Seau


def test_une_rafale_passe_puis_le_debit_moyen() -> None:
    seau = Seau(capacite=3, par_seconde=2)
    assert [seau.accepter(0.0) for _ in range(4)] == [True, True, True, False]
    assert seau.accepter(0.4) is False  # 0.8 of a message refilled
    assert seau.accepter(0.5) is True
    assert [seau.accepter(100.0) for _ in range(4)] == [True, True, True, False]  # capped


@given(st.lists(st.floats(min_value=0, max_value=10, allow_nan=False), max_size=200))
def test_jamais_plus_que_la_rafale_et_le_debit(ecarts: list[float]) -> None:
    seau = Seau(capacite=5, par_seconde=1)
    instant, acceptes = 0.0, 0
    for ecart in ecarts:
        instant += ecart
        acceptes += seau.accepter(instant)
    assert acceptes <= 5 + instant * 1 + 1e-9
