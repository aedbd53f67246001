"""Function settings that are small values: log format, recursion, SnapStart, runtime management, tenancy,
durable execution, file systems, code signing and environment options."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import Construct, Duration, Resource, Stack, ValidationError
from constructs.internals import structs
from l1.lambda_ import CfnCodeSigningConfig

if TYPE_CHECKING:
    from constructs import IDependable
    from l2.ec2 import Connections
    from l2.efs import IAccessPoint
    from l2.iam import PolicyStatement
    from l2.signer import ISigningProfile

    from ._references import CodeSigningConfigReference
    from ._s3_files import DirectS3Read


class LogFormat(enum.Enum):
    """The format of the function's logs (``log_format``; prefer ``LoggingFormat``)."""

    TEXT = "Text"
    JSON = "JSON"


class RecursiveLoop(enum.Enum):
    """What Lambda does when it detects a recursive invocation loop."""

    ALLOW = "Allow"
    TERMINATE = "Terminate"


class UntrustedArtifactOnDeployment(enum.Enum):
    """What Lambda does with code whose signature check fails."""

    ENFORCE = "Enforce"
    WARN = "Warn"


class Handler:
    """Handler values with a special meaning."""

    FROM_IMAGE = "FROM_IMAGE"
    """The handler is defined in the container image (``DockerImageFunction``)."""


@structs.frozen(kw_only=True)
class EnvironmentOptions:
    """Options of ``Function.add_environment``.

    Args:
        remove_in_edge: drop the variable when the function is used in Lambda@Edge (default false: raise).
    """

    remove_in_edge: bool | None = None


@structs.frozen(kw_only=True)
class LogRetentionRetryOptions:
    """Retries of the log retention custom resource's AWS SDK calls.

    Args:
        base: the base delay (deprecated in aws-cdk-lib; ignored by its handler).
        max_retries: how many times to retry a throttled call.
    """

    base: Duration | None = None
    max_retries: float | None = None


@structs.frozen(kw_only=True)
class ResourceBindOptions:
    """Options of ``Code.bind_to_resource``.

    Args:
        resource_property: the property the asset metadata names (default ``Code``).
    """

    resource_property: str | None = None


class SnapStartConf:
    """Lambda SnapStart: cache an initialized snapshot of published versions.

    Args:
        apply_on: which versions get a snapshot (``"PublishedVersions"``; use ``ON_PUBLISHED_VERSIONS``).
    """

    ON_PUBLISHED_VERSIONS: SnapStartConf

    def __init__(self, apply_on: str) -> None:
        self._apply_on = apply_on

    def _render(self) -> dict[str, str]:
        return {"apply_on": self._apply_on}


SnapStartConf.ON_PUBLISHED_VERSIONS = SnapStartConf("PublishedVersions")


class RuntimeManagementMode:
    """When Lambda updates the function's runtime version.

    Args:
        mode: ``Auto``, ``FunctionUpdate`` or ``Manual``.
        arn: the runtime version ARN (``Manual`` only).
    """

    AUTO: RuntimeManagementMode
    FUNCTION_UPDATE: RuntimeManagementMode

    def __init__(self, mode: str, arn: str | None = None) -> None:
        self.mode = mode
        self.arn = arn
        self.runtime_management_config: dict[str, Any] = {"update_runtime_on": mode}
        if arn is not None:
            self.runtime_management_config["runtime_version_arn"] = arn

    @staticmethod
    def manual(arn: str) -> RuntimeManagementMode:
        """Pin the runtime version ``arn``."""
        return RuntimeManagementMode("Manual", arn)


RuntimeManagementMode.AUTO = RuntimeManagementMode("Auto")
RuntimeManagementMode.FUNCTION_UPDATE = RuntimeManagementMode("FunctionUpdate")


class TenancyConfig:
    """Tenant isolation of a function.

    Args:
        mode: the tenant isolation mode (``PER_TENANT``).
    """

    PER_TENANT: TenancyConfig

    def __init__(self, mode: str) -> None:
        self.tenancy_config_property: dict[str, str] = {"tenant_isolation_mode": mode}


TenancyConfig.PER_TENANT = TenancyConfig("PER_TENANT")


@structs.frozen(kw_only=True)
class DurableConfig:
    """Durable execution settings.

    Args:
        execution_timeout: how long a durable execution may run (1 second to 366 days).
        retention_period: how long the execution history is kept (1 to 90 days; default: Lambda's 14 days).
    """

    execution_timeout: Duration
    retention_period: Duration | None = None


@structs.frozen(kw_only=True)
class FileSystemConfig:
    """What a ``FileSystem`` gives a function.

    Args:
        arn: the access point ARN.
        local_mount_path: where it is mounted (``/mnt/...``).
        connections: the file system's connections (the function is allowed to reach them).
        dependency: constructs the function waits for (e.g. the mount targets).
        policies: statements added to the function's role.
    """

    arn: str
    local_mount_path: str
    connections: Connections | None = None
    dependency: Sequence[IDependable] | None = None
    policies: Sequence[PolicyStatement] | None = None


class FileSystem:
    """A file system a function mounts (the keyword arguments are those of ``FileSystemConfig``).

    Args:
        arn: the access point ARN.
        local_mount_path: where it is mounted (``/mnt/...``).
        connections: the file system's connections (the function is allowed to reach them).
        dependency: constructs the function waits for (e.g. the mount targets).
        policies: statements added to the function's role.
    """

    def __init__(
        self,
        *,
        arn: str,
        local_mount_path: str,
        connections: Connections | None = None,
        dependency: Sequence[IDependable] | None = None,
        policies: Sequence[PolicyStatement] | None = None,
    ) -> None:
        self.config: FileSystemConfig = FileSystemConfig(arn=arn, local_mount_path=local_mount_path, connections=connections,
                                       dependency=dependency, policies=policies)

    @staticmethod
    def from_efs_access_point(ap: IAccessPoint, mount_path: str) -> FileSystem:
        """An Amazon EFS access point ``ap`` (with its ``file_system``), mounted at ``mount_path``."""
        from l2 import iam

        fs = ap.file_system
        return FileSystem(
            local_mount_path=mount_path,
            arn=ap.access_point_arn,
            dependency=[fs.mount_targets_available],
            connections=fs.connections,
            policies=[
                iam.PolicyStatement(
                    actions=["elasticfilesystem:ClientMount"],
                    resources=["*"],
                    conditions={"StringEquals": {"elasticfilesystem:AccessPointArn": ap.access_point_arn}},
                ),
                iam.PolicyStatement(actions=["elasticfilesystem:ClientWrite"], resources=[
                    Stack.of(ap).format_arn(service="elasticfilesystem", resource="file-system",
                                            resource_name=fs.file_system_id),
                ]),
            ],
        )


    @staticmethod
    def from_s3_files_access_point(ap: Any, mount_path: str, *, direct_s3_read: DirectS3Read | None = None) -> FileSystem:
        """An Amazon S3 Files access point ``ap`` (an L1 ``CfnAccessPoint`` or a construct over one), mounted at
        ``mount_path``: the function may mount it and write to its file system, reaches the mount targets' security
        groups on the NFS port and waits for the mount targets.

        Raises:
            UnscopedValidationError: the access point's file system, mount targets or their security groups are
                not in the app.
        """
        from l2 import ec2, iam

        from ._s3_files import access_point_arn, access_point_parts

        cfn_ap, fs, mount_targets, groups = access_point_parts(ap)
        arn = access_point_arn(ap, cfn_ap)
        policies = [
            iam.PolicyStatement(actions=["s3files:ClientMount"], resources=[arn]),
            iam.PolicyStatement(actions=["s3files:ClientMount", "s3files:ClientWrite"], resources=[fs.ref]),
        ]
        mode = direct_s3_read._mode if direct_s3_read is not None else None
        bucket = direct_s3_read._bucket if direct_s3_read is not None else None
        if mode == "ENABLED" and bucket is not None:
            policies.append(iam.PolicyStatement(actions=["s3:GetObject", "s3:GetObjectVersion"],
                                                resources=[bucket.arn_for_objects("*")]))
        connections = ec2.Connections(
            security_groups=[ec2.SecurityGroup.from_security_group_id(ap, f"MountTargetSG{i}", g.attr_group_id)
                             for i, g in enumerate(groups)],
            default_port=ec2.Port.tcp(FileSystem.NFS_PORT))
        filesystem = FileSystem(local_mount_path=mount_path, arn=arn, dependency=mount_targets,
                                connections=connections, policies=policies)
        filesystem._s3_files_direct_read = mode
        return filesystem

    NFS_PORT = 2049
    """The port of NFS (EFS and S3 Files mount targets)."""

    _s3_files_direct_read: str | None = None


@runtime_checkable
class ICodeSigningConfig(Protocol):
    """A code signing configuration: ``CodeSigningConfig`` or one from ``from_code_signing_config_arn``."""

    code_signing_config_arn: str
    code_signing_config_id: str


class _ImportedCodeSigningConfig(Resource):
    def __init__(self, scope: Construct, id: str, arn: str, config_id: str) -> None:
        super().__init__(scope, id)
        self.code_signing_config_arn = arn
        self.code_signing_config_id = config_id


class CodeSigningConfig(Resource):
    """Which signing profiles may sign a function's code (``AWS::Lambda::CodeSigningConfig``).

    Args:
        signing_profiles: ``signer.SigningProfile`` objects (their ``signing_profile_version_arn`` is used).
        description: a description.
        untrusted_artifact_on_deployment: what to do with code that fails the check (default WARN).

    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-lambda.CodeSigningConfig"
    """Identifies this class to property injectors (as in aws-cdk-lib)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        signing_profiles: Sequence[ISigningProfile],
        description: str | None = None,
        untrusted_artifact_on_deployment: UntrustedArtifactOnDeployment | None = None,
    ) -> None:
        super().__init__(scope, id)
        policy = untrusted_artifact_on_deployment or UntrustedArtifactOnDeployment.WARN
        resource = CfnCodeSigningConfig(
            self,
            "Resource",
            allowed_publishers={
                "signing_profile_version_arns": [p.signing_profile_version_arn for p in signing_profiles],
            },
            code_signing_policies={"untrusted_artifact_on_deployment": policy.value},
            description=description,
        )
        self.code_signing_config_arn: str = resource.attr_code_signing_config_arn
        self.code_signing_config_id: str = resource.attr_code_signing_config_id

    @property
    def code_signing_config_ref(self) -> CodeSigningConfigReference:
        """The configuration's ARN, as a reference."""
        from ._references import CodeSigningConfigReference

        return CodeSigningConfigReference(code_signing_config_arn=self.code_signing_config_arn)

    @staticmethod
    def from_code_signing_config_arn(scope: Construct, id: str, code_signing_config_arn: str) -> ICodeSigningConfig:
        """An existing code signing configuration, by ARN.

        Raises:
            ValidationError: the ARN has no resource id.
        """
        from constructs import ArnFormat

        config_id = Stack.of(scope).split_arn(code_signing_config_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
        if not config_id:
            raise ValidationError(f"Code signing config ARN must be in the format 'arn:<partition>:lambda:<region>:"
                                  f"<account>:code-signing-config:<codeSigningConfigArn>', got: "
                                  f"'{code_signing_config_arn}'", scope)
        return _ImportedCodeSigningConfig(scope, id, code_signing_config_arn, config_id)


@structs.frozen(kw_only=True)
class CodeSigningConfigProps:
    """Props of ``CodeSigningConfig``.

    See ``CodeSigningConfig`` for each keyword argument.
    """

    signing_profiles: Sequence[ISigningProfile]
    description: str | None = None
    untrusted_artifact_on_deployment: UntrustedArtifactOnDeployment | None = None
