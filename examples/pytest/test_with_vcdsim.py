"""An example of tests against vcdsim with the fixture of conftest.py: log in, start a task, follow it to its end.

Run from the repository, after `mvn -q package -DskipTests`:  python3 -m pytest examples/pytest
"""
import base64
import json
import time
import urllib.request

ACCEPT = "application/*+json;version=38.0"


def call(method, url, token=None, body=None, content_type=None, basic=None):
    request = urllib.request.Request(url, method=method, data=body.encode() if body else None)
    request.add_header("Accept", ACCEPT)
    if token:
        request.add_header("x-vcloud-authorization", token)
    if content_type:
        request.add_header("Content-Type", content_type)
    if basic:
        request.add_header("Authorization", "Basic " + base64.b64encode(basic.encode()).decode())
    with urllib.request.urlopen(request, timeout=30) as response:
        text = response.read().decode()
        return response.headers, json.loads(text) if text else None


def log_in(vcdsim, who):
    headers, _ = call("POST", vcdsim.url + "/api/sessions", basic=who.basic + ":" + who.password)
    return headers["x-vcloud-authorization"]


def test_the_versions_are_listed_without_a_session(vcdsim):
    _, versions = call("GET", vcdsim.url + "/api/versions")
    assert any(v["version"] == "38.0" for v in versions["versionInfo"])


def test_a_tenant_creates_a_catalog_and_its_task_succeeds(vcdsim):
    token = log_in(vcdsim, vcdsim.tenant)
    _, orgs = call("GET", vcdsim.url + "/api/org", token)
    org = orgs["org"][0]["href"].replace("/api/org/", "/api/admin/org/")
    _, catalog = call("POST", org + "/catalogs", token,
                      '<AdminCatalog xmlns="http://www.vmware.com/vcloud/v1.5" name="from-pytest"/>',
                      "application/vnd.vmware.admin.catalog+xml")
    task = catalog["tasks"]["task"][0]
    deadline = time.monotonic() + 30
    while task["status"] not in ("success", "error", "aborted", "canceled") and time.monotonic() < deadline:
        time.sleep(0.1)
        _, task = call("GET", task["href"], token)
    assert task["status"] == "success"
    assert task["owner"]["name"] == "from-pytest"
