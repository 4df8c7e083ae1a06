"""The fixed socket.io channel: proven sessions, bound sockets, origins, custom payloads."""

import time
from typing import Any

import pytest
from rasa.core.channels.channel import UserMessage

from bot.preuves import LAISSEZ_PASSER_AGENT, jeton_de_conversation, signer
from rasa_addons.canal_socketio import CanalSocketIO, SortieSocketIO
from rasa_addons.debit import RAFALE, TROP_DE_MESSAGES

SECRET = "s" * 40
CLE = SECRET.encode()
SESSION = "0123456789abcdef0123456789abcdef"


class SioEspion:
    """Records what the channel asks of python-socketio's server."""

    def __init__(self) -> None:
        self.emis: list[tuple[str, Any, dict[str, Any]]] = []
        self.salles: list[tuple[str, str]] = []

    async def emit(self, evenement: str, donnees: Any = None, **options: Any) -> None:
        self.emis.append((evenement, donnees, options))

    async def enter_room(self, sid: str, salle: str, namespace: str | None = None) -> None:
        self.salles.append((sid, salle))

    async def leave_room(self, sid: str, salle: str, namespace: str | None = None) -> None:
        self.salles.remove((sid, salle))


async def test_la_charge_utile_arrive_sous_custom_comme_en_rest() -> None:
    sio = SioEspion()
    await SortieSocketIO(sio, "bot_uttered").send_custom_json("s1", {"type": "orientation"})
    assert sio.emis == [("bot_uttered", {"custom": {"type": "orientation"}}, {"room": "s1"})]


@pytest.fixture
def canal(monkeypatch: pytest.MonkeyPatch) -> tuple[CanalSocketIO, SioEspion, list[UserMessage]]:
    monkeypatch.setenv("RECOURS_SESSION_SECRET", SECRET)
    monkeypatch.setenv("RECOURS_CORS_ORIGINS", "http://site.fr")
    recus: list[UserMessage] = []

    async def sur_message(message: UserMessage) -> None:
        recus.append(message)

    canal = CanalSocketIO(session_persistence=True)
    canal.blueprint(sur_message)
    assert canal.sio is not None
    espion = SioEspion()
    canal.sio.enter_room, canal.sio.emit = espion.enter_room, espion.emit  # type: ignore[method-assign]
    canal.sio.leave_room = espion.leave_room  # type: ignore[method-assign]
    return canal, espion, recus


def _gestionnaire(canal: CanalSocketIO, evenement: str) -> Any:
    assert canal.sio is not None
    return canal.sio.handlers["/"][evenement]


async def test_une_session_prouvee_reprend_et_rejoint_sa_salle_avant_la_confirmation(
    canal: tuple[CanalSocketIO, SioEspion, list[UserMessage]],
) -> None:
    socket_io, espion, _ = canal
    demande = {"session_id": SESSION, "jeton": jeton_de_conversation(CLE, SESSION)}
    await _gestionnaire(socket_io, "session_request")("sid-1", demande)
    assert espion.salles == [("sid-1", SESSION)]
    assert espion.emis[0][:2] == ("session_confirm", (SESSION, demande["jeton"]))


@pytest.mark.parametrize(
    "demande",
    [
        {"session_id": SESSION},
        {"session_id": SESSION, "jeton": "0" * 64},
        {"session_id": SESSION, "jeton": jeton_de_conversation(b"x" * 40, SESSION)},
        {"session_id": "alice", "jeton": jeton_de_conversation(CLE, "bob")},
        {"session_id": 42},
        {},
    ],
)
async def test_une_session_sans_sa_preuve_est_remplacee_par_une_neuve_prouvee(
    canal: tuple[CanalSocketIO, SioEspion, list[UserMessage]], demande: Any
) -> None:
    socket_io, espion, _ = canal
    await _gestionnaire(socket_io, "session_request")("sid-1", demande)
    evenement, (session, jeton), _ = espion.emis[0]
    assert evenement == "session_confirm" and session != SESSION
    assert len(session) == 32 and jeton == jeton_de_conversation(CLE, session)


@pytest.mark.parametrize("demande", [None, "chaîne", 42])
async def test_une_demande_de_session_malformee_est_ignoree(
    canal: tuple[CanalSocketIO, SioEspion, list[UserMessage]], demande: Any
) -> None:
    socket_io, espion, _ = canal
    await _gestionnaire(socket_io, "session_request")("sid-1", demande)
    assert espion.emis == []


async def test_un_socket_ne_parle_que_dans_sa_session(
    canal: tuple[CanalSocketIO, SioEspion, list[UserMessage]],
) -> None:
    socket_io, espion, recus = canal
    recevoir = _gestionnaire(socket_io, "user_uttered")
    await recevoir("sid-1", {"message": "bonjour", "session_id": SESSION})
    assert recus == []  # no session confirmed to this socket
    await _gestionnaire(socket_io, "session_request")("sid-1", {})
    propre = espion.emis[0][1][0]
    await recevoir("sid-1", {"message": "oui", "session_id": SESSION})
    assert recus == []  # another person's session
    metadata = {"organisation": "mutex", "audience": "agent", "agent": "x"}
    await recevoir("sid-1", {"message": "bonjour", "session_id": propre, "metadata": metadata})
    await recevoir("sid-1", {"message": "et ensuite"})
    assert [m.sender_id for m in recus] == [propre, propre]
    assert isinstance(recus[0].output_channel, SortieSocketIO)
    assert recus[0].metadata == {"organisation": "mutex", "audience": "public"}


async def test_l_audience_conseiller_ne_vient_que_d_un_laissez_passer_valide(
    canal: tuple[CanalSocketIO, SioEspion, list[UserMessage]],
) -> None:
    socket_io, _, recus = canal
    demander = _gestionnaire(socket_io, "session_request")
    recevoir = _gestionnaire(socket_io, "user_uttered")
    valide = signer(CLE, LAISSEZ_PASSER_AGENT, "claire", int(time.time()) + 60)
    perime = signer(CLE, LAISSEZ_PASSER_AGENT, "claire", int(time.time()) - 1)
    autre_usage = signer(CLE, "session-agent", "claire", int(time.time()) + 60)
    for sid, laissez_passer in (("a", valide), ("b", perime), ("c", autre_usage), ("d", "x")):
        await demander(sid, {"laissez_passer": laissez_passer})
        await recevoir(sid, {"message": "bonjour"})
    assert [m.metadata for m in recus] == [
        {"audience": "agent", "agent": "claire"},
        {"audience": "public"},
        {"audience": "public"},
        {"audience": "public"},
    ]


async def test_une_origine_non_admise_est_refusee(
    canal: tuple[CanalSocketIO, SioEspion, list[UserMessage]],
) -> None:
    connecter = _gestionnaire(canal[0], "connect")
    assert await connecter("sid-1", {"HTTP_ORIGIN": "http://site.fr"}) is True
    assert await connecter("sid-2", {}) is True  # not a browser
    assert await connecter("sid-3", {"HTTP_ORIGIN": "http://pirate.example"}) is False


async def test_un_socket_qui_inonde_recoit_une_reponse_courte_et_rien_n_atteint_rasa(
    canal: tuple[CanalSocketIO, SioEspion, list[UserMessage]],
) -> None:
    socket_io, espion, recus = canal
    await _gestionnaire(socket_io, "session_request")("sid-1", {})
    await _gestionnaire(socket_io, "session_request")("sid-2", {})
    recevoir = _gestionnaire(socket_io, "user_uttered")
    for _ in range(RAFALE + 15):
        await recevoir("sid-1", {"message": "spam"})
    await recevoir("sid-2", {"message": "bonjour"})  # another socket is not held back
    assert len(recus) == RAFALE + 1
    refus = [e for e in espion.emis if e[1] == {"text": TROP_DE_MESSAGES}]
    assert len(refus) == 15 and all(e[2]["room"] == "sid-1" for e in refus)
