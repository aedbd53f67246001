"""Turn the values of an included template into pycdk objects, as aws-cdk-lib's ``CfnParser`` does.

``Ref`` and ``Fn::GetAtt`` become references to the L1 element they name (so a renamed or replaced element is
followed), a ``Ref`` to a replaced parameter becomes the value given for it, the other ``Fn::*`` functions
become the same intrinsics built with ``Fn``, and each typed L1 property is converted as aws-cdk-lib's
``FromCloudFormation`` helpers convert it (a number given for a string property becomes a string, and so on).
"""

from __future__ import annotations

import enum
import math
import re
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from constructs import (
    Aws,
    CfnCondition,
    CfnDeletionPolicy,
    CfnElement,
    CfnMapping,
    CfnResource,
    FeatureFlags,
    Fn,
    Lazy,
    Stack,
    Token,
    ValidationError,
)
from constructs._cfn_reference import CfnReference
from constructs._fn import _FnCondition
from constructs._token import Intrinsic
from constructs.internals import resolve as _resolve
from constructs.internals import token_map as _token_map
from l2.cloudformation_include._private.template_file import js_number

FreshIntrinsic = _resolve.FreshIntrinsic
TOKEN_MAP = _token_map.TOKEN_MAP


class ParsingContext(enum.Enum):
    """Where a value sits: ``Condition`` keys and rule functions are only read in their own section."""

    CONDITIONS = 0
    RULES = 1


class CfnFinder(Protocol):
    """Finds the elements of the template that an expression names (``None`` when there is none)."""

    def find_resource(self, logical_id: str) -> CfnResource | None: ...

    def find_ref_target(self, name: str) -> CfnElement | None: ...

    def find_condition(self, name: str) -> CfnCondition | None: ...

    def find_mapping(self, name: str) -> CfnMapping | None: ...


class Finder:
    """A ``CfnFinder`` made of four functions."""

    def __init__(
        self,
        resource: Callable[[str], Any],
        ref_target: Callable[[str], Any],
        condition: Callable[[str], Any],
        mapping: Callable[[str], Any],
    ) -> None:
        self.find_resource = resource
        self.find_ref_target = ref_target
        self.find_condition = condition
        self.find_mapping = mapping


def refuse(message: str, scope: Any) -> Callable[[str], Any]:
    """A finder function that raises ``message`` (an expression not allowed in a section)."""

    def find(_name: str) -> Any:
        raise ValidationError(message, scope)

    return find


class _GetAttString(CfnReference):
    """``Fn::GetAtt`` written in its short string form (``"Resource.Attribute"``), rendered back that way."""

    __slots__ = ()

    def resolve(self, context: Any) -> Any:
        value = super().resolve(context)
        if isinstance(value, dict) and list(value) == ["Fn::GetAtt"]:
            logical_id, attribute = value["Fn::GetAtt"]
            return FreshIntrinsic({"Fn::GetAtt": f"{logical_id}.{attribute}"})
        return value


class _SubReference:
    """A ``${Name}`` or ``${Resource.Attribute}`` inside an ``Fn::Sub`` string, kept in that form."""

    __slots__ = ("element", "attribute")

    def __init__(self, element: CfnElement, attribute: str | None) -> None:
        self.element = element
        self.attribute = attribute

    @property
    def creation_stack(self) -> list[str]:
        return []

    def resolve(self, _context: Any) -> str:
        logical_id = self.element._resolved_logical_id()
        return "${" + (logical_id if self.attribute is None else f"{logical_id}.{self.attribute}") + "}"


_PSEUDO_REFS = {
    "AWS::AccountId": "ACCOUNT_ID",
    "AWS::Region": "REGION",
    "AWS::Partition": "PARTITION",
    "AWS::URLSuffix": "URL_SUFFIX",
    "AWS::NotificationARNs": "NOTIFICATION_ARNS",
    "AWS::StackId": "STACK_ID",
    "AWS::StackName": "STACK_NAME",
}


def is_resolvable(value: Any) -> bool:
    """Whether ``value`` is a token object (not a string holding one)."""
    return not isinstance(value, str | bytes | dict | list) and callable(getattr(value, "resolve", None))


class CfnParser:
    """Parses template values: intrinsics into tokens, resource attributes into ``cfn_options``.

    Args:
        finder: finds the elements that expressions name.
        parameters: parameter values that replace the template's parameters.
        context: the section being read, when it reads intrinsics of its own.
    """

    def __init__(
        self, finder: Any, parameters: Mapping[str, Any] | None = None, context: ParsingContext | None = None
    ) -> None:
        self.finder = finder
        self.parameters: Mapping[str, Any] = parameters or {}
        self.context = context

    # -- values -------------------------------------------------------------------------------------------------

    def parse_value(self, value: Any) -> Any:
        """A template value with its intrinsics turned into tokens."""
        if value is None or is_resolvable(value):
            return value
        if isinstance(value, list):
            return [self.parse_value(item) for item in value]
        if isinstance(value, dict):
            intrinsic = self._parse_intrinsic(value)
            if intrinsic is not _NOT_INTRINSIC:
                return intrinsic
            return {key: self.parse_value(item) for key, item in value.items()}
        return value

    def intrinsic_key(self, value: Mapping[str, Any]) -> str | None:
        """The function name of a value that looks like an intrinsic (one key, ``Ref`` or ``Fn::*``)."""
        if len(value) != 1:
            return None
        (key,) = value
        if key == "Ref" or key.startswith("Fn::") or (self.context is ParsingContext.CONDITIONS and key == "Condition"):
            return str(key)
        return None

    def _parse_intrinsic(self, obj: dict[str, Any]) -> Any:
        key = self.intrinsic_key(obj)
        if key is None:
            return _NOT_INTRINSIC
        raw = obj[key]
        if key == "Ref":
            special = self._special_ref(raw)
            if special is not _NOT_INTRINSIC:
                return special
            element = self.finder.find_ref_target(raw)
            if element is None:
                raise ValidationError(f"Element used in Ref expression with logical ID: '{raw}' not found")
            return CfnReference.for_ref(element)
        if key == "Fn::GetAtt":
            if isinstance(raw, str):
                if "." not in raw:
                    raise ValidationError(f"Short-form Fn::GetAtt must contain a '.' in its string argument, got: '{raw}'")
                logical_id, attribute = raw.split(".", 1)
                string_form = True
            else:
                logical_id, attribute = raw[0], raw[1]
                string_form = False
            target = self.finder.find_resource(logical_id)
            if target is None:
                raise ValidationError(f"Resource used in GetAtt expression with logical ID: '{logical_id}' not found")
            if string_form:
                return _get_att_string(target, attribute)
            return CfnReference.for_att(target, attribute)
        value = self.parse_value(raw)
        if key == "Fn::Join":
            return Intrinsic({"Fn::Join": [_at(value, 0), _at(value, 1)]}).to_string()
        if key == "Fn::Cidr":
            return Token.as_list(Intrinsic({"Fn::Cidr": [_at(value, 0), _at(value, 1), _at(value, 2)]}))
        if key == "Fn::FindInMap":
            if Token.is_unresolved(_at(value, 0)):
                name = _at(value, 0)
            else:
                mapping = self.finder.find_mapping(_at(value, 0))
                if mapping is None:
                    raise ValidationError(
                        f"Mapping used in FindInMap expression with name '{_at(value, 0)}' was not found in the template"
                    )
                name = mapping.logical_id
            return Intrinsic({"Fn::FindInMap": [name, _at(value, 1), _at(value, 2)]}).to_string()
        if key == "Fn::Select":
            index = _at(value, 0)
            if isinstance(index, str) and index.isdigit() and not Token.is_unresolved(_at(value, 1)):
                index = int(index)  # JavaScript indexes an array with "1" as with 1
            return Fn.select(index, _at(value, 1))
        if key == "Fn::GetAZs":
            return Fn.get_azs(value)
        if key == "Fn::ImportValue":
            return Fn.import_value(value)
        if key == "Fn::Split":
            return Fn.split(_at(value, 0), _at(value, 1))
        if key == "Fn::Transform":
            return Intrinsic({"Fn::Transform": {"Name": value.get("Name"), "Parameters": value.get("Parameters")}})
        if key == "Fn::Base64":
            return Fn.base64(value)
        if key == "Fn::If":
            condition = self.finder.find_condition(_at(value, 0))
            if condition is None:
                raise ValidationError(
                    f"Condition '{_at(value, 0)}' used in an Fn::If expression does not exist in the template"
                )
            return Fn.condition_if(condition.logical_id, _at(value, 1), _at(value, 2))
        if key == "Fn::Equals":
            return Fn.condition_equals(_at(value, 0), _at(value, 1))
        if key == "Fn::And":
            return Fn.condition_and(*value)
        if key == "Fn::Not":
            return Fn.condition_not(_at(value, 0))
        if key == "Fn::Or":
            return Fn.condition_or(*value)
        if key == "Fn::Sub":
            if isinstance(value, str):
                return self._parse_sub(value, None)
            return self._parse_sub(_at(value, 0), _at(value, 1))
        if key == "Condition":
            condition = self.finder.find_condition(raw)
            if condition is None:
                raise ValidationError(f"Referenced Condition with name '{raw}' was not found in the template")
            return {"Condition": condition.logical_id}
        if self.context is ParsingContext.RULES:
            return self._rules_intrinsic(key, obj)
        raise ValidationError(f"Unsupported CloudFormation function '{key}'")

    def _special_ref(self, name: Any) -> Any:
        if name in self.parameters:
            return self.parameters[name]
        attr = _PSEUDO_REFS.get(name)
        if attr is not None:
            return getattr(Aws, attr)
        if name == "AWS::NoValue":
            return Token.as_any(Aws.NO_VALUE)
        return _NOT_INTRINSIC

    def _rules_intrinsic(self, key: str, obj: dict[str, Any]) -> Any:
        if key != "Fn::ValueOf":
            return _NOT_INTRINSIC
        value = self.parse_value(obj[key])
        name = value[0]
        if name in self.parameters:
            raise ValidationError(f"Cannot substitute parameter '{name}' used in Fn::ValueOf expression with attribute '{value[1]}'")
        param = self.finder.find_ref_target(name)
        if param is None:
            raise ValidationError(f"Rule references parameter '{name}' which was not found in the template")
        attribute = value[1]
        return Lazy.any(_Producer(lambda: {"Fn::ValueOf": [param.logical_id, attribute]}))

    def _parse_sub(self, template: str, expressions: Any) -> str:
        given = expressions if isinstance(expressions, dict) else None
        variables: dict[str, Any] = dict(given) if given else {}

        def go(text: str) -> str:
            out: list[str] = []
            while True:
                left = text.find("${")
                if left == -1:
                    break
                right = text.find("}", left)
                if right == -1:
                    break
                before, target = text[:left], text[left + 2 : right].strip()
                if target[:1] == "!":
                    out.append(text[: right + 1])
                elif target in variables:
                    out.append(before + "${" + target + "}")
                else:
                    special = self._special_sub_ref(target)
                    if special is not None:
                        if Token.is_unresolved(special):
                            variables[target] = special
                            out.append(before + "${" + target + "}")
                        else:
                            out.append(before + str(special))
                    elif "." not in target:
                        element = self.finder.find_ref_target(target)
                        if element is None:
                            raise ValidationError(
                                f"Element referenced in Fn::Sub expression with logical ID: '{target}' was not found in the template"
                            )
                        out.append(before + TOKEN_MAP.register_string(_SubReference(element, None)))
                    else:
                        resource_id, attribute = target.split(".", 1)
                        resource = self.finder.find_resource(resource_id)
                        if resource is None:
                            raise ValidationError(
                                f"Resource referenced in Fn::Sub expression with logical ID: '{resource_id}' was not found in the template"
                            )
                        out.append(before + TOKEN_MAP.register_string(_SubReference(resource, attribute)))
                text = text[right + 1 :]
            out.append(text)
            return "".join(out)

        body = go(template)
        return Fn.sub(body, variables if variables else expressions)

    def _special_sub_ref(self, name: str) -> Any:
        if name in self.parameters:
            return self.parameters[name]
        if "::" not in name:
            return None
        return "${" + name + "}"

    # -- resource attributes --------------------------------------------------------------------------------------

    def handle_attributes(self, resource: CfnResource, attributes: Mapping[str, Any], logical_id: str) -> None:
        """Set the resource options (policies, condition, metadata, ...) and dependencies a template gives."""
        options = resource.cfn_options
        creation = self._policy(attributes.get("CreationPolicy"), _CREATION_POLICY, resource, logical_id)
        update = self._policy(attributes.get("UpdatePolicy"), _UPDATE_POLICY, resource, logical_id)
        options.creation_policy = creation[0]
        options.update_policy = update[0]
        options.deletion_policy = self._deletion_policy(attributes.get("DeletionPolicy"))
        options.update_replace_policy = self._deletion_policy(attributes.get("UpdateReplacePolicy"))
        options.version = self.parse_value(attributes.get("Version"))
        options.description = self.parse_value(attributes.get("Description"))
        options.metadata = self.parse_value(attributes.get("Metadata"))
        for key, value in creation[1].items():
            resource.add_override(f"CreationPolicy.{key}", value)
        for key, value in update[1].items():
            resource.add_override(f"UpdatePolicy.{key}", value)
        condition_name = attributes.get("Condition")
        if condition_name:
            condition = self.finder.find_condition(condition_name)
            if condition is None:
                raise ValidationError(f"Resource '{logical_id}' uses Condition '{condition_name}' that doesn't exist")
            options.condition = condition
        depends_on = attributes.get("DependsOn")
        if depends_on is None:
            depends_on = []
        for dependency in depends_on if isinstance(depends_on, list) else [depends_on]:
            target = self.finder.find_resource(dependency)
            if target is None:
                raise ValidationError(f"Resource '{logical_id}' depends on '{dependency}' that doesn't exist")
            resource.node.add_dependency(target)

    def _policy(self, policy: Any, cases: tuple[Any, ...], resource: CfnResource, logical_id: str) -> tuple[Any, dict[str, Any]]:
        if not isinstance(policy, dict):
            return None, {}
        reject = None
        if FeatureFlags.of(resource).is_enabled(_REJECT_POLICY_INTRINSICS):

            def reject(value: Any) -> None:
                if is_resolvable(value) or (isinstance(value, dict) and self.intrinsic_key(value) is not None):
                    raise ValidationError(
                        f"Cannot convert resource '{logical_id}' to CDK objects: it uses an intrinsic in a resource "
                        "update or deletion policy to represent a non-primitive value. Specify "
                        f"'{logical_id}' in the 'dehydratedResources' prop to skip parsing this resource, while still "
                        "including it in the output."
                    )

            reject(policy)
        return _object_parse(self.parse_value(policy), cases, reject)

    def _deletion_policy(self, policy: Any) -> Any:
        if policy is None:
            return None
        if isinstance(policy, str):
            for member in (
                CfnDeletionPolicy.DELETE,
                CfnDeletionPolicy.RETAIN,
                CfnDeletionPolicy.SNAPSHOT,
                CfnDeletionPolicy.RETAIN_EXCEPT_ON_CREATE,
            ):
                if member.value == policy:
                    return member
        if isinstance(policy, dict) and self.intrinsic_key(policy) is not None:
            return self.parse_value(policy)
        raise ValidationError(f"Unrecognized DeletionPolicy '{policy}'")


class _Producer:
    """An ``IAnyProducer`` around a function."""

    def __init__(self, func: Callable[[], Any]) -> None:
        self._func = func

    def produce(self, _context: Any = None) -> Any:
        return self._func()


_NOT_INTRINSIC: Any = object()
_REJECT_POLICY_INTRINSICS = "@aws-cdk/core:cfnIncludeRejectComplexResourceUpdateCreatePolicyIntrinsics"


def _at(value: Any, index: int) -> Any:
    """``value[index]`` as JavaScript reads it: ``None`` (undefined) past the end or for a non-list."""
    if isinstance(value, list | tuple) and 0 <= index < len(value):
        return value[index]
    if isinstance(value, dict):
        return value.get(str(index))
    return None


def _get_att_string(target: CfnElement, attribute: str) -> CfnReference:
    cache = target.__dict__.setdefault("_cfn_include_string_atts", {})
    ref = cache.get(attribute)
    if ref is None:
        ref = cache[attribute] = _GetAttString(target, attribute, attribute)
    return ref


# -- aws-cdk-lib's FromCloudFormation conversions ------------------------------------------------------------------

_PARSE_FLOAT = re.compile(r"^[\t\n\v\f\r \u00a0\ufeff]*([+-]?(?:Infinity|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?))")


def js_string(value: float | int) -> str:
    """A number as JavaScript's ``String(n)`` writes it (shortest round-trip digits, exponent from 1e21)."""
    if isinstance(value, int):
        return str(value) if abs(value) < 2**53 else js_string(float(value))
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0:
        return "0"
    sign = "-" if value < 0 else ""
    mantissa, _, exponent = repr(abs(value)).partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = (whole + fraction.rstrip("0")).lstrip("0") or "0"
    # the decimal point sits after ``point`` digits: value = 0.<digits> * 10**point
    point = len(whole.lstrip("0")) + int(exponent or 0) if whole.strip("0") else int(exponent or 0) - (
        len(fraction) - len(fraction.lstrip("0"))
    )
    k = len(digits)
    if k <= point <= 21:
        text = digits + "0" * (point - k)
    elif 0 < point <= 21:
        text = digits[:point] + "." + digits[point:]
    elif -6 < point <= 0:
        text = "0." + "0" * -point + digits
    else:
        shown = point - 1
        text = digits[0] + ("." + digits[1:] if k > 1 else "") + ("e+" if shown >= 0 else "e-") + str(abs(shown))
    return sign + text


def get_string(value: Any) -> Any:
    """aws-cdk-lib's ``FromCloudFormation.getString``."""
    if is_resolvable(value):
        return Token.as_string(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return js_string(value)
    return value


def get_number(value: Any) -> Any:
    """aws-cdk-lib's ``FromCloudFormation.getNumber``."""
    if is_resolvable(value):
        return Token.as_number(value)
    if isinstance(value, str):
        match = _PARSE_FLOAT.match(value)
        if match:
            text = match.group(1)
            if text.lstrip("+-") == "Infinity":
                return -math.inf if text.startswith("-") else math.inf
            return js_number(float(text))
    return value


def get_boolean(value: Any) -> Any:
    """aws-cdk-lib's ``FromCloudFormation.getBoolean``."""
    if isinstance(value, str):
        if value == "true":
            return True
        if value == "false":
            return False
        raise ValidationError(f"Expected 'true' or 'false' for boolean value, got: '{value}'")
    return value


def get_string_array(value: Any) -> Any:
    """aws-cdk-lib's ``FromCloudFormation.getStringArray``."""
    if is_resolvable(value):
        return Token.as_list(value)
    if isinstance(value, list):
        return [get_string(item) for item in value]
    return value


def get_cfn_tag(tag: Any) -> Any:
    """aws-cdk-lib's ``FromCloudFormation.getCfnTag``: ``{"Key", "Value"}`` becomes ``{"key", "value"}``."""
    if is_resolvable(tag):
        return tag
    if tag is None:
        return {}
    return {"key": tag.get("Key"), "value": tag.get("Value")}


def _identity(value: Any) -> Any:
    return value


def _object_parse(
    value: Any, cases: tuple[Any, ...], reject: Callable[[Any], None] | None = None
) -> tuple[Any, dict[str, Any]]:
    """aws-cdk-lib's ``ObjectParser``: known keys to camelCase values, the rest as extra (dotted) keys.

    ``reject`` is called with each nested policy object (aws-cdk-lib's check of intrinsics there, under a flag).
    A condition function (``Fn::If``, ...) where an object is expected is read as aws-cdk-lib reads that
    JavaScript object: its fields ``typeHint``, ``value`` and ``disambiguator`` become extra keys (this is what
    the flag ``cfnIncludeRejectComplexResourceUpdateCreatePolicyIntrinsics`` turns into an error).
    """
    if isinstance(value, _FnCondition):
        return None, {"typeHint": "string", "value": value, "disambiguator": True}
    if not isinstance(value, dict):
        return None, {}
    unparsed = dict(value)
    parsed: dict[str, Any] = {}
    for target, parser in cases:
        source = target[:1].upper() + target[1:]
        if source not in unparsed:
            continue
        raw = unparsed.pop(source)
        if isinstance(parser, tuple):
            if reject is not None:
                reject(raw)
            if not isinstance(raw, dict | _FnCondition):
                parsed[target] = None
                continue
            result, extra = _object_parse(raw, parser, reject)
            for key, item in extra.items():
                unparsed[f"{source}.{key}"] = item
            parsed[target] = result
        else:
            parsed[target] = parser(raw)
    if all(item is None for item in parsed.values()):
        return None, unparsed
    return parsed, unparsed


_CREATION_POLICY: tuple[Any, ...] = (
    ("autoScalingCreationPolicy", (("minSuccessfulInstancesPercent", get_number),)),
    ("resourceSignal", (("count", get_number), ("timeout", get_string))),
)
_UPDATE_POLICY: tuple[Any, ...] = (
    ("autoScalingReplacingUpdate", (("willReplace", _identity),)),
    (
        "autoScalingRollingUpdate",
        (
            ("maxBatchSize", get_number),
            ("minInstancesInService", get_number),
            ("minSuccessfulInstancesPercent", get_number),
            ("minActiveInstancesPercent", get_number),
            ("pauseTime", get_string),
            ("suspendProcesses", get_string_array),
            ("waitOnResourceSignals", get_boolean),
        ),
    ),
    (
        "autoScalingInstanceRefresh",
        (
            ("strategy", get_string),
            (
                "preferences",
                (
                    ("minHealthyPercentage", get_number),
                    ("maxHealthyPercentage", get_number),
                    ("instanceWarmup", get_number),
                    ("skipMatching", get_boolean),
                    ("checkpointPercentages", lambda v: [get_number(x) for x in v] if isinstance(v, list) else v),
                    ("checkpointDelay", get_number),
                    ("bakeTime", get_number),
                    ("alarmSpecification", (("alarms", get_string_array),)),
                    ("scaleInProtectedInstances", get_string),
                    ("standbyInstances", get_string),
                ),
            ),
        ),
    ),
    ("autoScalingScheduledAction", (("ignoreUnmodifiedGroupSizeProperties", get_boolean),)),
    (
        "codeDeployLambdaAliasUpdate",
        (
            ("beforeAllowTrafficHook", get_string),
            ("afterAllowTrafficHook", get_string),
            ("applicationName", get_string),
            ("deploymentGroupName", get_string),
        ),
    ),
    ("enableVersionUpgrade", get_boolean),
    ("useOnlineResharding", get_boolean),
)


def stack_of(scope: Any) -> Stack:
    """The stack of ``scope``."""
    return Stack.of(scope)
