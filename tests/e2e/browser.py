"""Headless Chromium for end-to-end tests: Debian's `chromium` package driven by Playwright (Playwright cannot
download its own browsers here). `.ci/run` installs the package; a test skips only when it cannot be installed."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
    # A fake microphone that the page may use without a permission prompt: voice answers can be recorded.
    "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
]


def chromium_executable() -> str:
    """The path of Debian's chromium, installed with apt-get when it is missing and we may install it."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if shutil.which("apt-get") and os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], env=env, capture_output=True, timeout=600, check=False)
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], env=env, capture_output=True, timeout=900, check=False)
        found = shutil.which("chromium")
        if found:
            return found
    pytest.skip("chromium is not installed and could not be installed (apt-get install chromium)")
