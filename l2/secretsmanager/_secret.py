"""``Secret``: a Secrets Manager secret (``AWS::SecretsManager::Secret``), imports and target attachments."""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from constructs import (
    ArnFormat,
    Construct,
    FeatureFlags,
    Fn,
    Lazy,
    RemovalPolicy,
    Resource,
    SecretValue,
    Stack,
    Token,
    TokenComparison,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import check_deprecated_props, deprecated, structs
from l1._private.interfaces.secretsmanager import SecretReference as SecretReference
from l1._private.interfaces.secretsmanager import (
    SecretTargetAttachmentReference as SecretTargetAttachmentReference,
)
from l1.secretsmanager import CfnSecret, CfnSecretTargetAttachment
from l2.secretsmanager._interfaces import ISecret, ISecretTargetAttachment

if TYPE_CHECKING:
    from constructs import Duration
    from l2.iam import AddToResourcePolicyResult, Grant, IGrantable, IPrincipal, PolicyStatement
    from l2.kms import IKey
    from l2.lambda_ import IFunction
    from l2.secretsmanager._policy import ResourcePolicy
    from l2.secretsmanager._rotation_schedule import HostedRotation, RotationSchedule

_COMPLETE_ARN = re.compile(r"-[a-z0-9]{6}$", re.IGNORECASE)


@structs.frozen(kw_only=True)
class SecretStringGenerator:
    """How Secrets Manager generates the secret string (``GenerateSecretString``).

    ``secret_string_template`` (a JSON object) and ``generate_string_key`` go together: the generated password
    is stored under that key of the template.

    Args:
        secret_string_template / generate_string_key: the JSON template and the key of the generated password.
        password_length: the password's length (default 32).
        exclude_characters: characters never used.
        exclude_lowercase / exclude_uppercase / exclude_numbers / exclude_punctuation: leave out a class of
            characters.
        include_space: allow the space character.
        require_each_included_type: at least one character of each class not excluded (default True).
    """

    exclude_characters: str | None = None
    exclude_lowercase: bool | None = None
    exclude_numbers: bool | None = None
    exclude_punctuation: bool | None = None
    exclude_uppercase: bool | None = None
    generate_string_key: str | None = None
    include_space: bool | None = None
    password_length: int | float | None = None
    require_each_included_type: bool | None = None
    secret_string_template: str | None = None

    def _render(self) -> dict[str, Any]:
        return structs.asdict(self)


@structs.frozen(kw_only=True)
class ReplicaRegion:
    """A region the secret is replicated to, optionally encrypted there with ``encryption_key``.

    Args:
        encryption_key: the KMS key that encrypts the replica (default the AWS-managed key).
        region: the region to replicate to.
    """

    region: str
    encryption_key: IKey | None = None


_BETA1 = "aws-cdk-lib.aws_secretsmanager.SecretStringValueBeta1"


class SecretStringValueBeta1:
    """Deprecated in aws-cdk-lib (use ``SecretValue``): an explicit secret string for ``Secret``.

    Create with ``from_unsafe_plaintext`` (the value lands in the template) or ``from_token`` (a token, e.g. another
    resource's attribute).

    Args:
        secret_value: the secret string (use the factories).
    """

    __slots__ = ("_secret_value",)

    def __init__(self, secret_value: str) -> None:
        self._secret_value = secret_value

    @staticmethod
    def from_unsafe_plaintext(secret_value: str) -> SecretStringValueBeta1:
        """A plaintext value, visible in the template."""
        deprecated(f"{_BETA1}#fromUnsafePlaintext", "Use `cdk.SecretValue` instead.", method=True)
        return SecretStringValueBeta1(secret_value)

    @staticmethod
    def from_token(secret_value_from_token: str) -> SecretStringValueBeta1:
        """A value from a token.

        Raises:
            UnscopedValidationError: the value is not an unresolved token.
        """
        if not Token.is_unresolved(secret_value_from_token):
            raise UnscopedValidationError(
                "SecretStringValueBeta1 appears to be plaintext (unsafe) string (or resolved Token); use "
                "fromUnsafePlaintext if this is intentional"
            )
        return SecretStringValueBeta1(secret_value_from_token)

    def secret_value(self) -> str:
        """The secret string."""
        deprecated(f"{_BETA1}#secretValue", "Use `cdk.SecretValue` instead.", method=True)
        return self._secret_value


@structs.frozen(kw_only=True)
class SecretAttributes:
    """What ``Secret.from_secret_attributes`` needs: one ARN form and the KMS key, if any.

    Args:
        encryption_key: the KMS key that encrypts the secret (default none: the AWS-managed key).
        secret_arn: deprecated: the secret's ARN, complete or partial (use one of the two below).
        secret_complete_arn: the secret's complete ARN, with the random suffix Secrets Manager adds.
        secret_partial_arn: the secret's ARN without that suffix.
    """

    encryption_key: IKey | None = None
    secret_arn: str | None = None
    secret_complete_arn: str | None = None
    secret_partial_arn: str | None = None


class AttachmentTargetType(enum.Enum):
    """The type of resource a secret is attached to."""

    RDS_DB_INSTANCE = "AWS::RDS::DBInstance"
    INSTANCE = "deprecated_AWS::RDS::DBInstance"
    RDS_DB_CLUSTER = "AWS::RDS::DBCluster"
    CLUSTER = "deprecated_AWS::RDS::DBCluster"
    RDS_DB_PROXY = "AWS::RDS::DBProxy"
    REDSHIFT_CLUSTER = "AWS::Redshift::Cluster"
    DOCDB_DB_INSTANCE = "AWS::DocDB::DBInstance"
    DOCDB_DB_CLUSTER = "AWS::DocDB::DBCluster"


_TARGET_TYPE_NAMES = {
    AttachmentTargetType.INSTANCE: "AWS::RDS::DBInstance",
    AttachmentTargetType.CLUSTER: "AWS::RDS::DBCluster",
}


@structs.frozen(kw_only=True)
class SecretAttachmentTargetProps:
    """What a secret attachment target returns from ``as_secret_attachment_target()``.

    Args:
        target_id: the id of the database instance or cluster.
        target_type: its kind.
    """

    target_id: str
    target_type: AttachmentTargetType


class ISecretAttachmentTarget(Protocol):
    """A database a secret can be attached to."""

    def as_secret_attachment_target(self) -> SecretAttachmentTargetProps: ...


def arn_is_complete(secret_arn: str) -> bool:
    """Whether an ARN ends with Secrets Manager's 6-character suffix (tokens count as complete)."""
    return Token.is_unresolved(secret_arn) or _COMPLETE_ARN.search(secret_arn) is not None


def parse_secret_name(scope: Construct, secret_arn: str) -> str:
    """The secret name in an ARN, without the 6-character suffix.

    Raises:
        ValidationError: the ARN has no resource name.
    """
    name = Stack.of(scope).split_arn(secret_arn, ArnFormat.COLON_RESOURCE_NAME).resource_name
    if not name:
        raise ValidationError("invalid ARN format; no secret name provided", scope)
    if Token.is_unresolved(name):
        return name
    head, sep, tail = name.rpartition("-")
    return head if sep and len(tail) == 6 else name


def _parse_owned_secret_name(scope: Construct, secret_arn: str, secret_name: str | None) -> str:
    """The name of a secret of this app: as many ``-`` segments of the ARN's name as the given name has.

    aws-cdk-lib behaves so when ``@aws-cdk/aws-secretsmanager:parseOwnedSecretName`` is unset (its v2 default);
    a generated name has two segments.
    """
    resource_name = Stack.of(scope).split_arn(secret_arn, ArnFormat.COLON_RESOURCE_NAME).resource_name
    if not resource_name:
        raise ValidationError("invalid ARN format; no secret name provided", scope)
    if secret_name and Token.is_unresolved(secret_name):
        return secret_name
    segments = len(secret_name.split("-")) if secret_name else 2
    parts = Fn.split("-", resource_name)
    return Fn.join("-", [Fn.select(i, parts) for i in range(segments)])


class _ArnForPolicies:
    """Produces the ARN policies should name: the full ARN, or ``<partial>-??????`` across environments."""

    __slots__ = ("_secret",)

    def __init__(self, secret: SecretBase) -> None:
        self._secret = secret

    def produce(self, context: Any) -> str:
        secret = self._secret
        consumer = Stack.of(context.scope)
        other_env = secret.stack.account != consumer.account or (
            secret.stack.region != consumer.region and not consumer.cross_region_references
        )
        full = secret.secret_full_arn
        return f"{secret.secret_arn}-??????" if other_env or not full else full


def _via_secrets_manager(scope: Construct, principal: IPrincipal) -> IPrincipal:
    from l2 import kms

    return kms.ViaServicePrincipal(f"secretsmanager.{Stack.of(scope).region}.amazonaws.com", principal)


class SecretBase(Resource):
    """A new or imported secret: grants, values, resource policy, rotation.

    Subclasses set ``secret_arn``, ``secret_name``, ``encryption_key`` and ``_auto_create_policy``.
    """

    secret_arn: str
    secret_name: str
    encryption_key: IKey | None
    _auto_create_policy: bool = False

    def __init__(self, scope: Construct, id: str, **resource_props: Any) -> None:
        super().__init__(scope, id, **resource_props)
        self.policy: ResourcePolicy | None = None
        self._arn_for_policies = Lazy.uncached_string(_ArnForPolicies(self))
        self.node.add_validation(_PolicyValidation(self))

    @property
    def secret_full_arn(self) -> str | None:
        """The complete ARN (with suffix), if known."""
        return self.secret_arn

    @property
    def arn_for_policies(self) -> str:
        """The ARN to name in IAM policies."""
        return self._arn_for_policies

    @property
    def secret_ref(self) -> SecretReference:
        """A reference to this secret (its ARN as the secret id)."""
        return SecretReference(secret_id=self.secret_arn)

    def cfn_dynamic_reference_key(
        self, *, json_field: str | None = None, version_id: str | None = None, version_stage: str | None = None
    ) -> str:
        """The key of a ``{{resolve:secretsmanager:<key>}}`` reference to this secret."""
        # aws-cdk-lib's ``SecretValue.cfnDynamicReferenceKey`` (the core has no equivalent yet).
        if version_stage and version_id:
            raise ValidationError(
                f"verisonStage: '{version_stage}' and versionId: '{version_id}' were both provided but only one is "
                "allowed",
                self,
            )
        return f"{self.secret_arn}:SecretString:{json_field or ''}:{version_stage or ''}:{version_id or ''}"

    @property
    def secret_value(self) -> SecretValue:
        """The secret string, as a ``{{resolve:secretsmanager:...}}`` reference."""
        return self.secret_value_from_json("")

    def secret_value_from_json(self, json_field: str) -> SecretValue:
        """One field of the JSON secret string, as a dynamic reference."""
        return SecretValue.secrets_manager(self.secret_arn, json_field=json_field)

    def grant_read(self, grantee: IGrantable, version_stages: Sequence[str] | None = None) -> Grant:
        """Grant reading the secret (and decrypting with its key through Secrets Manager).

        Raises:
            ValidationError: cross-account access to an owned secret without a KMS key.
        """
        from l2 import iam

        result = iam.Grant.add_to_principal_or_resource(
            grantee=grantee,
            actions=["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
            resource_arns=[self.arn_for_policies],
            resource=self,
        )
        statement = result.principal_statement or result.resource_statement
        if version_stages is not None and statement is not None:
            statement.add_condition("ForAnyValue:StringEquals", {"secretsmanager:VersionStage": list(version_stages)})
        if self.encryption_key is not None:
            self.encryption_key.grant_decrypt(_via_secrets_manager(self, grantee.grant_principal))
        cross_account = Token.compare_strings(Stack.of(self).account, grantee.grant_principal.principal_account or "")
        if (
            isinstance(self, Secret)
            and result.resource_statement is not None
            and self.encryption_key is None
            and cross_account == TokenComparison.DIFFERENT
        ):
            raise ValidationError("KMS Key must be provided for cross account access to Secret", self)
        return result

    def grant_write(self, grantee: IGrantable) -> Grant:
        """Grant updating the secret's value (and encrypting with its key through Secrets Manager).

        Raises:
            ValidationError: cross-account access to an owned secret without a KMS key.
        """
        from l2 import iam

        result = iam.Grant.add_to_principal_or_resource(
            grantee=grantee,
            actions=[
                "secretsmanager:PutSecretValue",
                "secretsmanager:UpdateSecret",
                "secretsmanager:UpdateSecretVersionStage",
            ],
            resource_arns=[self.arn_for_policies],
            resource=self,
        )
        if self.encryption_key is not None:
            self.encryption_key.grant_encrypt(_via_secrets_manager(self, grantee.grant_principal))
        if isinstance(self, Secret) and result.resource_statement is not None and self.encryption_key is None:
            raise ValidationError("KMS Key must be provided for cross account access to Secret", self)
        return result

    def add_rotation_schedule(
        self,
        id: str,
        *,
        automatically_after: Duration | None = None,
        hosted_rotation: HostedRotation | None = None,
        rotate_immediately_on_update: bool | None = None,
        rotation_lambda: IFunction | None = None,
    ) -> RotationSchedule:
        """Add a ``RotationSchedule`` (a rotation Lambda or a hosted rotation) under this secret."""
        from l2.secretsmanager._rotation_schedule import RotationSchedule

        return RotationSchedule(
            self,
            id,
            secret=self,
            automatically_after=automatically_after,
            hosted_rotation=hosted_rotation,
            rotate_immediately_on_update=rotate_immediately_on_update,
            rotation_lambda=rotation_lambda,
        )

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the secret's resource policy, creating ``Policy`` on first use."""
        from l2 import iam

        if self.policy is None and self._auto_create_policy:
            from l2.secretsmanager._policy import ResourcePolicy

            self.policy = ResourcePolicy(self, "Policy", secret=self)
        if self.policy is not None:
            self.policy.document.add_statements(statement)
            return iam.AddToResourcePolicyResult(statement_added=True, policy_dependable=self.policy)
        return iam.AddToResourcePolicyResult(statement_added=False)

    def deny_account_root_delete(self) -> None:
        """Deny ``secretsmanager:DeleteSecret`` to the account root in the resource policy."""
        from l2 import iam

        self.add_to_resource_policy(
            iam.PolicyStatement(
                actions=["secretsmanager:DeleteSecret"],
                effect=iam.Effect.DENY,
                resources=["*"],
                principals=[iam.AccountRootPrincipal()],
            )
        )

    def attach(self, target: ISecretAttachmentTarget) -> ISecret:
        """Attach the secret to a database (``SecretTargetAttachment`` with id ``Attachment``).

        Raises:
            ValidationError: the secret is already attached.
        """
        if self.node.try_find_child("Attachment") is not None:
            raise ValidationError("Secret is already attached to a target.", self)
        return SecretTargetAttachment(self, "Attachment", secret=self, target=target)


class _PolicyValidation:
    __slots__ = ("_secret",)

    def __init__(self, secret: SecretBase) -> None:
        self._secret = secret

    def validate(self) -> list[str]:
        policy = self._secret.policy
        return list(policy.document.validate_for_resource_policy()) if policy is not None else []


class _ImportedSecret(SecretBase):
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        secret_arn: str,
        secret_name: str,
        full_arn: str | None,
        arn_for_policies: str | None = None,
        encryption_key: IKey | None = None,
        environment_from_arn: str | None = None,
    ) -> None:
        super().__init__(scope, id, environment_from_arn=environment_from_arn)
        self.secret_arn = secret_arn
        self.secret_name = secret_name
        self.encryption_key = encryption_key
        self._full_arn = full_arn
        self._fixed_arn_for_policies = arn_for_policies

    @property
    def secret_full_arn(self) -> str | None:
        return self._full_arn

    @property
    def arn_for_policies(self) -> str:
        return self._fixed_arn_for_policies or self._arn_for_policies


class Secret(SecretBase):
    """A Secrets Manager secret, deleted with the stack by default.

    Args:
        secret_name: a physical name (default generated by CloudFormation).
        description: the secret's description.
        generate_secret_string: how to generate the value (default: a generated password, ``{}``).
        secret_string_value / secret_object_value: an explicit value (a ``SecretValue``, or a dict of them
            rendered as JSON).
        secret_string_beta1: deprecated; an explicit value as a ``SecretStringValueBeta1``.
        encryption_key: a KMS key (default: the AWS managed key ``aws/secretsmanager``).
        replica_regions: regions to replicate the secret to.
        removal_policy: default ``RemovalPolicy.DESTROY``.

    Raises:
        ValidationError: conflicting value props, or an incomplete ``generate_secret_string`` template.
    """

    _auto_create_policy = True
    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-secretsmanager.Secret"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        description: str | None = None,
        encryption_key: IKey | None = None,
        generate_secret_string: SecretStringGenerator | None = None,
        removal_policy: RemovalPolicy | None = None,
        replica_regions: Sequence[ReplicaRegion] | None = None,
        secret_name: str | None = None,
        secret_object_value: Mapping[str, SecretValue] | None = None,
        secret_string_beta1: SecretStringValueBeta1 | None = None,
        secret_string_value: SecretValue | None = None,
    ) -> None:
        check_deprecated_props("aws_secretsmanager.SecretProps", locals())
        super().__init__(scope, id, physical_name=secret_name)
        gen = generate_secret_string
        if gen is not None and (gen.secret_string_template or gen.generate_string_key) and not (
            gen.secret_string_template and gen.generate_string_key
        ):
            raise ValidationError("`secretStringTemplate` and `generateStringKey` must be specified together.", self)
        values = (generate_secret_string, secret_string_value, secret_object_value, secret_string_beta1)
        if sum(x is not None for x in values) > 1:
            raise ValidationError(
                "Cannot specify more than one of `generateSecretString`, `secretStringValue`, `secretObjectValue`, "
                "and `secretStringBeta1`.",
                self,
            )
        if secret_object_value is not None:
            secret_string: str | None = json.dumps(
                {k: v.unsafe_unwrap() for k, v in secret_object_value.items()},
                separators=(",", ":"),
                ensure_ascii=False,
            )
        else:
            secret_string = secret_string_value.unsafe_unwrap() if secret_string_value is not None else None
            if secret_string is None and secret_string_beta1 is not None:
                secret_string = secret_string_beta1.secret_value()
        self._replica_regions: list[dict[str, Any]] = []
        self.resource: CfnSecret = CfnSecret(
            self,
            "Resource",
            description=description,
            kms_key_id=encryption_key.key_arn if encryption_key is not None else None,
            generate_secret_string=(
                generate_secret_string._render() if generate_secret_string is not None else (None if secret_string else {})
            ),
            secret_string=secret_string,
            name=self.physical_name if secret_name is not None else None,
        )
        self.resource.apply_removal_policy(removal_policy, default=RemovalPolicy.DESTROY)
        self.secret_arn: str = self.resource.ref
        self.encryption_key = encryption_key
        self.secret_name: str = _parse_owned_secret_name(self, self.secret_arn, secret_name)
        if encryption_key is not None:
            from l2 import iam

            principal = _via_secrets_manager(self, iam.AccountPrincipal(Stack.of(self).account))
            encryption_key.grant_encrypt_decrypt(principal)
            encryption_key.grant(principal, "kms:CreateGrant", "kms:DescribeKey")
        for replica in replica_regions or ():
            self.add_replica_region(replica.region, replica.encryption_key)
        self.exclude_characters: str | None = gen.exclude_characters if gen is not None else None

    # -- factories -------------------------------------------------------------------------------------------
    @staticmethod
    def is_secret(x: object) -> bool:
        """Whether ``x`` is a ``Secret`` created in this app."""
        return isinstance(x, Secret)

    @staticmethod
    def from_secret_complete_arn(scope: Construct, id: str, secret_complete_arn: str) -> ISecret:
        """Import a secret by its complete ARN (with the 6-character suffix)."""
        return Secret.from_secret_attributes(scope, id, secret_complete_arn=secret_complete_arn)

    @staticmethod
    def from_secret_partial_arn(scope: Construct, id: str, secret_partial_arn: str) -> ISecret:
        """Import a secret by its ARN without the suffix (policies then name ``<arn>-??????``)."""
        return Secret.from_secret_attributes(scope, id, secret_partial_arn=secret_partial_arn)

    @staticmethod
    def from_secret_name_v2(scope: Construct, id: str, secret_name: str) -> ISecret:
        """Import a secret of this account and region by name (policies name ``<arn>-??????``)."""
        arn = Stack.of(scope).format_arn(
            service="secretsmanager",
            resource="secret",
            resource_name=secret_name,
            arn_format=ArnFormat.COLON_RESOURCE_NAME,
        )
        return _ImportedSecret(scope, id, secret_arn=arn, secret_name=secret_name, full_arn=None)

    @staticmethod
    def from_secret_attributes(
        scope: Construct,
        id: str,
        *,
        encryption_key: IKey | None = None,
        secret_arn: str | None = None,
        secret_complete_arn: str | None = None,
        secret_partial_arn: str | None = None,
    ) -> ISecret:
        """Import a secret from exactly one ARN form and its KMS key.

        Raises:
            ValidationError: several or no ARN forms, or a "complete" ARN without the suffix.
        """
        if secret_arn:
            if secret_complete_arn or secret_partial_arn:
                raise ValidationError(
                    "cannot use `secretArn` with `secretCompleteArn` or `secretPartialArn`", scope
                )
            arn, partial = secret_arn, False
        else:
            if bool(secret_complete_arn) == bool(secret_partial_arn):
                raise ValidationError("must use only one of `secretCompleteArn` or `secretPartialArn`", scope)
            if secret_complete_arn and not arn_is_complete(secret_complete_arn):
                raise ValidationError(
                    "`secretCompleteArn` does not appear to be complete; missing 6-character suffix", scope
                )
            arn, partial = (secret_complete_arn, False) if secret_complete_arn else (secret_partial_arn, True)
        assert arn is not None
        return _ImportedSecret(
            scope,
            id,
            secret_arn=arn,
            secret_name=parse_secret_name(scope, arn),
            full_arn=None if partial else arn,
            arn_for_policies=f"{arn}-??????" if partial else arn,
            encryption_key=encryption_key,
            environment_from_arn=arn,
        )

    # -- mutation --------------------------------------------------------------------------------------------
    def add_replica_region(self, region: str, encryption_key: IKey | None = None) -> None:
        """Replicate the secret to ``region`` (encrypted there with ``encryption_key``, if given).

        Raises:
            ValidationError: ``region`` is the stack's own region.
        """
        stack_region = Stack.of(self).region
        if not Token.is_unresolved(stack_region) and not Token.is_unresolved(region) and region == stack_region:
            raise ValidationError("Cannot add the region where this stack is deployed as a replica region.", self)
        self._replica_regions.append(
            {"region": region, "kms_key_id": encryption_key.key_arn if encryption_key is not None else None}
        )
        self.resource.replica_regions = self._replica_regions


TARGET_ATTACHMENT_RESOURCE_POLICY_FLAG = (
    "@aws-cdk/aws-secretsmanager:useAttachedSecretResourcePolicyForSecretTargetAttachments"
)


class SecretTargetAttachment(SecretBase):
    """A secret attached to a database (``AWS::SecretsManager::SecretTargetAttachment``).

    ``target`` has ``as_secret_attachment_target()`` returning ``SecretAttachmentTargetProps``. Its ARN is the
    attachment's ``Ref``; policies go to the secret's own resource policy.

    Args:
        target: the database the secret is attached to.
        secret: the secret to attach.
    """

    _auto_create_policy = True
    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-secretsmanager.SecretTargetAttachment"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(self, scope: Construct, id: str, *, target: ISecretAttachmentTarget, secret: ISecret) -> None:
        super().__init__(scope, id)
        self.attached_secret = secret
        props = target.as_secret_attachment_target()
        target_type = _TARGET_TYPE_NAMES.get(props.target_type, props.target_type.value)
        attachment = CfnSecretTargetAttachment(
            self, "Resource", secret_id=secret.secret_arn, target_id=props.target_id, target_type=target_type
        )
        self.encryption_key: IKey | None = secret.encryption_key
        self.secret_name: str = secret.secret_name
        self.secret_arn: str = attachment.ref
        self.secret_target_attachment_secret_arn: str = attachment.ref

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to a resource policy: the attached secret's with
        ``@aws-cdk/aws-secretsmanager:useAttachedSecretResourcePolicyForSecretTargetAttachments``, else this
        attachment's own."""
        if FeatureFlags.of(self).is_enabled(TARGET_ATTACHMENT_RESOURCE_POLICY_FLAG):
            return self.attached_secret.add_to_resource_policy(statement)
        return super().add_to_resource_policy(statement)

    @property
    def secret_target_attachment_ref(self) -> SecretTargetAttachmentReference:
        """A reference to this attachment (its ARN as the secret id)."""
        return SecretTargetAttachmentReference(secret_id=self.secret_target_attachment_secret_arn)

    @staticmethod
    def from_secret_target_attachment_secret_arn(
        scope: Construct, id: str, secret_target_attachment_secret_arn: str
    ) -> ISecretTargetAttachment:
        """Import an attachment by the ARN of its secret (no resource policy can be added to it)."""
        return _ImportedTargetAttachment(scope, id, secret_target_attachment_secret_arn)


class _ImportedTargetAttachment(SecretBase):
    def __init__(self, scope: Construct, id: str, arn: str) -> None:
        super().__init__(scope, id)
        self.encryption_key = None
        self.secret_arn = arn
        self.secret_target_attachment_secret_arn = arn
        self.secret_name = parse_secret_name(scope, arn)

    @property
    def secret_target_attachment_ref(self) -> SecretTargetAttachmentReference:
        """A reference to this attachment (its ARN as the secret id)."""
        return SecretTargetAttachmentReference(secret_id=self.secret_target_attachment_secret_arn)
