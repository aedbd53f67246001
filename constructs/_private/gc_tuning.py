"""Keep Python's cyclic garbage collector from rescanning the construct tree over and over.

A construct tree is long-lived and full of reference cycles (node ↔ construct, resource ↔ reference), and
building one allocates millions of container objects; each full collection rescans all of them, which made
collection the largest single cost of synthesizing big apps (about 45% at 5,000 resources). Objects that exist
when a stack is created are moved to the permanent generation (``gc.freeze``), the collector is paused while
``synth()`` runs, and a new ``App`` hands the previous app's objects back to the collector (``gc.unfreeze``),
so test suites that build many apps do not accumulate them.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


def freeze_long_lived() -> None:
    """Move every object alive now out of the collector's reach (called when a stack is created)."""
    gc.freeze()


def release_frozen() -> None:
    """Return frozen objects to the collector (called when a new app starts)."""
    gc.unfreeze()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector for the duration of the block (synthesis), if it was running."""
    was_enabled = gc.isenabled()
    if was_enabled:
        gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
