"""The PySide6 wizard: pages render the state, the controller applies core transitions.

Nothing in here talks to the network directly: every blocking call is a core function
run by :mod:`zoho_wizard.ui.worker` off the GUI thread.
"""
