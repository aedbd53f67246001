"""Keep Python's cyclic garbage collector from rescanning the construct tree over and over.

A construct tree is long-lived and full of reference cycles (node ↔ construct, resource ↔ reference), and
building one allocates millions of container objects; each collection rescans the young ones and each full
collection all of them, which made collection the largest single cost of synthesizing big apps (about 45% at
5,000 resources). So:

* whenever a construct is added to a tree, every object alive is moved to the permanent generation
  (``gc.freeze``, a constant-time list splice), so the tree is never scanned while it grows;
* the collector is paused while ``synth()`` runs, and what synthesis leaves is frozen as well, which also
  spares the full collection at interpreter exit;
* a new ``App`` hands the frozen objects back to the collector and collects them once, so test suites and
  tools that build many apps in one process release the earlier ones.

Building a tree and synthesizing it create no garbage cycles themselves; cycles a user's code creates while
building stay uncollected until the next ``App`` (or the end of the process).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


def freeze_long_lived() -> None:
    """Move every object alive now out of the collector's reach (called when a stack is created)."""
    gc.freeze()


def release_frozen() -> None:
    """Return frozen objects to the collector and collect (called when a new app starts)."""
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector for the duration of the block (synthesis), if it was running.

    When the block succeeds, what it leaves alive (the app, its templates and assembly) is long-lived as well
    and is frozen too: otherwise the next full collection, at the latest the one at interpreter exit, would
    traverse all of it once more (about 5% of a 5,000-resource synthesis). Synthesis creates no garbage cycles
    of its own; after a failure nothing is frozen, so the traceback's cycles stay collectable.
    """
    was_enabled = gc.isenabled()
    if was_enabled:
        gc.disable()
    try:
        yield
    except BaseException:
        if was_enabled:
            gc.enable()
        raise
    freeze_long_lived()
    if was_enabled:
        gc.enable()
