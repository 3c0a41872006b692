"""One wizard page per module; each renders a :class:`~zoho_wizard.ui.controller.UiState`."""
