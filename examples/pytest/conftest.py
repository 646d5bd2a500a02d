"""A pytest fixture that runs vcdsim for your tests: copy this file next to your tests (or into your conftest.py).

It starts the jar once per test session on free ports with a fresh data directory, waits until /ready answers,
yields where it listens and who can log in, and stops it at the end.

    def test_versions(vcdsim):
        with urllib.request.urlopen(vcdsim.url + "/api/versions") as r:
            assert r.status == 200

Where the jar is: VCDSIM_JAR (default: target/vcdsim.jar of this repository). VCDSIM_COMMAND replaces the whole
command before the flags (e.g. "java -Xmx256m -jar /opt/vcdsim.jar"). Extra flags: VCDSIM_ARGS
(e.g. "--task-duration PT0.1S").
"""
import os
import shlex
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

JAR = os.environ.get("VCDSIM_JAR", str(Path(__file__).resolve().parents[2] / "target" / "vcdsim.jar"))
START_TIMEOUT = 60


@dataclass(frozen=True)
class Login:
    user: str
    org: str
    password: str

    @property
    def basic(self):
        """The user@org name vCloud's POST /api/sessions takes with Basic authentication."""
        return self.user + "@" + self.org


@dataclass(frozen=True)
class VcdSim:
    url: str  # plain HTTP, e.g. http://127.0.0.1:41234
    https_url: str  # HTTPS with a self-signed certificate
    admin: Login  # the System administrator
    tenant: Login  # the seeded org's Organization Administrator (org acme)
    data_dir: str


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ready(url):
    try:
        with urllib.request.urlopen(url + "/ready", timeout=2) as r:
            return r.status == 200
    except (urllib.error.URLError, OSError):
        return False


@pytest.fixture(scope="session")
def vcdsim():
    http_port, https_port = _free_port(), _free_port()
    data_dir = tempfile.mkdtemp(prefix="vcdsim-")
    command = shlex.split(os.environ.get("VCDSIM_COMMAND", "java -jar " + shlex.quote(JAR)))
    command += ["--http-port", str(http_port), "--https-port", str(https_port), "--data-dir", data_dir]
    command += shlex.split(os.environ.get("VCDSIM_ARGS", ""))
    log = open(os.path.join(data_dir, "vcdsim.log"), "wb")
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    url = "http://127.0.0.1:%d" % http_port
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not _ready(url):
            if process.poll() is not None or time.monotonic() > deadline:
                log.flush()
                with open(log.name, errors="replace") as f:
                    raise RuntimeError("vcdsim did not start (%s):\n%s" % (" ".join(command), f.read()))
            time.sleep(0.1)
        yield VcdSim(url=url, https_url="https://127.0.0.1:%d" % https_port,
                     admin=Login("administrator", "System", "vcdsim-admin"),
                     tenant=Login("acmeadmin", "acme", "vcdsim-tenant"), data_dir=data_dir)
    finally:
        process.terminate()  # vcdsim stops cleanly on SIGTERM
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
        shutil.rmtree(data_dir, ignore_errors=True)
