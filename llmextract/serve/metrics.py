"""Prometheus metrics, written in the text exposition format (version 0.0.4) by hand.

Why not prometheus_client: the service needs a dozen counters, gauges and one histogram in a
single process; the exposition format is a few lines of text, and writing it here avoids a
process-global registry (which makes app factories and tests share state) and another pinned
dependency. Label values are escaped as the format requires; labels only ever hold route
templates, status codes, backend names and fixed words, so cardinality stays bounded and no
secret or article text can reach a metric.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import llmextract
from llmextract.schema import SCHEMA_VERSION

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0,
                   120.0)

Labels = tuple[tuple[str, str], ...]


@dataclass
class _Family:
    name: str
    kind: str  # counter | gauge | histogram
    help: str
    values: dict[Labels, float] = field(default_factory=dict)
    buckets: dict[Labels, list[int]] = field(default_factory=dict)
    sums: dict[Labels, float] = field(default_factory=dict)


class Metrics:
    """The service's metrics; every method is cheap and never blocks."""

    def __init__(self) -> None:
        self._families: dict[str, _Family] = {}
        self._gauges: list[tuple[str, Callable[[], float]]] = []
        f = self._family
        f("llmextract_http_requests_total", "counter",
          "HTTP requests answered, by route template, method and status.")
        f("llmextract_http_request_duration_seconds", "histogram",
          "Time from the request's first byte to the response's last, by route template.")
        f("llmextract_http_requests_in_flight", "gauge", "HTTP requests being answered now.")
        f("llmextract_extractions_total", "counter",
          "Articles extracted, by backend and outcome (ok or the error type).")
        f("llmextract_cache_hits_total", "counter", "Extractions answered from the cache.")
        f("llmextract_tokens_total", "counter",
          "Tokens spent at the model endpoint, by kind (prompt, completion).")
        f("llmextract_reasks_total", "counter",
          "Re-asks sent to the model because its answer did not validate.")
        f("llmextract_upstream_attempts_total", "counter",
          "HTTP calls made to the model endpoint (retries and re-asks included).")
        f("llmextract_rejected_items_total", "counter",
          "Events and claims of the model's answers left out as ungrounded (result.rejected).")
        f("llmextract_rejected_total", "counter",
          "Requests refused before any work, by reason.")
        f("llmextract_build_info", "gauge", "Version of llmextract and of its result schema.")
        self.set("llmextract_build_info", 1.0, version=llmextract.__version__,
                 schema_version=SCHEMA_VERSION)
        self.inc("llmextract_http_requests_in_flight", 0.0)

    def _family(self, name: str, kind: str, help: str) -> None:
        self._families[name] = _Family(name, kind, help)

    def gauge(self, name: str, help: str, read: Callable[[], float]) -> None:
        """A gauge read when scraped (queue depth, running extractions)."""
        self._family(name, "gauge", help)
        self._gauges.append((name, read))

    def inc(self, name: str, amount: float = 1.0, **labels: str) -> None:
        family = self._families[name]
        key = _labels(labels)
        family.values[key] = family.values.get(key, 0.0) + amount

    def set(self, name: str, value: float, **labels: str) -> None:
        self._families[name].values[_labels(labels)] = value

    def observe(self, name: str, value: float, **labels: str) -> None:
        family = self._families[name]
        key = _labels(labels)
        counts = family.buckets.setdefault(key, [0] * (len(LATENCY_BUCKETS) + 1))
        counts[bisect.bisect_left(LATENCY_BUCKETS, value)] += 1
        family.sums[key] = family.sums.get(key, 0.0) + value

    def render(self) -> str:
        for name, read in self._gauges:
            self._families[name].values[()] = float(read())
        lines: list[str] = []
        for family in self._families.values():
            lines.append(f"# HELP {family.name} {family.help}")
            lines.append(f"# TYPE {family.name} {family.kind}")
            if family.kind == "histogram":
                lines.extend(_histogram(family))
            else:
                for key, value in sorted(family.values.items()):
                    lines.append(f"{family.name}{_render_labels(key)} {_number(value)}")
        return "\n".join(lines) + "\n"


def _histogram(family: _Family) -> Iterable[str]:
    for key, counts in sorted(family.buckets.items()):
        cumulative = 0
        for bound, count in zip((*LATENCY_BUCKETS, float("inf")), counts, strict=True):
            cumulative += count
            le = "+Inf" if bound == float("inf") else _number(bound)
            yield f"{family.name}_bucket{_render_labels((*key, ('le', le)))} {cumulative}"
        yield f"{family.name}_sum{_render_labels(key)} {_number(family.sums[key])}"
        yield f"{family.name}_count{_render_labels(key)} {cumulative}"


def _labels(labels: dict[str, str]) -> Labels:
    return tuple(sorted((k, str(v)) for k, v in labels.items()))


def _render_labels(labels: Labels) -> str:
    if not labels:
        return ""
    inner = ",".join(f'{k}="{_escape(v)}"' for k, v in labels)
    return "{" + inner + "}"


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _number(value: float) -> str:
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return repr(value)
