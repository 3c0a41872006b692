"""One wizard page per module; each renders a :class:`~zoho_wizard.core.screen.ScreenState`."""
