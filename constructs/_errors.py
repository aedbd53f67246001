"""Exception classes raised by pycdk.

Every error subclasses a natural Python base *and* ``RuntimeError``: aws-cdk-lib's Python binding raises
``RuntimeError`` for everything, so tests written against it (``pytest.raises(RuntimeError)``) keep passing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._construct import IConstruct


def _path_of(scope: Any) -> str | None:
    node = getattr(scope, "node", None)
    if node is None:
        return None
    return node.path


class PycdkError(RuntimeError):
    """Base class of every error pycdk raises on purpose.

    Args:
        message: what went wrong, the value received, what is allowed and how to fix it.
        scope: the construct the error is about; its path is shown in the message.
    """

    def __init__(self, message: str, scope: IConstruct | None = None) -> None:
        self.bare_message = message
        self.scope = scope
        path = _path_of(scope) if scope is not None else None
        self.construct_path = path
        text = f"{message}\n    at path [{path}]" if path else message
        super().__init__(text)


class ValidationError(PycdkError, ValueError):
    """Invalid input: a property value, an id, a combination of options."""


class UnscopedValidationError(ValidationError):
    """Invalid input that is not tied to one construct."""

    def __init__(self, message: str) -> None:
        super().__init__(message, None)


class DependencyCycleError(PycdkError, ValueError):
    """Adding a dependency would create a cycle."""


class SynthesisError(PycdkError):
    """Synthesis failed (validation errors, error annotations, limits)."""


class TokenResolutionError(PycdkError, ValueError):
    """A token could not be resolved."""


class CrossStackReferenceError(PycdkError, ValueError):
    """A reference between stacks that CloudFormation cannot express."""
