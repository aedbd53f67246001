"""Stack synthesizers: what a stack needs from the bootstrap environment and how its artifact is described."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs._private import structs

from ._private.json_writer import compact_json

if TYPE_CHECKING:
    from ._assets import (
        DockerImageAssetLocation,
        DockerImageAssetSource,
        FileAssetLocation,
        FileAssetPackaging,
        FileAssetSource,
    )
    from ._bundling import DockerCacheOption
    from ._stack import Stack

DEFAULT_QUALIFIER = "hnb659fds"
BOOTSTRAP_VERSION_PARAMETER = "BootstrapVersion"
MIN_BOOTSTRAP_VERSION = 6
MIN_LOOKUP_ROLE_BOOTSTRAP_VERSION = 8
MIN_SESSION_TAGS_BOOTSTRAP_VERSION = 22


def _options(value: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """A copy of additional STS options (written to the manifest as given)."""
    return None if value is None else dict(value)


def docker_image_source_entry(src: DockerImageAssetSource) -> dict[str, Any]:
    """The ``source`` of a Docker image entry of the asset manifest (aws-cdk-lib's key order)."""
    if src.executable:
        return {"executable": list(src.executable)}
    source: dict[str, Any] = {"directory": src.directory_name}
    for key, value in (
        ("dockerBuildArgs", src.docker_build_args),
        ("dockerBuildContexts", src.docker_build_contexts),
        ("dockerBuildSecrets", src.docker_build_secrets),
        ("dockerBuildSsh", src.docker_build_ssh),
        ("dockerBuildTarget", src.docker_build_target),
        ("dockerFile", src.docker_file),
        ("networkMode", src.network_mode),
        ("platform", src.platform),
        ("dockerOutputs", src.docker_outputs),
        ("cacheFrom", src.docker_cache_from),
        ("cacheTo", src.docker_cache_to),
        ("cacheDisabled", src.docker_cache_disabled),
    ):
        if value is None:
            continue
        rendered: Any = value
        if isinstance(value, Mapping):
            rendered = dict(value)
        elif key == "cacheFrom":
            rendered = [_cache_option(v) for v in value]  # type: ignore[union-attr]
        elif key == "cacheTo":
            rendered = _cache_option(value)
        elif isinstance(value, (list, tuple)):
            rendered = list(value)
        source[key] = rendered
    return source


def _cache_option(option: Any) -> dict[str, Any]:
    if isinstance(option, Mapping):
        return dict(option)
    out: dict[str, Any] = {"type": option.type}
    if option.params is not None:
        out["params"] = dict(option.params)
    return out


@runtime_checkable
class ISynthesisSession(Protocol):
    """What a synthesizer is given at synthesis: the output directory and the assembly being built."""

    @property
    def outdir(self) -> str: ...

    @property
    def assembly(self) -> Any: ...

    @property
    def validate_on_synth(self) -> bool | None: ...


@runtime_checkable
class IStackSynthesizer(Protocol):
    """A stack synthesizer: binds to a stack, registers its assets and writes its artifact."""

    @property
    def bootstrap_qualifier(self) -> str | None: ...

    @property
    def cloud_formation_execution_role(self) -> str | None: ...

    @property
    def lookup_role(self) -> str | None: ...

    def bind(self, stack: Stack) -> None: ...

    def add_file_asset(
        self,
        asset: FileAssetSource | None = None,
        *,
        source_hash: str | None = None,
        deploy_time: bool | None = None,
        display_name: str | None = None,
        executable: Sequence[str] | None = None,
        file_name: str | None = None,
        packaging: FileAssetPackaging | None = None,
    ) -> FileAssetLocation: ...

    def add_docker_image_asset(
        self,
        asset: DockerImageAssetSource | None = None,
        *,
        source_hash: str | None = None,
        asset_name: str | None = None,
        directory_name: str | None = None,
        display_name: str | None = None,
        docker_build_args: Mapping[str, str] | None = None,
        docker_build_contexts: Mapping[str, str] | None = None,
        docker_build_secrets: Mapping[str, str] | None = None,
        docker_build_ssh: str | None = None,
        docker_build_target: str | None = None,
        docker_cache_disabled: bool | None = None,
        docker_cache_from: Sequence[DockerCacheOption] | None = None,
        docker_cache_to: DockerCacheOption | None = None,
        docker_file: str | None = None,
        docker_outputs: Sequence[str] | None = None,
        executable: Sequence[str] | None = None,
        network_mode: str | None = None,
        platform: str | None = None,
    ) -> DockerImageAssetLocation: ...

    def synthesize(self, session: ISynthesisSession) -> None: ...


@runtime_checkable
class IBoundStackSynthesizer(IStackSynthesizer, Protocol):
    """A synthesizer bound to one stack (what ``IReusableStackSynthesizer.reusable_bind`` returns)."""


@runtime_checkable
class IReusableStackSynthesizer(IStackSynthesizer, Protocol):
    """A synthesizer that can serve several stacks: ``reusable_bind`` gives a copy bound to one of them."""

    def reusable_bind(self, stack: Stack) -> IBoundStackSynthesizer: ...


@structs.frozen(kw_only=True)
class DefaultStackSynthesizerProps:
    """The initialisation options of ``DefaultStackSynthesizer``.

    The names and ARNs may hold the placeholders ``${Qualifier}``, ``${AWS::AccountId}``, ``${AWS::Region}`` and
    ``${AWS::Partition}``; each defaults to the resource of that name in the bootstrap stack.

    Args:
        qualifier: the bootstrap qualifier (default ``hnb659fds``, or the ``@aws-cdk/core:bootstrapQualifier``
            context value).
        file_assets_bucket_name / bucket_prefix: the bucket file assets are published to, and a key prefix.
        image_assets_repository_name / docker_tag_prefix: the ECR repository image assets are pushed to, and
            a tag prefix.
        deploy_role_arn / deploy_role_external_id / deploy_role_additional_options: the role the CLI assumes
            to deploy, its external id and further ``AssumeRole`` options.
        cloud_formation_execution_role: the role CloudFormation deploys with.
        file_asset_publishing_role_arn / file_asset_publishing_external_id /
            file_asset_publishing_role_additional_options: the role that publishes file assets.
        image_asset_publishing_role_arn / image_asset_publishing_external_id /
            image_asset_publishing_role_additional_options: the role that publishes image assets.
        lookup_role_arn / lookup_role_external_id / lookup_role_additional_options: the role context lookups
            assume.
        use_lookup_role_for_stack_operations: let the CLI read stacks (diff) with the lookup role (default True).
        bootstrap_stack_version_ssm_parameter: the SSM parameter holding the bootstrap version.
        generate_bootstrap_version_rule: add the ``CheckBootstrapVersion`` rule to each template (default True).
    """

    bootstrap_stack_version_ssm_parameter: str | None = None
    bucket_prefix: str | None = None
    cloud_formation_execution_role: str | None = None
    deploy_role_additional_options: Mapping[str, object] | None = None
    deploy_role_arn: str | None = None
    deploy_role_external_id: str | None = None
    docker_tag_prefix: str | None = None
    file_asset_publishing_external_id: str | None = None
    file_asset_publishing_role_additional_options: Mapping[str, object] | None = None
    file_asset_publishing_role_arn: str | None = None
    file_assets_bucket_name: str | None = None
    generate_bootstrap_version_rule: bool | None = None
    image_asset_publishing_external_id: str | None = None
    image_asset_publishing_role_additional_options: Mapping[str, object] | None = None
    image_asset_publishing_role_arn: str | None = None
    image_assets_repository_name: str | None = None
    lookup_role_additional_options: Mapping[str, object] | None = None
    lookup_role_arn: str | None = None
    lookup_role_external_id: str | None = None
    qualifier: str | None = None
    use_lookup_role_for_stack_operations: bool | None = None


@structs.frozen(kw_only=True)
class BootstraplessSynthesizerProps:
    """The initialisation options of ``BootstraplessSynthesizer``.

    Args:
        cloud_formation_execution_role_arn: the role CloudFormation acts as while deploying (default the caller's).
        deploy_role_arn: the role the CLI assumes to deploy (default the CLI's credentials).
        qualifier: the bootstrap qualifier used in the role names (default none).
    """

    cloud_formation_execution_role_arn: str | None = None
    deploy_role_arn: str | None = None
    qualifier: str | None = None


@structs.frozen(kw_only=True)
class CliCredentialsStackSynthesizerProps:
    """The initialisation options of ``CliCredentialsStackSynthesizer``.

    See ``CliCredentialsStackSynthesizer`` for each keyword argument.
    """

    bucket_prefix: str | None = None
    docker_tag_prefix: str | None = None
    file_assets_bucket_name: str | None = None
    image_assets_repository_name: str | None = None
    qualifier: str | None = None


@structs.frozen(kw_only=True)
class SynthesizeStackArtifactOptions:
    """The deployment properties a synthesizer writes into a stack artifact of the manifest.

    Args:
        additional_dependencies: other artifacts this stack depends on (default none).
        assume_role_additional_options: extra options of the deploy role's ``AssumeRole`` call (default none).
        assume_role_arn: the role the CLI assumes to deploy the stack (default the CLI's credentials).
        assume_role_external_id: the external id for assuming that role (default none).
        bootstrap_stack_version_ssm_parameter: the SSM parameter holding the bootstrap stack's version (checked before
            deploying).
        cloud_formation_execution_role_arn: the role CloudFormation acts as while deploying (default the caller's).
        lookup_role: the role used for context lookups (default none).
        parameters: values of the template's parameters (default none).
        requires_bootstrap_stack_version: the lowest bootstrap stack version the deployment needs (default none).
        stack_template_asset_object_url: where the template is uploaded, if it is deployed from S3 (default inline).
    """

    additional_dependencies: Sequence[str] | None = None
    assume_role_additional_options: Mapping[str, object] | None = None
    assume_role_arn: str | None = None
    assume_role_external_id: str | None = None
    bootstrap_stack_version_ssm_parameter: str | None = None
    cloud_formation_execution_role_arn: str | None = None
    lookup_role: Mapping[str, object] | None = None
    parameters: Mapping[str, str] | None = None
    requires_bootstrap_stack_version: int | None = None
    stack_template_asset_object_url: str | None = None


def _file_source(asset: Any, kwargs: dict[str, Any]) -> FileAssetSource:
    from ._assets import FileAssetSource

    if asset is not None:
        return asset  # type: ignore[no-any-return]
    return FileAssetSource(**{k: v for k, v in kwargs.items() if v is not None})


def _image_source(asset: Any, kwargs: dict[str, Any]) -> DockerImageAssetSource:
    from ._assets import DockerImageAssetSource

    if asset is not None:
        return asset  # type: ignore[no-any-return]
    return DockerImageAssetSource(**{k: v for k, v in kwargs.items() if v is not None})


class StackSynthesizer:
    """Base synthesizer: binds to one stack and describes its artifact."""

    def __init__(self) -> None:
        self._stack: Stack | None = None

    def bind(self, stack: Stack) -> None:
        """Attach to ``stack`` (a synthesizer serves one stack)."""
        if self._stack is not None and self._stack is not stack:
            raise ValueError("A StackSynthesizer can only be used for one Stack: create a new instance to use with a different Stack")
        self._stack = stack

    def _unbound_copy(self) -> Any:
        """A shallow copy of this synthesizer, bound to no stack."""
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone.__dict__["_stack"] = None
        return clone

    @property
    def bound_stack(self) -> Stack:
        assert self._stack is not None, "synthesizer not bound to a stack"
        return self._stack

    def _synthesis_add_template_additions(self) -> None:
        """Add the parameters/rules this synthesizer needs (called at synthesis; ``SynthesisSynthesizer``)."""

    def _synthesis_file_assets_bucket(self) -> str | None:
        """The file assets bucket name (qualifier substituted, ``${AWS::...}`` kept); None without asset support."""
        return None

    def _synthesis_emits_asset_manifest(self) -> bool:
        """Whether the stack artifact comes with an asset manifest (``<artifact id>.assets``)."""
        return True

    def _artifact_properties(self, template_hash: str) -> dict[str, Any]:
        """The ``properties`` of the stack artifact, after ``templateFile`` and ``terminationProtection``."""
        return {}

    def _template_destinations(self, template_hash: str) -> dict[str, Any] | None:
        """Where the template itself is published (None: not published)."""
        return None

    @property
    def bootstrap_qualifier(self) -> str | None:
        """The qualifier of the bootstrap resources (None: the synthesizer uses none)."""
        return None

    @property
    def cloud_formation_execution_role(self) -> str | None:
        """The role CloudFormation deploys with (None: the CLI's credentials or the deploy role)."""
        return None

    @property
    def lookup_role(self) -> str | None:
        """The role context lookups assume (None: the CLI's credentials)."""
        return None

    def synthesize(self, session: ISynthesisSession) -> None:
        """Write the bound stack's artifact as this synthesizer does by default.

        pycdk's synthesis adds the synthesizer's template elements (bootstrap version parameter and rule) before
        rendering and writes the template itself; it calls ``synthesize`` of a synthesizer class that overrides
        it, with the session of the assembly being written. Called outside synthesis (no such session), this
        adds the template elements.
        """
        emit = getattr(session, "emit_stack", None)
        if emit is not None:
            emit(None)
        else:
            self._synthesis_add_template_additions()

    # -- aws-cdk-lib's protected members, for synthesizers that override ``synthesize`` ----------------------
    @property
    def _bound_stack(self) -> Stack:
        """``bound_stack`` under aws-cdk-lib's protected name."""
        return self.bound_stack

    def _synthesize_template(
        self,
        session: ISynthesisSession,
        lookup_role_arn: str | None = None,
        lookup_role_external_id: str | None = None,
        lookup_role_additional_options: Mapping[str, Any] | None = None,
    ) -> FileAssetSource:
        """The bound stack's template file as an asset source (pycdk's synthesis has written the template).

        Args:
            session: the synthesis session.
            lookup_role_arn: the role context lookups assume (recorded by aws-cdk-lib for lookups).
            lookup_role_external_id: the external id of the lookup role.
            lookup_role_additional_options: more options of assuming the lookup role.
        """
        import os

        from ._assets import FileAssetPackaging, FileAssetSource

        stack = self.bound_stack
        with open(os.path.join(session.outdir, stack.template_file), "rb") as f:
            source_hash = hashlib.sha256(f.read()).hexdigest()
        return FileAssetSource(file_name=stack.template_file, packaging=FileAssetPackaging.FILE,
                               source_hash=source_hash)

    def _synthesize_stack_template(self, stack: Stack, session: ISynthesisSession) -> None:
        """Write ``stack``'s template (pycdk's synthesis has written it: nothing to do)."""

    def _emit_artifact(
        self,
        session: ISynthesisSession,
        *,
        additional_dependencies: Sequence[str] | None = None,
        assume_role_additional_options: Mapping[str, Any] | None = None,
        assume_role_arn: str | None = None,
        assume_role_external_id: str | None = None,
        bootstrap_stack_version_ssm_parameter: str | None = None,
        cloud_formation_execution_role_arn: str | None = None,
        lookup_role: Mapping[str, Any] | None = None,
        parameters: Mapping[str, str] | None = None,
        requires_bootstrap_stack_version: int | float | None = None,
        stack_template_asset_object_url: str | None = None,
    ) -> None:
        """Add the bound stack's artifact to the assembly, with these deployment options (no asset manifest).

        Args:
            session: the synthesis session.
            additional_dependencies: more artifact ids the stack artifact depends on.
            assume_role_additional_options: more options of assuming the deploy role.
            assume_role_arn: the role the CLI assumes to deploy.
            assume_role_external_id: the external id of the deploy role.
            bootstrap_stack_version_ssm_parameter: the SSM parameter holding the bootstrap stack version.
            cloud_formation_execution_role_arn: the role CloudFormation deploys with.
            lookup_role: the role context lookups assume.
            parameters: template parameter values.
            requires_bootstrap_stack_version: the minimum bootstrap stack version.
            stack_template_asset_object_url: where the template is published.
        """
        options = {
            "stackTemplateAssetObjectUrl": stack_template_asset_object_url,
            "requiresBootstrapStackVersion": requires_bootstrap_stack_version,
            "bootstrapStackVersionSsmParameter": bootstrap_stack_version_ssm_parameter,
            "assumeRoleArn": assume_role_arn,
            "assumeRoleExternalId": assume_role_external_id,
            "assumeRoleAdditionalOptions": dict(assume_role_additional_options) if assume_role_additional_options
            else None,
            "cloudFormationExecutionRoleArn": cloud_formation_execution_role_arn,
            "lookupRole": dict(lookup_role) if lookup_role is not None else None,
            "parameters": dict(parameters) if parameters is not None else None,
            "additionalDependencies": list(additional_dependencies) if additional_dependencies else None,
        }
        emit = getattr(session, "emit_stack", None)
        if emit is None:
            raise ValueError("_emit_artifact needs the session of a synthesis (StackSynthesizer.synthesize's)")
        emit({k: v for k, v in options.items() if v is not None})

    def _emit_stack_artifact(self, stack: Stack, session: ISynthesisSession, **options: Any) -> None:
        """``_emit_artifact`` for ``stack`` (it must be the bound stack)."""
        if stack is not self.bound_stack:
            raise ValueError("_emit_stack_artifact: pycdk emits the artifact of the synthesizer's bound stack only")
        self._emit_artifact(session, **options)

    def add_file_asset(
        self,
        asset: FileAssetSource | None = None,
        *,
        source_hash: str | None = None,
        deploy_time: bool | None = None,
        display_name: str | None = None,
        executable: Sequence[str] | None = None,
        file_name: str | None = None,
        packaging: FileAssetPackaging | None = None,
    ) -> FileAssetLocation:
        """Register a file asset; returns its ``FileAssetLocation``."""
        raise NotImplementedError(f"{type(self).__name__} does not support file assets")

    def add_docker_image_asset(
        self,
        asset: DockerImageAssetSource | None = None,
        *,
        source_hash: str | None = None,
        asset_name: str | None = None,
        directory_name: str | None = None,
        display_name: str | None = None,
        docker_build_args: Mapping[str, str] | None = None,
        docker_build_contexts: Mapping[str, str] | None = None,
        docker_build_secrets: Mapping[str, str] | None = None,
        docker_build_ssh: str | None = None,
        docker_build_target: str | None = None,
        docker_cache_disabled: bool | None = None,
        docker_cache_from: Sequence[DockerCacheOption] | None = None,
        docker_cache_to: DockerCacheOption | None = None,
        docker_file: str | None = None,
        docker_outputs: Sequence[str] | None = None,
        executable: Sequence[str] | None = None,
        network_mode: str | None = None,
        platform: str | None = None,
    ) -> DockerImageAssetLocation:
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
    """Uses the resources of ``cdk bootstrap`` (modern bootstrap, qualifier ``hnb659fds``).

    Takes the ``DefaultStackSynthesizerProps`` keyword arguments.
    """

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
    DEFAULT_FILE_ASSET_PREFIX = ""
    DEFAULT_DOCKER_ASSET_PREFIX = ""

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
        deploy_role_additional_options: Mapping[str, object] | None = None,
        file_asset_publishing_role_additional_options: Mapping[str, object] | None = None,
        image_asset_publishing_role_additional_options: Mapping[str, object] | None = None,
        lookup_role_additional_options: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__()
        self._qualifier_arg = qualifier
        self.file_assets_bucket_name_template: str = file_assets_bucket_name or self.DEFAULT_FILE_ASSETS_BUCKET_NAME
        self.image_assets_repository_name_template: str = (
            image_assets_repository_name or self.DEFAULT_IMAGE_ASSETS_REPOSITORY_NAME
        )
        self.deploy_role_arn_template: str = deploy_role_arn or self.DEFAULT_DEPLOY_ROLE_ARN
        self.cfn_exec_role_arn_template: str = cloud_formation_execution_role or self.DEFAULT_CLOUDFORMATION_ROLE_ARN
        self.file_publishing_role_template: str = file_asset_publishing_role_arn or self.DEFAULT_FILE_ASSET_PUBLISHING_ROLE_ARN
        self.image_publishing_role_template: str = (
            image_asset_publishing_role_arn or self.DEFAULT_IMAGE_ASSET_PUBLISHING_ROLE_ARN
        )
        self.lookup_role_arn_template: str = lookup_role_arn or self.DEFAULT_LOOKUP_ROLE_ARN
        self.bootstrap_ssm_template: str = (
            bootstrap_stack_version_ssm_parameter or self.DEFAULT_BOOTSTRAP_STACK_VERSION_SSM_PARAMETER
        )
        self.generate_bootstrap_version_rule: bool = generate_bootstrap_version_rule is not False
        self.bucket_prefix: str = bucket_prefix or ""
        self.docker_tag_prefix: str = docker_tag_prefix or ""
        self.use_lookup_role_for_stack_operations: bool = use_lookup_role_for_stack_operations is not False
        self.deploy_role_external_id = deploy_role_external_id
        self.lookup_role_external_id = lookup_role_external_id
        self.file_asset_publishing_external_id = file_asset_publishing_external_id
        self.image_asset_publishing_external_id = image_asset_publishing_external_id
        self.deploy_role_additional_options: dict[str, Any] | None = _options(deploy_role_additional_options)
        self.file_asset_publishing_role_additional_options: dict[str, Any] | None = _options(file_asset_publishing_role_additional_options)
        self.image_asset_publishing_role_additional_options: dict[str, Any] | None = _options(image_asset_publishing_role_additional_options)
        self.lookup_role_additional_options: dict[str, Any] | None = _options(lookup_role_additional_options)

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

    @property
    def cloud_formation_execution_role_arn(self) -> str:
        """The CloudFormation execution role ARN (qualifier and the stack's known account/region substituted)."""
        return self._specialize(self.cfn_exec_role_arn_template)

    @property
    def cloud_formation_execution_role(self) -> str | None:
        return self.cloud_formation_execution_role_arn

    @property
    def deploy_role_arn(self) -> str:
        """The deploy role ARN (qualifier and the stack's known account/region substituted)."""
        return self._specialize(self.deploy_role_arn_template)

    @property
    def lookup_role(self) -> str | None:
        """The lookup role ARN (qualifier and the stack's known account/region substituted)."""
        return self._specialize(self.lookup_role_arn_template)

    def reusable_bind(self, stack: Stack) -> IBoundStackSynthesizer:
        """A copy of this synthesizer bound to ``stack`` (one synthesizer object can serve many stacks)."""
        bound = self._unbound_copy()
        bound.bind(stack)
        return bound

    def _required_version(self, options: Mapping[str, Any] | None, default: int) -> int:
        return MIN_SESSION_TAGS_BOOTSTRAP_VERSION if options and options.get("Tags") else default

    @property
    def _required_version_for_deployment(self) -> int:
        return self._required_version(self.deploy_role_additional_options, MIN_BOOTSTRAP_VERSION)

    @property
    def _required_version_for_assets(self) -> int:
        if (self.file_asset_publishing_role_additional_options or {}).get("Tags") or (
            self.image_asset_publishing_role_additional_options or {}
        ).get("Tags"):
            return MIN_SESSION_TAGS_BOOTSTRAP_VERSION
        return MIN_BOOTSTRAP_VERSION

    def _synthesis_file_assets_bucket(self) -> str | None:
        return self._sub(self.file_assets_bucket_name_template)

    def _synthesis_add_template_additions(self) -> None:
        if not self.generate_bootstrap_version_rule:
            return
        stack = self.bound_stack
        if stack.node.try_find_child(BOOTSTRAP_VERSION_PARAMETER) is not None:
            return
        add_bootstrap_version_rule(
            stack, self._required_version_for_deployment, self.bootstrap_stack_version_ssm_parameter
        )

    def _artifact_properties(self, template_hash: str) -> dict[str, Any]:
        stack = self.bound_stack
        ssm = self.bootstrap_stack_version_ssm_parameter
        props: dict[str, Any] = {"validateOnSynth": False}
        if self.deploy_role_external_id is not None:
            props["assumeRoleExternalId"] = self.deploy_role_external_id
        props["assumeRoleArn"] = self._specialize(self.deploy_role_arn_template)
        if self.deploy_role_additional_options is not None:
            props["assumeRoleAdditionalOptions"] = self.deploy_role_additional_options
        props.update(
            {
                "cloudFormationExecutionRoleArn": self._specialize(self.cfn_exec_role_arn_template),
                "stackTemplateAssetObjectUrl": f"s3://{self.bucket_name}/{self.bucket_prefix}{template_hash}.json",
                "requiresBootstrapStackVersion": self._required_version_for_deployment,
                "bootstrapStackVersionSsmParameter": ssm,
                "additionalDependencies": [f"{stack.artifact_id}.assets"],
            }
        )
        if self.use_lookup_role_for_stack_operations:
            lookup: dict[str, Any] = {"arn": self._specialize(self.lookup_role_arn_template)}
            if self.lookup_role_external_id:
                lookup["assumeRoleExternalId"] = self.lookup_role_external_id
            if self.lookup_role_additional_options is not None:
                lookup["assumeRoleAdditionalOptions"] = self.lookup_role_additional_options
            lookup["requiresBootstrapStackVersion"] = self._required_version(
                self.lookup_role_additional_options, MIN_LOOKUP_ROLE_BOOTSTRAP_VERSION
            )
            lookup["bootstrapStackVersionSsmParameter"] = ssm
            props["lookupRole"] = lookup
        return props

    def _template_destinations(self, template_hash: str) -> dict[str, Any] | None:
        return self._file_destination(f"{self.bucket_prefix}{template_hash}.json")

    def _file_destination(self, object_key: str) -> dict[str, Any]:
        dest: dict[str, Any] = {"bucketName": self.bucket_name, "objectKey": object_key}
        region = self.bound_stack._synthesis_known_env()[1]
        if region is not None:
            dest["region"] = region
        dest.update(self._file_publishing_role())
        return dest

    def _file_publishing_role(self) -> dict[str, Any]:
        """The role keys of a file asset destination."""
        role: dict[str, Any] = {"assumeRoleArn": self._specialize(self.file_publishing_role_template)}
        if self.file_asset_publishing_external_id is not None:
            role["assumeRoleExternalId"] = self.file_asset_publishing_external_id
        if self.file_asset_publishing_role_additional_options is not None:
            role["assumeRoleAdditionalOptions"] = self.file_asset_publishing_role_additional_options
        return role

    def _image_publishing_role(self) -> dict[str, Any]:
        """The role keys of an image asset destination."""
        role: dict[str, Any] = {"assumeRoleArn": self._specialize(self.image_publishing_role_template)}
        if self.image_asset_publishing_external_id is not None:
            role["assumeRoleExternalId"] = self.image_asset_publishing_external_id
        if self.image_asset_publishing_role_additional_options is not None:
            role["assumeRoleAdditionalOptions"] = self.image_asset_publishing_role_additional_options
        return role

    def add_file_asset(
        self,
        asset: FileAssetSource | None = None,
        *,
        source_hash: str | None = None,
        deploy_time: bool | None = None,
        display_name: str | None = None,
        executable: Sequence[str] | None = None,
        file_name: str | None = None,
        packaging: FileAssetPackaging | None = None,
    ) -> FileAssetLocation:
        """Register a file asset in the stack's asset manifest; returns its ``FileAssetLocation``.

        Pass the asset as a ``FileAssetSource`` or as its fields (``source_hash=...``, as aws-cdk-lib).
        """
        from ._assets import FileAssetLocation, FileAssetPackaging

        src = _file_source(asset, dict(
            source_hash=source_hash, deploy_time=deploy_time, display_name=display_name, executable=executable,
            file_name=file_name, packaging=packaging,
        ))
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

    def add_docker_image_asset(
        self,
        asset: DockerImageAssetSource | None = None,
        *,
        source_hash: str | None = None,
        asset_name: str | None = None,
        directory_name: str | None = None,
        display_name: str | None = None,
        docker_build_args: Mapping[str, str] | None = None,
        docker_build_contexts: Mapping[str, str] | None = None,
        docker_build_secrets: Mapping[str, str] | None = None,
        docker_build_ssh: str | None = None,
        docker_build_target: str | None = None,
        docker_cache_disabled: bool | None = None,
        docker_cache_from: Sequence[DockerCacheOption] | None = None,
        docker_cache_to: DockerCacheOption | None = None,
        docker_file: str | None = None,
        docker_outputs: Sequence[str] | None = None,
        executable: Sequence[str] | None = None,
        network_mode: str | None = None,
        platform: str | None = None,
    ) -> DockerImageAssetLocation:
        """List a Docker image asset in the stack's asset manifest (the CLI builds and publishes it).

        Pass the asset as a ``DockerImageAssetSource`` or as its fields (``source_hash=...``, as aws-cdk-lib).
        """
        from ._assets import DockerImageAssetLocation

        src = _image_source(asset, dict(
            source_hash=source_hash, asset_name=asset_name, directory_name=directory_name,
            display_name=display_name, docker_build_args=docker_build_args,
            docker_build_contexts=docker_build_contexts, docker_build_secrets=docker_build_secrets,
            docker_build_ssh=docker_build_ssh, docker_build_target=docker_build_target,
            docker_cache_disabled=docker_cache_disabled, docker_cache_from=docker_cache_from,
            docker_cache_to=docker_cache_to, docker_file=docker_file, docker_outputs=docker_outputs,
            executable=executable, network_mode=network_mode, platform=platform,
        ))
        stack = self.bound_stack
        repo_tpl = self._specialize(self.image_assets_repository_name_template)
        tag = f"{self.docker_tag_prefix}{src.source_hash}"
        dest: dict[str, Any] = {"repositoryName": repo_tpl, "imageTag": tag}
        region = stack._synthesis_known_env()[1]
        if region is not None:
            dest["region"] = region
        dest.update(self._image_publishing_role())
        source = docker_image_source_entry(src)
        entry: dict[str, Any] = {}
        if src.display_name is not None:
            entry["displayName"] = src.display_name
        entry["source"] = source
        entry["destinations"] = {destination_key(stack, dest): dest}
        images = stack.__dict__.setdefault("_docker_assets", [])
        key = f"{src.asset_name}-{src.source_hash}" if src.asset_name else src.source_hash
        if not any(a["hash"] == key for a in images):
            images.append({"hash": key, "entry": entry})
        repo = _cfnify(repo_tpl)
        known_account, known_region = stack._synthesis_known_env()
        account = known_account or "${AWS::AccountId}"
        region = known_region or "${AWS::Region}"
        uri = _cfnify(f"{account}.dkr.ecr.{region}.${{AWS::URLSuffix}}/{repo_tpl}:{tag}")
        return DockerImageAssetLocation(image_uri=uri, repository_name=repo, image_tag=tag)


class CliCredentialsStackSynthesizer(DefaultStackSynthesizer):
    """Like the default synthesizer, but deploys with the CLI's credentials (no roles, no version rule).

    Args:
        bucket_prefix: a prefix of the file assets' object keys.
        docker_tag_prefix: a prefix of the image assets' tags.
        file_assets_bucket_name: the file assets bucket (placeholders ``${Qualifier}``, ``${AWS::...}``).
        image_assets_repository_name: the image assets repository (same placeholders).
        qualifier: the bootstrap qualifier.
    """

    def __init__(
        self,
        *,
        bucket_prefix: str | None = None,
        docker_tag_prefix: str | None = None,
        file_assets_bucket_name: str | None = None,
        image_assets_repository_name: str | None = None,
        qualifier: str | None = None,
        generate_bootstrap_version_rule: bool | None = False,
    ) -> None:
        super().__init__(
            bucket_prefix=bucket_prefix,
            docker_tag_prefix=docker_tag_prefix,
            file_assets_bucket_name=file_assets_bucket_name,
            image_assets_repository_name=image_assets_repository_name,
            qualifier=qualifier,
            generate_bootstrap_version_rule=generate_bootstrap_version_rule,
        )

    @property
    def cloud_formation_execution_role(self) -> str | None:
        return None

    @property
    def lookup_role(self) -> str | None:
        return None

    @property
    def lookup_role_arn(self) -> str | None:  # type: ignore[override]
        """None: lookups use the CLI's credentials."""
        return None

    def _artifact_properties(self, template_hash: str) -> dict[str, Any]:
        stack = self.bound_stack
        return {
            "validateOnSynth": False,
            "stackTemplateAssetObjectUrl": f"s3://{self.bucket_name}/{self.bucket_prefix}{template_hash}.json",
            "additionalDependencies": [f"{stack.artifact_id}.assets"],
        }

    def _file_publishing_role(self) -> dict[str, Any]:
        return {}

    def _image_publishing_role(self) -> dict[str, Any]:
        return {}


class LegacyStackSynthesizer(StackSynthesizer):
    """The v1 synthesizer: no bootstrap version check, assets through parameters."""

    def reusable_bind(self, stack: Stack) -> IBoundStackSynthesizer:
        """A copy of this synthesizer bound to ``stack``."""
        bound = self._unbound_copy()
        bound.bind(stack)
        return bound


class BootstraplessSynthesizer(DefaultStackSynthesizer):
    """A synthesizer for stacks that cannot rely on bootstrap resources.

    Args:
        cloud_formation_execution_role_arn: the role CloudFormation acts as while deploying (default the caller's).
    """

    def __init__(
        self,
        *,
        cloud_formation_execution_role_arn: str | None = None,
        deploy_role_arn: str | None = None,
        qualifier: str | None = None,
    ) -> None:
        super().__init__(
            deploy_role_arn=deploy_role_arn,
            cloud_formation_execution_role=cloud_formation_execution_role_arn,
            generate_bootstrap_version_rule=False,
            qualifier=qualifier,
        )

    @property
    def lookup_role_arn(self) -> str | None:  # type: ignore[override]
        """None: lookups use the CLI's credentials."""
        return None

    def _artifact_properties(self, template_hash: str) -> dict[str, Any]:
        return {
            "validateOnSynth": False,
            "assumeRoleArn": self._specialize(self.deploy_role_arn_template),
            "cloudFormationExecutionRoleArn": self._specialize(self.cfn_exec_role_arn_template),
        }

    def _template_destinations(self, template_hash: str) -> dict[str, Any] | None:
        return None

    def _synthesis_emits_asset_manifest(self) -> bool:
        return False  # no assets: aws-cdk-lib writes no asset manifest (and no dependency on it)

    def add_file_asset(
        self,
        asset: FileAssetSource | None = None,
        *,
        source_hash: str | None = None,
        deploy_time: bool | None = None,
        display_name: str | None = None,
        executable: Sequence[str] | None = None,
        file_name: str | None = None,
        packaging: FileAssetPackaging | None = None,
    ) -> FileAssetLocation:
        """Bootstrapless stacks cannot have assets."""
        from ._errors import UnscopedValidationError

        raise UnscopedValidationError("Cannot add assets to a Stack that uses the BootstraplessSynthesizer")

    def add_docker_image_asset(
        self,
        asset: DockerImageAssetSource | None = None,
        *,
        source_hash: str | None = None,
        asset_name: str | None = None,
        directory_name: str | None = None,
        display_name: str | None = None,
        docker_build_args: Mapping[str, str] | None = None,
        docker_build_contexts: Mapping[str, str] | None = None,
        docker_build_secrets: Mapping[str, str] | None = None,
        docker_build_ssh: str | None = None,
        docker_build_target: str | None = None,
        docker_cache_disabled: bool | None = None,
        docker_cache_from: Sequence[DockerCacheOption] | None = None,
        docker_cache_to: DockerCacheOption | None = None,
        docker_file: str | None = None,
        docker_outputs: Sequence[str] | None = None,
        executable: Sequence[str] | None = None,
        network_mode: str | None = None,
        platform: str | None = None,
    ) -> DockerImageAssetLocation:
        """Bootstrapless stacks cannot have assets."""
        from ._errors import UnscopedValidationError

        raise UnscopedValidationError("Cannot add assets to a Stack that uses the BootstraplessSynthesizer")


class NestedStackSynthesizer(StackSynthesizer):
    """Synthesizer of nested stacks: their templates are file assets of the parent.

    Args:
        parent_deployment: the synthesizer of the parent stack, which publishes the nested templates.
    """

    def __init__(self, parent_deployment: IStackSynthesizer) -> None:
        super().__init__()
        self.parent_deployment = parent_deployment

    @property
    def bootstrap_qualifier(self) -> str | None:
        return self.parent_deployment.bootstrap_qualifier

    @property
    def lookup_role(self) -> str | None:
        return self.parent_deployment.lookup_role

    def add_file_asset(
        self,
        asset: FileAssetSource | None = None,
        *,
        source_hash: str | None = None,
        deploy_time: bool | None = None,
        display_name: str | None = None,
        executable: Sequence[str] | None = None,
        file_name: str | None = None,
        packaging: FileAssetPackaging | None = None,
    ) -> FileAssetLocation:
        """Nested stacks publish their file assets through the parent's synthesizer."""
        return self.parent_deployment.add_file_asset(
            asset, source_hash=source_hash, deploy_time=deploy_time, display_name=display_name,
            executable=executable, file_name=file_name, packaging=packaging,
        )

    def add_docker_image_asset(
        self,
        asset: DockerImageAssetSource | None = None,
        *,
        source_hash: str | None = None,
        asset_name: str | None = None,
        directory_name: str | None = None,
        display_name: str | None = None,
        docker_build_args: Mapping[str, str] | None = None,
        docker_build_contexts: Mapping[str, str] | None = None,
        docker_build_secrets: Mapping[str, str] | None = None,
        docker_build_ssh: str | None = None,
        docker_build_target: str | None = None,
        docker_cache_disabled: bool | None = None,
        docker_cache_from: Sequence[DockerCacheOption] | None = None,
        docker_cache_to: DockerCacheOption | None = None,
        docker_file: str | None = None,
        docker_outputs: Sequence[str] | None = None,
        executable: Sequence[str] | None = None,
        network_mode: str | None = None,
        platform: str | None = None,
    ) -> DockerImageAssetLocation:
        """Nested stacks publish their image assets through the parent's synthesizer."""
        return self.parent_deployment.add_docker_image_asset(
            asset, source_hash=source_hash, asset_name=asset_name, directory_name=directory_name,
            display_name=display_name, docker_build_args=docker_build_args,
            docker_build_contexts=docker_build_contexts, docker_build_secrets=docker_build_secrets,
            docker_build_ssh=docker_build_ssh, docker_build_target=docker_build_target,
            docker_cache_disabled=docker_cache_disabled, docker_cache_from=docker_cache_from,
            docker_cache_to=docker_cache_to, docker_file=docker_file, docker_outputs=docker_outputs,
            executable=executable, network_mode=network_mode, platform=platform,
        )


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
