"""``BucketDeployment``: copy sources into a bucket at deployment, with pycdk's own boto3 handler."""

from __future__ import annotations

import email.utils
import os
import re
from collections.abc import Mapping, Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import (
    Construct,
    CustomResource,
    Duration,
    Expiration,
    FileSystem,
    Lazy,
    RemovalPolicy,
    Size,
    Stack,
    Tags,
    Token,
    ValidationError,
)
from constructs.internals import analytics_literal, structs

from ._source import ISource, Source, SourceConfig

if TYPE_CHECKING:
    from l2.ec2 import ISecurityGroup, IVpc, SubnetSelection
    from l2.iam import IRole
    from l2.logs import ILogGroup, RetentionDays
    from l2.s3 import BucketAccessControl, IBucket

HANDLER_DIR = str(Path(__file__).parent / "_handlers" / "bucket_deployment")
RESOURCE_TYPE = "Custom::CDKBucketDeployment"
SINGLETON_UUID = "8693BB64-9689-44B6-9AAF-B0CC9EB8756C"
OWNER_TAG = "aws-cdk:cr-owned"
CA_BUNDLE = "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem"
EFS_MOUNT = "/mnt/lambda"


@runtime_checkable
class _Distribution(Protocol):
    """A CloudFront distribution as BucketDeployment uses it (aws-cdk-lib: ``IDistributionRef``): its id.

    A CloudFront ``Distribution`` (or an imported one) fits, as does any other object with a ``distribution_id``.
    """

    @property
    def distribution_id(self) -> str:
        """The distribution id."""
        ...


class CacheControl:
    """A ``Cache-Control`` directive of the deployed objects.

    Args:
        value: the directive as it appears in the header (use the factories).
    """

    def __init__(self, value: object) -> None:
        self.value = value

    @staticmethod
    def must_revalidate() -> CacheControl:
        """``must-revalidate``."""
        return CacheControl("must-revalidate")

    @staticmethod
    def no_cache() -> CacheControl:
        """``no-cache``."""
        return CacheControl("no-cache")

    @staticmethod
    def no_transform() -> CacheControl:
        """``no-transform``."""
        return CacheControl("no-transform")

    @staticmethod
    def no_store() -> CacheControl:
        """``no-store``."""
        return CacheControl("no-store")

    @staticmethod
    def must_understand() -> CacheControl:
        """``must-understand``."""
        return CacheControl("must-understand")

    @staticmethod
    def set_public() -> CacheControl:
        """``public``."""
        return CacheControl("public")

    @staticmethod
    def set_private() -> CacheControl:
        """``private``."""
        return CacheControl("private")

    @staticmethod
    def immutable() -> CacheControl:
        """``immutable``."""
        return CacheControl("immutable")

    @staticmethod
    def proxy_revalidate() -> CacheControl:
        """``proxy-revalidate``."""
        return CacheControl("proxy-revalidate")

    @staticmethod
    def max_age(t: Duration) -> CacheControl:
        """``max-age=<seconds>``."""
        return CacheControl(f"max-age={t.to_seconds()}")

    @staticmethod
    def s_max_age(t: Duration) -> CacheControl:
        """``s-maxage=<seconds>``."""
        return CacheControl(f"s-maxage={t.to_seconds()}")

    @staticmethod
    def stale_while_revalidate(t: Duration) -> CacheControl:
        """``stale-while-revalidate=<seconds>``."""
        return CacheControl(f"stale-while-revalidate={t.to_seconds()}")

    @staticmethod
    def stale_if_error(t: Duration) -> CacheControl:
        """``stale-if-error=<seconds>``."""
        return CacheControl(f"stale-if-error={t.to_seconds()}")

    @staticmethod
    def from_string(s: str) -> CacheControl:
        """Any directive, verbatim."""
        return CacheControl(s)


class ServerSideEncryption(Enum):
    """Server-side encryption of the deployed objects."""

    AES_256 = "AES256"
    AWS_KMS = "aws:kms"
    AWS_KMS_DSSE = "aws:kms:dsse"


class StorageClass(Enum):
    """Storage class of the deployed objects."""

    STANDARD = "STANDARD"
    REDUCED_REDUNDANCY = "REDUCED_REDUNDANCY"
    STANDARD_IA = "STANDARD_IA"
    ONEZONE_IA = "ONEZONE_IA"
    INTELLIGENT_TIERING = "INTELLIGENT_TIERING"
    GLACIER = "GLACIER"
    DEEP_ARCHIVE = "DEEP_ARCHIVE"


@structs.frozen(kw_only=True)
class UserDefinedObjectMetadata:
    """User-defined object metadata (a plain mapping in practice: keys are sent as ``x-amz-meta-<key>``)."""


@structs.frozen(kw_only=True)
class BucketDeploymentProps:
    """The keywords of ``BucketDeployment`` (see it for each one)."""

    destination_bucket: IBucket
    sources: Sequence[ISource]
    access_control: BucketAccessControl | None = None
    cache_control: Sequence[CacheControl] | None = None
    content_disposition: str | None = None
    content_encoding: str | None = None
    content_language: str | None = None
    content_type: str | None = None
    destination_key_prefix: str | None = None
    distribution: _Distribution | None = None
    distribution_paths: Sequence[str] | None = None
    ephemeral_storage_size: Size | None = None
    exclude: Sequence[str] | None = None
    expires: Expiration | None = None
    extract: bool | None = None
    include: Sequence[str] | None = None
    log_group: ILogGroup | None = None
    log_retention: RetentionDays | None = None
    memory_limit: int | float | None = None
    metadata: Mapping[str, str] | None = None
    output_object_keys: bool | None = None
    prune: bool | None = None
    retain_on_delete: bool | None = None
    role: IRole | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    server_side_encryption: ServerSideEncryption | None = None
    server_side_encryption_aws_kms_key_id: str | None = None
    server_side_encryption_customer_algorithm: str | None = None
    sign_content: bool | None = None
    storage_class: StorageClass | None = None
    use_efs: bool | None = None
    vpc: IVpc | None = None
    vpc_subnets: SubnetSelection | None = None
    wait_for_distribution_invalidation: bool | None = None
    website_redirect_location: str | None = None


@structs.frozen(kw_only=True)
class DeployTimeSubstitutedFileProps:
    """The keywords of ``DeployTimeSubstitutedFile`` (see it for each one)."""

    destination_bucket: IBucket
    source: str
    substitutions: Mapping[str, str]
    destination_key: str | None = None
    role: IRole | None = None


def _kebab(value: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"-\1", value).lower()


def _system_metadata(p: Mapping[str, Any]) -> dict[str, Any] | None:
    res: dict[str, Any] = {}
    if p.get("cache_control"):
        res["cache-control"] = ", ".join(str(c.value) for c in p["cache_control"])
    if p.get("expires"):
        res["expires"] = email.utils.format_datetime(p["expires"].date.astimezone(_utc()), usegmt=True)
    for key, name in (("content_disposition", "content-disposition"), ("content_encoding", "content-encoding"),
                      ("content_language", "content-language"), ("content_type", "content-type")):
        if p.get(key):
            res[name] = p[key]
    if p.get("server_side_encryption"):
        res["sse"] = _value(p["server_side_encryption"])
    if p.get("storage_class"):
        res["storage-class"] = _value(p["storage_class"])
    if p.get("website_redirect_location"):
        res["website-redirect"] = p["website_redirect_location"]
    if p.get("server_side_encryption_aws_kms_key_id"):
        res["sse-kms-key-id"] = p["server_side_encryption_aws_kms_key_id"]
    if p.get("server_side_encryption_customer_algorithm"):
        res["sse-c-copy-source"] = p["server_side_encryption_customer_algorithm"]
    if p.get("access_control"):
        res["acl"] = _kebab(str(_value(p["access_control"])))
    return res or None


def _utc() -> Any:
    import datetime

    return datetime.UTC


def _value(v: Any) -> Any:
    return v.value if isinstance(v, Enum) else v


class BucketDeployment(Construct):
    """Populate a bucket with the contents of sources at deployment (a custom resource with pycdk's own handler).

    The handler is pycdk's own Python code using boto3 only (no AWS CLI layer): see docs/s3-deployment.md.

    Args:
        destination_bucket: the bucket to copy the sources into.
        sources: the sources (``Source.asset``, ``Source.bucket``, ``Source.data``, ...).
        destination_key_prefix: the key prefix under which the files land (default: the bucket root).
        prune: delete destination objects the sources lack (default: True).
        retain_on_delete: keep the files when the resource is deleted (default: True in the handler).
        extract: unzip the sources (default: True); ``False`` copies the zips as they are.
        exclude / include: glob patterns of files to skip / keep despite ``exclude``.
        cache_control / content_disposition / content_encoding / content_language / content_type / expires /
            server_side_encryption / server_side_encryption_aws_kms_key_id /
            server_side_encryption_customer_algorithm / storage_class / website_redirect_location /
            access_control: system metadata of the deployed objects.
        metadata: user-defined metadata (keys lower-cased).
        distribution / distribution_paths: a CloudFront distribution to invalidate (paths default to ``/*``).
        wait_for_distribution_invalidation: wait until the invalidation completes (default: True).
        memory_limit / ephemeral_storage_size: the handler's memory (MiB, default 1024) and /tmp size; each
            value gets its own handler.
        use_efs / vpc / vpc_subnets / security_groups: run the handler in a VPC (with an EFS file system).
        role: the handler's role (default: a new role).
        log_retention / log_group: the handler's logs.
        sign_content: sign the uploads' payload (SigV4 content hashes).
        output_object_keys: return the deployed object keys as ``SourceObjectKeys`` (default: True).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-s3-deployment.BucketDeployment"
    """Identifies this class to property injectors (as in aws-cdk-lib)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        destination_bucket: IBucket,
        sources: Sequence[ISource],
        access_control: BucketAccessControl | None = None,
        cache_control: Sequence[CacheControl] | None = None,
        content_disposition: str | None = None,
        content_encoding: str | None = None,
        content_language: str | None = None,
        content_type: str | None = None,
        destination_key_prefix: str | None = None,
        distribution: _Distribution | None = None,
        distribution_paths: Sequence[str] | None = None,
        ephemeral_storage_size: Size | None = None,
        exclude: Sequence[str] | None = None,
        expires: Expiration | None = None,
        extract: bool | None = None,
        include: Sequence[str] | None = None,
        log_group: ILogGroup | None = None,
        log_retention: RetentionDays | None = None,
        memory_limit: int | float | None = None,
        metadata: Mapping[str, str] | None = None,
        output_object_keys: bool | None = None,
        prune: bool | None = None,
        retain_on_delete: bool | None = None,
        role: IRole | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        server_side_encryption: ServerSideEncryption | None = None,
        server_side_encryption_aws_kms_key_id: str | None = None,
        server_side_encryption_customer_algorithm: str | None = None,
        sign_content: bool | None = None,
        storage_class: StorageClass | None = None,
        use_efs: bool | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | None = None,
        wait_for_distribution_invalidation: bool | None = None,
        website_redirect_location: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        from l2 import iam, lambda_

        props = dict(locals())
        if distribution_paths:
            if not distribution:
                raise ValidationError("Distribution must be specified if distribution paths are specified", self)
            if not Token.is_unresolved(distribution_paths) and not all(
                    Token.is_unresolved(p) or p.startswith("/") for p in distribution_paths):
                raise ValidationError('Distribution paths must start with "/"', self)
        if use_efs and not vpc:
            raise ValidationError("Vpc must be specified if useEfs is set", self)
        self._destination_bucket = destination_bucket
        self._extract = True if extract is None else extract
        self._output_object_keys = True if output_object_keys is None else output_object_keys
        self._request_destination_arn = False
        self._request_version_ids = False
        self._deployed_bucket: Any = None
        access_point = None
        if use_efs and vpc:
            from l2 import efs as efs_module

            efs: Any = efs_module  # Acl / PosixUser exist once pycdk has the EFS L2 (checked below)
            file_system = self._efs_file_system(scope, vpc)
            access_point = file_system.add_access_point(
                "AccessPoint", path="/lambda",
                create_acl=efs.Acl(owner_uid="1001", owner_gid="1001", permissions="0777"),
                posix_user=efs.PosixUser(uid="1001", gid="1001"))
            access_point.node.add_dependency(file_system.mount_targets_available)
        if vpc:
            self.node.add_dependency(vpc)
        environment = {**({"MOUNT_PATH": EFS_MOUNT} if use_efs else {}), "AWS_CA_BUNDLE": CA_BUNDLE}
        # aws-cdk-lib's object literal, in its order (``None``: a key it writes as undefined), which the singleton
        # and its function record under the analytics flag; aws-cdk-lib also passes an AwsCliLayer, which pycdk's
        # handler does not need (docs/s3-deployment.md)
        handler_props: dict[str, Any] = {
            "uuid": SINGLETON_UUID + self._unique_id(memory_limit, ephemeral_storage_size, vpc, security_groups),
            "architecture": lambda_.Architecture.ARM_64,
            "environment": environment,
            "lambda_purpose": RESOURCE_TYPE,
            "timeout": Duration.minutes(15),
            "role": role,
            "memory_size": memory_limit if memory_limit is not None else 1024,
            "ephemeral_storage_size": ephemeral_storage_size,
            "vpc": vpc,
            "vpc_subnets": vpc_subnets,
            "security_groups": list(security_groups) if security_groups else None,
            "filesystem": lambda_.FileSystem.from_efs_access_point(access_point, EFS_MOUNT) if access_point else None,
            **({"log_retention": log_retention} if log_retention else {}),
            "log_group": log_group,
            # BucketDeploymentSingletonFunction adds these
            "code": lambda_.Code.from_asset(HANDLER_DIR, exclude=["*.pyc", "__pycache__"]),
            "handler": "index.handler",
            "runtime": lambda_.Runtime.PYTHON_3_13,
        }
        analytics_literal(self, "CustomResourceHandler", handler_props)
        handler = lambda_.SingletonFunction(self, "CustomResourceHandler", **handler_props)
        # the markers CustomResourceConfig's aspects look for (the same strings as l2.custom_resources')
        handler.add_metadata("aws:cdk:is-custom-resource-handler-singleton", True)
        family = handler.runtime.family
        handler.add_metadata("aws:cdk:is-custom-resource-handler-runtime-family",
                             family.value if family is not None else None)
        if log_group is not None:
            handler.log_group.node.add_metadata("aws:cdk:is-custom-resource-handler-logGroup", True)
        if log_retention:
            retention = handler.lambda_function.node.try_find_child("LogRetention")
            if retention is not None:
                retention.node.add_metadata("aws:cdk:is-custom-resource-handler-logRetention", True)
        if handler.role is None:
            raise ValidationError("lambda.SingletonFunction should have created a Role", self)
        self._handler_role: IRole = handler.role
        self._sources: list[SourceConfig] = [s.bind(self, handler_role=self._handler_role) for s in sources]
        destination_bucket.grant_read_write(handler)
        if access_control:
            destination_bucket.grant_put_acl(handler)
        if distribution:
            handler.add_to_role_policy(iam.PolicyStatement(
                effect=iam.Effect.ALLOW, actions=["cloudfront:GetInvalidation", "cloudfront:CreateInvalidation"],
                resources=["*"]))
        self.node.add_validation(_ExtractValidation(self, extract))
        cr_id = "CustomResource" + self._unique_id(memory_limit, ephemeral_storage_size, vpc)
        stack = Stack.of(self)
        properties: dict[str, Any] = {
            "SourceBucketNames": Lazy.any(lambda: [s.bucket.bucket_name for s in self._sources],
                                          omit_empty_array=False),
            "SourceObjectKeys": Lazy.any(lambda: [s.zip_object_key for s in self._sources], omit_empty_array=False),
            "SourceMarkers": Lazy.any(lambda: self._sanitized(lambda s: s.markers)),
            "SourceMarkersConfig": Lazy.any(lambda: self._sanitized(lambda s: _markers_config(s.markers_config))),
            "DestinationBucketName": destination_bucket.bucket_name,
            "DestinationBucketKeyPrefix": destination_key_prefix,
            "WaitForDistributionInvalidation": (True if wait_for_distribution_invalidation is None
                                                else wait_for_distribution_invalidation),
            "RetainOnDelete": retain_on_delete,
            "Extract": extract,
            "Prune": True if prune is None else prune,
            "Exclude": exclude,
            "Include": include,
            "UserMetadata": {k.lower(): v for k, v in metadata.items()} if metadata else None,
            "SystemMetadata": _system_metadata(props),
            "DistributionId": distribution.distribution_id if distribution else None,
            "DistributionPaths": distribution_paths,
            "SignContent": sign_content,
            "OutputObjectKeys": self._output_object_keys if output_object_keys is not None else True,
            "DestinationBucketArn": Lazy.any(
                lambda: destination_bucket.bucket_arn if self._request_destination_arn else None),
            "OutputObjectVersionIds": Lazy.any(lambda: True if self._request_version_ids else None),
        }
        del stack
        self._cr = CustomResource(
            self, cr_id, service_token=handler.function_arn, resource_type=RESOURCE_TYPE,
            properties={k: v for k, v in properties.items() if v is not None})
        tag_key = OWNER_TAG + (f":{destination_key_prefix}" if destination_key_prefix else "")
        tag_key += f":{self._cr.node.addr[-8:]}"
        if not Token.is_unresolved(tag_key) and len(tag_key) > 128:
            raise ValidationError(
                'The BucketDeployment construct requires that the "destinationKeyPrefix" be <=104 characters.', self)
        Tags.of(destination_bucket).add(tag_key, "true")

    def _sanitized(self, pick: Any) -> list[Any] | None:
        many = len(self._sources) > 1
        values = []
        for source in self._sources:
            value = pick(source)
            if value is None and many:
                value = {}
            if value is not None:
                values.append(value)
        return values or None

    def _unique_id(self, memory_limit: Any, ephemeral_storage_size: Any, vpc: Any,
                   security_groups: Any = None) -> str:
        uuid = ""
        if memory_limit:
            if Token.is_unresolved(memory_limit):
                raise ValidationError(
                    "Can't use tokens when specifying 'memoryLimit' since we use it to identify the singleton "
                    "custom resource handler.", self)
            uuid += f"-{_js_number(memory_limit)}MiB"
        if ephemeral_storage_size:
            if ephemeral_storage_size.is_unresolved():
                raise ValidationError(
                    "Can't use tokens when specifying 'ephemeralStorageSize' since we use it to identify the "
                    "singleton custom resource handler.", self)
            uuid += f"-{_js_number(ephemeral_storage_size.to_mebibytes())}MiB"
        if vpc:
            uuid += f"-{vpc.node.addr}"
        if security_groups:
            uuid += "-" + "-".join(sorted(sg.node.addr for sg in security_groups))
        return uuid

    @staticmethod
    def _efs_file_system(scope: Construct, vpc: Any) -> Any:
        from l2 import efs

        if not hasattr(efs, "FileSystem"):
            raise ValidationError("BucketDeployment(use_efs=True) needs aws_efs.FileSystem, which pycdk does not "
                                  "have yet (only the L1 CfnFileSystem)", scope)
        stack = Stack.of(scope)
        name = f"BucketDeploymentEFS-VPC-{vpc.node.addr}"
        existing = stack.node.try_find_child(name)
        return existing if existing is not None else efs.FileSystem(
            scope, name, vpc=vpc, removal_policy=RemovalPolicy.DESTROY)

    @property
    def handler_role(self) -> IRole:
        """The role of the deployment handler."""
        return self._handler_role

    @property
    def deployed_bucket(self) -> IBucket:
        """The destination bucket, available once the deployment completed (depends on the custom resource)."""
        from l2 import s3

        self._request_destination_arn = True
        if self._deployed_bucket is None:
            bucket: Any = self._destination_bucket
            self._deployed_bucket = s3.Bucket.from_bucket_attributes(
                self, "DestinationBucket", bucket_arn=Token.as_string(self._cr.get_att("DestinationBucketArn")),
                region=bucket.env.region, account=bucket.env.account, is_website=bucket.is_website)
        return self._deployed_bucket

    @property
    def object_keys(self) -> list[str]:
        """The object keys of the deployed sources (``SourceObjectKeys`` of the custom resource)."""
        return Token.as_list(self._cr.get_att("SourceObjectKeys"))

    @property
    def object_version_ids(self) -> list[str]:
        """The version ids of the deployed zips (only with ``extract=False``)."""
        if self._extract:
            raise ValidationError("'objectVersionIds' is only supported when 'extract' is set to false", self)
        if not self._output_object_keys:
            raise ValidationError(
                "'objectVersionIds' requires 'outputObjectKeys' to be enabled (the default), so it stays "
                "positionally aligned with 'objectKeys'", self)
        self._request_version_ids = True
        return Token.as_list(self._cr.get_att("SourceObjectVersionIds"))

    def add_source(self, source: ISource) -> None:
        """Add a source (ignored when the same bucket/key without markers is already deployed)."""
        config = source.bind(self, handler_role=self._handler_role)
        stack = Stack.of(self)

        def same(a: SourceConfig) -> bool:
            return (stack.resolve(a.bucket.bucket_name) == stack.resolve(config.bucket.bucket_name)
                    and a.zip_object_key == config.zip_object_key and a.markers is None and config.markers is None)

        if not any(same(a) for a in self._sources):
            self._sources.append(config)


def _markers_config(config: Any) -> Any:
    if config is None:
        return None
    return {} if config.json_escape is None else {"jsonEscape": config.json_escape}


def _js_number(n: Any) -> str:
    return str(int(n)) if float(n).is_integer() else str(n)


class _ExtractValidation:
    __slots__ = ("_deployment", "_extract")

    def __init__(self, deployment: BucketDeployment, extract: bool | None) -> None:
        self._deployment = deployment
        self._extract = extract

    def validate(self) -> list[str]:
        if self._extract is False and any(s.markers is not None for s in self._deployment._sources):
            return ["Some sources are incompatible with extract=false; sources with deploy-time values (such as "
                    "'snsTopic.topicArn') must be extracted."]
        return []


class DeployTimeSubstitutedFile(BucketDeployment):
    """One file whose ``{{ name }}`` placeholders are substituted at synthesis, deployed with deploy-time tokens.

    Args:
        destination_bucket: the bucket.
        source: the local file.
        substitutions: placeholder name → value (tokens allowed).
        destination_key: the object key (default: the file's fingerprint).
        role: the handler's role.
    """

    def __init__(self, scope: Construct, id: str, *, destination_bucket: IBucket, source: str,
                 substitutions: Mapping[str, str], destination_key: str | None = None,
                 role: IRole | None = None) -> None:
        if not os.path.exists(source):
            raise ValidationError(f"No file found at 'source' path {source}", scope)
        with open(source, encoding="utf-8") as f:
            text = f.read()
        text = re.sub(r"{{\s*(\w+)\s*}}", lambda m: substitutions.get(m.group(1), m.group(0)), text)
        object_key = destination_key if destination_key is not None else FileSystem.fingerprint(source)
        # aws-cdk-lib renders this file's source without a markers config (unlike Source.data from Python)
        source_data = Source._data(object_key, text, None)
        super().__init__(scope, id, destination_bucket=destination_bucket, sources=[source_data], prune=False,
                         extract=True, role=role)
        self.object_key = object_key

    @property
    def bucket(self) -> IBucket:
        """The destination bucket, once the file is deployed."""
        return self.deployed_bucket

    @property
    def object_version_ids(self) -> list[str]:
        """Not supported: the file is always extracted."""
        raise ValidationError(
            "'objectVersionIds' is not supported for 'DeployTimeSubstitutedFile' since its file is always extracted",
            self)
