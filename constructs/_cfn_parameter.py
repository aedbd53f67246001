"""``CfnParameter``: a template parameter."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ._cfn_element import CfnElement
from ._cfn_reference import CfnReference
from ._construct import Construct
from ._errors import ValidationError
from ._private import structs
from ._token import IResolvable, Token

if TYPE_CHECKING:
    from constructs._token import IResolveContext


class CfnParameter(CfnElement):
    """A CloudFormation parameter.

    Args:
        type: the parameter type (default ``String``).
        default, allowed_pattern, allowed_values, constraint_description, description, max_length, max_value,
            min_length, min_value, no_echo: as in the CloudFormation Parameters section.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        allowed_pattern: str | None = None,
        allowed_values: Sequence[str] | None = None,
        constraint_description: str | None = None,
        default: Any = None,
        description: str | None = None,
        max_length: int | float | None = None,
        max_value: int | float | None = None,
        min_length: int | float | None = None,
        min_value: int | float | None = None,
        no_echo: bool | None = None,
        type: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.type: str = type or "String"
        self.default = default
        self.allowed_pattern = allowed_pattern
        self.allowed_values: list[str] | None = list(allowed_values) if allowed_values is not None else None
        self.constraint_description = constraint_description
        self.description = description
        self.max_length = max_length
        self.max_value = max_value
        self.min_length = min_length
        self.min_value = min_value
        self.no_echo = no_echo

    def _ref(self) -> CfnReference:
        ref = CfnReference.for_ref(self)
        if ref.type_hint is None and self._is_list_type():
            # as aws-cdk-lib: a list parameter referenced from another stack travels as a "||"-joined string
            ref.type_hint = "string-list"
        return ref

    @property
    def value(self) -> IResolvable:
        """The parameter's value (``Ref``) as a resolvable."""
        return self._ref()

    @property
    def value_as_string(self) -> str:
        """The value as a string token."""
        if not self._is_string_type() and not self._is_number_type():
            raise ValidationError(
                f"Parameter type ({self.type}) is not a string or number type", self
            )
        return Token.as_string(self._ref())

    @property
    def value_as_number(self) -> float:
        """The value as a number token."""
        if not self._is_number_type():
            raise ValidationError(f"Parameter type ({self.type}) is not a number type", self)
        return Token.as_number(self._ref())

    @property
    def value_as_list(self) -> list[str]:
        """The value as a list token (list types only)."""
        if not self._is_list_type():
            raise ValidationError(f"Parameter type ({self.type}) is not a string list type", self)
        return Token.as_list(self._ref())

    def _is_list_type(self) -> bool:
        return self.type.startswith("List<") or self.type == "CommaDelimitedList" or "<List<" in self.type

    def _is_number_type(self) -> bool:
        return self.type == "Number"

    def _is_string_type(self) -> bool:
        return not self._is_list_type() and not self._is_number_type()

    def resolve(self, _context: IResolveContext) -> object:
        """A parameter used as a value resolves to its ``Ref``."""
        return self._ref().resolve(_context)

    def _to_cloudformation(self) -> dict[str, Any]:
        body: dict[str, Any] = {"Type": self.type}
        for key, v in (
            ("Default", self.default),
            ("AllowedPattern", self.allowed_pattern),
            ("AllowedValues", self.allowed_values),
            ("ConstraintDescription", self.constraint_description),
            ("Description", self.description),
            ("MaxLength", self.max_length),
            ("MaxValue", self.max_value),
            ("MinLength", self.min_length),
            ("MinValue", self.min_value),
            ("NoEcho", self.no_echo),
        ):
            if v is not None:
                body[key] = v
        return {"Parameters": {self._resolved_logical_id(): body}}


@structs.frozen(kw_only=True)
class CfnParameterProps:
    """The keyword arguments of ``CfnParameter``.

    Args:
        allowed_pattern: a regular expression the value must match (default none).
        allowed_values: the values allowed (default any).
        constraint_description: the message shown when a constraint is violated (default none).
        default: the value used when none is given at deployment (default none).
        description: a description (default none).
        max_length: the longest string allowed (default none).
        max_value: the largest number allowed (default none).
        min_length: the shortest string allowed (default none).
        min_value: the smallest number allowed (default none).
        no_echo: mask the value in the console and API (default false).
        type: the parameter type (default ``String``).
    """

    allowed_pattern: str | None = None
    allowed_values: Sequence[str] | None = None
    constraint_description: str | None = None
    default: Any = None
    description: str | None = None
    max_length: int | float | None = None
    max_value: int | float | None = None
    min_length: int | float | None = None
    min_value: int | float | None = None
    no_echo: bool | None = None
    type: str | None = None
