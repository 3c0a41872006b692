"""zoho-wizard: connect Zoho Books to a firm's tools in a few clicks."""

__version__ = "0.1.0"
