"""End to end with a real headless browser: Debian's Chromium, driven through its
chromedriver (WebDriver, with selenium), clicks Connect on the example portal, signs in
on the sandbox's Zoho page, accepts, picks the organization and lands on "connected",
then disconnects.

The pages it passes are saved as PNGs (to ``ZOHO_WIZARD_WEB_SCREENSHOTS`` when set:
``docs/screenshots`` holds the ones in the README). Without Chromium here the test is
skipped; CI installs it (scripts/setup.sh --test) and fails without it.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_web_flask import load_example
from werkzeug.serving import make_server

from zoho_wizard.sandbox import PRACTICE_EMAIL, PRACTICE_PASSWORD, Sandbox

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")
WAIT = 60.0  # an upper bound for a page to appear, never a measure of speed


@pytest.fixture
def portal(sandbox: Sandbox, tmp_path: Path) -> Iterator[str]:
    """The example portal (``--demo``) served over real HTTP on an OS-chosen port."""
    server = make_server("127.0.0.1", 0, app=None, threaded=True)  # type: ignore[arg-type]
    server.app = load_example().demo_app(sandbox, server.server_port, tmp_path)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def browser() -> Iterator[object]:
    if not (CHROMIUM and CHROMEDRIVER):
        if os.environ.get("CI"):
            pytest.fail("CI must install chromium and chromium-driver (scripts/setup.sh --test)")
        pytest.skip("Chromium and its driver are not installed here")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    options.add_argument("--window-size=1000,820")
    if os.geteuid() == 0:
        options.add_argument("--no-sandbox")  # Chromium's sandbox cannot run as root (CI)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    try:
        yield driver
    finally:
        driver.quit()


def test_connect_in_a_real_browser_lands_on_connected(
    portal: str, browser: object, sandbox: Sandbox, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    assert isinstance(browser, WebDriver)
    shots = Path(os.environ.get("ZOHO_WIZARD_WEB_SCREENSHOTS") or tmp_path)

    def find(element_id: str) -> object:
        return WebDriverWait(browser, WAIT).until(ec.element_to_be_clickable((By.ID, element_id)))

    browser.get(f"{portal}/")
    find("sign-in").click()  # type: ignore[attr-defined]
    find("connect")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Connect your Zoho Books"
    assert browser.save_screenshot(str(shots / "60-website-connect.png"))
    find("connect").click()  # type: ignore[attr-defined]

    # Zoho's page (the sandbox's): sign in, then Accept.
    find("email").clear()  # type: ignore[attr-defined]
    find("email").send_keys(PRACTICE_EMAIL)  # type: ignore[attr-defined]
    find("password").send_keys(PRACTICE_PASSWORD)  # type: ignore[attr-defined]
    find("signin").click()  # type: ignore[attr-defined]
    assert browser.current_url.startswith(sandbox.base_url)
    find("accept").click()  # type: ignore[attr-defined]

    # Back on the portal: two organizations, so the picker; then "connected".
    find("choose")
    assert browser.current_url == f"{portal}/zoho/"  # the spent code is not left there
    assert browser.save_screenshot(str(shots / "61-website-organization.png"))
    find("choose").click()  # type: ignore[attr-defined]
    status = find("status")
    assert status.text == "Connected"  # type: ignore[attr-defined]
    organization = browser.find_element(By.ID, "organization").text
    assert organization == "Zillum Bookkeeping (practice)"
    assert browser.save_screenshot(str(shots / "62-website-connected.png"))
    assert len(sandbox.requests_for("token")) == 1
    for secret in sandbox.issued_secrets():
        assert secret not in browser.current_url and secret not in browser.page_source

    find("disconnect").click()  # type: ignore[attr-defined]
    report = find("report")
    assert "Zoho has stopped our access" in report.text  # type: ignore[attr-defined]
    assert len(sandbox.requests_for("revoke")) == 1
    assert browser.save_screenshot(str(shots / "63-website-disconnected.png"))


def test_deny_in_a_real_browser_says_nothing_was_connected(
    portal: str, browser: object, sandbox: Sandbox, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    assert isinstance(browser, WebDriver)
    shots = Path(os.environ.get("ZOHO_WIZARD_WEB_SCREENSHOTS") or tmp_path)

    def find(element_id: str) -> object:
        return WebDriverWait(browser, WAIT).until(ec.element_to_be_clickable((By.ID, element_id)))

    browser.get(f"{portal}/")
    find("sign-in").click()  # type: ignore[attr-defined]
    find("connect").click()  # type: ignore[attr-defined]
    find("email").clear()  # type: ignore[attr-defined]
    find("email").send_keys(PRACTICE_EMAIL)  # type: ignore[attr-defined]
    find("password").send_keys(PRACTICE_PASSWORD)  # type: ignore[attr-defined]
    find("signin").click()  # type: ignore[attr-defined]
    find("deny").click()  # type: ignore[attr-defined]
    message = find("message")
    assert message.text == "You chose not to allow access, so nothing was connected."  # type: ignore[attr-defined]
    assert browser.find_element(By.TAG_NAME, "h1").text == "Nothing was connected"
    assert browser.save_screenshot(str(shots / "64-website-denied.png"))
    assert not sandbox.requests_for("token")
