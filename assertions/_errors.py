"""Exceptions raised by :mod:`assertions`."""

from __future__ import annotations


class AssertionFailure(AssertionError, RuntimeError):
    """An assertion on a template, its annotations or its tags did not hold.

    It is an ``AssertionError`` (pytest shows it as a test failure, not an error) and a ``RuntimeError``:
    aws-cdk-lib's Python binding raises ``RuntimeError`` for these, so ``pytest.raises(RuntimeError)``
    written against aws-cdk-lib keeps passing. The message uses aws-cdk-lib's wording, without the
    ``"AssertionError: "`` prefix that jsii adds to it.
    """


class MatcherUsageError(ValueError, RuntimeError):
    """A matcher was used in a way aws-cdk-lib rejects, e.g. ``Match.exact(Match.absent())``.

    A ``ValueError`` (the pattern is wrong) and a ``RuntimeError`` (what aws-cdk-lib's Python binding raises).
    """
