"""Each way the server can fail reaches the engine as a French, typed error."""

from __future__ import annotations

import pytest

from desktop.sync.errors import (
    ConnectionDroppedError,
    DeviceWipedError,
    ForbiddenError,
    GarbageAnswerError,
    InsecureServerError,
    NotAuthenticatedError,
    RequestRefusedError,
    ServerBusyError,
    ServerTimeoutError,
    ServerUnreachableError,
    SyncError,
    UpgradeRequiredError,
)
from desktop.sync.transport import Transport
from tests.sync.peers import Behaviour, closed_port_url, json_body, misbehaving_peer

CHANGE = {
    "change_id": "a" * 32,
    "device_seq": 1,
    "table": "person",
    "id": "b" * 32,
    "fields": {"phone": "+33612345678"},
    "base_version": 1,
    "hlc": "1764000000000-00000-" + "c" * 32,
    "deleted": False,
}


def test_push_sends_gzip_json_with_the_protocol_header_and_token() -> None:
    behaviour = Behaviour("status", 200, json_body({"protocol": 1, "results": [], "hlc": None}))
    with misbehaving_peer(behaviour) as url, Transport(url, "jeton") as transport:
        answer = transport.push("d" * 32, [CHANGE])
    assert answer.results == []
    [request] = behaviour.received
    assert request.request_line.startswith("POST /sync/v1/push ")
    assert request.headers["x-escale-protocol"] == "1"
    assert request.headers["authorization"] == "Bearer jeton"
    assert request.headers["content-encoding"] == "gzip"
    assert request.json() == {"protocol": 1, "device_id": "d" * 32, "changes": [CHANGE]}


def test_pull_asks_from_the_cursor() -> None:
    page = {
        "protocol": 1,
        "records": [],
        "purges": [],
        "conflicts": [],
        "cursor": 40,
        "more": False,
        "checksums": {},
    }
    behaviour = Behaviour("status", 200, json_body(page))
    with misbehaving_peer(behaviour) as url, Transport(url, "jeton") as transport:
        assert transport.pull(40, 500).cursor == 40
    assert behaviour.received[0].request_line.startswith("GET /sync/v1/pull?cursor=40&limit=500 ")


def test_nobody_listening_is_unreachable() -> None:
    url = closed_port_url()
    with Transport(url) as transport, pytest.raises(ServerUnreachableError) as caught:
        transport.pull(0, 500)
    assert "injoignable" in caught.value.message and url in caught.value.message
    assert caught.value.retryable


@pytest.mark.parametrize(
    ("behaviour", "error", "words"),
    [
        (Behaviour("hang-up"), ConnectionDroppedError, "coupée"),
        (
            Behaviour("raw", body=b"\x00\x01ceci n'est pas du HTTP\r\n\r\n"),
            ConnectionDroppedError,
            "coupée",
        ),
        (
            Behaviour("status", 200, b"<html>Portail captif</html>"),
            GarbageAnswerError,
            "incompréhensible",
        ),
        (
            Behaviour("status", 200, json_body({"protocol": 2, "records": []})),
            GarbageAnswerError,
            "incompréhensible",
        ),
        (
            Behaviour(
                "status",
                200,
                json_body({"protocol": 1, "records": [{"table": 3}], "cursor": 1, "more": False}),
            ),
            GarbageAnswerError,
            "incompréhensible",
        ),
        (
            Behaviour("status", 426, json_body({"detail": "trop ancienne"})),
            UpgradeRequiredError,
            "mettez à jour Escale",
        ),
        (
            Behaviour("status", 401, json_body({"detail": "Jeton expiré : reconnectez-vous."})),
            NotAuthenticatedError,
            "Jeton expiré",
        ),
        (Behaviour("status", 401, b""), NotAuthenticatedError, "Reconnectez-vous"),
        (
            Behaviour("status", 403, json_body({"detail": "Compte désactivé."})),
            ForbiddenError,
            "Compte désactivé",
        ),
        (Behaviour("status", 403, b"nope"), ForbiddenError, "refuse l'accès"),
        (Behaviour("status", 503, b""), ServerBusyError, "indisponible"),
        (
            Behaviour("status", 422, json_body({"detail": "Curseur invalide."})),
            RequestRefusedError,
            "Curseur invalide",
        ),
    ],
)
def test_a_misbehaving_server_gives_a_french_error(
    behaviour: Behaviour, error: type[SyncError], words: str
) -> None:
    with (
        misbehaving_peer(behaviour) as url,
        Transport(url, "jeton") as transport,
        pytest.raises(error) as caught,
    ):
        transport.pull(0, 500)
    assert words in caught.value.message


def test_a_server_that_does_not_answer_in_time_times_out() -> None:
    with (
        misbehaving_peer(Behaviour("slow", delay=2.0)) as url,
        Transport(url, "jeton", timeout=0.3) as transport,
        pytest.raises(ServerTimeoutError) as caught,
    ):
        transport.pull(0, 500)
    assert "ne répond pas à temps" in caught.value.message
    assert caught.value.retryable


@pytest.mark.parametrize(
    "url",
    [
        "http://escale.region.fr",
        "http://192.168.1.20:8765",
        "http://localhost.attaquant.fr",
        "http://10.0.0.1",
        "ftp://escale.region.fr",
        "escale.region.fr",
        "https://",
        "",
    ],
)
def test_a_password_never_goes_over_plain_http_to_another_machine(url: str) -> None:
    with pytest.raises(InsecureServerError) as caught:
        Transport(url)
    assert "n'est pas sûre" in caught.value.message and "https://" in caught.value.message
    assert not caught.value.retryable


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:8765", "http://127.8.9.10", "http://[::1]:8765", "http://localhost:8765/",
     "https://escale.region.fr", "https://192.168.1.20:8443"],
)  # fmt: skip
def test_https_anywhere_and_http_to_this_machine_are_accepted(url: str) -> None:
    with Transport(url) as transport:
        assert transport.server_url == url.rstrip("/")


def test_a_device_reported_lost_is_told_to_wipe() -> None:
    answer = json_body({"detail": "Ce poste a été déclaré perdu.", "code": "device_wiped"})
    with (
        misbehaving_peer(Behaviour("status", 410, answer)) as url,
        Transport(url, "jeton") as transport,
        pytest.raises(DeviceWipedError) as caught,
    ):
        transport.pull(0, 500)
    assert "déclaré perdu" in caught.value.message and not caught.value.retryable
    gone = json_body({"detail": "Disparu."})  # a 410 without the code wipes nothing
    with (
        misbehaving_peer(Behaviour("status", 410, gone)) as url,
        Transport(url, "jeton") as transport,
        pytest.raises(RequestRefusedError),
    ):
        transport.pull(0, 500)
