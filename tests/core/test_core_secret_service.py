"""Writing several Secret Service items at once: every answer handled as secretstorage
would handle it (the real service's side is in tests/test_secret_stores.py)."""

from __future__ import annotations

import itertools
import sys
from typing import Any

import pytest

if sys.platform != "linux":  # (secretstorage and jeepney are installed on Linux only)
    pytest.skip("the Secret Service is Linux's password store", allow_module_level=True)

from jeepney import DBusErrorResponse, HeaderFields, Message, new_error, new_method_return
from secretstorage.dhcrypto import Session
from secretstorage.exceptions import LockedException, SecretServiceNotAvailableException

from zoho_wizard.core import secret_service

COLLECTION = "/org/freedesktop/secrets/collection/login"


class FakeBus:
    """A D-Bus connection whose password store answers each CreateItem with the next of
    ``answers``: an item path, or an error name. Answers come only once all calls were
    sent, and in reverse order, with a signal in between."""

    def __init__(self, answers: list[str]) -> None:
        self.outgoing_serial = itertools.count(1)
        self.answers = answers
        self.sent: list[Message] = []
        self.inbox: list[Message] = []

    def send(self, message: Message, serial: int) -> None:
        assert not self.inbox, "a call was sent after answers were read"
        message.header.serial = serial
        self.sent.append(message)

    def receive(self) -> Message:
        if not self.inbox:
            assert len(self.sent) == len(self.answers), "answers read before every call was sent"
            for call, answer in zip(self.sent, self.answers, strict=True):
                if answer.startswith("/"):
                    reply = new_method_return(call, "oo", (answer, "/"))
                else:
                    reply = new_error(call, answer, "s", ("refused",))
                self.inbox.insert(0, reply)
            self.inbox.insert(1, new_method_return(self.sent[0], "", ()))  # not ours
            self.inbox[1].header.fields.clear()
        return self.inbox.pop(0)


class FakeCollection:
    def __init__(self, bus: FakeBus) -> None:
        self.connection = bus
        self.collection_path = COLLECTION
        self.session = Session()
        self.session.encrypted = False
        self.session.object_path = "/org/freedesktop/secrets/session/1"


ITEMS: list[secret_service.Item] = [
    (
        "client_secret",
        "Password for 'A/client_secret' on 'zw'",
        {"username": "A/client_secret"},
        "s1",
    ),
    (
        "refresh_token",
        "Password for 'A/refresh_token' on 'zw'",
        {"username": "A/refresh_token"},
        "s2",
    ),
    ("access_token", "Password for 'A/access_token' on 'zw'", {"username": "A/access_token"}, "s3"),
]


def _write(answers: list[str]) -> tuple[FakeBus, list[str]]:
    bus = FakeBus(answers)
    written: list[str] = []
    secret_service.create_items(FakeCollection(bus), ITEMS, written)
    return bus, written


def test_every_item_is_sent_before_any_answer_is_read_and_confirmed_in_order() -> None:
    bus, written = _write(["/item/1", "/item/2", "/item/3"])
    assert written == ["client_secret", "refresh_token", "access_token"]
    calls: list[Any] = [m.body for m in bus.sent]
    assert [m.header.fields[HeaderFields.member] for m in bus.sent] == ["CreateItem"] * 3
    for (_kind, label, attributes, secret), (properties, encrypted, replace) in zip(
        ITEMS, calls, strict=True
    ):
        assert properties["org.freedesktop.Secret.Item.Label"] == ("s", label)
        assert properties["org.freedesktop.Secret.Item.Attributes"] == ("a{ss}", attributes)
        assert encrypted[2] == secret.encode() and encrypted[3] == "text/plain"
        assert replace is True  # as keyring writes them: one item per account


def test_a_collection_locked_meanwhile_raises_locked_with_nothing_written() -> None:
    with pytest.raises(LockedException):
        _write(["org.freedesktop.Secret.Error.IsLocked"] * 3)
    with pytest.raises(LockedException):
        _write(["/", "/", "/"])  # the specification's other answer: a prompt


def test_a_refusal_in_the_middle_reports_every_item_that_was_stored() -> None:
    bus = FakeBus(["/item/1", "org.freedesktop.Secret.Error.IsLocked", "/item/3"])
    written: list[str] = []
    with pytest.raises(LockedException):
        secret_service.create_items(FakeCollection(bus), ITEMS, written)
    # The third was sent with the others and stored: the caller takes both back.
    assert written == ["client_secret", "access_token"]


def test_d_bus_errors_become_what_secretstorage_raises() -> None:
    with pytest.raises(SecretServiceNotAvailableException):
        _write(["org.freedesktop.DBus.Error.ServiceUnknown"] * 3)
    with pytest.raises(DBusErrorResponse):
        _write(["org.freedesktop.DBus.Error.AccessDenied"] * 3)
