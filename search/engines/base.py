from dataclasses import dataclass, field

from modelsearch.backends.base import get_model_root


@dataclass
class EngineResult:
    """One page of results from a search engine, with the counts of every facet key."""

    objects: list
    total: int
    facet_counts: dict[str, int]
    # Highlighted fragments (HTML, with <mark>) by object, where the engine makes them.
    highlights: dict[tuple[str, int], list[str]] = field(default_factory=dict)
    notice: str = ""


def object_identity(obj) -> tuple[str, int]:
    """Return what tells results of different models apart (their pks may coincide)."""
    return get_model_root(type(obj))._meta.label_lower, obj.pk
