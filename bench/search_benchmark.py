"""Time 20 different searches against the hello-world view, and count the SQL each one runs.

The searches are plain URLs, so searches with filters, sorting or JSON can be added as they
appear. Their words come from network/generation.py, whose topics are on one item in 2 down to
one in 10,000, so the searches find from none to nearly every generated item.
"""

import statistics
import time

HELLO = "/bench/hello/"
SEARCHES = [
    "/search/?q=council",
    "/search/?q=digital",
    "/search/?q=customer+contact",
    "/search/?q=housing",
    "/search/?q=waste",
    "/search/?q=meetup&type=event",
    "/search/?q=parking+permits",
    "/search/?q=%22adult+social+care%22",
    "/search/?q=housing+waste",
    "/search/?q=library",
    "/search/?q=planning+applications",
    "/search/?q=Marshford",
    "/search/?q=flood+risk",
    "/search/?q=allotment",
    "/search/?q=meetup+pothole&type=event",
    "/search/?q=cemetery",
    "/search/?q=pest+control",
    "/search/?q=beach+hut",
    "/search/?q=hovercraft",
    "/search/?q=zeppelin",
]
# A query matching a handful of items and one matching thousands must run the same SQL. Both
# are narrowed to events, because a page of results mixing more types (or people, whose bios
# mention meetups) rightly takes a query or two more per type.
FEW_RESULTS, MANY_RESULTS = "/search/?q=meetup+pothole&type=event", "/search/?q=meetup&type=event"


def run_search_benchmark(repeats: int) -> tuple[str, bool]:
    """Return the markdown report, and False when few and many results took different SQL query counts."""
    from django.test import Client

    client = Client()
    timings, queries = measure(client, [HELLO, *SEARCHES], repeats)
    matches = {url: matching_items(client, url) for url in SEARCHES}
    verdict, consistent = query_count_verdict(queries, matches)
    return report(timings, queries, matches, verdict), consistent


def measure(client, urls: list[str], repeats: int) -> tuple[dict[str, list[float]], dict[str, int]]:
    """Return each URL's latencies in ms and its SQL query count.

    The URLs are taken in turn, so that a busy spell on the machine hits them all. A search over
    thousands of items can take many seconds, so only the hello-world view and one search warm up.
    """
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(HELLO)
    client.get(FEW_RESULTS)
    timings, queries = {url: [] for url in urls}, {}
    for _ in range(repeats):
        for url in urls:
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get(url)
                timings[url].append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"{url} answered {response.status_code}")
            queries[url] = len(captured)
    return timings, queries


def matching_items(client, url: str) -> int:
    """Return how many items the search finds, as its JSON answer counts them."""
    return client.get(f"{url}&format=json").json()["total"]


def percentile_95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def report(timings: dict, queries: dict[str, int], matches: dict[str, int], verdict: str) -> str:
    hello = statistics.median(timings[HELLO])
    lines = [
        "| search | items found | median ms | x hello | p95 ms | x hello | SQL queries |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for url in SEARCHES:
        median, p95 = statistics.median(timings[url]), percentile_95(timings[url])
        lines.append(
            f"| `{url}` | {matches[url]} | {median:.1f} | {median / hello:.0f} "
            f"| {p95:.1f} | {p95 / hello:.0f} | {queries[url]} |"
        )
    every_search = [timing for url in SEARCHES for timing in timings[url]]
    median, p95 = statistics.median(every_search), percentile_95(every_search)
    lines += [
        f"| **all {len(SEARCHES)} searches** | | **{median:.1f}** | **{median / hello:.0f}** "
        f"| **{p95:.1f}** | **{p95 / hello:.0f}** | |",
        f"| hello world (baseline) | | {hello:.2f} | 1 | | | 0 |",
        "",
        f"x hello: times the hello-world view's median ({hello:.2f} ms) in the same run; "
        f"{len(every_search) // len(SEARCHES)} requests per search, with Django's test client.",
        verdict,
    ]
    return "\n".join(lines)


def query_count_verdict(queries: dict[str, int], matches: dict[str, int]) -> tuple[str, bool]:
    """Return what the SQL query counts for few and many results show, and whether that is as it should be."""
    few, many = queries[FEW_RESULTS], queries[MANY_RESULTS]
    counts = f"{few} SQL queries for `{FEW_RESULTS}`, {many} for `{MANY_RESULTS}`"
    if not matches[FEW_RESULTS] or matches[MANY_RESULTS] < 1000:
        return f"SQL queries for few and many results not compared: too few items generated ({counts}).", True
    if few == many:
        return f"SQL queries do not grow with the number of results: {counts}.", True
    return f"**WARNING: SQL QUERIES PER SEARCH DEPEND ON THE NUMBER OF RESULTS: {counts}.**", False
