"""Writing to the Secret Service (GNOME Keyring, KWallet) directly, for speed.

``keyring`` writes one secret per call, each on a new D-Bus connection with a new
encrypted session, and ``secretstorage``'s ``Collection.create_item`` makes three D-Bus
round trips per item (is the collection locked? create it; what is its label?). Saving a
connection's three secrets that way waits on the password store nine times or more. Here
the connection and session are opened once (ahead of time, see
:meth:`~zoho_wizard.core.store.KeyringSecretStore.prepare`) and the three ``CreateItem``
calls are sent together, so the password store works through them while we wait once.

The items are exactly the ones ``keyring`` writes: any program that uses ``keyring``
(``keyring.get_password``) reads them.

Imported only when secrets are written: ``keyring``, ``secretstorage`` and ``jeepney``
load here, never at start-up.
"""

from __future__ import annotations

from typing import Any

# (kind, label, attributes, secret) of one item to write.
Item = tuple[str, str, dict[str, str], str]
# What GNOME Keyring answers a CreateItem in a locked collection (the specification
# allows a prompt instead, handled too).
IS_LOCKED = "org.freedesktop.Secret.Error.IsLocked"


def open_collection(*, open_session: bool) -> tuple[Any, Any] | None:
    """(backend, unlocked collection on a new D-Bus connection) when ``keyring`` uses the
    Secret Service; None for any other password store.

    With ``open_session`` the encrypted session is opened too (the slow part: a key
    exchange), and its encryption made ready.

    Raises:
        keyring.errors.KeyringError: the Secret Service could not be reached or unlocked.
    """
    import keyring

    try:
        from keyring.backends.SecretService import Keyring as SecretServiceKeyring
    except ImportError:  # pragma: no cover (not Linux, or no secretstorage)
        return None
    backend = keyring.get_keyring()
    if not isinstance(backend, SecretServiceKeyring):
        return None
    collection = backend.get_preferred_collection()  # type: ignore[no-untyped-call]
    if open_session:
        from secretstorage.util import format_secret
        from secretstorage.util import open_session as open_secret_session

        try:
            collection.session = open_secret_session(collection.connection)
        except Exception:
            collection.connection.close()
            raise
        # The first encryption of a process loads the cipher (about 4 ms): now, not
        # while the keys are waiting to be stored.
        format_secret(collection.session, b"", "text/plain")
    return backend, collection


def create_items(collection: Any, items: list[Item], written: list[str]) -> None:
    """Create or replace ``items`` in ``collection`` (``replace=True``, as ``keyring``
    does), appending each item's kind to ``written`` once the password store confirmed it.

    Every ``CreateItem`` call is sent first and the answers are read after, in order. A
    collection that was locked since it was opened answers with a prompt instead of an
    item: that raises ``LockedException``, as ``Collection.create_item`` would. When one
    item fails, the others were still sent: ``written`` names every one that was stored,
    so the caller can take them back, and the first failure is raised.

    Raises:
        secretstorage.exceptions.SecretStorageException: the password store refused.
        jeepney.DBusErrorResponse: any other D-Bus error (as ``create_item`` raises it).
        OSError: the D-Bus connection is gone.
    """
    from jeepney import (  # type: ignore[import-untyped]
        DBusAddress,
        HeaderFields,
        MessageType,
        new_method_call,
    )
    from secretstorage.defines import SS_PREFIX
    from secretstorage.exceptions import LockedException
    from secretstorage.util import BUS_NAME, format_secret, open_session

    bus = collection.connection
    if not collection.session:
        collection.session = open_session(bus)
    address = DBusAddress(collection.collection_path, BUS_NAME, SS_PREFIX + "Collection")
    sent: dict[int, str] = {}  # serial -> kind
    for kind, label, attributes, secret in items:
        properties = {
            SS_PREFIX + "Item.Label": ("s", label),
            SS_PREFIX + "Item.Attributes": ("a{ss}", attributes),
        }
        encrypted = format_secret(collection.session, secret.encode("utf-8"), "text/plain")
        message = new_method_call(
            address, "CreateItem", "a{sv}(oayays)b", (properties, encrypted, True)
        )
        serial = next(bus.outgoing_serial)
        bus.send(message, serial=serial)
        sent[serial] = kind
    answers: dict[int, Any] = {}
    while len(answers) < len(sent):
        reply = bus.receive()
        serial = reply.header.fields.get(HeaderFields.reply_serial, -1)
        if serial in sent:
            answers[serial] = reply
        # Anything else (a signal) is not for us: secretstorage drops it too.
    failure: Exception | None = None
    for serial, kind in sent.items():  # in the order they were sent
        reply = answers[serial]
        try:
            if reply.header.message_type == MessageType.error:
                raise_for_error(reply)
            item_path, _prompt = reply.body
            if len(item_path) <= 1:  # "/": locked meanwhile; a prompt to unlock came instead
                raise LockedException("Collection is locked!")
        except Exception as exc:  # the first failure is raised once every answer is read
            failure = failure or exc
            continue
        # Also after a failure: what was stored must be known, to be taken back.
        written.append(kind)
    if failure is not None:
        raise failure


def raise_for_error(reply: Any) -> None:
    """Raise what ``secretstorage`` raises for this D-Bus error answer."""
    from jeepney import DBusErrorResponse
    from secretstorage import defines
    from secretstorage.exceptions import (
        ItemNotFoundException,
        LockedException,
        SecretServiceNotAvailableException,
    )

    error = DBusErrorResponse(reply)
    if error.name == IS_LOCKED:  # create_item checks first and raises this instead
        raise LockedException("Collection is locked!") from error
    if error.name in (
        defines.DBUS_UNKNOWN_METHOD,
        defines.DBUS_NO_SUCH_OBJECT,
        defines.DBUS_UNKNOWN_OBJECT,
    ):
        raise ItemNotFoundException("Item does not exist!") from error
    if error.name in (
        defines.DBUS_SERVICE_UNKNOWN,
        defines.DBUS_EXEC_FAILED,
        defines.DBUS_NO_REPLY,
    ):
        data = error.data[0] if isinstance(error.data, tuple) and error.data else error.data
        raise SecretServiceNotAvailableException(data) from error
    raise error
