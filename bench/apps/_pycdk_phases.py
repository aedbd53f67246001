"""Phase timing for the pycdk benchmark apps: how much of ``app.synth()`` is JSON serialization.

``install()``, called after pycdk is imported and before the app is built, wraps every JSON serializer:
``json.JSONEncoder.encode`` (behind ``json.dumps`` and encoder instances), ``json.dump``, and the public
functions of pycdk's serializer modules (``_WRITER_MODULES``), wherever pycdk modules hold a reference to
them. ``write(path, t0, t_import, t_start, t_construct, t_synth)`` then writes the phases (seconds) as JSON:
import, construct, synth (``app.synth()`` less serialization) and write (serialization during synth).
If pycdk moves its serializer, add the new module to ``_WRITER_MODULES``.
"""

import json
import sys
import time
import types
from collections.abc import Callable

_WRITER_MODULES = ("constructs._private.json_writer",)
_PYCDK_ROOTS = ("constructs", "l1", "l2", "assertions", "patterns")
_CALLS: list[tuple[float, float]] = []  # (start, seconds) of each outermost serializer call
_DEPTH = [0]


def _timed(func: Callable[..., object]) -> Callable[..., object]:
    """Wrap a JSON serializer so that each outermost call is recorded in ``_CALLS``."""

    def wrapper(*args: object, **kwargs: object) -> object:
        _DEPTH[0] += 1
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            _DEPTH[0] -= 1
            if _DEPTH[0] == 0:
                _CALLS.append((start, time.perf_counter() - start))

    return wrapper


def install() -> None:
    """Start recording the time spent serializing JSON."""
    json.JSONEncoder.encode = _timed(json.JSONEncoder.encode)  # type: ignore[method-assign]
    json.dump = _timed(json.dump)  # type: ignore[assignment]
    wrapped: dict[Callable[..., object], Callable[..., object]] = {}
    for name in _WRITER_MODULES:
        module = sys.modules.get(name)
        if module is None:
            continue
        for attr, value in vars(module).items():
            if (
                isinstance(value, types.FunctionType)
                and value.__module__ == name
                and not attr.startswith("_")
            ):
                wrapped[value] = _timed(value)
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").split(".")[0] not in _PYCDK_ROOTS:
            continue
        for attr, value in list(vars(module).items()):
            if isinstance(value, types.FunctionType) and value in wrapped:
                setattr(module, attr, wrapped[value])


def write(path: str, t0: float, t_import: float, t_start: float, t_construct: float, t_synth: float) -> None:
    """Write the phase timings to ``path``.

    The arguments are ``time.perf_counter()`` readings: process start, imports done, ``install()`` done
    (construction starts), construction done, ``app.synth()`` done.
    """
    serialize = sum(seconds for start, seconds in _CALLS if t_construct <= start < t_synth)
    phases = {
        "import": t_import - t0,
        "construct": t_construct - t_start,
        "synth": t_synth - t_construct - serialize,
        "write": serialize,
    }
    with open(path, "w") as f:
        f.write(json.dumps(phases))
