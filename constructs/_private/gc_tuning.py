"""Keep Python's cyclic garbage collector out of synthesis, and out of the interpreter's teardown.

Synthesis walks a finished construct tree and allocates many short-lived containers (resolved templates,
JSON pieces) while creating no garbage cycles of its own; each collection it triggered would rescan them. So
the collector is paused for the duration of ``synth()`` and put back as it was afterwards. Building
constructs, creating an ``App`` and the user's own code run with the collector as the user left it. (An
earlier version froze the whole heap at every construct added and collected all of it at every new ``App``:
about 100 ms per ``App`` once the L1 modules were loaded, paid by every test that builds one.)

Construction is left alone on purpose. In the benchmark app (5,000 resources) the collector is about 8% of building
the tree, all of it traversing objects that stay alive; the alternatives were measured and refused: freezing what
survives each young collection while building (half of that) would keep every cycle that dies afterwards, such as
a dropped ``App``'s tree in a test process, from ever being collected unless the whole heap were collected at every
``App``; pausing the collector would let the user's own garbage cycles pile up; a larger threshold is a process
setting the user can see. pycdk avoids making garbage cycles of its own while building instead: the benchmark
app's buckets, queues, functions and grants make none (a ``Grant`` makes its dependable trait on access instead
of holding one that points back at it).

Two more tunings are one-time, constant-time calls:

* the process's first ``App`` freezes the heap as it is then (``gc.freeze``). What exists before any
  construct is, almost always, imported modules (all of L1, in a large project or test suite) and set-up
  that live as long as the process; left in the collector's reach, every full collection would traverse
  them again while trees are built. Later ``App``s freeze nothing;
* the first successful synthesis registers an exit hook that freezes the heap when the interpreter exits. A
  program usually ends right after synthesizing, and the teardown's final collection would otherwise find
  the whole construct tree (cycles throughout) and free it object by object (a third of a 5,000-resource
  run); the operating system reclaims the memory instead. The hook runs after the program has finished.
"""

from __future__ import annotations

import atexit
import gc
from collections.abc import Iterator
from contextlib import contextmanager

_EXIT_HOOK = [False]
_STARTUP_FROZEN = [False]


def freeze_startup_heap() -> None:
    """Freeze what is alive before the process's first ``App`` (its modules and set-up); later calls do nothing."""
    if not _STARTUP_FROZEN[0]:
        _STARTUP_FROZEN[0] = True
        gc.freeze()


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
