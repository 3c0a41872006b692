"""``python -m zoho_wizard.sandbox [--host H] [--port N]``: serve the sandbox until Ctrl-C."""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Sequence

from zoho_wizard.sandbox.practice import (
    PRACTICE_CLIENT_ID,
    PRACTICE_DEVICE_CLIENT_ID,
    PRACTICE_EMAIL,
    PRACTICE_EU_EMAIL,
    PRACTICE_PASSWORD,
    PRACTICE_REDIRECT_URI,
    PRACTICE_SELF_CLIENT_ID,
    PRACTICE_SELF_CLIENT_SECRET,
)
from zoho_wizard.sandbox.server import Sandbox


def main(argv: Sequence[str] | None = None) -> int:
    """Start the sandbox, print where it is and how to sign in, serve until interrupted."""
    parser = argparse.ArgumentParser(
        prog="python -m zoho_wizard.sandbox",
        description="A local fake Zoho (accounts + Books) for practice and tests.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port (default: any free port)")
    args = parser.parse_args(argv)

    sandbox = Sandbox(host=args.host, port=args.port)
    sandbox.start()
    print(f"Zoho sandbox running at {sandbox.base_url}  (practice only; Ctrl-C stops it)")
    print(f"  US accounts server: {sandbox.accounts_url('us')}")
    print(f"  US API domain:      {sandbox.api_domain('us')}")
    print(f"  Practice client ID: {PRACTICE_CLIENT_ID}")
    print(f"  Redirect URI:       {PRACTICE_REDIRECT_URI}")
    print(f"  Sign in as:         {PRACTICE_EMAIL} / {PRACTICE_PASSWORD}")
    print(f"  EU user (redirect): {PRACTICE_EU_EMAIL} / {PRACTICE_PASSWORD}")
    print(f"  Self Client page:   {sandbox.accounts_url('us')}/selfclient")
    print(f"  Self Client (jobs): {PRACTICE_SELF_CLIENT_ID} / {PRACTICE_SELF_CLIENT_SECRET}")
    print(f"  Non-browser client: {PRACTICE_DEVICE_CLIENT_ID} (device sign-in)")
    print(f"  Device page:        {sandbox.accounts_url('us')}/device")
    sys.stdout.flush()
    stopped = threading.Event()
    try:
        while not stopped.wait(0.5):
            pass
    except KeyboardInterrupt:
        print("\nStopping.")
    finally:
        sandbox.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
