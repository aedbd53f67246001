"""``ProductStack``: a product's template written as a stack in the app; ``ProductStackHistory``: its versions.

A ``ProductStack`` is a stack inside another stack that is not deployed itself: its template is written to the
cloud assembly as ``<unique id>.product.template.json`` (two-space JSON, as aws-cdk-lib writes it) and published as
a file asset of the parent stack, whose URL the product version names. pycdk builds it on the core's nested-stack
rendering (the template renders before its parent's, and a changed template makes the parent render again) without
the ``AWS::CloudFormation::Stack`` resource of a nested stack.

Assets inside a product stack are published by the parent stack and copied into the ``asset_bucket`` by an
``s3_deployment.BucketDeployment`` (``ProductAssetsDeployment`` under the bucket), as aws-cdk-lib does; the product
template names them in the asset bucket.
"""

from __future__ import annotations

import enum
import os
from typing import TYPE_CHECKING, Any

from constructs import (
    Annotations,
    Construct,
    FileAssetPackaging,
    FileAssetSource,
    Lazy,
    Names,
    NestedStack,
    Resource,
    Stack,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import json_writer, structs
from l2.servicecatalog._common import DEFAULT_PRODUCT_STACK_SNAPSHOT_DIRECTORY
from l2.servicecatalog._product import CloudFormationProductVersion
from l2.servicecatalog._template import CloudFormationTemplate

if TYPE_CHECKING:
    from l2.s3 import IBucket


@structs.frozen(kw_only=True)
class ProductStackProps:
    """Props of ``ProductStack`` (see its arguments)."""

    analytics_reporting: bool | None = None
    asset_bucket: IBucket | None = None
    description: str | None = None
    memory_limit: int | None = None
    server_side_encryption: enum.Enum | None = None
    server_side_encryption_aws_kms_key_id: str | None = None


def _find_parent_stack(scope: Construct) -> Stack:
    cur: Construct | None = scope
    while cur is not None:
        if isinstance(cur, Stack):
            return cur
        cur = cur.node.scope
    raise ValidationError("Product stacks must be defined within scope of another non-product stack", scope)


class ProductStack(NestedStack):
    """A Service Catalog product's template, defined as a stack (not deployed itself).

    Args:
        analytics_reporting: aws-cdk-lib's CDKMetadata switch (pycdk writes no CDKMetadata resource).
        asset_bucket: the bucket the stack's assets are copied to (required when the stack uses assets).
        description: the template's description.
        memory_limit: the memory of the asset-copying function (with assets).
        server_side_encryption: the encryption of the copied assets (``aws_s3_deployment.ServerSideEncryption``).
        server_side_encryption_aws_kms_key_id: the KMS key of the copied assets.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        analytics_reporting: bool | None = None,
        asset_bucket: IBucket | None = None,
        description: str | None = None,
        memory_limit: int | None = None,
        server_side_encryption: enum.Enum | None = None,
        server_side_encryption_aws_kms_key_id: str | None = None,
    ) -> None:
        parent = _find_parent_stack(scope)
        super().__init__(scope, id, description=description)
        # a product stack is no AWS::CloudFormation::Stack of its parent: drop the nested-stack resource
        scope.node.try_remove_child(f"{id}.NestedStack")
        self._take_stage_environment()
        self.analytics_reporting = analytics_reporting
        self.synthesizer = _ProductStackSynthesizer(parent, asset_bucket, memory_limit=memory_limit,
                                                    server_side_encryption=server_side_encryption,
                                                    server_side_encryption_aws_kms_key_id=(
                                                        server_side_encryption_aws_kms_key_id))
        self.synthesizer.bind(self)
        self.template_file: str = f"{Names.unique_id(self)}.product.template.json"
        self.asset_bucket = asset_bucket
        self._product_parent = parent
        self._parent_history: ProductStackHistory | None = None
        self._memory_limit = memory_limit
        self._server_side_encryption = server_side_encryption
        self._server_side_encryption_aws_kms_key_id = server_side_encryption_aws_kms_key_id
        self._product_template_url = Lazy.uncached_string(lambda ctx=None: self._publish_template())

    def _take_stage_environment(self) -> None:
        """aws-cdk-lib's product stack is a stack without ``env``: its environment is its stage's, not its parent
        stack's (so, e.g., its partition stays ``AWS::Partition`` under ``@aws-cdk/core:enablePartitionLiterals``)."""
        from constructs import Aws, Token

        stage = self._parent_stage()
        account, region = getattr(stage, "account", None), getattr(stage, "region", None)
        self._explicit_account = account if account is not None and not Token.is_unresolved(account) else None
        self._explicit_region = region if region is not None and not Token.is_unresolved(region) else None
        self.account: str = account if account is not None else Aws.ACCOUNT_ID
        self.region: str = region if region is not None else Aws.REGION
        self.environment: str = (f"aws://{self._explicit_account or 'unknown-account'}/"
                            f"{self._explicit_region or 'unknown-region'}")

    def _template_text(self, template: dict[str, Any]) -> str:
        """Two-space JSON, as aws-cdk-lib writes (and hashes) a product stack's template."""
        return json_writer.manifest_json(template)

    def _set_template(self, template: dict[str, Any]) -> bool:
        import hashlib

        text = self._template_text(template)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()
        changed = h != self._template_hash
        self._template_hash = h
        if changed and self._parent_history is not None:
            self._parent_history._write_template_to_snapshot(text)
        return changed

    def _publish_template(self) -> str:
        location = self._product_parent.synthesizer.add_file_asset(FileAssetSource(
            packaging=FileAssetPackaging.FILE,
            source_hash=self.template_hash,
            file_name=self.template_file,
            display_name=f"{self.node.path} Template",
        ))
        return location.http_url

    def _get_template_url(self) -> str:
        return self._product_template_url

    def _get_asset_bucket(self) -> IBucket | None:
        return self.asset_bucket

    def _set_parent_product_stack_history(self, history: ProductStackHistory) -> ProductStackHistory:
        self._parent_history = history
        return history


class _ProductStackSynthesizer:
    """Assets of a product stack: published by the parent stack, copied to the asset bucket by a BucketDeployment."""

    def __init__(self, parent: Stack, asset_bucket: IBucket | None, *, memory_limit: int | None = None,
                 server_side_encryption: enum.Enum | None = None,
                 server_side_encryption_aws_kms_key_id: str | None = None) -> None:
        self._parent_synthesizer = parent.synthesizer
        self.parent_stack = parent
        self.asset_bucket = asset_bucket
        self._memory_limit = memory_limit
        self._server_side_encryption = server_side_encryption
        self._server_side_encryption_aws_kms_key_id = server_side_encryption_aws_kms_key_id
        self._parent_asset_bucket: Any = None
        self._nested_templates: dict[tuple[str, str], Any] = {}
        self.bound_stack: Stack | None = None
        if asset_bucket is not None and not Resource.is_owned_resource(asset_bucket):
            Annotations.of(parent).add_warning_v2(
                "@aws-cdk/aws-servicecatalog:assetsManuallyAddBucketPermissions",
                "[WARNING] Bucket Policy Permissions cannot be added to referenced Bucket. Please make sure your "
                "bucket has the correct permissions")

    def bind(self, stack: Stack) -> None:
        self.bound_stack = stack

    @property
    def bootstrap_qualifier(self) -> str | None:
        return self._parent_synthesizer.bootstrap_qualifier

    @property
    def lookup_role(self) -> str | None:
        return self._parent_synthesizer.lookup_role

    def add_file_asset(self, asset: Any = None, **kwargs: Any) -> Any:
        from constructs import FileAssetLocation
        from l2 import s3
        from l2 import s3_deployment as s3d

        if self.asset_bucket is None:
            raise UnscopedValidationError("An Asset Bucket must be provided to use Assets")
        asset_bucket: Any = self.asset_bucket  # an IBucket construct
        location = self.parent_stack.synthesizer.add_file_asset(asset, **kwargs)
        if self._parent_asset_bucket is None:
            bound: Any = self.bound_stack
            self._parent_asset_bucket = s3.Bucket.from_bucket_name(bound, "ParentAssetBucket",
                                                                   location.bucket_name)
        object_key = location.object_key
        source = s3d.Source.bucket(self._parent_asset_bucket, object_key)
        kms = s3d.ServerSideEncryption.AWS_KMS
        if self._server_side_encryption is kms and not self._server_side_encryption_aws_kms_key_id:
            raise UnscopedValidationError("A KMS Key must be provided to use SSE_KMS")
        if self._server_side_encryption is not kms and self._server_side_encryption_aws_kms_key_id:
            raise UnscopedValidationError("A SSE_KMS encryption must be enabled if you provide KMS Key")
        deployment = asset_bucket.node.try_find_child("ProductAssetsDeployment")
        if deployment is None:
            deployment = s3d.BucketDeployment(
                asset_bucket, "ProductAssetsDeployment", sources=[source], destination_bucket=asset_bucket,
                extract=False, prune=False, retain_on_delete=True,
                server_side_encryption=self._server_side_encryption,  # type: ignore[arg-type]
                server_side_encryption_aws_kms_key_id=self._server_side_encryption_aws_kms_key_id,
                memory_limit=self._memory_limit, output_object_keys=False)
        deployment.add_source(source)
        bucket_name = self._physical_name_of_bucket(asset_bucket)
        if not getattr(asset, "file_name", None):
            raise UnscopedValidationError("Asset file name is undefined")
        return FileAssetLocation(bucket_name=bucket_name, object_key=object_key,
                                 http_url=f"https://s3.{bucket_name}/{object_key}",
                                 s3_object_url=f"s3://{bucket_name}/{object_key}")

    def _publish_nested_template(self, nested: Any) -> Any:
        """The template of a nested stack inside the product stack: an asset of the product stack (copied to the
        asset bucket), as aws-cdk-lib publishes it through the nested stack's parent's synthesizer."""
        from constructs import FileAssetPackaging, FileAssetSource

        key = (nested.template_file, nested.template_hash)
        if key not in self._nested_templates:
            self._nested_templates[key] = self.add_file_asset(FileAssetSource(
                packaging=FileAssetPackaging.FILE, source_hash=nested.template_hash, file_name=nested.template_file))
        return self._nested_templates[key]

    @staticmethod
    def _physical_name_of_bucket(bucket: Any) -> str:
        if Resource.is_owned_resource(bucket):
            name = Stack.of(bucket).resolve(bucket.node.default_child.bucket_name)
        else:
            name = bucket.bucket_name
        if name is None:
            raise UnscopedValidationError("A bucketName must be provided to use Assets")
        return name

    def add_docker_image_asset(self, asset: Any = None, **kwargs: Any) -> Any:
        raise UnscopedValidationError("Service Catalog Product Stacks cannot use Assets")

    def __getattr__(self, name: str) -> Any:
        # everything else (the synthesis interface of a nested stack's synthesizer) as the parent's would do it
        return getattr(self._parent_synthesizer, name)


@structs.frozen(kw_only=True)
class ProductStackHistoryProps:
    """Props of ``ProductStackHistory`` (see its arguments)."""

    current_version_locked: bool
    current_version_name: str
    product_stack: ProductStack
    description: str | None = None
    directory: str | None = None
    validate_template: bool | None = None


class ProductStackHistory(Construct):
    """Keeps each version of a ``ProductStack``'s template as a snapshot file, so older versions stay deployable.

    Args:
        product_stack: the product stack.
        current_version_name: the name of its current version.
        current_version_locked: refuse a changed template for an existing snapshot of the current version.
        description: the versions' description.
        directory: where snapshots are written (default ``product-stack-snapshots``).
        validate_template: let Service Catalog validate the templates (default true).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-servicecatalog.ProductStackHistory"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        current_version_locked: bool,
        current_version_name: str,
        product_stack: ProductStack,
        description: str | None = None,
        directory: str | None = None,
        validate_template: bool | None = None,
    ) -> None:
        super().__init__(scope, id)
        product_stack._set_parent_product_stack_history(self)
        self.props: ProductStackHistoryProps = ProductStackHistoryProps(
            current_version_locked=current_version_locked, current_version_name=current_version_name,
            product_stack=product_stack, description=description, directory=directory,
            validate_template=validate_template)

    def current_version(self) -> CloudFormationProductVersion:
        """The current version of the product stack."""
        return CloudFormationProductVersion(
            cloud_formation_template=CloudFormationTemplate.from_product_stack(self.props.product_stack),
            product_version_name=self.props.current_version_name,
            description=self.props.description,
        )

    def version_from_snapshot(self, product_version_name: str) -> CloudFormationProductVersion:
        """A version from its snapshot file.

        Raises:
            ValidationError: when the snapshot does not exist.
        """
        directory = self.props.directory or DEFAULT_PRODUCT_STACK_SNAPSHOT_DIRECTORY
        key = self._snapshot_key(product_version_name)
        path = os.path.join(directory, key)
        if not os.path.exists(path):
            raise ValidationError(f"Template {key} cannot be found in {directory}", self)
        return CloudFormationProductVersion(
            cloud_formation_template=CloudFormationTemplate.from_asset(path),
            product_version_name=product_version_name,
            description=self.props.description,
        )

    def _snapshot_key(self, version: str) -> str:
        return f"{Names.unique_id(self)}.{self.props.product_stack.artifact_id}.{version}.product.template.json"

    def _write_template_to_snapshot(self, text: str) -> None:
        directory = self.props.directory or DEFAULT_PRODUCT_STACK_SNAPSHOT_DIRECTORY
        os.makedirs(directory, exist_ok=True)
        version = self.props.current_version_name
        path = os.path.join(directory, self._snapshot_key(version))
        if os.path.exists(path) and self.props.current_version_locked:
            with open(path, encoding="utf-8") as f:
                if f.read() != text:
                    raise ValidationError(
                        f"Template has changed for ProductStack Version {version}.\n        {version} already exist "
                        f"in {directory}.\n        Since locked has been set to true, Either update the "
                        "currentVersionName to deploy a new version or deploy the existing ProductStack snapshot.\n"
                        f"        If {version} was unintentionally synthesized and not deployed,\n        delete the "
                        f"corresponding version from {directory} and redeploy.", self)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
