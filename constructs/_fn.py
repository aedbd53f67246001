"""CloudFormation intrinsic functions (``Fn``) and condition expressions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ._errors import UnscopedValidationError, ValidationError
from ._private.resolve import minimal_join
from ._private.token_map import TOKEN_MAP
from ._token import Intrinsic, IResolvable, Token, is_resolvable_object

LANGUAGE_EXTENSIONS = "AWS::LanguageExtensions"


class ICfnConditionExpression(IResolvable):
    """An expression usable as a condition (``Fn.condition_*`` results and ``CfnCondition``)."""


class ICfnRuleConditionExpression(ICfnConditionExpression):
    """A condition expression usable in rules."""

    disambiguator: bool = True
    """Only here to tell the two interfaces apart (as in aws-cdk-lib)."""


def _grouped(key: str, conditions: list[Any]) -> Any:
    """``Fn::And``/``Fn::Or`` of at most 10 conditions each, nested in groups of 10 as aws-cdk-lib does."""
    if len(conditions) == 1:
        return conditions[0]
    if len(conditions) <= 10:
        return _FnCondition({key: conditions})
    return _grouped(key, [_grouped(key, conditions[i:i + 10]) for i in range(0, len(conditions), 10)])


class _FnCondition(Intrinsic):
    """A ``Fn::Equals`` / ``Fn::And`` / ... expression."""

    __slots__ = ()

    disambiguator = True


class _FnJoin:
    """``Fn::Join`` with aws-cdk-lib's minimisation of literal parts."""

    __slots__ = ("delimiter", "values", "__weakref__")

    def __init__(self, delimiter: str, values: Sequence[Any]) -> None:
        self.delimiter = delimiter
        self.values = values

    @property
    def creation_stack(self) -> list[str]:
        return []

    def resolve(self, context: Any) -> Any:
        if Token.is_unresolved(self.values):
            return {"Fn::Join": [self.delimiter, self.values]}
        resolved = context.resolve(list(self.values))
        values = minimal_join(self.delimiter, resolved)
        if len(values) == 1:
            return values[0]
        return {"Fn::Join": [self.delimiter, values]}

    def to_string(self) -> str:
        return TOKEN_MAP.register_string(self)

    def __str__(self) -> str:
        return self.to_string()


class _StackEffect(Intrinsic):
    """An intrinsic that adds the ``AWS::LanguageExtensions`` transform to the consuming stack."""

    __slots__ = ()

    def resolve(self, context: Any) -> Any:
        from ._stack import Stack

        stack = Stack.of(context.scope)
        # aws-cdk-lib adds the transform once for each such intrinsic it resolves (two or more make the rendered
        # Transform a list); pycdk may render a template twice, so each intrinsic counts once per stack
        counted = stack.__dict__.setdefault("_language_extension_intrinsics", set())
        if id(self) not in counted:
            counted.add(id(self))
            stack._add_transform_from_resolution(LANGUAGE_EXTENSIONS)
        return self._value


class Fn:
    """CloudFormation intrinsic functions."""

    @staticmethod
    def ref(logical_name: str) -> str:
        """``{"Ref": logical_name}`` as a string token."""
        return Intrinsic({"Ref": logical_name}).to_string()

    @staticmethod
    def get_att(logical_name_of_resource: str, attribute_name: str) -> IResolvable:
        """``{"Fn::GetAtt": [resource, attribute]}``."""
        return Intrinsic({"Fn::GetAtt": [logical_name_of_resource, attribute_name]})

    @staticmethod
    def join(delimiter: str, list_of_values: Sequence[str]) -> str:
        """Join values with a delimiter; literal runs are merged, a fully literal join is a plain string."""
        if len(list_of_values) == 0:
            raise ValidationError("FnJoin requires at least one value to be provided")
        return TOKEN_MAP.register_string(_FnJoin(delimiter, list_of_values))

    @staticmethod
    def split(delimiter: str, source: str, assumed_length: int | None = None) -> list[str]:
        """Split a string; a token source gives a list token (or ``assumed_length`` ``Fn::Select``s)."""
        if not Token.is_unresolved(source):
            return source.split(delimiter)
        if Token.is_unresolved(delimiter):
            raise ValidationError("Fn.split: 'delimiter' may not be a token value")
        split = Token.as_list(Intrinsic({"Fn::Split": [delimiter, source]}))
        if assumed_length is None:
            return split
        if Token.is_unresolved(assumed_length):
            raise ValidationError("Fn.split: 'assumedLength' may not be a token value")
        return [Fn.select(i, split) for i in range(assumed_length)]

    @staticmethod
    def select(index: int, array: Sequence[str]) -> str:
        """The element at ``index``; computed now when everything is literal.

        Raises:
            UnscopedValidationError: a literal index outside a literal list (negative, or past its end).
        """
        if (
            isinstance(index, int)
            and isinstance(array, (list, tuple))
            and not Token.is_unresolved(array)
            and not 0 <= index < len(array)
        ):
            raise UnscopedValidationError(
                f"Fn.select: index {index} is out of range for a list of {len(array)} element(s); "
                f"give an index from 0 to {len(array) - 1}" if array else
                f"Fn.select: index {index} is out of range: the list is empty"
            )
        if (
            not Token.is_unresolved(index)
            and not Token.is_unresolved(array)
            and not any(Token.is_unresolved(x) for x in array)
        ):
            return array[index]
        return Intrinsic({"Fn::Select": [index, array]}).to_string()

    @staticmethod
    def sub(body: str, variables: Mapping[str, object] | None = None) -> str:
        """``Fn::Sub`` with an optional variable map."""
        value: Any = [body, dict(variables)] if variables is not None else body
        return Intrinsic({"Fn::Sub": value}).to_string()

    @staticmethod
    def base64(data: str) -> str:
        """``Fn::Base64``."""
        return Intrinsic({"Fn::Base64": data}).to_string()

    @staticmethod
    def cidr(ip_block: str, count: int, size_mask: str | None = None) -> list[str]:
        """``Fn::Cidr``, as a list token."""
        return Token.as_list(Intrinsic({"Fn::Cidr": [ip_block, count, size_mask]}))

    @staticmethod
    def get_azs(region: str | None = None) -> list[str]:
        """``Fn::GetAZs``, as a list token."""
        return Token.as_list(Intrinsic({"Fn::GetAZs": region or ""}))

    @staticmethod
    def import_value(shared_value_to_import: str) -> str:
        """``Fn::ImportValue``."""
        return Intrinsic({"Fn::ImportValue": shared_value_to_import}).to_string()

    @staticmethod
    def get_stack_output(
        stack_name: str, output_name: str, region: str | None = None, role_arn: str | None = None
    ) -> str:
        """``Fn::GetStackOutput``: an output of another stack, possibly in another region or account (read with
        ``role_arn``)."""
        return Intrinsic(
            {"Fn::GetStackOutput": {"StackName": stack_name, "Region": region, "RoleArn": role_arn,
                                    "OutputName": output_name}}
        ).to_string()

    @staticmethod
    def import_list_value(shared_value_to_import: str, assumed_length: int, delimiter: str | None = None) -> list[str]:
        """Import a delimited list export as ``assumed_length`` elements."""
        return Fn.split(delimiter or ",", Fn.import_value(shared_value_to_import), assumed_length)

    @staticmethod
    def find_in_map(map_name: str, top_level_key: str, second_level_key: str,
                    default_value: str | None = None) -> str:
        """``Fn::FindInMap``; a default value adds the LanguageExtensions transform."""
        if default_value is not None:
            return _StackEffect(
                {"Fn::FindInMap": [map_name, top_level_key, second_level_key, {"DefaultValue": default_value}]}
            ).to_string()
        return Intrinsic({"Fn::FindInMap": [map_name, top_level_key, second_level_key]}).to_string()

    @staticmethod
    def transform(macro_name: str, parameters: Mapping[str, object]) -> IResolvable:
        """``Fn::Transform``."""
        return Intrinsic({"Fn::Transform": {"Name": macro_name, "Parameters": dict(parameters)}})

    @staticmethod
    def to_json_string(object: object) -> str:
        """The JSON text of ``object``; with tokens inside, an ``Fn::Join`` that builds it at deployment."""
        from ._private.json_tokens import JsonToken

        if not _contains_tokens(object):
            from ._private.json_tokens import plain_json

            return plain_json(object)
        return JsonToken(object, add_transform=True).to_string()

    @staticmethod
    def len(array: object) -> float:
        """``Fn::Length`` of a list (adds the LanguageExtensions transform); literal lists give their length."""
        if not Token.is_unresolved(array) and isinstance(array, (list, tuple)):
            return len(array)
        return Token.as_number(_StackEffect({"Fn::Length": array}))

    @staticmethod
    def get_azs_list(region: str | None = None) -> list[str]:
        return Fn.get_azs(region)

    @staticmethod
    def parse_domain_name(url: str) -> str:
        """The domain name of a URL: the part between ``//`` and the next ``/``."""
        return Fn.select(0, Fn.split("/", Fn.select(1, Fn.split("//", url))))

    # -- conditions ------------------------------------------------------------------------------------
    @staticmethod
    def condition_and(*conditions: ICfnConditionExpression) -> ICfnRuleConditionExpression:
        """``Fn::And`` (one condition is returned as is)."""
        if len(conditions) == 0:
            raise ValidationError("Fn.conditionAnd() needs at least one argument")
        return _grouped("Fn::And", list(conditions))

    @staticmethod
    def condition_or(*conditions: ICfnConditionExpression) -> ICfnRuleConditionExpression:
        """``Fn::Or`` (one condition is returned as is)."""
        if len(conditions) == 0:
            raise ValidationError("Fn.conditionOr() needs at least one argument")
        return _grouped("Fn::Or", list(conditions))

    @staticmethod
    def condition_not(condition: ICfnConditionExpression) -> ICfnRuleConditionExpression:
        """``Fn::Not``."""
        return _FnCondition({"Fn::Not": [condition]})  # type: ignore[return-value]

    @staticmethod
    def condition_equals(lhs: object, rhs: object) -> ICfnRuleConditionExpression:
        """``Fn::Equals``."""
        return _FnCondition({"Fn::Equals": [lhs, rhs]})  # type: ignore[return-value]

    @staticmethod
    def condition_if(condition_id: str, value_if_true: object, value_if_false: object) -> ICfnRuleConditionExpression:
        """``Fn::If``."""
        return _FnCondition({"Fn::If": [condition_id, value_if_true, value_if_false]})  # type: ignore[return-value]

    @staticmethod
    def condition_contains(list_of_strings: Sequence[str], value: str) -> ICfnRuleConditionExpression:
        """``Fn::Contains`` (rules)."""
        return _FnCondition({"Fn::Contains": [list_of_strings, value]})  # type: ignore[return-value]

    @staticmethod
    def condition_each_member_equals(list_of_strings: Sequence[str], value: str) -> ICfnRuleConditionExpression:
        """``Fn::EachMemberEquals`` (rules)."""
        return _FnCondition({"Fn::EachMemberEquals": [list_of_strings, value]})  # type: ignore[return-value]

    @staticmethod
    def condition_each_member_in(strings_to_check: Sequence[str],
                                 strings_to_match: Sequence[str]) -> ICfnRuleConditionExpression:
        """``Fn::EachMemberIn`` (rules)."""
        return _FnCondition({"Fn::EachMemberIn": [strings_to_check, strings_to_match]})  # type: ignore[return-value]

    @staticmethod
    def ref_all(parameter_type: str) -> list[str]:
        """``Fn::RefAll`` (rules), as a list token."""
        return Token.as_list(Intrinsic({"Fn::RefAll": parameter_type}))

    @staticmethod
    def value_of(parameter_or_logical_id: str, attribute: str) -> str:
        """``Fn::ValueOf`` (rules)."""
        return Intrinsic({"Fn::ValueOf": [parameter_or_logical_id, attribute]}).to_string()

    @staticmethod
    def value_of_all(parameter_type: str, attribute: str) -> list[str]:
        """``Fn::ValueOfAll`` (rules), as a list token."""
        return Token.as_list(Intrinsic({"Fn::ValueOfAll": [parameter_type, attribute]}))


def _contains_tokens(x: Any) -> bool:
    if isinstance(x, dict):
        return any(_contains_tokens(k) or _contains_tokens(v) for k, v in x.items())
    if isinstance(x, (list, tuple)):
        return Token.is_unresolved(x) or any(_contains_tokens(v) for v in x)
    return Token.is_unresolved(x)


def is_condition_expression(x: Any) -> bool:
    """True for objects usable as condition expressions."""
    return is_resolvable_object(x)
