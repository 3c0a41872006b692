"""What is known about a connection's access at Zoho: asked for, granted, and proven.

Zoho's answer to the code exchange names no scopes (reference §13: its examples for the
authorization-code grant have no ``scope``), so most connections never learn what was
granted. A saved profile's ``granted_scopes`` is empty exactly then ("Zoho did not say").
What a call proved still counts: a chosen organization means the organizations list
was read, so the product's own scopes work. The done page, the receipt, the health
check and the Books error messages all read the same :class:`Grant`, so none of them
shows "not reported" as "nothing granted" or as "everything asked for".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from zoho_wizard.core import scopes
from zoho_wizard.core.details import USERINFO_SCOPE
from zoho_wizard.core.product import BOOKS, Product

if TYPE_CHECKING:
    from zoho_wizard.core.store import Profile

__all__ = ["Grant", "proven_by_connecting"]


@dataclass(frozen=True)
class Grant:
    """A connection's access as far as it is known.

    Attributes:
        requested: The scopes the connection asked for.
        granted: The scopes Zoho said it granted; None when Zoho did not say.
    """

    requested: tuple[str, ...]
    granted: tuple[str, ...] | None

    @classmethod
    def of(cls, profile: Profile) -> Grant:
        """The grant of a saved connection (an empty ``granted_scopes``: not reported)."""
        return cls(tuple(profile.scopes), tuple(profile.granted_scopes) or None)

    @property
    def known(self) -> bool:
        """True when Zoho said which scopes it granted."""
        return self.granted is not None

    def lacks(self, needed: Iterable[str]) -> tuple[str, ...]:
        """The scopes in ``needed`` this connection is known not to have.

        Known means: Zoho said what it granted and they are not among it, or they were
        never asked for (Zoho grants no more than the request names). Empty when nothing
        is known to be missing, which is not the same as everything being there.
        """
        wanted = tuple(needed)
        have = self.granted if self.granted is not None else self.requested
        return scopes.covers(have, wanted)

    def asked_for(self, scope_list: Iterable[str]) -> bool:
        """True when every scope of ``scope_list`` was asked for."""
        return not scopes.covers(self.requested, scope_list)

    def confirmed(self, proven: Iterable[str]) -> tuple[str, ...]:
        """The scopes of ``proven`` (shown to work by a call) that were asked for."""
        return tuple(s for s in proven if not scopes.covers(self.requested, (s,)))

    def unconfirmed(self, proven: Iterable[str]) -> tuple[str, ...]:
        """What was asked for that neither Zoho's answer nor a call has confirmed."""
        if self.granted is not None:
            return ()
        return scopes.covers(tuple(proven), self.requested)


def proven_by_connecting(profile: Profile, product: Product = BOOKS) -> tuple[str, ...]:
    """The scopes connecting proved to work: reading the organizations (when one was
    chosen) and reading the user's e-mail address (when it was read)."""
    proven: list[str] = []
    if profile.organization_id:
        proven.extend(product.required_scopes)
    if profile.user_email and not scopes.covers(profile.scopes, (USERINFO_SCOPE,)):
        proven.append(USERINFO_SCOPE)
    return tuple(proven)
