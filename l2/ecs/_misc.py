"""Small ECS value classes: placement, runtime platform, credential specs, environment files, secrets,
proxy configurations, task definition revisions, built-in attributes and app protocols."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, UnscopedValidationError, ValidationError
from l2.ecs._enums import BinPackResource, EnvironmentFileType
from l2.ecs._structs import (
    AppMeshProxyConfigurationConfigProps,
    AppMeshProxyConfigurationProps,
    CredentialSpecConfig,
    EnvironmentFileConfig,
    SecretVersionInfo,
)

if TYPE_CHECKING:
    from l1.ecs import CfnTaskDefinition
    from l2.ecs._task_definition import TaskDefinition
    from l2.iam import Grant, IGrantable
    from l2.s3 import IBucket
    from l2.secretsmanager import ISecret
    from l2.ssm import IParameter


class BuiltInAttributes:
    """Attributes every container instance has, for placement constraints and strategies."""

    AMI_ID = "attribute:ecs.ami-id"
    AVAILABILITY_ZONE = "attribute:ecs.availability-zone"
    INSTANCE_ID = "instanceId"
    INSTANCE_TYPE = "attribute:ecs.instance-type"
    OS_TYPE = "attribute:ecs.os-type"


class PlacementStrategy:
    """How tasks are spread over or packed onto container instances (EC2 launch type).

    Args:
        json: the CloudFormation placement strategies (camelCase keys).
    """

    def __init__(self, json: Sequence[Any]) -> None:
        self._json = list(json)

    @staticmethod
    def spread_across_instances() -> PlacementStrategy:
        """Spread tasks evenly over the instances."""
        return PlacementStrategy([{"type": "spread", "field": BuiltInAttributes.INSTANCE_ID}])

    @staticmethod
    def spread_across(*fields: str) -> PlacementStrategy:
        """Spread tasks by each of ``fields`` in turn (at least one)."""
        if not fields:
            raise UnscopedValidationError("spreadAcross: give at least one field to spread by")
        return PlacementStrategy([{"type": "spread", "field": f} for f in fields])

    @staticmethod
    def packed_by_cpu() -> PlacementStrategy:
        """Pack tasks onto the instances with the least CPU left."""
        return PlacementStrategy.packed_by(BinPackResource.CPU)

    @staticmethod
    def packed_by_memory() -> PlacementStrategy:
        """Pack tasks onto the instances with the least memory left."""
        return PlacementStrategy.packed_by(BinPackResource.MEMORY)

    @staticmethod
    def packed_by(resource: BinPackResource) -> PlacementStrategy:
        """Pack tasks by ``resource``."""
        return PlacementStrategy([{"type": "binpack", "field": resource.value}])

    @staticmethod
    def randomly() -> PlacementStrategy:
        """Place tasks at random."""
        return PlacementStrategy([{"type": "random"}])

    def to_json(self) -> list[Any]:
        """The CloudFormation placement strategies (camelCase keys)."""
        return list(self._json)


class PlacementConstraint:
    """Rules that restrict the container instances tasks may run on (EC2 launch type).

    Args:
        json: the CloudFormation placement constraints (camelCase keys).
    """

    def __init__(self, json: Sequence[Any]) -> None:
        self._json = list(json)

    @staticmethod
    def distinct_instances() -> PlacementConstraint:
        """Each task on a different instance."""
        return PlacementConstraint([{"type": "distinctInstance"}])

    @staticmethod
    def member_of(*expressions: str) -> PlacementConstraint:
        """Only instances matching each cluster query language expression."""
        return PlacementConstraint([{"type": "memberOf", "expression": e} for e in expressions])

    def to_json(self) -> list[Any]:
        """The CloudFormation placement constraints (camelCase keys)."""
        return list(self._json)


class CpuArchitecture:
    """The CPU architecture of a task's runtime platform.

    Args:
        cpu_architecture: the architecture's CloudFormation name.
    """

    ARM64: CpuArchitecture
    X86_64: CpuArchitecture

    def __init__(self, cpu_architecture: str) -> None:
        self._cpu_architecture = cpu_architecture

    @staticmethod
    def of(cpu_architecture: str) -> CpuArchitecture:
        """Any architecture by name (``ARM64``, ``X86_64``)."""
        return CpuArchitecture(cpu_architecture)


CpuArchitecture.ARM64 = CpuArchitecture("ARM64")
CpuArchitecture.X86_64 = CpuArchitecture("X86_64")


class OperatingSystemFamily:
    """The operating system family of a task's runtime platform.

    Args:
        family: the family's CloudFormation name.
    """

    LINUX: OperatingSystemFamily
    WINDOWS_SERVER_2004_CORE: OperatingSystemFamily
    WINDOWS_SERVER_2016_FULL: OperatingSystemFamily
    WINDOWS_SERVER_2019_CORE: OperatingSystemFamily
    WINDOWS_SERVER_2019_FULL: OperatingSystemFamily
    WINDOWS_SERVER_2022_CORE: OperatingSystemFamily
    WINDOWS_SERVER_2022_FULL: OperatingSystemFamily
    WINDOWS_SERVER_20H2_CORE: OperatingSystemFamily
    WINDOWS_SERVER_20_H2_CORE: OperatingSystemFamily
    WINDOWS_SERVER_2025_CORE: OperatingSystemFamily
    WINDOWS_SERVER_2025_FULL: OperatingSystemFamily

    def __init__(self, family: str) -> None:
        self._operating_system_family = family

    @staticmethod
    def of(family: str) -> OperatingSystemFamily:
        """Any family by name."""
        return OperatingSystemFamily(family)

    def is_windows(self) -> bool:
        """Whether the family is a Windows one."""
        return self._operating_system_family.lower().startswith("windows")

    def is_linux(self) -> bool:
        """Whether the family is Linux."""
        return self._operating_system_family.lower().startswith("linux")


for _name in ("LINUX", "WINDOWS_SERVER_2004_CORE", "WINDOWS_SERVER_2016_FULL", "WINDOWS_SERVER_2019_CORE",
              "WINDOWS_SERVER_2019_FULL", "WINDOWS_SERVER_2022_CORE", "WINDOWS_SERVER_2022_FULL",
              "WINDOWS_SERVER_20H2_CORE", "WINDOWS_SERVER_2025_FULL", "WINDOWS_SERVER_2025_CORE"):
    setattr(OperatingSystemFamily, _name, OperatingSystemFamily(_name))
OperatingSystemFamily.WINDOWS_SERVER_20_H2_CORE = OperatingSystemFamily.WINDOWS_SERVER_20H2_CORE  # jsii's Python name


class TaskDefinitionRevision:
    """A revision of a task definition a service runs (``LATEST`` or a number).

    Args:
        revision: ``latest`` or the revision number, as a string.
    """

    LATEST: TaskDefinitionRevision

    def __init__(self, revision: str) -> None:
        self.revision = revision

    @staticmethod
    def of(revision: int | float) -> TaskDefinitionRevision:
        """A fixed revision (1 or more)."""
        if revision < 1:
            raise UnscopedValidationError(
                f"A task definition revision must be 'latest' or a positive number, got {revision}"
            )
        return TaskDefinitionRevision(str(int(revision)) if float(revision).is_integer() else str(revision))


TaskDefinitionRevision.LATEST = TaskDefinitionRevision("latest")


class AppProtocol:
    """The application protocol of a Service Connect port mapping.

    Args:
        value: the protocol's name (``http``, ``http2``, ``grpc``).
    """

    http: AppProtocol
    http2: AppProtocol
    grpc: AppProtocol

    def __init__(self, value: str) -> None:
        self.value = value


AppProtocol.http = AppProtocol("http")
AppProtocol.http2 = AppProtocol("http2")
AppProtocol.grpc = AppProtocol("grpc")


class CredentialSpec:
    """A gMSA credential spec file for Windows containers.

    Args:
        prefix_id: the prefix of the rendered spec (``credentialspec``...).
        file_location: the spec's ARN (S3 object or SSM parameter).
    """

    def __init__(self, prefix_id: str, file_location: str) -> None:
        self.prefix_id = prefix_id
        self.file_location = file_location

    @staticmethod
    def arn_for_s3_object(bucket: IBucket, key: str) -> str:
        """The ARN of an object in ``bucket``."""
        if not key:
            raise ValidationError("key is undefined", bucket)  # type: ignore[arg-type]
        return bucket.arn_for_objects(key)

    @staticmethod
    def arn_for_ssm_parameter(parameter: IParameter) -> str:
        """The ARN of an SSM parameter."""
        return parameter.parameter_arn

    def bind(self) -> CredentialSpecConfig:
        """The prefix and location the container definition renders."""
        return CredentialSpecConfig(type_prefix=self.prefix_id, location=self.file_location)


class DomainJoinedCredentialSpec(CredentialSpec):
    """A credential spec for domain-joined container instances.

    Args:
        file_location: the spec's ARN (S3 object or SSM parameter).
    """

    def __init__(self, file_location: str) -> None:
        super().__init__("credentialspec", file_location)

    @staticmethod
    def from_s3_bucket(bucket: IBucket, key: str) -> DomainJoinedCredentialSpec:
        """The spec file in an S3 bucket."""
        return DomainJoinedCredentialSpec(CredentialSpec.arn_for_s3_object(bucket, key))

    @staticmethod
    def from_ssm_parameter(parameter: IParameter) -> DomainJoinedCredentialSpec:
        """The spec in an SSM parameter."""
        return DomainJoinedCredentialSpec(CredentialSpec.arn_for_ssm_parameter(parameter))


class DomainlessCredentialSpec(CredentialSpec):
    """A credential spec for domainless gMSA.

    Args:
        file_location: the spec's ARN (S3 object or SSM parameter).
    """

    def __init__(self, file_location: str) -> None:
        super().__init__("credentialspecdomainless", file_location)

    @staticmethod
    def from_s3_bucket(bucket: IBucket, key: str) -> DomainlessCredentialSpec:
        """The spec file in an S3 bucket."""
        return DomainlessCredentialSpec(CredentialSpec.arn_for_s3_object(bucket, key))

    @staticmethod
    def from_ssm_parameter(parameter: IParameter) -> DomainlessCredentialSpec:
        """The spec in an SSM parameter."""
        return DomainlessCredentialSpec(CredentialSpec.arn_for_ssm_parameter(parameter))


class EnvironmentFile:
    """A file of environment variables a container loads from S3."""

    @staticmethod
    def from_asset(
        path: str,
        *,
        deploy_time: bool | None = None,
        display_name: str | None = None,
        readers: Sequence[IGrantable] | None = None,
        source_kms_key: Any = None,
        asset_hash: str | None = None,
        asset_hash_type: Any = None,
        bundling: Any = None,
        exclude: Sequence[str] | None = None,
        follow_symlinks: Any = None,
        ignore_mode: Any = None,
    ) -> AssetEnvironmentFile:
        """A local file uploaded as an asset.

        Args:
            path: the local file.
            deploy_time, display_name, readers, source_kms_key, asset_hash, asset_hash_type, bundling, exclude,
                follow_symlinks, ignore_mode: the asset's options (``aws_s3_assets.AssetOptions``).
        """
        options = {k: v for k, v in locals().items() if k != "path" and v is not None}
        return AssetEnvironmentFile(path, **options)

    @staticmethod
    def from_bucket(bucket: IBucket, key: str, object_version: str | None = None) -> S3EnvironmentFile:
        """An object in an S3 bucket."""
        return S3EnvironmentFile(bucket, key, object_version)

    def bind(self, scope: Construct) -> EnvironmentFileConfig:
        """The file's type and S3 location."""
        raise NotImplementedError


class AssetEnvironmentFile(EnvironmentFile):
    """An environment file from a local asset.

    Args:
        path: the local file.
        deploy_time, display_name, readers, source_kms_key, asset_hash, asset_hash_type, bundling, exclude,
            follow_symlinks, ignore_mode: the asset's options.
    """

    def __init__(
        self,
        path: str,
        *,
        deploy_time: bool | None = None,
        display_name: str | None = None,
        readers: Sequence[IGrantable] | None = None,
        source_kms_key: Any = None,
        asset_hash: str | None = None,
        asset_hash_type: Any = None,
        bundling: Any = None,
        exclude: Sequence[str] | None = None,
        follow_symlinks: Any = None,
        ignore_mode: Any = None,
    ) -> None:
        self.path = path
        self._options = {k: v for k, v in dict(
            deploy_time=deploy_time, display_name=display_name, readers=readers, source_kms_key=source_kms_key,
            asset_hash=asset_hash, asset_hash_type=asset_hash_type, bundling=bundling, exclude=exclude,
            follow_symlinks=follow_symlinks, ignore_mode=ignore_mode,
        ).items() if v is not None}
        self._asset: Any = None

    def bind(self, scope: Construct) -> EnvironmentFileConfig:
        """Create the asset (once) and return its location."""
        from l2.s3 import Location
        from l2.s3_assets import Asset

        if self._asset is None:
            self._asset = Asset(scope, "EnvironmentFile", path=self.path, **self._options)
        if not self._asset.is_file:
            raise ValidationError(f"Asset must be a single file ({self.path})", scope)
        return EnvironmentFileConfig(
            file_type=EnvironmentFileType.S3,
            s3_location=Location(bucket_name=self._asset.s3_bucket_name, object_key=self._asset.s3_object_key),
        )


class S3EnvironmentFile(EnvironmentFile):
    """An environment file in an S3 bucket.

    Args:
        bucket: the bucket.
        key: the object key.
        object_version: the object version (default the latest).
    """

    def __init__(self, bucket: IBucket, key: str, object_version: str | None = None) -> None:
        if not bucket.bucket_name:
            raise ValidationError("bucketName is undefined for the provided bucket", bucket)  # type: ignore[arg-type]
        self.bucket_name = bucket.bucket_name
        self.key = key
        self.object_version = object_version

    def bind(self, _scope: Construct) -> EnvironmentFileConfig:
        """The object's location."""
        from l2.s3 import Location

        return EnvironmentFileConfig(
            file_type=EnvironmentFileType.S3,
            s3_location=Location(bucket_name=self.bucket_name, object_key=self.key, object_version=self.object_version),
        )


class Secret:
    """A secret a container reads into an environment variable (Secrets Manager or SSM).

    Args:
        arn: the ARN the container definition references (with ``:field::`` for a JSON field).
        grant: grants read access to a grantee.
        has_field: whether the ARN names a JSON field.
    """

    def __init__(self, arn: str, grant: Any, has_field: bool | None = None) -> None:
        self.arn = arn
        self.has_field = has_field
        self._grant = grant

    @staticmethod
    def from_ssm_parameter(parameter: IParameter) -> Secret:
        """An SSM parameter (String or SecureString)."""
        return Secret(parameter.parameter_arn, parameter.grant_read)

    @staticmethod
    def from_secrets_manager(secret: ISecret, field: str | None = None) -> Secret:
        """A Secrets Manager secret, or one JSON ``field`` of it."""
        arn = f"{secret.secret_arn}:{field}::" if field else secret.secret_arn
        return Secret(arn, secret.grant_read, bool(field))

    @staticmethod
    def from_secrets_manager_version(
        secret: ISecret, version_info: SecretVersionInfo, field: str | None = None
    ) -> Secret:
        """A given version (stage or id) of a Secrets Manager secret."""
        arn = (f"{secret.secret_arn}:{field or ''}:{version_info.version_stage or ''}:"
               f"{version_info.version_id or ''}")
        return Secret(arn, secret.grant_read, bool(field))

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` read the secret."""
        return self._grant(grantee)


class ProxyConfiguration:
    """A task's proxy configuration (App Mesh)."""

    def bind(self, _scope: Construct, _task_definition: TaskDefinition) -> CfnTaskDefinition.ProxyConfigurationProperty:
        """The rendered configuration."""
        raise NotImplementedError


class AppMeshProxyConfiguration(ProxyConfiguration):
    """The App Mesh proxy configuration of a task.

    Args:
        container_name: the Envoy container.
        properties: the proxy's ports, ignored users and egress rules.
    """

    def __init__(self, *, container_name: str, properties: AppMeshProxyConfigurationProps) -> None:
        if properties is not None and not properties.ignored_uid and not properties.ignored_gid:
            raise UnscopedValidationError("At least one of ignoredUID or ignoredGID should be specified.")
        self.props = AppMeshProxyConfigurationConfigProps(container_name=container_name, properties=properties)

    def bind(self, _scope: Construct, _task_definition: TaskDefinition) -> CfnTaskDefinition.ProxyConfigurationProperty:
        """The ``APPMESH`` proxy configuration with its properties as name/value pairs (in the props' order)."""
        from l1.ecs import CfnTaskDefinition

        p = self.props.properties
        values: list[tuple[str, Any]] = [
            ("AppPorts", p.app_ports), ("ProxyEgressPort", p.proxy_egress_port),
            ("ProxyIngressPort", p.proxy_ingress_port), ("EgressIgnoredIPs", p.egress_ignored_i_ps),
            ("EgressIgnoredPorts", p.egress_ignored_ports), ("IgnoredGID", p.ignored_gid), ("IgnoredUID", p.ignored_uid),
        ]
        pairs = []
        for name, value in values:
            if value is None:
                continue
            text = ",".join(_js(v) for v in value) if isinstance(value, list | tuple) else _js(value)
            if text:
                pairs.append(CfnTaskDefinition.KeyValuePairProperty(name=name, value=text))
        return CfnTaskDefinition.ProxyConfigurationProperty(
            container_name=self.props.container_name, proxy_configuration_properties=pairs, type="APPMESH"
        )


class ProxyConfigurations:
    """Factories of proxy configurations."""

    @staticmethod
    def app_mesh_proxy_configuration(
        *, container_name: str, properties: AppMeshProxyConfigurationProps
    ) -> ProxyConfiguration:
        """An App Mesh proxy configuration."""
        return AppMeshProxyConfiguration(container_name=container_name, properties=properties)


def _js(value: Any) -> str:
    """``${value}`` as JavaScript writes it (``true``, ``1``, ``1.5``)."""
    from constructs import Token

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if Token.is_unresolved(value):
            return Token.as_string(value)
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)
