"""The details page's sections, each a widget that owns its controls and their checks.

:class:`~zoho_wizard.ui.pages.details.DetailsPage` stacks them top to bottom:

- :mod:`.banners`: practice mode, the password store, and the firm's setup;
- :mod:`.card`: the firm's complete setup as one card (the page shows nothing else);
- :mod:`.credentials`: the app the firm registered in Zoho, its App ID and App secret;
- :mod:`.access_choices`: what the firm's tools may do, one line with "Change…";
- :mod:`.advanced`: behind one toggle, :mod:`.way_in` (the other ways to connect, with
  :mod:`zoho_wizard.ui.details.self_client`'s panel), :mod:`.data_center` (where the app was
  registered), the redirect address and the client type.

:mod:`.preset_locks` fills them from a firm's preset and keeps its locked values;
:mod:`.field` is the checked text field they share. The connection is not named here
(:func:`zoho_wizard.core.saved.new_connection_name`).
"""
