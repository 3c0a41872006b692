"""A local, read-only Zoho Books feed for spreadsheets and BI tools (``zoho-wizard serve``).

Excel's "From Web" (Power Query), Power BI and LibreOffice cannot run a command, and a
pasted access token dies within the hour. The feed listens on this computer only
(``127.0.0.1``) and answers ``GET http://127.0.0.1:PORT/<key>/books/...`` with the
connection's Books, the token and the organization added; ``.../books/invoices.csv`` and the
other lists come as CSV with every page followed.

The decisions, one module each:

- :mod:`~zoho_wizard.core.feed.keys`: the address's secret part per connection (kept in
  the password store beside the connection's other keys), the port, the addresses;
- :mod:`~zoho_wizard.core.feed.lists`: which Books lists are offered, in plain words;
- :mod:`~zoho_wizard.core.feed.table`: a Books list as CSV (nested fields flattened, UTF-8
  with a byte-order mark so Excel reads accents right);
- :mod:`~zoho_wizard.core.feed.limits`: Books' 100 calls a minute per organization held
  (a call waits its turn), and the day's calls counted;
- :mod:`~zoho_wizard.core.feed.server`: the HTTP server itself;
- :mod:`~zoho_wizard.core.feed.autostart`: starting the feed with the computer.
"""
