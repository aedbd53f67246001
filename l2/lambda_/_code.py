"""Lambda deployment packages: ``Code.from_inline``, ``Code.from_bucket[_v2]``, ``Code.from_asset`` and the
asset variants built by a command or a Docker build."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Annotations,
    CfnResource,
    Construct,
    Stack,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import structs

if TYPE_CHECKING:
    from constructs import (
        AssetHashType,
        BundlingOptions,
        CfnParameter,
        DockerCacheOption,
        IgnoreMode,
        SymlinkFollowMode,
    )
    from l2.ecr import IRepository
    from l2.ecr_assets import DockerImageAssetInvalidationOptions, NetworkMode, Platform
    from l2.iam import IGrantable
    from l2.kms import IKey
    from l2.lambda_._image import CodeImageConfig
    from l2.s3 import IBucket

    from ._image import AssetImageCode


class S3ObjectStorageMode(enum.Enum):
    """How Lambda stores a package read from S3: a copy (the default) or a reference to the versioned object."""

    COPY = "COPY"
    REFERENCE = "REFERENCE"


@structs.frozen(kw_only=True)
class BucketOptions:
    """Options of ``Code.from_bucket_v2``.

    Args:
        object_version: the object's version (default: the latest; required with ``REFERENCE``).
        s3_object_storage_mode: copy the object or reference it (default: CloudFormation's, a copy).
        source_kms_key: the KMS key the package is encrypted with (default: none).
    """

    object_version: str | None = None
    s3_object_storage_mode: S3ObjectStorageMode | None = None
    source_kms_key: IKey | None = None


@structs.frozen(kw_only=True)
class CustomCommandOptions:
    """Options of ``Code.from_custom_command``: the asset options of ``Code.from_asset`` plus how to run the
    command.

    Args:
        command_options: options of the process (Node.js ``spawnSync`` options in aws-cdk-lib: ``cwd``, ``env``,
            ``shell``, ``timeout`` in ms are honoured; default: none).
        asset_hash / asset_hash_type / bundling / exclude / follow_symlinks / ignore_mode / deploy_time /
            display_name / readers / source_kms_key: as in ``Code.from_asset``.
    """

    asset_hash: str | None = None
    asset_hash_type: AssetHashType | None = None
    bundling: BundlingOptions | None = None
    exclude: Sequence[str] | None = None
    follow_symlinks: SymlinkFollowMode | None = None
    ignore_mode: IgnoreMode | None = None
    deploy_time: bool | None = None
    display_name: str | None = None
    readers: Sequence[IGrantable] | None = None
    source_kms_key: IKey | None = None
    command_options: Mapping[str, object] | None = None


@structs.frozen(kw_only=True)
class DockerBuildAssetOptions:
    """Options of ``Code.from_docker_build``: the Docker build options plus where the package is in the image.

    Args:
        image_path: the path in the image to copy out (default ``/asset``).
        output_path: the local directory to copy it to (default: a temporary directory).
        build_args / build_contexts / cache_disabled / cache_from / cache_to / file / network / platform /
            target_stage: as in ``DockerImage.from_build``.
    """

    build_args: Mapping[str, str] | None = None
    build_contexts: Mapping[str, str] | None = None
    cache_disabled: bool | None = None
    cache_from: Sequence[DockerCacheOption] | None = None
    cache_to: DockerCacheOption | None = None
    file: str | None = None
    network: str | None = None
    platform: str | None = None
    target_stage: str | None = None
    image_path: str | None = None
    output_path: str | None = None


@structs.frozen(kw_only=True)
class S3Location:
    """Where a package is in S3.

    Args:
        bucket_name: the bucket holding the package.
        object_key: the object's key.
        object_version: the object's version (default the latest).
    """

    bucket_name: str
    object_key: str
    object_version: str | None = None


@structs.frozen(kw_only=True)
class CodeConfig:
    """What ``Code.bind`` returns: exactly one of inline code, an S3 location or an image.

    Args:
        image: the container image of the function (default none).
        inline_code: the function's source text, inlined into the template (default none).
        s3_location: where the zip package is in S3 (default none).
        s3_object_storage_mode: how Lambda stores the S3 package (default: copied).
        source_kms_key_arn: the KMS key that encrypts the package in Lambda's storage (default an AWS-owned key).
    """

    inline_code: str | None = None
    s3_location: S3Location | None = None
    image: CodeImageConfig | None = None
    source_kms_key_arn: str | None = None
    s3_object_storage_mode: S3ObjectStorageMode | None = None


class Code:
    """The code of a function or layer. Create with the ``from_*`` factories."""

    is_inline: bool = False

    @staticmethod
    def from_inline(code: str) -> InlineCode:
        """Source code put in the template (``ZipFile``); only for interpreted runtimes."""
        return InlineCode(code)

    @staticmethod
    def inline(code: str) -> InlineCode:
        """Deprecated alias of ``from_inline``."""
        return Code.from_inline(code)

    @staticmethod
    def from_bucket(bucket: IBucket, key: str, object_version: str | None = None) -> S3Code:
        """A zip file already in S3 (warns when no ``object_version`` is given)."""
        if object_version is None:
            Annotations.of(bucket).add_warning_v2(
                "@aws-cdk/aws-lambda:codeFromBucketObjectVersionNotSpecified",
                "objectVersion is not defined for S3Code.fromBucket(). The lambda will not be updated automatically "
                "if the code in the bucket is updated. This is because CDK/Cloudformation does not track changes on "
                "the source S3 Bucket. It is recommended to either use S3Code.fromAsset() instead or set "
                "objectVersion.",
            )
        return S3Code(bucket, key, object_version)

    @staticmethod
    def bucket(bucket: IBucket, key: str, object_version: str | None = None) -> S3Code:
        """Deprecated alias of ``from_bucket``."""
        return Code.from_bucket(bucket, key, object_version)

    @staticmethod
    def from_bucket_v2(bucket: IBucket, key: str, *, object_version: str | None = None,
                       s3_object_storage_mode: S3ObjectStorageMode | None = None,
                       source_kms_key: IKey | None = None) -> S3CodeV2:
        """A zip file already in S3, with the ``BucketOptions`` (warns when no ``object_version`` is given)."""
        if object_version is None:
            Annotations.of(bucket).add_warning_v2(
                "@aws-cdk/aws-lambda:codeFromBucketObjectVersionNotSpecified",
                "options.objectVersion is not defined for S3Code.fromBucketV2(). The lambda will not be updated "
                "automatically if the code in the bucket is updated. This is because CDK/Cloudformation does not "
                "track changes on the source S3 Bucket. It is recommended to either use S3Code.fromAsset() instead "
                "or set options.objectVersion.",
            )
        return S3CodeV2(bucket, key, object_version=object_version, s3_object_storage_mode=s3_object_storage_mode,
                        source_kms_key=source_kms_key)

    @staticmethod
    def from_custom_command(
        output: str,
        command: Sequence[str],
        *,
        command_options: Mapping[str, object] | None = None,
        deploy_time: bool | None = None,
        display_name: str | None = None,
        readers: Sequence[IGrantable] | None = None,
        source_kms_key: IKey | None = None,
        asset_hash: str | None = None,
        asset_hash_type: AssetHashType | None = None,
        bundling: BundlingOptions | None = None,
        exclude: Sequence[str] | None = None,
        follow_symlinks: SymlinkFollowMode | None = None,
        ignore_mode: IgnoreMode | None = None,
    ) -> AssetCode:
        """Run ``command`` now (at synthesis) and use ``output`` (a directory or ``.zip``) as an asset.

        Raises:
            UnscopedValidationError: an empty command, a command that cannot run or exits with a non-zero status.
        """
        from ._private.custom_command import run_custom_command

        if len(command) == 0:
            raise UnscopedValidationError(
                'command must contain at least one argument. For example, ["node", "buildFile.js"].')
        run_custom_command(list(command), command_options)
        return AssetCode(output, asset_hash=asset_hash, asset_hash_type=asset_hash_type, bundling=bundling,
                         deploy_time=deploy_time, display_name=display_name, exclude=exclude,
                         follow_symlinks=follow_symlinks, ignore_mode=ignore_mode, readers=readers,
                         source_kms_key=source_kms_key)

    @staticmethod
    def from_docker_build(
        path: str,
        *,
        image_path: str | None = None,
        output_path: str | None = None,
        build_args: Mapping[str, str] | None = None,
        build_contexts: Mapping[str, str] | None = None,
        cache_disabled: bool | None = None,
        cache_from: Sequence[DockerCacheOption] | None = None,
        cache_to: DockerCacheOption | None = None,
        file: str | None = None,
        network: str | None = None,
        platform: str | None = None,
        target_stage: str | None = None,
    ) -> AssetCode:
        """Build the image in ``path`` with Docker now and copy ``image_path`` (default ``/asset``) out of it as the
        package (an asset)."""
        from constructs import DockerImage

        inner = image_path if image_path is not None else "/asset/."
        if inner.endswith("/"):
            inner = f"{inner}."
        elif not inner.endswith("/."):
            inner = f"{inner}/."
        image = DockerImage.from_build(path, build_args=build_args, build_contexts=build_contexts,
                                        cache_disabled=cache_disabled, cache_from=cache_from, cache_to=cache_to,
                                        file=file, network=network, platform=platform, target_stage=target_stage)
        return AssetCode(image.cp(inner, output_path))

    @staticmethod
    def from_asset(path: str, *, exclude: Sequence[str] | None = None, asset_hash: str | None = None,
                   asset_hash_type: AssetHashType | None = None, follow_symlinks: SymlinkFollowMode | None = None,
                   ignore_mode: IgnoreMode | None = None, readers: Sequence[IGrantable] | None = None,
                   source_kms_key: IKey | None = None, display_name: str | None = None,
                   bundling: BundlingOptions | None = None, deploy_time: bool | None = None) -> AssetCode:
        """A local directory (zipped at publish time) or ``.zip`` file, uploaded as a file asset."""
        return AssetCode(path, exclude=exclude, asset_hash=asset_hash, asset_hash_type=asset_hash_type,
                         follow_symlinks=follow_symlinks, ignore_mode=ignore_mode, readers=readers,
                         source_kms_key=source_kms_key, display_name=display_name, bundling=bundling,
                         deploy_time=deploy_time)

    @staticmethod
    def from_cfn_parameters(*, bucket_name_param: CfnParameter | None = None, object_key_param: CfnParameter | None = None,
                            source_kms_key: IKey | None = None) -> CfnParametersCode:
        """Bucket and key from CloudFormation parameters (created under the function when not given)."""
        return CfnParametersCode(bucket_name_param=bucket_name_param, object_key_param=object_key_param,
                                 source_kms_key=source_kms_key)

    @staticmethod
    def from_asset_image(
        directory: str,
        *,
        cmd: Sequence[str] | None = None,
        entrypoint: Sequence[str] | None = None,
        working_directory: str | None = None,
        asset_name: str | None = None,
        build_args: Mapping[str, str] | None = None,
        build_contexts: Mapping[str, str] | None = None,
        build_secrets: Mapping[str, str] | None = None,
        build_ssh: str | None = None,
        cache_disabled: bool | None = None,
        cache_from: Sequence[DockerCacheOption] | None = None,
        cache_to: DockerCacheOption | None = None,
        display_name: str | None = None,
        file: str | None = None,
        invalidation: DockerImageAssetInvalidationOptions | None = None,
        network_mode: NetworkMode | None = None,
        outputs: Sequence[str] | None = None,
        platform: Platform | None = None,
        target: str | None = None,
        extra_hash: str | None = None,
        exclude: Sequence[str] | None = None,
        follow_symlinks: SymlinkFollowMode | None = None,
        ignore_mode: IgnoreMode | None = None,
    ) -> AssetImageCode:
        """A container image built from ``directory`` (the keyword arguments are those of ``AssetImageCode``)."""
        from ._image import AssetImageCode

        props = {k: v for k, v in locals().items() if k not in ("directory", "AssetImageCode") and v is not None}
        return AssetImageCode(directory, **props)

    @staticmethod
    def from_ecr_image(repository: IRepository, *, cmd: Sequence[str] | None = None, entrypoint: Sequence[str] | None = None,
                       tag: str | None = None, tag_or_digest: str | None = None,
                       working_directory: str | None = None) -> Code:
        """A container image in an ECR repository."""
        from ._image import EcrImageCode

        return EcrImageCode(repository, cmd=cmd, entrypoint=entrypoint, tag=tag, tag_or_digest=tag_or_digest,
                            working_directory=working_directory)

    @staticmethod
    def asset(path: str) -> AssetCode:
        """Deprecated alias of ``from_asset``."""
        return Code.from_asset(path)

    def bind(self, scope: Construct) -> CodeConfig:
        """Called by the function or layer that uses this code."""
        raise NotImplementedError

    def bind_to_resource(self, _resource: CfnResource, *, resource_property: str | None = None) -> None:
        """Called after the L1 exists (assets add their metadata)."""


class InlineCode(Code):
    """Code in the template (``ZipFile``).

    Raises:
        UnscopedValidationError: empty code.

    Args:
        code: the source code of the function.
    """

    is_inline = True

    def __init__(self, code: str) -> None:
        if len(code) == 0:
            raise UnscopedValidationError("Lambda inline code cannot be empty")
        self.code = code

    def bind(self, _scope: Construct) -> CodeConfig:
        """The inline code."""
        return CodeConfig(inline_code=self.code)


class S3Code(Code):
    """A zip file in an S3 bucket.

    Args:
        bucket: the bucket holding the zip file.
        key: the object's key.
        object_version: the object's version (default the latest).
    """

    def __init__(self, bucket: IBucket, key: str, object_version: str | None = None) -> None:
        if not bucket.bucket_name:
            raise ValidationError("bucketName is undefined for the provided bucket", bucket)  # type: ignore[arg-type]
        self.bucket_name: str = bucket.bucket_name
        self.key = key
        self.object_version = object_version

    def bind(self, _scope: Construct) -> CodeConfig:
        """The S3 location."""
        return CodeConfig(s3_location=S3Location(bucket_name=self.bucket_name, object_key=self.key,
                                                 object_version=self.object_version))


class S3CodeV2(Code):
    """A zip file in an S3 bucket, with a storage mode and a KMS key (``Code.from_bucket_v2``).

    Args:
        bucket: the bucket holding the zip file.
        key: the object's key.
        object_version: the object's version (default the latest; required with ``REFERENCE`` storage).
        s3_object_storage_mode: whether Lambda copies the package or reads it from S3 (default copied).
        source_kms_key: the KMS key that encrypts the package in Lambda's storage (default an AWS-owned key).

    Raises:
        ValidationError: ``REFERENCE`` storage without an ``object_version``, or a bucket without a name.
    """

    def __init__(self, bucket: IBucket, key: str, *, object_version: str | None = None,
                 s3_object_storage_mode: S3ObjectStorageMode | None = None,
                 source_kms_key: IKey | None = None) -> None:
        if s3_object_storage_mode is S3ObjectStorageMode.REFERENCE and object_version is None:
            raise ValidationError("set objectVersion when using s3ObjectStorageMode REFERENCE because Lambda "
                                  "requires a versioned S3 object", bucket)  # type: ignore[arg-type]
        if not bucket.bucket_name:
            raise ValidationError("bucketName is undefined for the provided bucket", bucket)  # type: ignore[arg-type]
        self.bucket_name: str = bucket.bucket_name
        self.key = key
        self._bucket = bucket
        self._object_version = object_version
        self._storage_mode = s3_object_storage_mode
        self._source_kms_key = source_kms_key

    def bind(self, _scope: Construct) -> CodeConfig:
        """The S3 location, storage mode and key."""
        kms = self._source_kms_key
        return CodeConfig(
            s3_location=S3Location(bucket_name=self.bucket_name, object_key=self.key,
                                   object_version=self._object_version),
            source_kms_key_arn=kms.key_arn if kms is not None else None,
            s3_object_storage_mode=self._storage_mode,
        )

    def bind_to_resource(self, resource: CfnResource, *, resource_property: str | None = None) -> None:
        """With ``REFERENCE`` storage, let Lambda read the object: a bucket-policy statement (and a key-policy one
        when the bucket is encrypted) for ``lambda.amazonaws.com``, scoped to this account and to the function's
        or layer's name (a wildcard, with a warning, when the name is not a literal)."""
        if self._storage_mode is not S3ObjectStorageMode.REFERENCE:
            return
        from constructs import ArnFormat, Token
        from l1.lambda_ import CfnFunction, CfnLayerVersion
        from l2 import iam

        stack = Stack.of(resource)
        if isinstance(resource, CfnFunction):
            name, kind, resource_type, name_property = resource.function_name, "function", "functions", "functionName"
        elif isinstance(resource, CfnLayerVersion):
            name, kind, resource_type, name_property = (resource.layer_name, "layer", "layers",
                                                        "layerVersionName")
        else:
            return
        wildcard = name is None or Token.is_unresolved(name)
        source_arn = stack.format_arn(service="lambda", resource=kind, resource_name="*" if wildcard else name,
                                      arn_format=ArnFormat.COLON_RESOURCE_NAME)
        if wildcard:
            Annotations.of(resource).add_warning_v2(
                "@aws-cdk/aws-lambda:s3ObjectStorageModeReferenceWildcardSourceArn",
                "To avoid a circular dependency between the S3 bucket policy and the Lambda resource during "
                "deployment, a wildcard is used in the aws:SourceArn condition to match all Lambda "
                f"{resource_type} in this account (access is still limited to this account via aws:SourceAccount)."
                "\nIt is strongly recommended to further scope down the policy by specifying an explicit "
                f"{name_property}, following the guidance in the \"Self-managed S3 code storage\" section of the "
                "module README.")
        principal = iam.ServicePrincipal("lambda.amazonaws.com")
        bucket: Any = self._bucket
        result = bucket.add_to_resource_policy(iam.PolicyStatement(
            actions=["s3:GetObject", "s3:GetObjectVersion"], resources=[bucket.arn_for_objects(self.key)],
            principals=[principal],
            conditions={"StringEquals": {"aws:SourceAccount": stack.account}, "ArnLike": {"aws:SourceArn": source_arn}},
        ))
        if result.statement_added:
            if result.policy_dependable is not None:
                resource.node.add_dependency(result.policy_dependable)
        else:
            Annotations.of(resource).add_warning_v2(
                "@aws-cdk/aws-lambda:s3ObjectStorageModeReferenceImportedBucketPolicy",
                "Cannot update the policy of an imported bucket for S3ObjectStorageMode.REFERENCE. Grant the "
                "lambda.amazonaws.com service principal s3:GetObject and s3:GetObjectVersion on the referenced "
                "object manually. See https://docs.aws.amazon.com/lambda/latest/dg/configuration-self-managed-"
                "storage.html for the required policy.")
        key = bucket.encryption_key
        if key is not None:
            added = key.add_to_resource_policy(iam.PolicyStatement(
                actions=["kms:Decrypt"], principals=[principal], resources=["*"],
                conditions={"StringEquals": {"aws:SourceAccount": stack.account,
                                             "kms:ViaService": f"s3.{stack.region}.amazonaws.com"},
                            "ArnLike": {"aws:SourceArn": source_arn}},
            ), True)
            if added.statement_added:
                resource.node.add_dependency(key)
            else:
                Annotations.of(resource).add_warning_v2(
                    "@aws-cdk/aws-lambda:s3ObjectStorageModeReferenceImportedKeyPolicy",
                    "Cannot update the policy of the KMS key encrypting the code bucket for "
                    "S3ObjectStorageMode.REFERENCE. Grant the lambda.amazonaws.com service principal kms:Decrypt "
                    "on that key manually. See https://docs.aws.amazon.com/lambda/latest/dg/configuration-self-"
                    "managed-storage.html for the required policy.")


class AssetCode(Code):
    """A local directory or zip file, staged and published as a file asset (construct id ``Code``).

    Args:
        path: the directory or zip file.
        the others: the ``s3_assets.AssetOptions`` keyword arguments.
    """

    def __init__(
        self,
        path: str,
        *,
        asset_hash: str | None = None,
        asset_hash_type: AssetHashType | None = None,
        bundling: BundlingOptions | None = None,
        deploy_time: bool | None = None,
        display_name: str | None = None,
        exclude: Sequence[str] | None = None,
        follow_symlinks: SymlinkFollowMode | None = None,
        ignore_mode: IgnoreMode | None = None,
        readers: Sequence[IGrantable] | None = None,
        source_kms_key: IKey | None = None,
    ) -> None:
        self.path = path
        options: dict[str, Any] = {"asset_hash": asset_hash, "asset_hash_type": asset_hash_type, "bundling": bundling,
                   "deploy_time": deploy_time, "display_name": display_name, "exclude": exclude, "follow_symlinks": follow_symlinks,
                   "ignore_mode": ignore_mode, "readers": readers, "source_kms_key": source_kms_key}
        self._options = {k: v for k, v in options.items() if v is not None}
        self._asset: Any = None

    def bind(self, scope: Construct) -> CodeConfig:
        from l2.s3_assets import Asset

        if self._asset is None:
            # a deploy-time asset unless the options say otherwise, as in aws-cdk-lib
            self._asset = Asset(scope, "Code", path=self.path, **{"deploy_time": True, **self._options})
        elif Stack.of(self._asset) is not Stack.of(scope):
            raise ValidationError(
                f"Asset is already associated with another stack '{Stack.of(self._asset).stack_name}'. "
                "Create a new Code instance for every stack.",
                scope,
            )
        if not self._asset.is_zip_archive:
            raise ValidationError(f"Asset must be a .zip file or a directory ({self.path})", scope)
        kms = self._options.get("source_kms_key")
        return CodeConfig(
            s3_location=S3Location(bucket_name=self._asset.s3_bucket_name, object_key=self._asset.s3_object_key),
            source_kms_key_arn=kms.key_arn if kms is not None else None,
        )

    def bind_to_resource(self, resource: CfnResource, *, resource_property: str | None = None) -> None:
        if self._asset is None:
            raise ValidationError("bindToResource() must be called after bind()", resource)
        self._asset.add_resource_metadata(resource, resource_property or "Code")


class CfnParametersCode(Code):
    """Code whose bucket and key are stack parameters (``LambdaSourceBucketNameParameter`` and
    ``LambdaSourceObjectKeyParameter`` under the function unless given).

    Args:
        bucket_name_param: the parameter holding the bucket's name (default one made under the function).
        object_key_param: the parameter holding the object's key (default one made under the function).
        source_kms_key: the KMS key that encrypts the package in Lambda's storage (default an AWS-owned key).
    """

    def __init__(self, *, bucket_name_param: CfnParameter | None = None, object_key_param: CfnParameter | None = None,
                 source_kms_key: IKey | None = None) -> None:
        self._bucket_name_param = bucket_name_param
        self._object_key_param = object_key_param
        self._source_kms_key = source_kms_key

    def bind(self, scope: Construct) -> CodeConfig:
        from constructs import CfnParameter

        if self._bucket_name_param is None:
            self._bucket_name_param = CfnParameter(scope, "LambdaSourceBucketNameParameter", type="String")
        if self._object_key_param is None:
            self._object_key_param = CfnParameter(scope, "LambdaSourceObjectKeyParameter", type="String")
        kms = self._source_kms_key
        return CodeConfig(
            s3_location=S3Location(bucket_name=self._bucket_name_param.value_as_string,
                                   object_key=self._object_key_param.value_as_string),
            source_kms_key_arn=kms.key_arn if kms is not None else None,
        )

    @property
    def bucket_name_param(self) -> str:
        """The logical id of the bucket parameter (after the code is bound).

        Raises:
            UnscopedValidationError: not bound to a function yet.
        """
        if self._bucket_name_param is None:
            raise UnscopedValidationError(
                "Pass CfnParametersCode to a Lambda Function before accessing the bucketNameParam property"
            )
        return self._bucket_name_param.logical_id

    @property
    def object_key_param(self) -> str:
        """The logical id of the object key parameter (after the code is bound).

        Raises:
            UnscopedValidationError: not bound to a function yet.
        """
        if self._object_key_param is None:
            raise UnscopedValidationError(
                "Pass CfnParametersCode to a Lambda Function before accessing the objectKeyParam property"
            )
        return self._object_key_param.logical_id

    def assign(self, *, bucket_name: str, object_key: str, object_version: str | None = None) -> Mapping[str, Any]:
        """Parameter values (logical id → value) for a deployment."""
        return {self.bucket_name_param: bucket_name, self.object_key_param: object_key}
