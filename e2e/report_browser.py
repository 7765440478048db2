#!/usr/bin/env python3
"""Opens a walkstudy report in headless Chromium through chromedriver (W3C WebDriver over HTTP, standard
library only) and checks what only a browser can tell: the bottom line reads on a 390 px phone without
sideways scrolling, every chart is drawn with a non-empty box once its <details> section is opened, no request
left the machine, the page fits a phone's width, and the headings and charts are there.

usage: report_browser.py REPORT.html OUT_DIR
Writes element screenshots of the first forest plot and the personal charts to OUT_DIR for a person to look at.
"""
import base64
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

CHROME_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class WebDriver:
    def __init__(self, port):
        self.base = f"http://127.0.0.1:{port}"
        self.session = None

    def call(self, method, path, body=None, timeout=60):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                return json.loads(r.read() or b"{}").get("value")
        except urllib.error.HTTPError as e:
            raise RuntimeError(f"{method} {path}: {e.code} {e.read()[:300]!r}") from None

    def start(self, profile):
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": os.environ.get("CHROMIUM", "/usr/bin/chromium"),
                                   "args": CHROME_ARGS + [f"--user-data-dir={profile}"]},
            "goog:loggingPrefs": {"performance": "ALL"}}}}
        self.session = self.call("POST", "/session", caps)["sessionId"]

    def s(self, method, path, body=None):
        return self.call(method, f"/session/{self.session}{path}", body)

    def script(self, js):
        return self.s("POST", "/execute/sync", {"script": js, "args": []})

    def resize(self, width, height):
        self.s("POST", "/window/rect", {"width": width, "height": height})

    def element_png(self, css, file):
        el = self.s("POST", "/element", {"using": "css selector", "value": css})
        eid = next(iter(el.values()))
        self.script(f"document.querySelector({json.dumps(css)}).scrollIntoView()")
        with open(file, "wb") as f:
            f.write(base64.b64decode(self.s("GET", f"/element/{eid}/screenshot")))

    def quit(self):
        if self.session:
            try:
                self.call("DELETE", f"/session/{self.session}", timeout=15)
            except Exception:
                pass


def wait_for(driver, seconds):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            if driver.call("GET", "/status", timeout=2).get("ready"):
                return
        except Exception:
            time.sleep(0.2)
    raise RuntimeError("chromedriver did not start")


def check(report, out_dir):
    failures = []
    url = "file://" + os.path.abspath(report)
    port = free_port()
    profile = tempfile.mkdtemp(prefix="walkstudy-chromium-")
    drv_proc = subprocess.Popen([os.environ.get("CHROMEDRIVER", "chromedriver"), f"--port={port}"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    driver = WebDriver(port)
    try:
        wait_for(driver, 20)
        driver.start(profile)
        driver.resize(390, 900)
        driver.s("POST", "/url", {"url": url})
        # The answer first: on a phone the bottom line must read without scrolling sideways.
        bottom = driver.script("const s = document.querySelector('#bottom-line'); if (!s) return null;"
                               "const ol = document.querySelector('ol.bottom-line');"
                               "return {statements: document.querySelectorAll('ol.bottom-line .statement').length,"
                               "wider: Math.max(0, ol.scrollWidth - ol.clientWidth,"
                               " ...[...ol.querySelectorAll('p')].map(p => p.getBoundingClientRect().right - window.innerWidth)),"
                               "top: s.getBoundingClientRect().top}")
        if bottom is None:
            failures.append("no bottom line (#bottom-line) on the page")
        else:
            print(f"phone width 390: bottom line with {bottom['statements']} statements, "
                  f"{bottom['wider']:.0f} px wider than the screen, starting {bottom['top']:.0f} px down")
            if bottom["statements"] < 10:
                failures.append(f"the bottom line has {bottom['statements']} statements, expected one per claim")
            if bottom["wider"] > 1:
                failures.append(f"the bottom line scrolls sideways on a phone by {bottom['wider']:.0f} px")
        closed = driver.script("const d = [...document.querySelectorAll('details')]; d.forEach(x => x.open = true);"
                               "return d.length")
        print(f"details sections opened for the chart checks: {closed}")
        driver.resize(1280, 1000)

        areas = driver.script("return [...document.querySelectorAll('svg')].map(s => {"
                              "const r = s.getBoundingClientRect(); return r.width * r.height})")
        print(f"svg charts: {len(areas)}, smallest box {min(areas) if areas else 0:.0f} px²")
        if len(areas) < 4:
            failures.append(f"expected at least 4 charts, found {len(areas)}")
        if any(a <= 0 for a in areas):
            failures.append(f"{sum(1 for a in areas if a <= 0)} chart(s) have an empty box")
        unlabelled = driver.script("return [...document.querySelectorAll('svg')]"
                                   ".filter(s => s.getAttribute('role') !== 'img' || !s.getAttribute('aria-label')).length")
        if unlabelled:
            failures.append(f"{unlabelled} chart(s) without role=img and aria-label")
        texts = driver.script("return [...document.querySelectorAll('svg')].map(s => s.querySelectorAll('text').length)")
        if any(t == 0 for t in texts):
            failures.append("a chart has no text (labels missing)")
        # Every text (legends included) inside its chart's box, as the browser lays it out after all transforms:
        # a legend drawn inside the rotated y-axis-title group once landed off the canvas.
        outside = driver.script("return [...document.querySelectorAll('svg')].flatMap(s => {"
                                "const b = s.getBoundingClientRect();"
                                "return [...s.querySelectorAll('text')].filter(t => {"
                                "const r = t.getBoundingClientRect();"
                                "return r.width > 0 && (r.left < b.left - 1 || r.right > b.right + 1"
                                " || r.top < b.top - 1 || r.bottom > b.bottom + 1)}).map(t => t.textContent)})")
        print(f"texts outside their chart: {len(outside)}")
        if outside:
            failures.append(f"{len(outside)} chart text(s) outside the chart's box: {outside[:5]}")

        resources = driver.script("return performance.getEntriesByType('resource').map(e => e.name)")
        remote = [r for r in resources if r.startswith(("http:", "https:", "ws:", "wss:"))]
        print(f"resources loaded by the page: {len(resources)} ({len(remote)} remote)")
        if remote:
            failures.append(f"the page loaded from the network: {remote[:5]}")
        try:
            log = driver.s("POST", "/se/log", {"type": "performance"})
            requests = [json.loads(e["message"])["message"]["params"]["request"]["url"] for e in log
                        if json.loads(e["message"])["message"]["method"] == "Network.requestWillBeSent"]
            # The tab's own chrome:// start page shows up too; what matters is anything sent over the network.
            others = [r for r in requests if r.startswith(("http:", "https:", "ws:", "wss:", "ftp:"))]
            print(f"requests seen by DevTools: {len(requests)} ({len(others)} over the network)")
            if others:
                failures.append(f"requests left the page: {others[:5]}")
        except RuntimeError as e:
            print(f"(DevTools performance log not available: {e}); relying on the Resource Timing API")

        headings = driver.script("return [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])")
        previous = 0
        for level in headings:
            if level > previous + 1:
                failures.append(f"heading h{level} after h{previous}")
            previous = level
        print(f"headings: {len(headings)}, levels {sorted(set(headings))}")

        driver.element_png("figure svg", os.path.join(out_dir, "first-forest.png"))
        driver.element_png("#personal ~ figure svg", os.path.join(out_dir, "personal-trend.png"))

        driver.resize(390, 900)
        overflow = driver.script("return document.documentElement.scrollWidth - window.innerWidth")
        print(f"phone width 390: page wider than the screen by {overflow} px")
        if overflow > 1:
            failures.append(f"at phone width the page scrolls sideways by {overflow} px (tables should scroll in their box)")
        fitted = driver.script("return [...document.querySelectorAll('figure svg')]"
                               ".filter(s => s.getBoundingClientRect().width > window.innerWidth).length")
        if fitted:
            failures.append(f"{fitted} chart(s) wider than a phone screen")
    finally:
        driver.quit()
        drv_proc.terminate()
        try:
            drv_proc.wait(10)
        except subprocess.TimeoutExpired:
            drv_proc.kill()
    return failures


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    problems = check(sys.argv[1], sys.argv[2])
    for p in problems:
        print("FAIL: " + p, file=sys.stderr)
    print("browser check: " + ("FAILED" if problems else "ok"))
    sys.exit(1 if problems else 0)
