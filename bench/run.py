"""Time each page type, and 20 searches, against a Django hello-world view measured in the same run.

    python bench/run.py --items 1000                 # or: make bench ITEMS=1000
    python bench/run.py --items 20000 --search-only  # or: make bench-search ITEMS=20000

Fills a fresh database (SQLite in bench/results/, or DATABASE_URL, created if missing) with the
demo content plus N generated items, then measures every page twice: in process with Django's test
client (median latency and SQL queries), and through gunicorn on 127.0.0.1 under wrk (requests/s
and median latency); then the searches in bench/search_benchmark.py (median and 95th percentile,
and SQL queries for few results against many). On a noisy machine the ratio to the hello-world
view is the figure that counts.
"""

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import environ
from search_benchmark import run_search_benchmark

PROJECT_ROOT = Path(__file__).resolve().parents[1]
RESULTS = PROJECT_ROOT / "bench" / "results"
PAGES = {
    "hello world (baseline)": "/bench/hello/",
    "healthz": "/healthz",
    "home": "/",
    "blog index": "/generated-posts/",
    "blog index, page 5": "/generated-posts/?page=5",
    "blog post": "/generated-posts/generated-post-1/",
    "case studies": "/case-studies/",
    "case studies, filtered": "/case-studies/?tag=generated&year=2017",
    "case study": "/workstreams/generated-workstream/generated-case-study-1/",
    "projects": "/projects/",
    "project": "/projects/generated-project-0/",
    "events, upcoming": "/events/",
    "events, past": "/events/?when=past",
    "event": "/events/generated-meetup-1/",
    "workstream": "/workstreams/generated-workstream/",
    "tags": "/tags/",
    "tag": "/tags/generated/",
    "organisations": "/organisations/",
    "organisation": "/organisations/devon-county-council/",
    "search": "/search/?q=council+waste",
    "not found": "/no-such-page/",
}


def bench_environment() -> dict:
    environment = dict(os.environ)
    environment.setdefault("DATABASE_URL", f"sqlite:///{RESULTS / 'bench.sqlite3'}")
    environment.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        SECRET_KEY="bench-only-secret-key-not-for-production-0123456789abcdefghijkl",
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        PYTHONPATH=str(PROJECT_ROOT),
    )
    return environment


def prepare_database(items: int, environment: dict) -> None:
    """Start from an empty database, then migrate, load the demo and generate N items."""
    manage = [sys.executable, "manage.py"]
    database = environ.Env.db_url_config(environment["DATABASE_URL"])
    if database["ENGINE"] == "django.db.backends.sqlite3":
        for suffix in ("", "-wal", "-shm"):
            Path(database["NAME"] + suffix).unlink(missing_ok=True)
    else:
        postgres_database_ensure(database)
        subprocess.run([*manage, "flush", "--no-input"], cwd=PROJECT_ROOT, env=environment, check=True)
    for command in (["migrate", "-v0"], ["load_demo"], ["generate_content", "--items", str(items)]):
        started = time.perf_counter()
        subprocess.run([*manage, *command], cwd=PROJECT_ROOT, env=environment, check=True)
        print(f"  {' '.join(command)}: {time.perf_counter() - started:.1f}s")
    bring_up_to_date(environment)


def bring_up_to_date(environment: dict) -> None:
    """Apply new migrations and collect the static files, so the code can serve the database."""
    for command in (["migrate", "-v0"], ["collectstatic", "--no-input", "-v0"]):
        subprocess.run([sys.executable, "manage.py", *command], cwd=PROJECT_ROOT, env=environment, check=True)


def postgres_database_ensure(database: dict) -> None:
    """Create the PostgreSQL database (Django's settings for it) when it does not exist yet."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(
        dbname="postgres",
        user=database["USER"],
        password=database["PASSWORD"],
        host=database["HOST"],
        port=database["PORT"] or None,
        autocommit=True,
    ) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [database["NAME"]]
        ).fetchone()
        if not exists:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database["NAME"])))


def generated_items() -> int:
    from network.models import ContentPage

    return ContentPage.objects.filter(slug__startswith="generated-").count()


def measure_in_process(repeats: int) -> dict:
    """Return {page: (median ms, SQL queries)} using Django's test client in this process."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    results = {}
    for name, path in PAGES.items():
        for _ in range(3):
            client.get(path)
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        query_count = len(queries)  # read now: the next request empties the connection's query log
        timings = []
        for _ in range(repeats):
            started = time.perf_counter()
            client.get(path)
            timings.append((time.perf_counter() - started) * 1000)
        results[name] = (statistics.median(timings), query_count)
    return results


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(port: int, environment: dict) -> subprocess.Popen:
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "network.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--log-level",
            "warning",
        ],
        cwd=PROJECT_ROOT,
        env=environment,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("gunicorn did not answer within 30 seconds")


def measure_under_load(port: int, seconds: int) -> dict:
    """Return {page: (requests/s, median ms)} from wrk, 8 connections for `seconds` each."""
    results = {}
    for name, path in PAGES.items():
        output = subprocess.run(
            ["wrk", "-t1", "-c8", f"-d{seconds}s", "--latency", f"http://127.0.0.1:{port}{path}"],
            capture_output=True,
            text=True,
            check=True,
            timeout=seconds + 30,
        ).stdout
        requests_per_second = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
        median = re.search(r"50%\s+([\d.]+)(us|ms|s)", output)
        scale = {"us": 0.001, "ms": 1, "s": 1000}[median.group(2)]
        results[name] = (requests_per_second, float(median.group(1)) * scale)
    return results


def report(in_process: dict, under_load: dict) -> str:
    baseline_ms, _ = in_process["hello world (baseline)"]
    baseline_rps, _ = under_load["hello world (baseline)"]
    lines = [
        f"{'page':<24}{'client ms':>10}{'x hello':>9}{'queries':>9}{'req/s':>9}{'x hello':>9}{'p50 ms':>9}",
    ]
    for name in PAGES:
        client_ms, queries = in_process[name]
        rps, p50 = under_load[name]
        lines.append(
            f"{name:<24}{client_ms:>10.2f}{client_ms / baseline_ms:>9.1f}{queries:>9}"
            f"{rps:>9.0f}{baseline_rps / rps:>9.1f}{p50:>9.2f}"
        )
    lines.append("x hello: how many times slower than the hello-world view in the same run.")
    return "\n".join(lines)


def measure_pages(arguments, environment: dict) -> str:
    print("Measuring with the test client ...")
    in_process = measure_in_process(arguments.repeats)
    print("Measuring through gunicorn with wrk ...")
    port = free_port()
    server = start_gunicorn(port, environment)
    try:
        under_load = measure_under_load(port, arguments.seconds)
    finally:
        server.terminate()
        server.wait(timeout=30)
    return report(in_process, under_load)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=1000, help="generated items (default 1000)")
    parser.add_argument("--seconds", type=int, default=5, help="wrk duration per page (default 5)")
    parser.add_argument("--repeats", type=int, default=50, help="test-client requests per page (default 50)")
    parser.add_argument("--search-repeats", type=int, default=10, help="requests per search (default 10)")
    parser.add_argument("--search-only", action="store_true", help="measure the searches only")
    parser.add_argument(
        "--reuse-database", action="store_true", help="measure the database the last run left, as it is"
    )
    arguments = parser.parse_args()
    if arguments.search_repeats < 2:
        parser.error("--search-repeats must be at least 2, to give a 95th percentile.")
    if not arguments.search_only and shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: `make bench` installs it (apt-get install wrk).")

    RESULTS.mkdir(exist_ok=True)
    environment = bench_environment()
    os.environ.update(environment)
    sys.path.insert(0, str(PROJECT_ROOT))
    if arguments.reuse_database:
        bring_up_to_date(environment)
    else:
        print("Preparing the database ...")
        prepare_database(arguments.items, environment)
    import django

    django.setup()
    database = environment["DATABASE_URL"].split(":", 1)[0]
    sections = [f"Practice Commons benchmark: {generated_items()} generated items on {database}"]
    if not arguments.search_only:
        sections.append(measure_pages(arguments, environment))
    print("Measuring the searches ...")
    search_report, query_counts_consistent = run_search_benchmark(arguments.search_repeats)
    sections.append(search_report)
    text = "\n\n".join(sections)
    (RESULTS / "latest.txt").write_text(text + "\n")
    print(text)
    if not query_counts_consistent:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
