#!/usr/bin/python3
"""Drives vcdsim with Apache libcloud's vCloud 5.5 driver, the way a user's script would.

Run by LibcloudEndToEndTest (or by hand) with Debian's python3 and python3-libcloud:
    VCD_HOST=127.0.0.1 VCD_PORT=8080 /usr/bin/python3 libcloud_smoke.py
Prints one line per check and exits non-zero on the first failure.
"""
import os
import sys

from libcloud.common.types import InvalidCredsError
from libcloud.compute.providers import get_driver
from libcloud.compute.types import Provider

HOST = os.environ.get("VCD_HOST", "127.0.0.1")
PORT = int(os.environ.get("VCD_PORT", "8080"))
USER = os.environ.get("VCD_USER", "acmeadmin@acme")
PASSWORD = os.environ.get("VCD_PW", "vcdsim-tenant")


def connect(password):
    # api_version 5.5 selects VCloud_5_5_NodeDriver: POST /api/sessions with Basic auth
    return get_driver(Provider.VCLOUD)(USER, password, host=HOST, port=PORT, secure=False, api_version="5.5")


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        sys.exit(1)


driver = connect(PASSWORD)
vdcs = driver.vdcs  # logs in, follows Session -> OrgList -> Org -> VDC links
check(driver.connection.token is not None, "login answered with an x-vcloud-authorization token")
check(driver.org is not None and "/api/org/" in driver.org, "the org was found through the org list")
check([v.name for v in vdcs] == ["acme-vdc"], "the seeded VDC is listed: %s" % [v.name for v in vdcs])
check(vdcs[0].id.startswith("http://%s:%d/api/vdc/" % (HOST, PORT)), "the VDC has an absolute href")
check(driver.list_nodes() == [], "no vApps yet")
check(driver.list_images() == [], "the seeded catalog has no templates yet")
try:
    connect("wrong-password").vdcs
    check(False, "a wrong password must be refused")
except InvalidCredsError:
    check(True, "a wrong password raises InvalidCredsError")
print("1 passed, 0 failed")
