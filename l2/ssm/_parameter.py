"""``StringParameter`` and ``StringListParameter``: SSM parameters (``AWS::SSM::Parameter``) and imports."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import (
    Annotations,
    CfnDynamicReference,
    CfnDynamicReferenceService,
    CfnParameter,
    Construct,
    ContextProvider,
    Fn,
    Resource,
    Stack,
    Token,
    Tokenization,
    ValidationError,
)
from constructs.internals import check_deprecated_props, deprecated
from l1._private.interfaces.ssm import ParameterReference as ParameterReference
from l1.ssm import CfnParameter as CfnSsmParameter
from l2.ssm._interfaces import IStringListParameter, IStringParameter
from l2.ssm._private.util import (
    AUTOGEN_MARKER,
    arn_for_parameter_name,
    assert_valid_value,
    imported_value_id,
    starts_with_fn_intrinsic,
    validate_parameter_name,
)
from l2.ssm._types import ParameterDataType, ParameterTier, ParameterType, ParameterValueType

if TYPE_CHECKING:
    from l2.iam import Grant, GrantOnKeyResult, IGrantable
    from l2.kms import IKey

_READ_ACTIONS = ("ssm:DescribeParameters", "ssm:GetParameters", "ssm:GetParameter", "ssm:GetParameterHistory")


class ParameterBase(Resource):
    """A new or imported SSM parameter: its name, ARN and grants."""

    parameter_name: str
    parameter_arn: str
    parameter_type: str
    encryption_key: IKey | None = None

    @property
    def parameter_ref(self) -> ParameterReference:
        """The parameter's name and ARN."""
        return ParameterReference(parameter_arn=self.parameter_arn, parameter_name=self.parameter_name)

    def grant_on_key(self, grantee: IGrantable, *actions: str) -> GrantOnKeyResult:
        """Grant ``actions`` on the parameter's KMS key, if it has one."""
        from l2 import iam

        return iam.GrantOnKeyResult(
            grant=self.encryption_key.grant(grantee, *actions) if self.encryption_key is not None else None
        )

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Grant reading the parameter (and ``kms:Decrypt`` on its key)."""
        from l2 import iam

        if self.encryption_key is not None:
            self.encryption_key.grant_decrypt(grantee)
        return iam.Grant.add_to_principal(
            grantee=grantee, actions=list(_READ_ACTIONS), resource_arns=[self.parameter_arn]
        )

    def grant_write(self, grantee: IGrantable) -> Grant:
        """Grant ``ssm:PutParameter`` on the parameter (and encrypt on its key)."""
        from l2 import iam

        if self.encryption_key is not None:
            self.encryption_key.grant_encrypt(grantee)
        return iam.Grant.add_to_principal(grantee=grantee, actions=["ssm:PutParameter"], resource_arns=[self.parameter_arn])


class _ImportedStringParameter(ParameterBase):
    """A string parameter defined outside the app; its value is a dynamic reference or a CfnParameter."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        parameter_name: str,
        parameter_arn: str | None = None,
        simple_name: bool | None = None,
        parameter_type: str,
        string_value: str | None = None,
        value_type: str | None = None,
        encryption_key: IKey | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._scope = scope
        self._id = id
        self.parameter_name = parameter_name
        self.parameter_arn = parameter_arn or arn_for_parameter_name(self, parameter_name, simple_name=simple_name)
        self.parameter_type = parameter_type
        self.encryption_key = encryption_key
        self._eager_value = string_value
        self._value_type = value_type
        self._default = parameter_name
        self._cfn_parameter: CfnParameter | None = None

    @property
    def string_value(self) -> str:
        """The value: a dynamic reference, or a ``AWS::SSM::Parameter::Value<...>`` parameter created on first use."""
        if self._eager_value is not None:
            return self._eager_value
        if self._cfn_parameter is None:
            self._cfn_parameter = CfnParameter(
                self._scope,
                f"{self._id}.Parameter",
                type=f"AWS::SSM::Parameter::Value<{self._value_type}>",
                default=self._default,
            )
        return self._cfn_parameter.value_as_string


class _ImportedListParameter(ParameterBase):
    """A string-list parameter defined outside the app."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        parameter_name: str,
        parameter_type: str,
        simple_name: bool | None = None,
        list_value: list[str] | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._scope = scope
        self._id = id
        self.parameter_name = parameter_name
        self.parameter_arn = arn_for_parameter_name(self, parameter_name, simple_name=simple_name)
        self.parameter_type = parameter_type
        self._eager_value = list_value
        self._cfn_parameter: CfnParameter | None = None

    @property
    def string_list_value(self) -> list[str]:
        """The value: a dynamic reference, or a ``List<...>`` parameter created on first use."""
        if self._eager_value is not None:
            return self._eager_value
        if self._cfn_parameter is None:
            self._cfn_parameter = CfnParameter(
                self._scope,
                f"{self._id}.Parameter",
                type=f"AWS::SSM::Parameter::Value<{self.parameter_type}>",
                default=self.parameter_name,
            )
        return self._cfn_parameter.value_as_list


def _version_key(parameter_name: str, version: int | float) -> str:
    return f"{parameter_name}:{Tokenization.stringify_number(version)}"


def _check_description(scope: Construct, description: str | None) -> None:
    if description and len(description) > 1024:
        raise ValidationError("Description cannot be longer than 1024 characters.", scope)


def _deprecated_type(type: ParameterType | None) -> None:
    """jsii's warnings for a ``ParameterType`` given (the enum and each member are deprecated)."""
    if type is not None:
        deprecated("aws-cdk-lib.aws_ssm.ParameterType", "these types are no longer used")
        deprecated(f"aws-cdk-lib.aws_ssm.ParameterType#{type.name}", "")


class StringParameter(ParameterBase):
    """A ``String`` SSM parameter (no removal policy attributes are rendered).

    Args:
        string_value: the value.
        parameter_name: a name (default generated by CloudFormation); paths must start with ``/``.
        description: at most 1,024 characters.
        allowed_pattern: a regular expression the value must match (checked for literal values).
        tier: ``ParameterTier`` (default: CloudFormation's ``Standard``).
        data_type: ``ParameterDataType`` (default ``text``).
        simple_name: whether the name has no ``/`` (needed when the name is a token).
        type: deprecated; ``ParameterType.STRING`` (default) or ``STRING_LIST``.

    Raises:
        ValidationError: an invalid name, description, value or type.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ssm.StringParameter"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        string_value: str,
        allowed_pattern: str | None = None,
        data_type: ParameterDataType | None = None,
        description: str | None = None,
        parameter_name: str | None = None,
        simple_name: bool | None = None,
        tier: ParameterTier | None = None,
        type: ParameterType | None = None,
    ) -> None:
        check_deprecated_props("aws_ssm.StringParameterProps", locals())
        _deprecated_type(type)
        super().__init__(scope, id, physical_name=parameter_name)
        if allowed_pattern:
            assert_valid_value(self, string_value, allowed_pattern)
        validate_parameter_name(self, parameter_name)
        _check_description(self, description)
        if type is ParameterType.AWS_EC2_IMAGE_ID:
            raise ValidationError(
                "The type must either be ParameterType.STRING or ParameterType.STRING_LIST. "
                "Did you mean to set dataType: ParameterDataType.AWS_EC2_IMAGE instead?",
                self,
            )
        resource = CfnSsmParameter(
            self,
            "Resource",
            allowed_pattern=allowed_pattern,
            description=description,
            name=parameter_name,
            tier=tier.value if tier is not None else None,
            type=(type or ParameterType.STRING).value,
            data_type=data_type.value if data_type is not None else None,
            value=string_value,
        )
        self.parameter_name: str = resource.ref
        self.parameter_arn: str = arn_for_parameter_name(
            self, self.parameter_name, physical_name=parameter_name or AUTOGEN_MARKER, simple_name=simple_name
        )
        self.parameter_type: str = resource.attr_type
        self.string_value: str = resource.attr_value

    # -- imports -------------------------------------------------------------------------------------------
    @staticmethod
    def from_string_parameter_name(scope: Construct, id: str, string_parameter_name: str) -> IStringParameter:
        """Import a ``String`` parameter by name; its value becomes a CfnParameter on first use."""
        return StringParameter.from_string_parameter_attributes(scope, id, parameter_name=string_parameter_name)

    @staticmethod
    def from_string_parameter_arn(scope: Construct, id: str, string_parameter_arn: str) -> IStringParameter:
        """Import a ``String`` parameter (possibly of another account) by ARN.

        Raises:
            ValidationError: a token ARN, a malformed ARN, or an ARN in another region than the stack's.
        """
        if Token.is_unresolved(string_parameter_arn):
            raise ValidationError("stringParameterArn cannot be an unresolved token", scope)
        parts = string_parameter_arn.split(":")
        region = Stack.of(scope).region
        if len(parts) != 6:
            raise ValidationError("unexpected StringParameterArn format", scope)
        if Token.is_unresolved(region):
            Annotations.of(scope).add_warning_v2(
                "aws-cdk-lib/aws-ssm:crossAccountReferenceSameRegion",
                "Cross-account references will only work within the same region",
            )
        elif parts[3] != region:
            raise ValidationError("stringParameterArn must be in the same region as the stack", scope)
        name = string_parameter_arn.split("/")[-1]
        imported = _ImportedStringParameter(
            scope,
            id,
            parameter_name=name,
            parameter_arn=string_parameter_arn,
            parameter_type=ParameterValueType.STRING.value,
            value_type=ParameterValueType.STRING.value,
        )
        imported._default = string_parameter_arn
        return imported

    @staticmethod
    def from_string_parameter_attributes(
        scope: Construct,
        id: str,
        *,
        parameter_name: str,
        force_dynamic_reference: bool | None = None,
        simple_name: bool | None = None,
        type: ParameterType | None = None,
        value_type: ParameterValueType | None = None,
        version: int | float | None = None,
    ) -> IStringParameter:
        """Import a ``String`` parameter: a ``{{resolve:ssm:...}}`` reference with a ``version`` (or when forced,
        or when the name is an ``Fn::*`` token), otherwise a ``AWS::SSM::Parameter::Value<...>`` CfnParameter.

        Raises:
            ValidationError: an empty name or an unsupported ``type``.
        """
        check_deprecated_props("aws_ssm.StringParameterAttributes", locals(), method=True)
        _deprecated_type(type)
        if not parameter_name:
            raise ValidationError("parameterName cannot be an empty string", scope)
        if type is not None and type not in (ParameterType.STRING, ParameterType.AWS_EC2_IMAGE_ID):
            raise ValidationError(
                f"fromStringParameterAttributes does not support {type.value}. "
                "Please use ParameterType.STRING or ParameterType.AWS_EC2_IMAGE_ID",
                scope,
            )
        value_type_name = (type or value_type or ParameterValueType.STRING).value
        eager: str | None = None
        if version:
            eager = CfnDynamicReference(CfnDynamicReferenceService.SSM, _version_key(parameter_name, version)).to_string()
        elif force_dynamic_reference or starts_with_fn_intrinsic(parameter_name):
            eager = CfnDynamicReference(CfnDynamicReferenceService.SSM, parameter_name).to_string()
        return _ImportedStringParameter(
            scope,
            id,
            parameter_name=parameter_name,
            simple_name=simple_name,
            parameter_type=ParameterType.STRING.value,
            string_value=eager,
            value_type=value_type_name,
        )

    @staticmethod
    def from_secure_string_parameter_attributes(
        scope: Construct,
        id: str,
        *,
        parameter_name: str,
        encryption_key: IKey | None = None,
        simple_name: bool | None = None,
        version: int | float | None = None,
    ) -> IStringParameter:
        """Import a ``SecureString`` parameter as a ``{{resolve:ssm-secure:...}}`` reference."""
        key = _version_key(parameter_name, version) if version else parameter_name
        return _ImportedStringParameter(
            scope,
            id,
            parameter_name=parameter_name,
            simple_name=simple_name,
            parameter_type=ParameterType.SECURE_STRING.value,
            string_value=CfnDynamicReference(CfnDynamicReferenceService.SSM_SECURE, key).to_string(),
            encryption_key=encryption_key,
        )

    @staticmethod
    def value_from_lookup(
        scope: Construct,
        parameter_name: str,
        default_value: str | None = None,
        *,
        additional_cache_key: str | None = None,
    ) -> str:
        """The value of a parameter read at synthesis time by the ``ssm`` context provider.

        Without a value in the context (``cdk.context.json``) the lookup is reported as missing context and
        ``default_value`` (or ``dummy-value-for-<name>``) stands in; with ``default_value`` the CLI is told not to
        fail when the parameter does not exist.

        Raises:
            ValidationError: the stack has no concrete account and region.
        """
        props: dict[str, str] = {}
        if additional_cache_key:
            props["additionalCacheKey"] = additional_cache_key
        props["parameterName"] = parameter_name
        return ContextProvider.get_value(
            scope,
            provider="ssm",
            props=props,
            dummy_value=default_value or f"dummy-value-for-{parameter_name}",
            ignore_error_on_missing_context=default_value is not None,
        ).value

    @staticmethod
    def value_for_string_parameter(scope: Construct, parameter_name: str, version: int | float | None = None) -> str:
        """The value of a ``String`` parameter, imported once per stack."""
        return StringParameter.value_for_typed_string_parameter_v2(
            scope, parameter_name, ParameterValueType.STRING, version
        )

    @staticmethod
    def value_for_typed_string_parameter_v2(
        scope: Construct,
        parameter_name: str,
        type: ParameterValueType = ParameterValueType.STRING,
        version: int | float | None = None,
    ) -> str:
        """The value of a parameter of value type ``type``, imported once per stack."""
        stack = Stack.of(scope)
        ident = imported_value_id(parameter_name)
        existing = stack.node.try_find_child(ident)
        if existing is not None:
            return existing.string_value  # type: ignore[attr-defined]
        return StringParameter.from_string_parameter_attributes(
            stack, ident, parameter_name=parameter_name, version=version, value_type=type
        ).string_value  # type: ignore[attr-defined]

    @staticmethod
    def value_for_typed_string_parameter(
        scope: Construct,
        parameter_name: str,
        type: ParameterType = ParameterType.STRING,
        version: int | float | None = None,
    ) -> str:
        """Deprecated in aws-cdk-lib: use ``value_for_typed_string_parameter_v2``.

        Raises:
            ValidationError: ``type`` is ``STRING_LIST``.
        """
        if type is ParameterType.STRING_LIST:
            raise ValidationError(
                "valueForTypedStringParameter does not support STRING_LIST, use valueForTypedListParameter instead",
                scope,
            )
        stack = Stack.of(scope)
        ident = imported_value_id(parameter_name)
        existing = stack.node.try_find_child(ident)
        if existing is not None:
            return existing.string_value  # type: ignore[attr-defined]
        return StringParameter.from_string_parameter_attributes(
            stack, ident, parameter_name=parameter_name, version=version, type=type
        ).string_value  # type: ignore[attr-defined]

    @staticmethod
    def value_for_secure_string_parameter(scope: Construct, parameter_name: str, version: int | float) -> str:
        """A ``{{resolve:ssm-secure:<name>:<version>}}`` reference, created once per stack."""
        stack = Stack.of(scope)
        ident = imported_value_id(parameter_name)
        existing = stack.node.try_find_child(ident)
        if existing is not None:
            return existing.string_value  # type: ignore[attr-defined]
        return StringParameter.from_secure_string_parameter_attributes(
            stack, ident, parameter_name=parameter_name, version=version
        ).string_value  # type: ignore[attr-defined]


class StringListParameter(ParameterBase):
    """A ``StringList`` SSM parameter (values joined with commas).

    Args:
        string_list_value: the values; none may contain a comma.
        parameter_name / description / allowed_pattern / tier / simple_name: as for ``StringParameter``.

    Raises:
        ValidationError: a value with a comma, or an invalid name, description or value.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ssm.StringListParameter"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        string_list_value: Sequence[str],
        allowed_pattern: str | None = None,
        description: str | None = None,
        parameter_name: str | None = None,
        simple_name: bool | None = None,
        tier: ParameterTier | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=parameter_name)
        if any(not Token.is_unresolved(v) and "," in v for v in string_list_value):
            raise ValidationError(
                "Values of a StringList SSM Parameter cannot contain the ',' character. Use a string parameter instead.",
                self,
            )
        if allowed_pattern and not Token.is_unresolved(string_list_value):
            for value in string_list_value:
                assert_valid_value(self, value, allowed_pattern)
        validate_parameter_name(self, parameter_name)
        _check_description(self, description)
        resource = CfnSsmParameter(
            self,
            "Resource",
            allowed_pattern=allowed_pattern,
            description=description,
            name=parameter_name,
            tier=tier.value if tier is not None else None,
            type=ParameterType.STRING_LIST.value,
            value=Fn.join(",", list(string_list_value)),
        )
        self.parameter_name: str = resource.ref
        self.parameter_arn: str = arn_for_parameter_name(
            self, self.parameter_name, physical_name=parameter_name or AUTOGEN_MARKER, simple_name=simple_name
        )
        self.parameter_type: str = resource.attr_type
        self.string_list_value: list[str] = Fn.split(",", resource.attr_value)

    @staticmethod
    def from_string_list_parameter_name(scope: Construct, id: str, string_list_parameter_name: str) -> IStringListParameter:
        """Import a ``StringList`` parameter by name (its value is a split dynamic reference)."""
        value = Fn.split(
            ",", CfnDynamicReference(CfnDynamicReferenceService.SSM, string_list_parameter_name).to_string()
        )
        return _ImportedListParameter(
            scope,
            id,
            parameter_name=string_list_parameter_name,
            parameter_type=ParameterType.STRING_LIST.value,
            list_value=value,
        )

    @staticmethod
    def from_list_parameter_attributes(
        scope: Construct,
        id: str,
        *,
        parameter_name: str,
        element_type: ParameterValueType | None = None,
        simple_name: bool | None = None,
        version: int | float | None = None,
    ) -> IStringListParameter:
        """Import a list parameter: a dynamic reference with ``version``, otherwise a ``List<...>`` CfnParameter.

        Raises:
            ValidationError: an empty name.
        """
        if not parameter_name:
            raise ValidationError("parameterName cannot be an empty string", scope)
        value_type = f"List<{(element_type or ParameterValueType.STRING).value}>"
        eager = None
        if version:
            eager = Token.as_list(
                CfnDynamicReference(CfnDynamicReferenceService.SSM, _version_key(parameter_name, version))
            )
        return _ImportedListParameter(
            scope,
            id,
            parameter_name=parameter_name,
            parameter_type=value_type,
            simple_name=simple_name,
            list_value=eager,
        )

    @staticmethod
    def value_for_typed_list_parameter(
        scope: Construct,
        parameter_name: str,
        type: ParameterValueType = ParameterValueType.STRING,
        version: int | float | None = None,
    ) -> list[str]:
        """The value of a list parameter, imported once per stack."""
        stack = Stack.of(scope)
        ident = imported_value_id(parameter_name)
        existing = stack.node.try_find_child(ident)
        if existing is not None:
            return existing.string_list_value  # type: ignore[attr-defined]
        return StringListParameter.from_list_parameter_attributes(
            stack, ident, parameter_name=parameter_name, element_type=type, version=version
        ).string_list_value  # type: ignore[attr-defined]
