"""The fixed socket.io channel: session ids, rooms and custom payloads."""

from typing import Any

from rasa.core.channels.channel import UserMessage

from rasa_addons.canal_socketio import CanalSocketIO, SortieSocketIO, identifiant_de_session


class SioEspion:
    """Records what the channel asks of python-socketio's server."""

    def __init__(self) -> None:
        self.emis: list[tuple[str, Any, dict[str, Any]]] = []
        self.salles: list[tuple[str, str]] = []

    async def emit(self, evenement: str, donnees: Any = None, **options: Any) -> None:
        self.emis.append((evenement, donnees, options))

    async def enter_room(self, sid: str, salle: str, namespace: str | None = None) -> None:
        self.salles.append((sid, salle))


def test_un_identifiant_bien_forme_est_garde_un_autre_est_remplace() -> None:
    bon = "0123456789abcdef0123456789abcdef"
    assert identifiant_de_session(bon) == bon
    for mauvais in (None, "", "alice", bon.upper(), bon + "0", 42):
        nouveau = identifiant_de_session(mauvais)
        assert nouveau != mauvais and identifiant_de_session(nouveau) == nouveau


async def test_la_charge_utile_arrive_sous_custom_comme_en_rest() -> None:
    sio = SioEspion()
    await SortieSocketIO(sio, "bot_uttered").send_custom_json("s1", {"type": "orientation"})
    assert sio.emis == [("bot_uttered", {"custom": {"type": "orientation"}}, {"room": "s1"})]


async def _canal_branche(persistance: bool) -> tuple[CanalSocketIO, list[UserMessage]]:
    recus: list[UserMessage] = []

    async def sur_message(message: UserMessage) -> None:
        recus.append(message)

    canal = CanalSocketIO(session_persistence=persistance)
    canal.blueprint(sur_message)
    return canal, recus


async def test_la_session_demandee_rejoint_sa_salle_avant_la_confirmation() -> None:
    canal, _ = await _canal_branche(persistance=True)
    assert canal.sio is not None
    espion = SioEspion()
    canal.sio.enter_room, canal.sio.emit = espion.enter_room, espion.emit
    session = "0123456789abcdef0123456789abcdef"
    await canal.sio.handlers["/"]["session_request"]("sid-1", {"session_id": session})
    assert espion.salles == [("sid-1", session)]
    assert espion.emis[0][:2] == ("session_confirm", session)


async def test_message_avec_session_mal_formee_ignore_et_sortie_corrigee_sinon() -> None:
    canal, recus = await _canal_branche(persistance=True)
    assert canal.sio is not None
    recevoir = canal.sio.handlers["/"]["user_uttered"]
    await recevoir("sid-1", {"message": "bonjour", "session_id": "alice"})
    assert recus == []
    session = "0123456789abcdef0123456789abcdef"
    await recevoir("sid-1", {"message": "bonjour", "session_id": session, "metadata": {"a": 1}})
    assert [m.sender_id for m in recus] == [session]
    assert isinstance(recus[0].output_channel, SortieSocketIO)
    assert recus[0].metadata == {"a": 1}
