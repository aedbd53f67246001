"""Validation helpers of aws-cdk-lib's core: ``Errors`` (error classification), ``ValidationResult`` /
``ValidationResults`` (property-validator results), ``Validations`` (per-construct rule findings and
acknowledgements, and policy-validation plugins) and ``Acknowledgment``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from ._errors import PycdkError, SynthesisError, UnscopedValidationError, ValidationError
from ._private import structs

if TYPE_CHECKING:
    from ._construct import IConstruct
    from ._policy_validation import IPolicyValidationPluginBeta1


class Errors:
    """Tells apart the errors the library raises."""

    @staticmethod
    def is_construct_error(x: object) -> bool:
        """True for errors raised about a construct (validation and assertion errors)."""
        return isinstance(x, PycdkError) and not isinstance(x, _ASSEMBLY_OR_EXECUTION)

    @staticmethod
    def is_validation_error(x: object) -> bool:
        """True for invalid-input errors (``ValidationError`` and ``UnscopedValidationError``)."""
        return isinstance(x, ValidationError)

    @staticmethod
    def is_assertion_error(x: object) -> bool:
        """True for failed internal assertions (``AssertionError`` raised by the library)."""
        return isinstance(x, PycdkError) and isinstance(x, AssertionError)

    @staticmethod
    def is_cloud_assembly_error(x: object) -> bool:
        """True for errors while reading or writing a cloud assembly."""
        return isinstance(x, CloudAssemblyError)

    @staticmethod
    def is_execution_error(x: object) -> bool:
        """True for errors of an external process the library ran (e.g. bundling)."""
        return isinstance(x, ExecutionError)

    @staticmethod
    def is_assumption_error(x: object) -> bool:
        """True for broken internal assumptions."""
        return isinstance(x, AssumptionError)


class CloudAssemblyError(PycdkError):
    """Reading or writing the cloud assembly failed."""


class ExecutionError(PycdkError):
    """An external process the library ran failed."""


class AssumptionError(PycdkError):
    """Something the library assumed did not hold."""


_ASSEMBLY_OR_EXECUTION = (CloudAssemblyError, ExecutionError, AssumptionError)


class ValidationResults:
    """A collection of ``ValidationResult``.

    Args:
        results: the results collected so far (default none).
    """

    def __init__(self, results: list[ValidationResult] | None = None) -> None:
        self.results: list[ValidationResult] = results if results is not None else []

    def collect(self, result: ValidationResult) -> None:
        """Keep ``result`` if it failed."""
        if not result.is_success:
            self.results.append(result)

    @property
    def is_success(self) -> bool:
        """True when every result succeeded."""
        return all(r.is_success for r in self.results)

    def error_tree_list(self) -> str:
        """The error trees of the results, one after the other."""
        return "\n".join(r.error_tree() for r in self.results)

    def wrap(self, message: str) -> ValidationResult:
        """A success if every result succeeded, else a failure ``message`` with these results below it."""
        if self.is_success:
            return VALIDATION_SUCCESS
        return ValidationResult(message, self)


class ValidationResult:
    """The result of a property validator: an error message (empty for success) and nested results.

    Args:
        error_message: the error (default empty: success).
        results: nested results (default none).
    """

    def __init__(self, error_message: str | None = None, results: ValidationResults | None = None) -> None:
        self.error_message: str = error_message or ""
        self.results: ValidationResults = results if results is not None else ValidationResults()

    @property
    def is_success(self) -> bool:
        """True when there is no error here or below."""
        return not self.error_message and self.results.is_success

    def assert_success(self) -> None:
        """Raise the error tree unless this is a success.

        Raises:
            SynthesisError: the result is a failure.
        """
        if not self.is_success:
            message = self.error_tree()
            raise SynthesisError(message[:1].upper() + message[1:])

    def error_tree(self) -> str:
        """The error message with the nested ones indented below it."""
        children = self.results.error_tree_list()
        return self.error_message + ("\n  " + children.replace("\n", "\n  ") if children else "")

    def prefix(self, message: str) -> ValidationResult:
        """This result, its message prefixed with ``message: `` (successes are returned unchanged)."""
        if self.is_success:
            return self
        return ValidationResult(f"{message}: {self.error_message}", self.results)


VALIDATION_SUCCESS = ValidationResult()


@structs.frozen(kw_only=True)
class Acknowledgment:
    """A validation rule acknowledged on a construct (``Validations.of(c).acknowledge(...)``).

    Args:
        id: the rule id, ``<plugin>::<rule>`` or a bare rule (an annotation id).
        reason: why the finding is acceptable.
    """

    id: str
    reason: str


# -- validation ids, as aws-cdk-lib parses and normalises them -----------------------------------------------

ANNOTATION_PLUGIN_NAME = "Construct Annotations"
ANNOTATION_PLUGIN_NAMESPACE = "Annotation"
_CLOSING = {"]": "[", ")": "(", "}": "{"}


def parse_validation_id(id: str) -> tuple[str | None, str]:
    """``(namespace, rule)`` of ``namespace::rule`` (``::`` inside brackets does not count); namespace None if
    there is no ``::``.

    Raises:
        UnscopedValidationError: two ``::``, unbalanced brackets, or nothing before ``::``.
    """
    separator: int | None = None
    braces: list[str] = []
    i = 0
    while i < len(id):
        c = id[i]
        if c == ":" and id[i + 1 : i + 2] == ":" and not braces:
            if separator is not None:
                raise UnscopedValidationError(
                    f"Invalid validation rule ID '{id}'. The '::' delimiter is reserved for separating the prefix "
                    "from the rule name (e.g. 'prefix::RuleName')."
                )
            separator = i
            i += 1
        elif c in _CLOSING:
            if not braces:
                raise UnscopedValidationError(
                    f"Invalid validation rule ID '{id}'. Unmatched closing brace '{c}' at position {i}."
                )
            last = braces.pop()
            if last != _CLOSING[c]:
                expected = {"(": ")", "[": "]", "{": "}"}[last]
                raise UnscopedValidationError(
                    f"Invalid validation rule ID '{id}'. Mismatched closing brace '{c}' at position {i}. "
                    f"Expected '{expected}'."
                )
        elif c in "[({":
            braces.append(c)
        i += 1
    if separator is None:
        return None, id
    if separator == 0:
        raise UnscopedValidationError(f"Invalid validation rule ID '{id}'. Missing plugin name before '::'.")
    return id[:separator], id[separator + 2 :]


def normalize_validation_id(id: str, default_namespace: str) -> str:
    """``namespace::rule`` with spaces as dashes; annotation namespaces become ``Annotation``."""
    namespace, rule = parse_validation_id(id)
    rule = rule.replace(" ", "-")
    if namespace is not None:
        namespace = namespace.replace(" ", "-")
        if namespace in ("annotation", "Construct-Annotations"):
            return f"{ANNOTATION_PLUGIN_NAMESPACE}::{rule}"
    return f"{namespace if namespace is not None else default_namespace}::{rule}"


def namespace_from_plugin_name(plugin_name: str) -> str:
    """The rule namespace of a plugin: its name with spaces as dashes."""
    if plugin_name == ANNOTATION_PLUGIN_NAME:
        return ANNOTATION_PLUGIN_NAMESPACE
    return re.sub(" ", "-", plugin_name)


class Validations:
    """Validation findings and acknowledgements of a construct: ``Validations.of(construct)``.

    Args:
        scope: the construct.
    """

    ACKNOWLEDGED_RULES_METADATA_KEY: ClassVar[str] = "aws:cdk:acknowledged-rules"
    """The metadata type under which acknowledgements are recorded."""

    def __init__(self, scope: IConstruct) -> None:
        self._scope = scope

    @staticmethod
    def of(scope: IConstruct) -> Validations:
        """The validations of ``scope``."""
        return Validations(scope)

    def add_plugins(self, *plugins: IPolicyValidationPluginBeta1) -> None:
        """Run these policy-validation plugins over the templates of the enclosing stage after synthesis.

        Raises:
            UnscopedValidationError: ``scope`` is in no stage.
        """
        from ._stage import Stage

        stage = self._scope if isinstance(self._scope, Stage) else Stage.of(self._scope)
        if stage is None:
            raise UnscopedValidationError("Cannot add validation plugins on a construct without an enclosing Stage")
        from ._policy_validation import add_stage_plugins

        add_stage_plugins(stage, plugins)

    def add_warning(self, id: str, message: str) -> None:
        """A warning that ``acknowledge`` can silence (shown as ``<message> [ack: Annotation::<id>]``)."""
        from ._annotations import Annotations

        Annotations.of(self._scope).add_warning_v2(normalize_validation_id(id, ANNOTATION_PLUGIN_NAMESPACE), message)

    def add_error(self, id: str, message: str) -> None:
        """An error annotation ``<message> (Annotation::<id>)`` (synthesis fails)."""
        from ._annotations import Annotations

        rule = normalize_validation_id(id, ANNOTATION_PLUGIN_NAMESPACE)
        Annotations.of(self._scope).add_error(f"{message} ({rule})")

    def acknowledge(self, *rules: Acknowledgment | dict[str, str]) -> None:
        """Acknowledge rules on this construct and below: their warnings go, their policy findings are reported
        as suppressed; each acknowledgement is recorded in the construct's metadata."""
        from ._annotations import Annotations

        for rule in rules:
            ack = rule if isinstance(rule, Acknowledgment) else Acknowledgment(**rule)
            qualified = normalize_validation_id(ack.id, ANNOTATION_PLUGIN_NAMESPACE)
            self._scope.node.add_metadata(self.ACKNOWLEDGED_RULES_METADATA_KEY, {qualified: ack.reason})
            Annotations.of(self._scope).acknowledge_warning(qualified)
            prefix = f"{ANNOTATION_PLUGIN_NAMESPACE}::"
            if qualified.startswith(prefix):
                Annotations.of(self._scope).acknowledge_warning(qualified[len(prefix) :])
