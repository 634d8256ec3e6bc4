#!/usr/bin/env python3
"""Latency and concurrency of the review desk (`factledger serve`), measured from a second
process over loopback.

Usage: Scripts/desk_load.py --ledger FILE [--bin PATH] [--requests N] [--readers N]
                            [--seconds S] [--url URL]

Starts `factledger serve --port 0 --db FILE` (or uses --url of a desk already running), then:
1. Latency: N requests, one at a time, to the disputes page (open disputes, first page) and
   to N dispute pages (the most severe open disputes, round robin): p50 and p99 of each.
2. Concurrency: 50 readers (threads, each with its own keep-alive connection) load the
   disputes page and dispute pages for S seconds while one reviewer, on one dispute, loads its
   page, reads the token and review version from it and posts a decision (confirm, reopen,
   confirm, ...), over and over. Every answer must be 200 (readers) or 303 (the reviewer);
   afterwards the dispute's review log must hold exactly the decisions the reviewer made, in
   order: none lost, none doubled. Reports the readers' p50/p99 under load and the counts.
Exit 0 when there was no error and no lost decision. The ledger gets the reviewer's decisions.
"""
import argparse, http.client, json, os, re, subprocess, sys, threading, time, urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


class Client:
    """One keep-alive HTTP/1.1 connection."""

    def __init__(self, host, port):
        self.host, self.port = host, port
        self.connection = http.client.HTTPConnection(host, port, timeout=30)

    def request(self, method, path, body=None):
        headers = {}
        if body is not None:
            body = urllib.parse.urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        for attempt in range(2):
            try:
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                return response.status, response.read().decode("utf-8")
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                if attempt == 1:
                    raise
                self.connection.close()
                self.connection = http.client.HTTPConnection(self.host, self.port, timeout=30)

    def timed(self, path):
        start = time.perf_counter()
        status, body = self.request("GET", path)
        return status, body, (time.perf_counter() - start) * 1000


def start_server(binary, ledger):
    process = subprocess.Popen(
        [binary, "serve", "--port", "0", "--db", ledger],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not match:
        process.kill()
        sys.exit(f"serve did not start: {line}{process.stderr.read()}")
    return process, int(match.group(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ledger", help="the ledger to serve (needed unless --url)")
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build/release/factledger"))
    parser.add_argument("--url", help="a desk already running, e.g. http://127.0.0.1:8080")
    parser.add_argument("--requests", type=int, default=500, help="requests per page for latency")
    parser.add_argument("--readers", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args()
    if args.requests < 10 or args.readers < 1 or not 1 <= args.seconds <= 600:
        sys.exit("--requests must be at least 10, --readers at least 1, --seconds 1 to 600")

    server = None
    if args.url:
        parsed = urllib.parse.urlparse(args.url)
        host, port = parsed.hostname, parsed.port or 80
    elif args.ledger:
        server, port = start_server(args.bin, args.ledger)
        host = "127.0.0.1"
    else:
        sys.exit("give --ledger FILE or --url URL")
    try:
        return run(host, port, args)
    finally:
        if server:
            server.terminate()
            server.wait(timeout=30)


def run(host, port, args):
    client = Client(host, port)
    status, body = client.request("GET", "/api/disputes?status=open")
    if status != 200:
        sys.exit(f"/api/disputes answered {status}")
    listing = json.loads(body)
    ids = [flag["id"] for flag in listing["flags"]]
    if len(ids) < 2:
        sys.exit("the ledger needs at least two open disputes")
    print(f"ledger: {listing['total']} open disputes")
    list_path = "/disputes?status=open"

    # 1. Latency, one request at a time.
    figures = {}
    for name, paths in (("disputes page", [list_path]),
                        ("dispute page", [f"/disputes/{i}" for i in ids[1:]])):
        client.timed(paths[0])  # warm up
        times = []
        for index in range(args.requests):
            status, _, ms = client.timed(paths[index % len(paths)])
            if status != 200:
                sys.exit(f"{paths[index % len(paths)]} answered {status}")
            times.append(ms)
        figures[name] = times
        print(f"{name}: p50 {percentile(times, 0.5):.1f} ms, p99 {percentile(times, 0.99):.1f} ms "
              f"({len(times)} requests, one at a time)")

    # 2. Concurrency: readers and one reviewer.
    target = ids[0]
    stop = time.monotonic() + args.seconds
    lock = threading.Lock()
    reader_times, errors, decisions = [], [], []
    start_status, start_body = client.request("GET", f"/api/disputes/{target}")
    before = len(json.loads(start_body)["reviews"])

    def reader(number):
        own = Client(host, port)
        paths = [list_path] + [f"/disputes/{i}" for i in ids[1:]]
        index = number
        while time.monotonic() < stop:
            path = paths[index % len(paths)]
            index += 1
            try:
                status, _, ms = own.timed(path)
            except Exception as error:  # noqa: BLE001 - every failure is counted
                with lock:
                    errors.append(f"{path}: {error}")
                continue
            with lock:
                reader_times.append(ms)
                if status != 200:
                    errors.append(f"{path}: {status}")

    def reviewer():
        own = Client(host, port)
        actions = ["confirm", "reopen"]
        while time.monotonic() < stop:
            status, page = own.request("GET", f"/disputes/{target}")
            token = re.search(r'name="token" value="([0-9a-f]+)"', page)
            version = re.search(r'name="version" value="(\d+)"', page)
            if status != 200 or not token or not version:
                with lock:
                    errors.append(f"reviewer: page {status}, no form")
                return
            action = actions[len(decisions) % 2]
            note = f"load test decision {len(decisions) + 1}"
            status, _ = own.request("POST", f"/disputes/{target}/review", {
                "token": token.group(1), "version": version.group(1), "action": action,
                "note": note, "by": "desk-load"})
            with lock:
                if status == 303:
                    decisions.append((action, note))
                else:
                    errors.append(f"reviewer: decision answered {status}")

    threads = [threading.Thread(target=reader, args=(n,)) for n in range(args.readers)]
    threads.append(threading.Thread(target=reviewer))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    status, body = client.request("GET", f"/api/disputes/{target}")
    log = json.loads(body)["reviews"][before:]
    recorded = [(entry["action"], entry["note"]) for entry in log]
    lost = recorded != decisions
    print(f"{args.readers} readers and 1 reviewer for {args.seconds:.0f} s: "
          f"{len(reader_times)} reads, p50 {percentile(reader_times, 0.5):.1f} ms, "
          f"p99 {percentile(reader_times, 0.99):.1f} ms, "
          f"{len(reader_times) / args.seconds:.0f} reads/s; "
          f"{len(decisions)} decisions recorded, {len(recorded)} in the review log; "
          f"errors: {len(errors)}; lost or doubled decisions: {'yes' if lost else 'none'}")
    for error in errors[:10]:
        print("  error:", error)
    return 1 if errors or lost or not decisions else 0


if __name__ == "__main__":
    sys.exit(main())
