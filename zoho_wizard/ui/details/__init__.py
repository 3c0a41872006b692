"""The details page's sections, each a widget that owns its controls and their checks.

:class:`~zoho_wizard.ui.pages.details.DetailsPage` stacks them top to bottom:

- :mod:`.banners`: practice mode, where the keys go, and the firm's preset;
- :mod:`.way_in`: "Sign in to Zoho" or "Use a code from the API console";
- :mod:`.connection` and :mod:`.credentials`: the connection's name, the client ID and
  secret, the data center;
- :mod:`.access_choices`: what the firm's tools may do (the choices, or a preset's own list);
- :mod:`zoho_wizard.ui.self_client`: the Self Client panel and its pasted code;
- :mod:`.advanced`: the redirect address to register, and the advanced settings.

:mod:`.preset_locks` fills them from a firm's preset and keeps its locked values;
:mod:`.field` is the checked text field they share.
"""
