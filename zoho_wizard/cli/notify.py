"""Desktop notifications through the desktop's standard service, D-Bus
``org.freedesktop.Notifications`` (GNOME, KDE, Xfce, dunst, ...), with jeepney.

What the notification says and what a click runs is decided in
:mod:`zoho_wizard.core.watch`; this module only talks to the bus. Windows and macOS have
no such service: :func:`show` answers False there, and the caller writes the message to
its log instead (see the README, "Health watch").
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from typing import Any

from zoho_wizard.core.watch import CLICK_LABEL, WatchNotice, escape_markup

log = logging.getLogger(__name__)

BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
APP_NAME = "zoho-wizard"
DESKTOP_ENTRY = "io.github.zoho_wizard.ZohoWizard"
ICON = "io.github.zoho_wizard.ZohoWizard"
# How long the check waits for a click before it ends (the notification stays on screen
# or in the desktop's list; its text says what to do without a click).
CLICK_WAIT_SECONDS = 3600.0
CALL_TIMEOUT_SECONDS = 10.0
CLOSED_REASONS = {1: "expired", 2: "dismissed", 3: "closed by a call", 4: "undefined"}


def show(
    notice: WatchNotice,
    on_click: Callable[[], None],
    *,
    wait: float = CLICK_WAIT_SECONDS,
    bus: str = "SESSION",
) -> bool:
    """Show ``notice``; run ``on_click`` if the person clicks it within ``wait`` seconds.

    Returns False, having logged why, when there is no notification service (no session
    bus, no server on it, not Linux): a scheduled check must not fail for that.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        from jeepney import DBusErrorResponse  # type: ignore[import-untyped]
        from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]
    except ImportError:
        log.info("no D-Bus library: the notification is written to the log instead")
        return False
    try:
        connection = open_dbus_connection(bus=bus)
    except (OSError, KeyError, ValueError, TimeoutError) as exc:
        log.info("no session bus for notifications (%s)", type(exc).__name__)
        return False
    try:
        with connection:
            return _show_on(connection, notice, on_click, wait)
    except (DBusErrorResponse, OSError, TimeoutError) as exc:
        log.info("the notification service did not take the notification (%s)", exc)
        return False


def _method(member: str, signature: str | None = None, body: tuple[Any, ...] = ()) -> Any:
    from jeepney import DBusAddress, new_method_call

    address = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=BUS_NAME)
    return new_method_call(address, member, signature, body)


def _call(connection: Any, message: Any) -> tuple[Any, ...]:
    from jeepney.wrappers import unwrap_msg  # type: ignore[import-untyped]

    reply = connection.send_and_get_reply(message, timeout=CALL_TIMEOUT_SECONDS)
    return tuple(unwrap_msg(reply))


def _show_on(
    connection: Any, notice: WatchNotice, on_click: Callable[[], None], wait: float
) -> bool:
    from jeepney import HeaderFields, MatchRule, message_bus

    (capabilities,) = _call(connection, _method("GetCapabilities"))
    body = escape_markup(notice.body) if "body-markup" in capabilities else notice.body
    clickable = "actions" in capabilities
    rule = MatchRule(type="signal", interface=BUS_NAME, path=OBJECT_PATH)
    # Listen before asking: a quick click must not come before the listening.
    _call(connection, message_bus.AddMatch(rule))
    with connection.filter(rule, bufsize=16) as signals:
        hints = {"urgency": ("y", 1), "desktop-entry": ("s", DESKTOP_ENTRY)}
        actions = ["default", CLICK_LABEL] if clickable else []
        (notification_id,) = _call(
            connection,
            _method(
                "Notify",
                "susssasa{sv}i",
                (APP_NAME, 0, ICON, notice.summary, body, actions, hints, -1),
            ),
        )
        log.info("notification %s shown: %s", notification_id, notice.summary)
        if not clickable:
            return True
        deadline = time.monotonic() + wait
        while (left := deadline - time.monotonic()) > 0:
            try:
                signal = connection.recv_until_filtered(signals, timeout=left)
            except TimeoutError:
                break
            if not signal.body or signal.body[0] != notification_id:
                continue  # another program's notification
            member = signal.header.fields.get(HeaderFields.member)
            if member == "ActionInvoked" and signal.body[1] == "default":
                log.info("notification clicked: opening the wizard")
                on_click()
                break
            if member == "NotificationClosed":
                reason = CLOSED_REASONS.get(signal.body[1], str(signal.body[1]))
                log.info("notification closed (%s)", reason)
                break
    return True
