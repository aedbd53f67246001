"""``MetadataOptions``: the options of ``Node.add_metadata`` (PyPI ``constructs``' struct)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from constructs._private import structs


@structs.frozen(kw_only=True)
class MetadataOptions:
    """Options for ``node.add_metadata()``.

    Args:
        stack_trace: include a stack trace with the entry (default false). pycdk records a placeholder line, not
            the Python stack.
        stack_trace_override: the stack trace to record instead (``stack_trace`` is then ignored).
        trace_from_function: the function to begin tracing from (a JavaScript notion; accepted and ignored).
    """

    stack_trace: bool | None = None
    stack_trace_override: Sequence[str] | None = None
    trace_from_function: Callable[..., object] | None = None
