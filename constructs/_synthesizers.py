"""Stack synthesizers: what a stack needs from the bootstrap environment and how its artifact is described."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._private.json_writer import compact_json

if TYPE_CHECKING:
    from ._stack import Stack

DEFAULT_QUALIFIER = "hnb659fds"
BOOTSTRAP_VERSION_PARAMETER = "BootstrapVersion"
MIN_BOOTSTRAP_VERSION = 6
MIN_LOOKUP_ROLE_BOOTSTRAP_VERSION = 8


class StackSynthesizer:
    """Base synthesizer: binds to one stack and describes its artifact."""

    def __init__(self) -> None:
        self._stack: Stack | None = None

    def bind(self, stack: Stack) -> None:
        """Attach to ``stack`` (a synthesizer serves one stack)."""
        if self._stack is not None and self._stack is not stack:
            raise ValueError("A StackSynthesizer can only be used for one Stack: create a new instance to use with a different Stack")
        self._stack = stack

    @property
    def bound_stack(self) -> Stack:
        assert self._stack is not None, "synthesizer not bound to a stack"
        return self._stack

    def _synthesis_add_template_additions(self) -> None:
        """Add the parameters/rules this synthesizer needs (called at synthesis; ``SynthesisSynthesizer``)."""

    def _synthesis_file_assets_bucket(self) -> str | None:
        """The file assets bucket name (qualifier substituted, ``${AWS::...}`` kept); None without asset support."""
        return None

    def _artifact_properties(self, template_hash: str) -> dict[str, Any]:
        """The ``properties`` of the stack artifact, after ``templateFile`` and ``terminationProtection``."""
        return {}

    def _template_destinations(self, template_hash: str) -> dict[str, Any] | None:
        """Where the template itself is published (None: not published)."""
        return None

    @property
    def bootstrap_qualifier(self) -> str | None:
        return None

    def add_file_asset(self, asset: Any = None, **kwargs: Any) -> Any:
        """Register a file asset; returns its ``FileAssetLocation``."""
        raise NotImplementedError(f"{type(self).__name__} does not support file assets")

    def add_docker_image_asset(self, asset: Any = None, **kwargs: Any) -> Any:
        """Register a Docker image asset; returns its ``DockerImageAssetLocation``."""
        raise NotImplementedError(f"{type(self).__name__} does not support Docker image assets")


def _cfnify(s: str) -> str:
    """A string with ``${...}`` placeholders becomes ``Fn::Sub``; a plain string stays plain."""
    if "${" in s:
        from ._fn import Fn

        return Fn.sub(s)
    return s


def _env_placeholders(stack: Stack, s: str) -> str:
    acc, reg = stack._synthesis_known_env()
    if acc is not None:
        s = s.replace("${AWS::AccountId}", acc)
    if reg is not None:
        s = s.replace("${AWS::Region}", reg)
    return s


class DefaultStackSynthesizer(StackSynthesizer):
    """Uses the resources of ``cdk bootstrap`` (modern bootstrap, qualifier ``hnb659fds``)."""

    DEFAULT_QUALIFIER = DEFAULT_QUALIFIER
    DEFAULT_FILE_ASSETS_BUCKET_NAME = "cdk-${Qualifier}-assets-${AWS::AccountId}-${AWS::Region}"
    DEFAULT_IMAGE_ASSETS_REPOSITORY_NAME = "cdk-${Qualifier}-container-assets-${AWS::AccountId}-${AWS::Region}"
    DEFAULT_DEPLOY_ROLE_ARN = (
        "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-deploy-role-${AWS::AccountId}-${AWS::Region}"
    )
    DEFAULT_CLOUDFORMATION_ROLE_ARN = (
        "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-cfn-exec-role-${AWS::AccountId}-${AWS::Region}"
    )
    DEFAULT_FILE_ASSET_PUBLISHING_ROLE_ARN = (
        "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-file-publishing-role-${AWS::AccountId}-${AWS::Region}"
    )
    DEFAULT_IMAGE_ASSET_PUBLISHING_ROLE_ARN = (
        "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-image-publishing-role-${AWS::AccountId}-${AWS::Region}"
    )
    DEFAULT_LOOKUP_ROLE_ARN = (
        "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-lookup-role-${AWS::AccountId}-${AWS::Region}"
    )
    DEFAULT_BOOTSTRAP_STACK_VERSION_SSM_PARAMETER = "/cdk-bootstrap/${Qualifier}/version"
    DEFAULT_FILE_ASSET_KEY_ARN_EXPORT_NAME = "CdkBootstrap-${Qualifier}-FileAssetKeyArn"

    def __init__(
        self,
        *,
        qualifier: str | None = None,
        file_assets_bucket_name: str | None = None,
        image_assets_repository_name: str | None = None,
        deploy_role_arn: str | None = None,
        cloud_formation_execution_role: str | None = None,
        file_asset_publishing_role_arn: str | None = None,
        image_asset_publishing_role_arn: str | None = None,
        lookup_role_arn: str | None = None,
        use_lookup_role_for_stack_operations: bool | None = None,
        bootstrap_stack_version_ssm_parameter: str | None = None,
        generate_bootstrap_version_rule: bool | None = None,
        bucket_prefix: str | None = None,
        docker_tag_prefix: str | None = None,
        deploy_role_external_id: str | None = None,
        file_asset_publishing_external_id: str | None = None,
        image_asset_publishing_external_id: str | None = None,
        lookup_role_external_id: str | None = None,
        deploy_role_additional_options: Any = None,
        file_asset_publishing_role_additional_options: Any = None,
        image_asset_publishing_role_additional_options: Any = None,
        lookup_role_additional_options: Any = None,
    ) -> None:
        super().__init__()
        self._qualifier_arg = qualifier
        self.file_assets_bucket_name_template = file_assets_bucket_name or self.DEFAULT_FILE_ASSETS_BUCKET_NAME
        self.image_assets_repository_name_template = (
            image_assets_repository_name or self.DEFAULT_IMAGE_ASSETS_REPOSITORY_NAME
        )
        self.deploy_role_arn_template = deploy_role_arn or self.DEFAULT_DEPLOY_ROLE_ARN
        self.cfn_exec_role_arn_template = cloud_formation_execution_role or self.DEFAULT_CLOUDFORMATION_ROLE_ARN
        self.file_publishing_role_template = file_asset_publishing_role_arn or self.DEFAULT_FILE_ASSET_PUBLISHING_ROLE_ARN
        self.image_publishing_role_template = (
            image_asset_publishing_role_arn or self.DEFAULT_IMAGE_ASSET_PUBLISHING_ROLE_ARN
        )
        self.lookup_role_arn_template = lookup_role_arn or self.DEFAULT_LOOKUP_ROLE_ARN
        self.bootstrap_ssm_template = (
            bootstrap_stack_version_ssm_parameter or self.DEFAULT_BOOTSTRAP_STACK_VERSION_SSM_PARAMETER
        )
        self.generate_bootstrap_version_rule = generate_bootstrap_version_rule is not False
        self.bucket_prefix = bucket_prefix or ""
        self.docker_tag_prefix = docker_tag_prefix or ""
        self.use_lookup_role_for_stack_operations = use_lookup_role_for_stack_operations is not False
        self.deploy_role_external_id = deploy_role_external_id
        self.lookup_role_external_id = lookup_role_external_id

    @property
    def qualifier(self) -> str:
        if self._qualifier_arg is not None:
            return self._qualifier_arg
        if self._stack is not None:
            q = self._stack.node.try_get_context("@aws-cdk/core:bootstrapQualifier")
            if q:
                return q
        return DEFAULT_QUALIFIER

    @property
    def bootstrap_qualifier(self) -> str | None:
        return self.qualifier

    def _sub(self, template: str) -> str:
        return template.replace("${Qualifier}", self.qualifier)

    def _specialize(self, template: str) -> str:
        return _env_placeholders(self.bound_stack, self._sub(template))

    @property
    def bucket_name(self) -> str:
        """The file-assets bucket name with qualifier and known env substituted."""
        return self._specialize(self.file_assets_bucket_name_template)

    @property
    def lookup_role_arn(self) -> str:
        """The lookup role ARN with qualifier and known env substituted."""
        return self._specialize(self.lookup_role_arn_template)

    @property
    def bootstrap_stack_version_ssm_parameter(self) -> str:
        return self._sub(self.bootstrap_ssm_template)

    def _synthesis_file_assets_bucket(self) -> str | None:
        return self._sub(self.file_assets_bucket_name_template)

    def _synthesis_add_template_additions(self) -> None:
        if not self.generate_bootstrap_version_rule:
            return
        stack = self.bound_stack
        if stack.node.try_find_child(BOOTSTRAP_VERSION_PARAMETER) is not None:
            return
        add_bootstrap_version_rule(stack, MIN_BOOTSTRAP_VERSION, self.bootstrap_stack_version_ssm_parameter)

    def _artifact_properties(self, template_hash: str) -> dict[str, Any]:
        stack = self.bound_stack
        ssm = self.bootstrap_stack_version_ssm_parameter
        props: dict[str, Any] = {
            "validateOnSynth": False,
            "assumeRoleArn": self._specialize(self.deploy_role_arn_template),
            "cloudFormationExecutionRoleArn": self._specialize(self.cfn_exec_role_arn_template),
            "stackTemplateAssetObjectUrl": f"s3://{self.bucket_name}/{self.bucket_prefix}{template_hash}.json",
            "requiresBootstrapStackVersion": MIN_BOOTSTRAP_VERSION,
            "bootstrapStackVersionSsmParameter": ssm,
            "additionalDependencies": [f"{stack.artifact_id}.assets"],
        }
        if self.use_lookup_role_for_stack_operations:
            lookup: dict[str, Any] = {
                "arn": self._specialize(self.lookup_role_arn_template),
                "requiresBootstrapStackVersion": MIN_LOOKUP_ROLE_BOOTSTRAP_VERSION,
                "bootstrapStackVersionSsmParameter": ssm,
            }
            if self.lookup_role_external_id:
                lookup["assumeRoleExternalId"] = self.lookup_role_external_id
            props["lookupRole"] = lookup
        return props

    def _template_destinations(self, template_hash: str) -> dict[str, Any] | None:
        return self._file_destination(f"{self.bucket_prefix}{template_hash}.json")

    def _file_destination(self, object_key: str) -> dict[str, Any]:
        dest: dict[str, Any] = {"bucketName": self.bucket_name, "objectKey": object_key}
        region = self.bound_stack._synthesis_known_env()[1]
        if region is not None:
            dest["region"] = region
        dest["assumeRoleArn"] = self._specialize(self.file_publishing_role_template)
        return dest

    def add_file_asset(self, asset: Any = None, **kwargs: Any) -> Any:
        """Register a file asset in the stack's asset manifest; returns its ``FileAssetLocation``."""
        from ._assets import FileAssetLocation, FileAssetPackaging, FileAssetSource

        src: FileAssetSource = asset if asset is not None else FileAssetSource(**kwargs)
        stack = self.bound_stack
        packaging = src.packaging or FileAssetPackaging.FILE
        if packaging is FileAssetPackaging.ZIP_DIRECTORY:
            ext = ".zip"
        else:
            import os

            ext = os.path.splitext(src.file_name or "")[1]
        object_key = f"{self.bucket_prefix}{src.source_hash}{ext}"
        dest = self._file_destination(object_key)
        entry: dict[str, Any] = {}
        if src.display_name is not None:
            entry["displayName"] = src.display_name
        source: dict[str, Any] = {}
        if src.executable:
            source["executable"] = list(src.executable)
        else:
            source["path"] = src.file_name
            source["packaging"] = packaging.value
        entry["source"] = source
        entry["destinations"] = {destination_key(stack, dest): dest}
        assets = stack.__dict__.setdefault("_file_assets", [])
        if not any(a["hash"] == src.source_hash for a in assets):
            assets.append({"hash": src.source_hash, "entry": entry})
        bucket_tpl = self._specialize(self.file_assets_bucket_name_template)
        bucket = _cfnify(bucket_tpl)
        return FileAssetLocation(
            bucket_name=bucket,
            object_key=object_key,
            http_url=_cfnify(
                f"https://s3.{stack._synthesis_known_env()[1] or '${AWS::Region}'}.${{AWS::URLSuffix}}/{bucket_tpl}/"
                f"{object_key}"
            ),
            s3_object_url=_cfnify(f"s3://{bucket_tpl}/{object_key}"),
            s3_object_url_with_placeholders=f"s3://{self._sub(self.file_assets_bucket_name_template)}/{object_key}",
        )

    def add_docker_image_asset(self, asset: Any = None, **kwargs: Any) -> Any:
        """List a Docker image asset in the stack's asset manifest (pycdk does not build images)."""
        from ._assets import DockerImageAssetLocation, DockerImageAssetSource

        src: DockerImageAssetSource = asset if asset is not None else DockerImageAssetSource(**kwargs)
        stack = self.bound_stack
        repo_tpl = self._specialize(self.image_assets_repository_name_template)
        tag = f"{self.docker_tag_prefix}{src.source_hash}"
        dest: dict[str, Any] = {"repositoryName": repo_tpl, "imageTag": tag}
        region = stack._synthesis_known_env()[1]
        if region is not None:
            dest["region"] = region
        dest["assumeRoleArn"] = self._specialize(self.image_publishing_role_template)
        source: dict[str, Any] = {}
        if src.executable:
            source["executable"] = list(src.executable)
        else:
            source["directory"] = src.directory_name
            for key, value in (
                ("dockerBuildArgs", src.docker_build_args),
                ("dockerBuildTarget", src.docker_build_target),
                ("dockerFile", src.docker_file),
                ("networkMode", src.network_mode),
                ("platform", src.platform),
            ):
                if value is not None:
                    source[key] = dict(value) if isinstance(value, Mapping) else value
        entry: dict[str, Any] = {}
        if src.display_name is not None:
            entry["displayName"] = src.display_name
        entry["source"] = source
        entry["destinations"] = {destination_key(stack, dest): dest}
        images = stack.__dict__.setdefault("_docker_assets", [])
        if not any(a["hash"] == src.source_hash for a in images):
            images.append({"hash": src.source_hash, "entry": entry})
        repo = _cfnify(repo_tpl)
        known_account, known_region = stack._synthesis_known_env()
        account = known_account or "${AWS::AccountId}"
        region = known_region or "${AWS::Region}"
        uri = _cfnify(f"{account}.dkr.ecr.{region}.${{AWS::URLSuffix}}/{repo_tpl}:{tag}")
        return DockerImageAssetLocation(image_uri=uri, repository_name=repo, image_tag=tag)


class CliCredentialsStackSynthesizer(DefaultStackSynthesizer):
    """Like the default synthesizer, but deploys with the CLI's credentials (no roles, no version rule)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("generate_bootstrap_version_rule", False)
        super().__init__(**kwargs)

    def _artifact_properties(self, template_hash: str) -> dict[str, Any]:
        props = super()._artifact_properties(template_hash)
        for k in ("assumeRoleArn", "cloudFormationExecutionRoleArn", "lookupRole"):
            props.pop(k, None)
        return props

    def _template_destinations(self, template_hash: str) -> dict[str, Any] | None:
        d = super()._template_destinations(template_hash)
        assert d is not None
        d.pop("assumeRoleArn", None)
        return d


class LegacyStackSynthesizer(StackSynthesizer):
    """The v1 synthesizer: no bootstrap version check, assets through parameters."""


class BootstraplessSynthesizer(DefaultStackSynthesizer):
    """A synthesizer for stacks that cannot rely on bootstrap resources."""

    def __init__(self, *, cloud_formation_execution_role_arn: str | None = None, deploy_role_arn: str | None = None) -> None:
        super().__init__(
            deploy_role_arn=deploy_role_arn,
            cloud_formation_execution_role=cloud_formation_execution_role_arn,
            generate_bootstrap_version_rule=False,
        )


class NestedStackSynthesizer(StackSynthesizer):
    """Synthesizer of nested stacks: their templates are file assets of the parent."""

    def __init__(self, parent_deployment: StackSynthesizer) -> None:
        super().__init__()
        self.parent_deployment = parent_deployment


def add_bootstrap_version_rule(stack: Stack, required_version: int, ssm_parameter: str) -> None:
    """Add the ``BootstrapVersion`` parameter and the ``CheckBootstrapVersion`` rule to a stack."""
    from ._cfn_parameter import CfnParameter
    from ._cfn_rule import CfnRule
    from ._fn import Fn

    param = CfnParameter(
        stack,
        BOOTSTRAP_VERSION_PARAMETER,
        type="AWS::SSM::Parameter::Value<String>",
        description=(
            "Version of the CDK Bootstrap resources in this environment, automatically retrieved from SSM "
            "Parameter Store. [cdk:skip]"
        ),
        default=ssm_parameter,
    )
    old_versions = [str(i) for i in range(1, required_version)]
    rule = CfnRule(stack, "CheckBootstrapVersion")
    stack._synthesis_record_additions(param, rule)
    rule.add_assertion(
        Fn.condition_not(Fn.condition_contains(old_versions, param.value_as_string)),
        f"CDK bootstrap stack version {required_version} required. Please run 'cdk bootstrap' with a recent "
        "version of the CDK CLI.",
    )


def destination_key(stack: Stack, destination: dict[str, Any]) -> str:
    """``<account|current_account>-<region|current_region>-<sha256(json)[:8]>``."""
    known_account, known_region = stack._synthesis_known_env()
    acc = known_account or "current_account"
    reg = known_region or "current_region"
    digest = hashlib.sha256(compact_json(destination).encode("utf-8")).hexdigest()[:8]
    return f"{acc}-{reg}-{digest}"
