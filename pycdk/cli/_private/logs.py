"""The CLI's diagnostic logs, through :mod:`logging`, at the levels the CDK CLI has.

``pycdk COMMAND`` logs nothing beyond its usual output; ``-v`` shows the ``pycdk`` loggers' DEBUG records,
``-vv`` also TRACE (what the app was given, the assembly files read), ``-vvv`` also the AWS SDK's own debug logs
(botocore), as the CDK CLI's ``-vvv`` turns on SDK tracing. ``--debug`` implies ``-v`` and runs the app with
``CDK_DEBUG=true``. Records go to the standard error of the moment (so a caller that swaps ``sys.stderr`` sees
them), stamped as the CDK CLI stamps its debug lines.
"""

from __future__ import annotations

import logging
import sys
from typing import TextIO

TRACE = 5
logging.addLevelName(TRACE, "TRACE")

log = logging.getLogger("pycdk")
"""The CLI's logger (modules use ``logging.getLogger("pycdk.<area>")`` or this one)."""

_SDK_LOGGERS = ("botocore", "boto3", "s3transfer")


class _CurrentStderr(logging.StreamHandler):  # type: ignore[type-arg]
    """A stream handler that writes to whatever ``sys.stderr`` is when a record is emitted."""

    @property  # type: ignore[override]
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, value: TextIO) -> None:
        del value


def level_for(verbosity: int, debug: bool) -> int:
    """The ``pycdk`` loggers' level: WARNING by default, DEBUG for ``-v`` or ``--debug``, TRACE for ``-vv``."""
    if verbosity >= 2:
        return TRACE
    if verbosity == 1 or debug:
        return logging.DEBUG
    return logging.WARNING


class LogSetup:
    """The handler and levels one ``main()`` call installs; :meth:`close` puts the previous state back."""

    def __init__(self, verbosity: int, debug: bool) -> None:
        self._handler = _CurrentStderr()
        self._handler.setFormatter(logging.Formatter("[%(asctime)s] %(message)s", datefmt="%H:%M:%S"))
        self._loggers = [log] + ([logging.getLogger(name) for name in _SDK_LOGGERS] if verbosity >= 3 else [])
        self._previous = [(logger, logger.level, logger.propagate) for logger in self._loggers]
        for logger in self._loggers:
            logger.addHandler(self._handler)
            logger.propagate = False
            logger.setLevel(level_for(verbosity, debug) if logger is log else logging.DEBUG)

    def close(self) -> None:
        for logger, level, propagate in self._previous:
            logger.removeHandler(self._handler)
            logger.setLevel(level)
            logger.propagate = propagate
