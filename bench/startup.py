#!/usr/bin/env python3
"""Start-up benchmark: milliseconds from launching `java -jar target/vcdsim.jar` to the first
answered GET /api/versions, for a first start (empty data directory: schema, seeding,
certificates) and for restarts on the same data. One long-lived poller, so measuring costs
the two cores next to nothing.

Measured twice: plain `java -jar`, and with the class-data archive the build records
(target/vcdsim.jsa), which is how README.md starts vcdsim.

Usage: bench/startup.py [restarts]      (build first: mvn -q package -DskipTests)
"""
import http.client
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "target", "vcdsim.jar")
PORT = int(os.environ.get("VCDSIM_BENCH_PORT", "18080"))


ARCHIVE = os.path.join(ROOT, "target", "vcdsim.jsa")


def measure(data_dir, jvm_options):
    start = time.monotonic()
    # the default configuration: HTTP and HTTPS listeners, embedded H2
    proc = subprocess.Popen(["java"] + jvm_options + ["-jar", JAR, "--data-dir", data_dir, "--http-port", str(PORT),
                             "--https-port", "0"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            if proc.poll() is not None:
                sys.exit("vcdsim exited with %d" % proc.returncode)
            try:
                conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=5)
                conn.request("GET", "/api/versions")
                if conn.getresponse().status == 200:
                    return (time.monotonic() - start) * 1000
            except OSError:
                time.sleep(0.005)
    finally:
        proc.terminate()
        proc.wait()


def main():
    if not os.path.exists(JAR):
        sys.exit("build first: mvn -q package -DskipTests")
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    variants = [("java -jar", [])]
    if os.path.exists(ARCHIVE):
        variants.append(("java -XX:SharedArchiveFile=target/vcdsim.jsa -jar", ["-XX:SharedArchiveFile=" + ARCHIVE]))
    for label, options in variants:
        data = tempfile.mkdtemp(prefix="vcdsim-bench-")
        try:
            print("[%s]" % label)
            print("  first start (empty data dir): %.0f ms" % measure(data, options))
            times = sorted(measure(data, options) for _ in range(runs))
            print("  restart, %d runs (ms): %s" % (runs, " ".join("%.0f" % t for t in times)))
            print("  restart median: %.0f ms (goal < 1500 ms)" % statistics.median(times))
        finally:
            shutil.rmtree(data)


if __name__ == "__main__":
    main()
