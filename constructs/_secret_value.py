"""Dynamic references: ``CfnDynamicReference`` and ``SecretValue``."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from ._errors import UnscopedValidationError, ValidationError
from ._feature_flags import _truthy
from ._private import structs
from ._token import Intrinsic, Token, Tokenization

if TYPE_CHECKING:
    from ._cfn_parameter import CfnParameter
    from ._token import IResolveContext, ResolutionTypeHint


class CfnDynamicReferenceService(enum.Enum):
    """The services dynamic references can read from."""

    SSM = "ssm"
    SSM_SECURE = "ssm-secure"
    SECRETS_MANAGER = "secretsmanager"


class CfnDynamicReference(Intrinsic):
    """``{{resolve:<service>:<key>}}``.

    Args:
        key: what to read, in the service's format (e.g. ``name:version`` of a parameter).
        service: the service that holds the value (``ssm``, ``ssm-secure`` or ``secretsmanager``).
    """

    __slots__ = ()

    def __init__(self, service: CfnDynamicReferenceService, key: str) -> None:
        super().__init__(f"{{{{resolve:{service.value}:{key}}}}}")


_CHECK_SECRET_USAGE = "@aws-cdk/core:checkSecretUsage"


@structs.frozen(kw_only=True)
class CfnDynamicReferenceProps:
    """The parts of a dynamic reference.

    Args:
        reference_key: the reference key (what follows the service in ``{{resolve:<service>:<key>}}``).
        service: the service to read from.
    """

    reference_key: str
    service: CfnDynamicReferenceService


@structs.frozen(kw_only=True)
class SecretsManagerSecretOptions:
    """The options of ``SecretValue.secrets_manager``.

    Args:
        json_field: the key of the JSON secret value to read (default the whole value).
        version_id: the version id (default AWSCURRENT; not with ``version_stage``).
        version_stage: the version stage (default AWSCURRENT; not with ``version_id``).
    """

    json_field: str | None = None
    version_id: str | None = None
    version_stage: str | None = None


class SecretValue(Intrinsic):
    """A secret resolved by CloudFormation at deployment (never a plain string in the template, unless asked).

    Args:
        protected_value: the value (usually a dynamic reference) the secret resolves to.
        stack_trace: ignored (kept for API compatibility).
        type_hint: the ``ResolutionTypeHint`` of the value.
    """

    __slots__ = ()

    def __init__(self, protected_value: object, *, stack_trace: bool | None = None,
                 type_hint: ResolutionTypeHint | None = None) -> None:
        super().__init__(protected_value, stack_trace=stack_trace, type_hint=type_hint)

    @staticmethod
    def secrets_manager(
        secret_id: str,
        *,
        json_field: str | None = None,
        version_id: str | None = None,
        version_stage: str | None = None,
    ) -> SecretValue:
        """``{{resolve:secretsmanager:<id>:SecretString:<field>:<stage>:<version>}}``."""
        key = SecretValue.cfn_dynamic_reference_key(
            secret_id, json_field=json_field, version_id=version_id, version_stage=version_stage
        )
        return SecretValue(CfnDynamicReference(CfnDynamicReferenceService.SECRETS_MANAGER, key))

    @staticmethod
    def cfn_dynamic_reference_key(
        secret_id: str,
        *,
        json_field: str | None = None,
        version_id: str | None = None,
        version_stage: str | None = None,
    ) -> str:
        """The key of a Secrets Manager dynamic reference: ``<id>:SecretString:<field>:<stage>:<version>``.

        Raises:
            UnscopedValidationError: an empty id, an id with ``:`` that is not an ARN, or both a stage and a version.
        """
        if not secret_id:
            raise UnscopedValidationError("secretId cannot be empty")
        if not Token.is_unresolved(secret_id) and not secret_id.startswith("arn:") and ":" in secret_id:
            raise UnscopedValidationError(f"secret id \"{secret_id}\" is not an ARN but contains \":\"")
        if version_stage and version_id:
            raise UnscopedValidationError(
                f"versionStage: '{version_stage}' and versionId: '{version_id}' were both provided but only one "
                "is allowed"
            )
        return ":".join([secret_id, "SecretString", json_field or "", version_stage or "", version_id or ""])

    @staticmethod
    def ssm_secure(parameter_name: str, version: str | None = None) -> SecretValue:
        """``{{resolve:ssm-secure:<name>[:<version>]}}``."""
        key = f"{parameter_name}:{version}" if version else parameter_name
        return SecretValue(CfnDynamicReference(CfnDynamicReferenceService.SSM_SECURE, key))

    @staticmethod
    def cfn_dynamic_reference(ref: CfnDynamicReference) -> SecretValue:
        return SecretValue(ref)

    @staticmethod
    def cfn_parameter(param: CfnParameter) -> SecretValue:
        """A NoEcho parameter's value."""
        if not param.no_echo:
            raise ValidationError("CloudFormation parameter must be configured with \"NoEcho\"")
        return SecretValue(param.value)

    @staticmethod
    def unsafe_plain_text(secret: str) -> SecretValue:
        """A literal secret (stored in the template!)."""
        return SecretValue(secret)

    @staticmethod
    def plain_text(secret: str) -> SecretValue:
        return SecretValue(secret)

    @staticmethod
    def resource_attribute(attr: str) -> SecretValue:
        """A secret held by a resource attribute (``resource.get_att(...).to_string()`` or an L1 ``attr_*``).

        Raises:
            UnscopedValidationError: ``attr`` is not exactly a reference to an attribute of a ``CfnResource``.
        """
        from ._cfn_reference import CfnReference
        from ._cfn_resource import CfnResource

        resolved = Tokenization.reverse_complete_string(attr) if isinstance(attr, str) else None
        if not isinstance(resolved, CfnReference) or not isinstance(getattr(resolved, "target", None), CfnResource):
            raise UnscopedValidationError("SecretValue.resourceAttribute() must be used with a resource attribute")
        return SecretValue(attr)

    @staticmethod
    def is_secret_value(x: object) -> bool:
        return isinstance(x, SecretValue)

    def unsafe_unwrap(self) -> str:
        """The secret as a string (a token for a dynamic reference): the value itself, not this SecretValue, so the
        ``@aws-cdk/core:checkSecretUsage`` check does not apply."""
        return Token.as_string(self._value)

    def resolve(self, context: IResolveContext) -> object:
        """The secret's value; with the ``@aws-cdk/core:checkSecretUsage`` flag, using a SecretValue where a plain
        value is expected raises instead (call ``unsafe_unwrap()`` to accept the risk).

        Raises:
            UnscopedValidationError: the flag is enabled.
        """
        if _truthy(context.scope.node.try_get_context(_CHECK_SECRET_USAGE)):
            path = "/".join(getattr(context, "document_path", None) or [])
            raise UnscopedValidationError(
                f"Synthing a secret value to {path}. Using a SecretValue here risks exposing your secret. Only pass "
                "SecretValues to constructs that accept a SecretValue property, or call AWS Secrets Manager "
                "directly in your runtime code. Call 'secretValue.unsafeUnwrap()' if you understand and accept the "
                "risks."
            )
        return self._value

    def to_json(self) -> str:
        raise ValidationError("JSON.stringify() cannot be applied to a SecretValue; use unsafe_unwrap()")
