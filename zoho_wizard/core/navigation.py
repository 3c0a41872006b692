"""Moving between the wizard's screens before anyone signs in.

The first screen asks who is there (:data:`Step.WELCOME`): a bookkeeper with the admin's
setup file, someone with the app's details, or the admin, who sets up once for staff
(:data:`Step.ADMIN_SETUP`, with the API console checklist behind it). Later launches open
on the saved connections (:data:`Step.START`). Nothing here was issued by Zoho yet, so
every move keeps what was typed and loses nothing.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from zoho_wizard.core.flow import Step, WizardState

if TYPE_CHECKING:
    from zoho_wizard.core.details import ConnectionDetails


def initial_state(has_connections: bool, setup_ready: bool = False) -> WizardState:
    """Where the wizard opens: the saved connections if any; else, with the admin's
    complete setup, straight to signing in; else the first screen, which asks who is
    there."""
    if has_connections:
        return WizardState(step=Step.START)
    return WizardState(step=Step.DETAILS if setup_ready else Step.WELCOME)


def new_connection(state: WizardState, blank: ConnectionDetails | None = None) -> WizardState:
    """Start page → details for a new connection.

    ``blank`` replaces what the form holds when that is a reconnect's values (a preset's
    form passes None: its own values stay).
    """
    details = blank if state.form_from_reconnect else None
    return WizardState(step=Step.DETAILS, details=details, exchanged=state.exchanged)


def reconnect(details: ConnectionDetails, state: WizardState | None = None) -> WizardState:
    """Start page → details pre-filled from a saved connection, marked as a reconnect."""
    exchanged = state.exchanged if state is not None else frozenset()
    return WizardState(
        step=Step.DETAILS,
        details=details,
        reconnect_of=details.name,
        form_from_reconnect=True,
        exchanged=exchanged,
    )


# --- "Before you start": how the firm's admin registers the client -----------------------


def open_before_start(state: WizardState) -> WizardState:
    """Details or the admin's setup → the admin's checklist (how to register the app in
    Zoho's API console); everything entered (or a reconnect) is kept."""
    if state.step in (Step.DETAILS, Step.ADMIN_SETUP, Step.WELCOME):
        return replace(state, step=Step.BEFORE_START, came_from=state.step, error=None)
    return state


def close_before_start(state: WizardState) -> WizardState:
    """ "Before you start" → back to (or on to) the details, as they were."""
    if state.step is Step.BEFORE_START:
        return replace(state, step=state.came_from or Step.DETAILS, came_from=None)
    return state


# --- saved connections: back to the list, and who came back on a reconnect --------------


def back_to_start(state: WizardState) -> WizardState:
    """Details → the saved connections. Nothing was issued yet, so nothing is lost."""
    if state.step is Step.DETAILS:
        held = state.form_from_reconnect or state.reconnect_of is not None
        return WizardState(step=Step.START, form_from_reconnect=held, exchanged=state.exchanged)
    return state


# --- the first screen: who is there ----------------------------------------------------


def enter_details(state: WizardState) -> WizardState:
    """First screen → the details page ("Enter the app details")."""
    if state.step is Step.WELCOME:
        return replace(state, step=Step.DETAILS, error=None)
    return state


_SETUP_OPENS_FROM = (Step.WELCOME, Step.START, Step.DETAILS, Step.ADMIN_SETUP)


def can_open_setup(state: WizardState) -> bool:
    """Whether a setup file may be opened now: not while a sign-in is under way (nothing
    issued may be lost)."""
    return state.step in _SETUP_OPENS_FROM


def setup_opened(state: WizardState) -> WizardState:
    """A setup file was opened (first screen, saved connections, the details page, or the
    admin trying the file just saved): on to the details page, which shows the admin's
    setup as one card."""
    if can_open_setup(state):
        return WizardState(step=Step.DETAILS, exchanged=state.exchanged)
    return state


def open_admin_setup(state: WizardState) -> WizardState:
    """First screen or saved connections → "Set up for staff"."""
    if state.step in (Step.WELCOME, Step.START):
        return replace(state, step=Step.ADMIN_SETUP, came_from=state.step, error=None)
    return state


def close_admin_setup(state: WizardState, has_connections: bool = False) -> WizardState:
    """ "Set up for staff" → back where it was opened from.

    After a visit to the API console checklist the page no longer knows where that was
    (``came_from`` holds one step): then it is where a launch would open, the saved
    connections if there are any, else the first screen.
    """
    if state.step is Step.ADMIN_SETUP:
        home = Step.START if has_connections else Step.WELCOME
        return replace(state, step=state.came_from or home, came_from=None)
    return state


def back_to_welcome(state: WizardState) -> WizardState:
    """Details → the first screen (a new install, nothing saved yet)."""
    if state.step is Step.DETAILS and state.reconnect_of is None:
        return replace(state, step=Step.WELCOME, error=None)
    return state
