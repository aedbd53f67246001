"""Keep Python's cyclic garbage collector out of synthesis, and out of the interpreter's teardown.

Synthesis walks a finished construct tree and allocates millions of short-lived containers (resolved
templates, JSON pieces) while creating no garbage cycles of its own; each young-generation collection it
triggers would promote and rescan them. So the collector is paused for the duration of ``synth()`` and put
back as it was afterwards. Nothing else is changed for the rest of the process: building constructs, creating
an ``App`` and a user's own code run with the collector as the user left it (an earlier version froze the
whole heap at every construct and collected it all at every new ``App``, which cost a test that builds an
app with the L1 modules loaded about 100 ms).

The one other tuning is at interpreter exit: a program that synthesized an app usually ends right after, and
the final collection of the teardown would then find the whole construct tree (cycles throughout) and free it
object by object, about 40% of a 5,000-resource run. The first successful synthesis registers an exit hook
that freezes the heap instead (``gc.freeze``): the process ends without that traversal, and the operating
system reclaims the memory. The hook runs after the program has finished, so no collection the program
itself relies on is lost.
"""

from __future__ import annotations

import atexit
import gc
from collections.abc import Iterator
from contextlib import contextmanager

_EXIT_HOOK = [False]


def _freeze_at_exit() -> None:
    gc.freeze()


def skip_final_collection() -> None:
    """Register (once) the exit hook that spares the interpreter's teardown a full collection."""
    if not _EXIT_HOOK[0]:
        _EXIT_HOOK[0] = True
        atexit.register(_freeze_at_exit)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector for the duration of the block (synthesis), then restore its state.

    A collector the caller had disabled stays disabled. After a successful block, the exit hook is registered
    (``skip_final_collection``).
    """
    was_enabled = gc.isenabled()
    if was_enabled:
        gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
    skip_final_collection()
