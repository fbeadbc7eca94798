#!/usr/bin/env python3
"""Attack tests: wapiti and sqlmap against a real caravan-server with the demo data on loopback.

Usage: scan.py --server BIN [--paysim BIN] --out DIR [--only wapiti|sqlmap]

Starts caravan-server (and the payment sandbox, so the demo has orders) on 127.0.0.1, signs in a demo
buyer on the web and through the API, then runs
  - wapiti twice: signed out, and signed in with the buyer's session cookie;
  - sqlmap against every form and API route that takes parameters (signed out, with the session cookie,
    with the API bearer token).
Exits 1 on any finding that is not suppressed below with its reason. Reports stay in DIR (wapiti's JSON,
sqlmap's logs and output folder, summary.txt). Python standard library only.
"""
import argparse
import http.cookiejar
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

PASSWORD = "caravan-demo-2026"  # every demo account's (README.md)
BUYERS = ["emma.johnson@demo.caravan", "noah.brown@demo.caravan", "oliver.smith@demo.caravan",
          "jake.miller@demo.caravan", "sara.lind@demo.caravan"]

# ---- What the scan is allowed to ignore, and why ------------------------------------------------------
# Each entry: (tool, category as the tool names it, a test on the finding, the reason). Keep them narrow.
SUPPRESSED = [
    ("wapiti", "Secure Flag cookie", lambda v: True,
     "The scan speaks plain http to 127.0.0.1. The server marks every cookie Secure when the request came "
     "over TLS (X-Forwarded-Proto from a trusted proxy, or http.secure_cookies); a Secure cookie over plain "
     "http would never be sent back. Covered by the server test \"security headers: HSTS and Secure cookies "
     "only over TLS, every cookie HttpOnly\"."),
    ("wapiti", "HTTP Secure Headers", lambda v: "Strict-Transport-Security" in v.get("info", ""),
     "HSTS is sent only on responses to TLS requests (RFC 6797 section 7.2: not over plain http); the scan "
     "uses plain http on loopback. Covered by the same server test."),
    ("wapiti", "HTTP Secure Headers", lambda v: "X-XSS-Protection" in v.get("info", ""),
     "X-XSS-Protection is obsolete: current browsers have no XSS auditor, and OWASP's header guidance is "
     "to leave it out. Scripts are confined by the Content-Security-Policy (no inline script)."),
    ("wapiti-anonymous", "Cross Site Request Forgery",
     lambda v: re.fullmatch(r"/listings/[0-9a-f-]{36}/(un)?favourite", v.get("path", "")) is not None,
     "Signed out, saving a favourite is refused with 403 whether or not the token is right (the route needs a "
     "signed-in buyer), so wapiti sees the same answer with and without the token. The signed-in scan sends "
     "the same forms with the session's token and reports none; the server test \"favourites need a signed-in "
     "buyer and a valid CSRF token\" covers both."),
]


def log(*parts):
    print("[security]", *parts, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Browser:
    """A tiny HTTP client with cookies: what a signed-in buyer's browser holds."""

    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar),
                                                  NoRedirect())

    def request(self, method, path, data=None, headers=None, json_body=None):
        body = None
        headers = dict(headers or {})
        if json_body is not None:
            body = json.dumps(json_body).encode()
            headers["Content-Type"] = "application/json"
        elif data is not None:
            body = urllib.parse.urlencode(data).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        req = urllib.request.Request(self.base + path, data=body, method=method, headers=headers)
        try:
            with self.opener.open(req, timeout=30) as r:
                return r.status, r.read().decode("utf-8", "replace"), r.headers
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode("utf-8", "replace"), e.headers

    def csrf(self, path):
        status, html, _ = self.request("GET", path)
        m = re.search(r'name="csrf_token"\s+value="([^"]+)"', html)
        if not m:
            raise RuntimeError(f"no csrf_token on {path} ({status})")
        return m.group(1)

    def cookie(self, name):
        return next((c.value for c in self.jar if c.name == name), "")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def start(cmd, log_path, pattern=None, timeout=90):
    out = open(log_path, "w")
    proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    if pattern is None:
        return proc, None
    deadline = time.time() + timeout
    while time.time() < deadline:
        with open(log_path) as f:
            m = re.search(pattern, f.read())
        if m:
            return proc, m
        if proc.poll() is not None:
            break
        time.sleep(0.1)
    proc.kill()
    with open(log_path) as f:
        raise RuntimeError(f"{cmd[0]} did not start:\n{f.read()[-3000:]}")


def stop(proc):
    if proc and proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


# ---- wapiti ---------------------------------------------------------------------------------------------
# Modules: everything that attacks parameters or judges responses and needs nothing outside this machine.
#   sql, xss, permanentxss, exec, file, crlf, redirect: injections into every parameter the crawler found;
#   csrf: forms without a working token; http_headers, cookieflags, csp: response hardening.
# Left out: blindsql and timesql (time-based: on a shared 2-core machine a slow answer is not a signal;
# sqlmap tests the same parameters with boolean, error and UNION techniques); ssrf and xxe (they need
# wapiti's endpoint on the internet); nikto, buster, backup, htaccess, shellshock, brute_login_form and
# methods (lists of files and CGI scripts of PHP or Apache servers; the router serves nothing from disk
# but /static/ and /photos/, and every route is listed in docs/http-api.md); wapp (downloads its data).
WAPITI_MODULES = "sql,xss,permanentxss,exec,file,crlf,redirect,csrf,http_headers,cookieflags,csp"

# Debian's wapiti 3.0.4 turns each -x pattern into a regular expression ending in an inline flag "(?ms)",
# which Python 3.11 refuses ("global flags not at the start"): any -x stops the scan. The same translation
# with the flag in front, put in place before wapiti starts.
WAPITI_RUNNER = r"""
import re, sys
import wapitiCore.net.crawler as crawler
def wildcard_translate(pattern):
    return re.compile("(?ms)" + "".join(".*" if c == "*" else re.escape(c) for c in pattern) + r"\Z")
crawler.wildcard_translate = wildcard_translate
from wapitiCore.main.wapiti import wapiti_main
sys.argv[0] = "wapiti"
sys.exit(wapiti_main())
"""


def wapiti_python():
    """The interpreter wapiti's own script names (Debian's python3, which has wapitiCore)."""
    with open(shutil.which("wapiti")) as f:
        first = f.readline().strip()
    return first[2:].split()[0] if first.startswith("#!") else "python3"


def run_wapiti(name, base, out, cookie=None, start_paths=()):
    report = os.path.join(out, f"wapiti-{name}.json")
    session = os.path.join(out, "wapiti-state", name)
    shutil.rmtree(session, ignore_errors=True)
    os.makedirs(session)
    cmd = [wapiti_python(), "-c", WAPITI_RUNNER, "-u", base + "/", "--scope", "folder", "-m", WAPITI_MODULES,
           "-f", "json", "-o", report, "--flush-session", "--store-session", session, "--store-config", session,
           # The crawl is bounded (depth, links and pages per folder, time) so the run fits the CI budget:
           # the search page links every filter combination, and 60 listings look alike.
           "-d", "3", "--max-links-per-page", "25", "--max-files-per-dir", "12", "--max-scan-time", "150",
           "--max-attack-time", "25", "-S", "normal", "-t", "20", "--no-bugreport", "-v", "1",
           # Signing out or deleting the account would end the signed-in scan early.
           "-x", base + "/signout", "-x", base + "/signout-everywhere", "-x", base + "/account/delete",
           "-x", base + "/account/data"]
    for p in start_paths:
        cmd += ["-s", base + p]
    if cookie:
        cookie_file = os.path.join(session, "cookies.json")
        with open(cookie_file, "w") as f:
            json.dump({"127.0.0.1": {"/": {k: {"value": v, "version": 0, "secure": False, "expires": None,
                                                "port": None} for k, v in cookie.items()}}}, f)
        cmd += ["-c", cookie_file]
    log(f"wapiti ({name}) ...")
    t0 = time.time()
    with open(os.path.join(out, f"wapiti-{name}.log"), "w") as f:
        rc = subprocess.call(cmd, stdout=f, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    log(f"wapiti ({name}) finished in {time.time() - t0:.0f} s (exit {rc})")
    if not os.path.exists(report):
        return [f"wapiti ({name}) wrote no report (exit {rc}); see wapiti-{name}.log"]
    with open(report) as f:
        data = json.load(f)
    findings = []
    for section in ("vulnerabilities", "anomalies"):
        for category, items in (data.get(section) or {}).items():
            for v in items:
                reason = next((r for tool, c, test, r in SUPPRESSED
                               if tool in ("wapiti", f"wapiti-{name}") and c == category and test(v)), None)
                line = f"wapiti ({name}) {section}: {category}: {v.get('method', '')} {v.get('path', '')} " \
                       f"{v.get('parameter', '')} {v.get('info', '')}".strip()
                if reason:
                    suppressed_lines.append(line + "\n    suppressed: " + reason)
                else:
                    findings.append(line)
    crawled = len(data.get("infos", {}).get("crawled_pages", [])) if isinstance(data.get("infos"), dict) else 0
    log(f"wapiti ({name}): {len(findings)} finding(s)" + (f", {crawled} pages crawled" if crawled else ""))
    return findings


# ---- sqlmap ---------------------------------------------------------------------------------------------
# --technique BEU: boolean-blind, error-based and UNION, which find an injection into any query whose rows,
# count or error reach the answer. Time-based (T) and stacked queries (S, detected by time) are left out: on a
# shared 2-core machine a slow answer is not a reliable signal, and they triple the run. --level 1 tests the
# query and body parameters (level 2 adds cookies: used for the search page, whose cookies choose country,
# currency and language); --risk 1 (no OR-based or heavy payloads that could change many rows of the demo
# database during the run). --dbms SQLite: the scanned server runs on SQLite, and sqlmap then sends only that
# dialect's payloads (a quarter of the requests); the store runs the same statements with bound parameters
# on PostgreSQL. --ignore-code 401 lets sqlmap keep testing the sign-in routes, which answer 401.
# --threads 4 where sqlmap allows it (not with --csrf-token, which needs a fresh token for each request).
SQLMAP_COMMON = ["--batch", "--disable-coloring", "--technique", "BEU", "--level", "1", "--risk", "1", "--dbms", "SQLite",
                 "--timeout", "20", "--retries", "1", "--skip-waf", "--ignore-code", "401",
                 "--flush-session", "-v", "1"]

# What counts as a finding in sqlmap's output: an injection point, a heuristic hit (a database error in the
# answer), or any 500 answer (an input the server failed on).
SQLMAP_FINDING = re.compile(
    r"identified the following injection point|parameter '.*' is vulnerable|parameter '.*' appears to be '.*' injectable"
    r"|shows that .* might be injectable|\b500 \(Internal Server Error\)")


def with_csrf(args):
    """A form behind a CSRF token: sqlmap fetches a fresh token with GET (by default it would POST to the form's
    page without a body) and replaces it in the body, which must therefore name the field. Without both, every
    request is refused by the CSRF check and the form's parameters are never reached."""
    if "--csrf-token" not in args:
        return args
    args = list(args)
    field = args[args.index("--csrf-token") + 1]
    if "--data" in args:
        i = args.index("--data") + 1
        if not re.search(rf"(^|&){re.escape(field)}=", args[i]):
            args[i] = f"{field}=x&{args[i]}"
    if "--csrf-method" not in args:
        args += ["--csrf-method", "GET"]
    return args


def run_sqlmap(targets, out):
    findings = []
    folder = os.path.join(out, "sqlmap")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    for name, args in targets:
        args = with_csrf(args)
        log_path = os.path.join(folder, f"{name}.log")
        t0 = time.time()
        with open(log_path, "w") as f:
            threads = [] if "--csrf-token" in args else ["--threads", "4"]
            rc = subprocess.call(["sqlmap", *SQLMAP_COMMON, *threads, "--output-dir", os.path.join(folder, "output"), *args],
                                 stdout=f, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        with open(log_path) as f:
            text = f.read()
        hits = [line.strip() for line in text.splitlines() if SQLMAP_FINDING.search(line)]
        tested = "all tested parameters do not appear to be injectable" in text
        status = "clean" if not hits and tested else "FINDING" if hits else "did not finish"
        log(f"sqlmap {name}: {status} in {time.time() - t0:.0f} s (exit {rc})")
        for h in hits:
            findings.append(f"sqlmap {name}: {h}")
        if not hits and not tested:
            findings.append(f"sqlmap {name}: the run did not report its result (exit {rc}); see sqlmap/{name}.log")
    return findings


def sqlmap_targets(base, demo, session, token):
    listing, seller, order, thread, sha = demo["listing"], demo["seller"], demo["order"], demo["thread"], demo["sha"]
    signed_in = ["--cookie", f"caravan_session={session}"]
    bearer = ["-H", f"Authorization: Bearer {token}"]
    t = [
        # Signed out: the search with every filter, its preference cookies, listing and seller pages.
        ("search", ["-u", f"{base}/?q=tea&cat=tea&cond=good&from=JP&ships=1&min=1&max=100000&sort=newest&page=1"
                          f"&to=DE&cur=EUR", "--level", "2", "--cookie", "caravan_lang=en; ship_to=DE; cur=EUR"]),
        ("listing-page", ["-u", f"{base}/listings/{listing}*"]),
        ("seller-page", ["-u", f"{base}/sellers/{seller}*?page=1"]),
        ("photo", ["-u", f"{base}/photos/{sha}*.jpg"]),
        ("signin", ["-u", f"{base}/signin", "--data", "email=emma%40example.org&password=wrong-password-1&next=%2F",
                    "--csrf-token", "csrf_token", "--csrf-url", f"{base}/signin"]),
        ("register", ["-u", f"{base}/register", "--data",
                      "email=new%40example.org&display_name=New&country=DE&password=a-long-passphrase-1",
                      "--csrf-token", "csrf_token", "--csrf-url", f"{base}/register"]),
        ("password-forgot", ["-u", f"{base}/password/forgot", "--data", "email=emma%40example.org",
                             "--csrf-token", "csrf_token", "--csrf-url", f"{base}/password/forgot"]),
        ("password-reset", ["-u", f"{base}/password/reset?token=abcdef0123456789"]),
        ("verify-email", ["-u", f"{base}/verify-email?token=abcdef0123456789"]),
        # Signed in (the buyer's session cookie).
        ("orders-page", ["-u", f"{base}/orders?page=1", *signed_in]),
        ("favourites", ["-u", f"{base}/favourites?page=1", *signed_in]),
        ("save-search", ["-u", f"{base}/saved-searches", "--data", "query=%3Fq%3Dlamp%26cond%3Dgood",
                         "--csrf-token", "csrf_token", "--csrf-url", f"{base}/saved-searches", *signed_in]),
        ("checkout", ["-u", f"{base}/listings/{listing}/buy?to=DE&service=sample-ems&address=x", *signed_in]),
        ("ask-seller", ["-u", f"{base}/listings/{listing}/ask", "--data", "body=Is+it+still+available%3F",
                        "--csrf-token", "csrf_token", "--csrf-url", f"{base}/listings/{listing}/ask", *signed_in]),
        ("profile", ["-u", f"{base}/account/profile", "--data", "display_name=Emma&country=US&language=en",
                     "--csrf-token", "csrf_token", "--csrf-url", f"{base}/account/profile", *signed_in]),
        ("address", ["-u", f"{base}/account/addresses", "--data",
                     "name=Emma+Johnson&line1=1+Main+St&line2=&city=Springfield&postal_code=62701&region=IL&country=US"
                     "&phone=&make_default=0",
                     "--csrf-token", "csrf_token", "--csrf-url", f"{base}/account/addresses/new", *signed_in]),
        # The API: the desktop app's sign-in, then a bearer token.
        ("api-session", ["-u", f"{base}/api/v1/session", "--data",
                         json.dumps({"email": "emma@example.org", "password": "wrong-password-1", "device_name": "x"}),
                         "-H", "Content-Type: application/json"]),
        ("api-orders", ["-u", f"{base}/api/v1/orders?role=buyer&status=paid,shipped&limit=10", *bearer]),
        ("api-sync-pull", ["-u", f"{base}/api/v1/sync/pull?cursor=0&limit=10", *bearer]),
        ("api-photos-missing", ["-u", f"{base}/api/v1/photos/missing", "--data", json.dumps({"hashes": [sha]}),
                                "-H", "Content-Type: application/json", *bearer]),
        ("api-photo-upload", ["-u", f"{base}/api/v1/photos/{sha}/upload?offset=0&total=10", "--method", "PUT",
                              "--data", "0123456789", *bearer]),
        ("api-create-order", ["-u", f"{base}/api/v1/orders", "--data",
                              json.dumps({"listing_id": listing, "quantity": 1, "service": "sample-ems",
                                          "ship_to": {"country": "DE", "name": "Emma", "line1": "1 Main St",
                                                      "city": "Berlin", "postcode": "10115"}}),
                              "-H", "Content-Type: application/json", "-H", "Idempotency-Key: sqlmap-create", *bearer]),
    ]
    if order:
        t += [("order-page", ["-u", f"{base}/orders/{order}*?tz=Europe%2FBerlin", *signed_in]),
              ("api-order", ["-u", f"{base}/api/v1/orders/{order}*", *bearer]),
              ("api-review", ["-u", f"{base}/api/v1/orders/{order}/review", "--data",
                              json.dumps({"rating": 5, "body": "Lovely"}), "-H", "Content-Type: application/json",
                              "-H", "Idempotency-Key: sqlmap-review", *bearer])]
    if thread:
        t += [("message-thread", ["-u", f"{base}/messages/{thread}*", *signed_in])]
    return t


# ---- the server -----------------------------------------------------------------------------------------
def demo_ids(base, browser, token):
    demo = {"listing": "", "seller": "", "order": "", "thread": "", "sha": ""}
    _, home, _ = browser.request("GET", "/")
    m = re.search(r'href="/listings/([0-9a-f-]{36})"', home)
    demo["listing"] = m.group(1) if m else ""
    _, page, _ = browser.request("GET", f"/listings/{demo['listing']}")
    m = re.search(r'href="/sellers/([^"?#]+)"', page)
    demo["seller"] = m.group(1) if m else ""
    m = re.search(r'/photos/([0-9a-f]{64})\.jpg', page)
    demo["sha"] = m.group(1) if m else "0" * 64
    status, body, _ = browser.request("GET", "/api/v1/orders?role=buyer", headers={"Authorization": f"Bearer {token}"})
    if status == 200:
        orders = json.loads(body).get("orders", [])
        demo["order"] = orders[0]["id"] if orders else ""
    _, threads, _ = browser.request("GET", "/messages")
    m = re.search(r'href="/messages/([^"?#]+)"', threads)
    if not m and demo["listing"]:
        # No thread yet: ask the seller a question, so the thread page and its reply form are attacked too.
        ask = f"/listings/{demo['listing']}/ask"
        browser.request("POST", ask, data={"csrf_token": browser.csrf(ask), "body": "Is it still available?"})
        _, threads, _ = browser.request("GET", "/messages")
        m = re.search(r'href="/messages/([^"?#]+)"', threads)
    demo["thread"] = m.group(1) if m else ""
    return demo


def sign_in(base):
    """A demo buyer with orders if the demo made any: its web session and an API token."""
    chosen = None
    for email in BUYERS:
        api = Browser(base)
        status, body, _ = api.request("POST", "/api/v1/session",
                                      json_body={"email": email, "password": PASSWORD, "device_name": "scan"})
        if status != 201:
            raise RuntimeError(f"API sign-in of {email} answered {status}: {body[:300]}")
        token = json.loads(body)["token"]
        s, orders, _ = api.request("GET", "/api/v1/orders?role=buyer", headers={"Authorization": f"Bearer {token}"})
        chosen = (email, token)
        if s == 200 and json.loads(orders).get("orders"):
            break
    email, token = chosen
    browser = Browser(base)
    csrf = browser.csrf("/signin")
    status, body, _ = browser.request("POST", "/signin", data={"email": email, "password": PASSWORD, "csrf_token": csrf})
    session = browser.cookie("caravan_session")
    if status != 303 or not session:
        raise RuntimeError(f"web sign-in of {email} answered {status}")
    return email, browser, session, token


suppressed_lines = []


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--server", required=True)
    ap.add_argument("--paysim")
    ap.add_argument("--out", required=True)
    ap.add_argument("--only", choices=["wapiti", "sqlmap"])
    args = ap.parse_args()
    for tool in ("wapiti", "sqlmap"):
        if not shutil.which(tool):
            print(f"{tool} is not installed (./dev deps installs it)", file=sys.stderr)
            return 1
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    for old in ("summary.txt", "wapiti-anonymous.json", "wapiti-signed-in.json"):
        if os.path.exists(os.path.join(out, old)):
            os.remove(os.path.join(out, old))
    data = tempfile.mkdtemp(prefix="caravan-security-")
    # sqlmap and wapiti keep state under $HOME: give them a private one.
    os.environ["HOME"] = os.path.join(data, "home")
    os.makedirs(os.environ["HOME"])
    paysim = server = None
    started = time.time()
    try:
        config = os.path.join(data, "scan.properties")
        lines = [
            # OWASP's floor: the scanners sign in and register thousands of times.
            "password.opslimit = 2", "password.memlimit_mib = 19",
            # The throttles would answer most attack requests 429 before the code under test runs.
            "throttle.account_address.max_failures = 1000000", "throttle.account.max_failures = 1000000",
            "throttle.address.max_failures = 1000000", "throttle.register_address.max_failures = 1000000",
            "password.max_waiting = 64",
        ]
        if args.paysim:
            pport = free_port()
            paysim, _ = start([args.paysim, "--port", str(pport), "--api-key", "sk_test_scan",
                               "--webhook-url", "http://127.0.0.1:1/none", "--webhook-secret", "whsec_scan",
                               "--state", os.path.join(data, "paysim.json")], os.path.join(out, "paysim.log"))
            lines += [f"payments.api_base = http://127.0.0.1:{pport}", "payments.secret_key = sk_test_scan",
                      "payments.webhook_secret = whsec_scan", f"tracking.api_base = http://127.0.0.1:{pport}",
                      "tracking.api_key = sk_test_scan", "tracking.webhook_secret = tracking_scan"]
        with open(config, "w") as f:
            f.write("\n".join(lines) + "\n")
        server, m = start([args.server, "--port", "0", "--data-dir", os.path.join(data, "server"), "--config", config,
                           "--demo"], os.path.join(out, "server.log"), r"event=listening\b.*?\bport=(\d+)")
        base = f"http://127.0.0.1:{m.group(1)}"
        log(f"caravan-server with demo data on {base}")
        if args.paysim:  # the demo orders are made once the server listens
            deadline = time.time() + 60
            while time.time() < deadline and "event=demo_orders" not in open(os.path.join(out, "server.log")).read():
                time.sleep(0.5)
        email, browser, session, token = sign_in(base)
        demo = demo_ids(base, browser, token)
        log(f"signed in as {email}; demo ids: {demo}")

        findings = []
        if args.only in (None, "wapiti"):
            findings += run_wapiti("anonymous", base, out, start_paths=["/signin", "/register", "/password/forgot"])
            signed = [f"/listings/{demo['listing']}", "/account", "/account/profile", "/account/addresses/new",
                      "/orders", "/favourites", "/messages", "/saved-searches"]
            if demo["order"]:
                signed.append(f"/orders/{demo['order']}")
            findings += run_wapiti("signed-in", base, out, cookie={"caravan_session": session}, start_paths=signed)
        if args.only in (None, "sqlmap"):
            if args.only is None:
                # wapiti's signed-in crawl submits the account forms (other devices signed out, ...): a fresh
                # web session and API token, so sqlmap's requests reach the routes rather than a 401 or 303.
                email, browser, session, token = sign_in(base)
            findings += run_sqlmap(sqlmap_targets(base, demo, session, token), out)
        if server.poll() is not None:
            findings.append("the server stopped during the scan; see server.log")
        with open(os.path.join(out, "server.log")) as f:
            crashes = [l for l in f if "status=500" in l or "level=error" in l]
        findings += [f"server log: {l.strip()}" for l in crashes[:20]]
    finally:
        stop(server)
        stop(paysim)
        shutil.rmtree(data, ignore_errors=True)

    summary = [f"caravan security scan, {time.strftime('%Y-%m-%d %H:%M:%S')}, {time.time() - started:.0f} s",
               f"findings: {len(findings)}", *findings, "", f"suppressed: {len(suppressed_lines)}", *suppressed_lines]
    with open(os.path.join(out, "summary.txt"), "w") as f:
        f.write("\n".join(summary) + "\n")
    print("\n".join(summary))
    log(f"reports in {out}")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
