"""Container image functions: ``DockerImageCode`` (an ECR image or a local Docker build) and
``DockerImageFunction``."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Stack, ValidationError
from constructs.internals import check_deprecated_props, structs
from l2._private.signatures import lazy_signature

from ._code import Code, CodeConfig
from ._function import Function
from ._function_config import Handler
from ._runtime import Runtime

if TYPE_CHECKING:
    import inspect

    from constructs import CfnResource, IgnoreMode, SymlinkFollowMode
    from l2.ecr import IRepository
    from l2.ecr_assets import DockerCacheOption, DockerImageAssetInvalidationOptions, NetworkMode, Platform


@structs.frozen(kw_only=True)
class CodeImageConfig:
    """The image of a container image function (``CodeConfig.image``).

    Args:
        image_uri: the image URI.
        cmd / entrypoint / working_directory: overrides of the image's ``CMD``, ``ENTRYPOINT`` and ``WORKDIR``.
    """

    image_uri: str
    cmd: Sequence[str] | None = None
    entrypoint: Sequence[str] | None = None
    working_directory: str | None = None


@structs.frozen(kw_only=True)
class EcrImageCodeProps:
    """Options of ``EcrImageCode`` / ``DockerImageCode.from_ecr``.

    Args:
        cmd / entrypoint / working_directory: image overrides.
        tag: deprecated, use ``tag_or_digest``.
        tag_or_digest: the image tag or digest (default ``latest``).
    """

    cmd: Sequence[str] | None = None
    entrypoint: Sequence[str] | None = None
    tag: str | None = None
    tag_or_digest: str | None = None
    working_directory: str | None = None


class EcrImageCode(Code):
    """An image in an ECR repository; Lambda is allowed to pull it.

    Args:
        repository: the repository (``grant_pull`` and ``repository_uri_for_tag_or_digest`` are used).
        cmd / entrypoint / working_directory / tag / tag_or_digest: as in ``EcrImageCodeProps``.
    """

    def __init__(
        self,
        repository: IRepository,
        *,
        cmd: Sequence[str] | None = None,
        entrypoint: Sequence[str] | None = None,
        tag: str | None = None,
        tag_or_digest: str | None = None,
        working_directory: str | None = None,
    ) -> None:
        check_deprecated_props("aws_lambda.EcrImageCodeProps", locals())
        self.repository = repository
        self.props: EcrImageCodeProps = EcrImageCodeProps(cmd=cmd, entrypoint=entrypoint, tag=tag, tag_or_digest=tag_or_digest,
                                       working_directory=working_directory)

    def bind(self, _scope: Construct) -> CodeConfig:
        from l2 import iam

        self.repository.grant_pull(iam.ServicePrincipal("lambda.amazonaws.com"))
        p = self.props
        return CodeConfig(image=CodeImageConfig(
            image_uri=self.repository.repository_uri_for_tag_or_digest(p.tag_or_digest or p.tag or "latest"),
            cmd=p.cmd, entrypoint=p.entrypoint, working_directory=p.working_directory,
        ))


@structs.frozen(kw_only=True)
class AssetImageCodeProps:
    """Options of ``AssetImageCode`` / ``DockerImageCode.from_image_asset``: the
    ``ecr_assets.DockerImageAssetOptions`` keyword arguments plus the image overrides ``cmd``, ``entrypoint`` and
    ``working_directory`` (see ``AssetImageCode``)."""

    exclude: Sequence[str] | None = None
    follow_symlinks: SymlinkFollowMode | None = None
    ignore_mode: IgnoreMode | None = None
    extra_hash: str | None = None
    asset_name: str | None = None
    build_args: Mapping[str, str] | None = None
    build_contexts: Mapping[str, str] | None = None
    build_secrets: Mapping[str, str] | None = None
    build_ssh: str | None = None
    cache_disabled: bool | None = None
    cache_from: Sequence[DockerCacheOption] | None = None
    cache_to: DockerCacheOption | None = None
    display_name: str | None = None
    file: str | None = None
    invalidation: DockerImageAssetInvalidationOptions | None = None
    network_mode: NetworkMode | None = None
    outputs: Sequence[str] | None = None
    platform: Platform | None = None
    target: str | None = None
    cmd: Sequence[str] | None = None
    entrypoint: Sequence[str] | None = None
    working_directory: str | None = None


_IMAGE_OVERRIDES = ("cmd", "entrypoint", "working_directory")


class AssetImageCode(Code):
    """An image built from a local directory and published as a Docker image asset (construct id ``AssetImage``).

    Args:
        directory: the build context.
        cmd / entrypoint / working_directory: overrides of the image's ``CMD``, ``ENTRYPOINT`` and ``WORKDIR``.
        the others: the ``ecr_assets.DockerImageAssetOptions`` keyword arguments.
    """

    def __init__(
        self,
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
    ) -> None:
        self.directory = directory
        self.props: AssetImageCodeProps = AssetImageCodeProps(
            cmd=cmd, entrypoint=entrypoint, working_directory=working_directory, asset_name=asset_name,
            build_args=build_args, build_contexts=build_contexts, build_secrets=build_secrets, build_ssh=build_ssh,
            cache_disabled=cache_disabled, cache_from=cache_from, cache_to=cache_to, display_name=display_name,
            file=file, invalidation=invalidation, network_mode=network_mode, outputs=outputs, platform=platform,
            target=target, extra_hash=extra_hash, exclude=exclude, follow_symlinks=follow_symlinks,
            ignore_mode=ignore_mode,
        )
        self._asset: Any = None

    def bind(self, scope: Construct) -> CodeConfig:
        from l2.ecr_assets import DockerImageAsset

        p = self.props
        if self._asset is None:
            options = {f.name: getattr(p, f.name) for f in structs.fields(AssetImageCodeProps)
                       if f.name not in _IMAGE_OVERRIDES and getattr(p, f.name) is not None}
            import inspect

            accepted = inspect.signature(DockerImageAsset.__init__).parameters
            unsupported = sorted(k for k in options if k not in accepted)
            if unsupported:
                raise ValidationError(f"DockerImageCode.from_image_asset: pycdk's ecr_assets.DockerImageAsset does "
                                      f"not support {', '.join(unsupported)} yet", scope)
            self._asset = DockerImageAsset(scope, "AssetImage", directory=self.directory, **options)
        elif Stack.of(self._asset) is not Stack.of(scope):
            raise ValidationError(
                f"Asset is already associated with another stack '{Stack.of(self._asset).stack_name}'. "
                "Create a new Code instance for every stack.",
                scope,
            )
        return CodeConfig(image=CodeImageConfig(image_uri=self._asset.image_uri, entrypoint=p.entrypoint, cmd=p.cmd,
                                                working_directory=p.working_directory))

    def bind_to_resource(self, resource: CfnResource, *, resource_property: str | None = None) -> None:
        if self._asset is None:
            raise ValidationError("bindToResource() must be called after bind()", resource)
        # the CLI's asset metadata (only with the ``aws:cdk:enable-asset-metadata`` context) is written by
        # ecr_assets.DockerImageAsset.add_resource_metadata, which pycdk's ecr_assets does not have yet
        add_metadata = getattr(self._asset, "add_resource_metadata", None)
        if add_metadata is not None:
            add_metadata(resource, resource_property or "Code.ImageUri")


class DockerImageCode:
    """The code of a ``DockerImageFunction``: made by ``from_ecr`` or ``from_image_asset``; the function binds it
    to its architecture (an image asset is built for that platform).

    Args:
        make: a function that, given the function's ``Architecture``, returns the code to use (the factories make it).
    """

    def __init__(self, make: Callable[[Any], Code]) -> None:
        self._make = make

    @staticmethod
    def from_ecr(
        repository: IRepository,
        *,
        cmd: Sequence[str] | None = None,
        entrypoint: Sequence[str] | None = None,
        tag: str | None = None,
        tag_or_digest: str | None = None,
        working_directory: str | None = None,
    ) -> DockerImageCode:
        """An image in an ECR repository."""
        return DockerImageCode(lambda _arch: EcrImageCode(
            repository, cmd=cmd, entrypoint=entrypoint, tag=tag, tag_or_digest=tag_or_digest,
            working_directory=working_directory))

    @staticmethod
    def from_image_asset(
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
    ) -> DockerImageCode:
        """An image built from ``directory`` (the keyword arguments are those of ``AssetImageCode``); built for
        the function's architecture unless ``platform`` is given."""
        props = {k: v for k, v in locals().items() if k != "directory" and v is not None}

        def make(architecture: Any) -> Code:
            options = dict(props)
            platform = getattr(architecture, "docker_platform", None)
            if platform and "platform" not in options:
                from l2.ecr_assets import Platform

                options["platform"] = Platform.custom(platform)
            return AssetImageCode(directory, **options)

        return DockerImageCode(make)

    def _bind(self, architecture: Any = None) -> Code:
        return self._make(architecture)


def _docker_signature(init: Callable[..., Any]) -> inspect.Signature:
    """``DockerImageFunction.__init__``'s signature: its own ``code``, then the ``Function`` keyword arguments it
    forwards (all but ``code``, ``handler`` and ``runtime``)."""
    import inspect

    base = inspect.signature(Function.__init__)
    params = [p for name, p in base.parameters.items() if name not in ("code", "handler", "runtime")]
    code = inspect.signature(init, follow_wrapped=False).parameters["code"]
    return base.replace(parameters=[*params[:3], code, *params[3:]])


class DockerImageFunction(Function):
    """A function whose code is a container image (``PackageType: Image``).

    Args:
        code: ``DockerImageCode.from_ecr(...)`` or ``DockerImageCode.from_image_asset(...)``.
        architecture: the function's architecture (an image asset is built for it).
        **props: every ``Function`` keyword argument but ``code``, ``handler`` and ``runtime``.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-lambda.DockerImageFunction"
    """Identifies this class to property injectors (as in aws-cdk-lib)."""

    @lazy_signature(_docker_signature)  # the keyword arguments it forwards to Function, shown in its signature
    def __init__(self, scope: Construct, id: str, *, code: DockerImageCode, **props: Any) -> None:
        check_deprecated_props("aws_lambda.DockerImageFunctionProps", locals())
        for name in ("handler", "runtime"):
            if name in props:
                raise TypeError(f"DockerImageFunction() got an unexpected keyword argument '{name}'")
        super().__init__(scope, id, code=code._bind(props.get("architecture")), handler=Handler.FROM_IMAGE,
                         runtime=Runtime.FROM_IMAGE, **props)

