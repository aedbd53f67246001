"""Deployment sources: assets, bucket objects and rendered data (aws-cdk-lib: ``aws_s3_deployment.Source``)."""

from __future__ import annotations

import atexit
import json
import os
import shutil
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import (
    AssetHashType,
    Construct,
    FileSystem,
    IgnoreMode,
    Stack,
    StringConcat,
    SymlinkFollowMode,
    Token,
    Tokenization,
    ValidationError,
)
from constructs.internals import structs

if TYPE_CHECKING:
    from constructs import BundlingOptions
    from l2.iam import IGrantable, IRole
    from l2.kms import IKey
    from l2.s3 import IBucket

MARKER_PREFIX = "<<marker:0xbaba:"


@structs.frozen(kw_only=True)
class MarkersConfig:
    """How deploy-time markers are replaced.

    Args:
        json_escape: escape the replaced values for a JSON string (default: no escaping).
    """

    json_escape: bool | None = None


@structs.frozen(kw_only=True)
class JsonProcessingOptions:
    """Options of ``Source.json_data``.

    Args:
        escape: escape deploy-time values so the file stays valid JSON (default: False).
    """

    escape: bool | None = None


@structs.frozen(kw_only=True)
class DeploymentSourceContext:
    """What a source is bound with.

    Args:
        handler_role: the role of the deployment handler, granted read access to the source.
    """

    handler_role: IRole


@structs.frozen(kw_only=True)
class SourceConfig:
    """A bound source: a zip object in a bucket, with its deploy-time markers.

    Args:
        bucket: the bucket holding the zip.
        zip_object_key: the zip's object key.
        markers: marker → deploy-time value, replaced in the zip's files at deployment.
        markers_config: how the markers are replaced.
    """

    bucket: IBucket
    zip_object_key: str
    markers: Mapping[str, object] | None = None
    markers_config: MarkersConfig | None = None


@runtime_checkable
class ISource(Protocol):
    """A source of files for a ``BucketDeployment``."""

    def bind(self, scope: Construct, *, handler_role: IRole) -> SourceConfig:
        """Bind the source to the deployment (grants the handler read access) and describe it."""
        ...


class _BoundSource:
    """An ``ISource`` made from a bind function."""

    __slots__ = ("_bind",)

    def __init__(self, bind: Any) -> None:
        self._bind = bind

    def bind(self, scope: Construct, *, handler_role: IRole) -> SourceConfig:
        """Bind the source to the deployment (grants the handler read access) and describe it."""
        return self._bind(scope, DeploymentSourceContext(handler_role=handler_role))


def render_data(data: str) -> tuple[str, dict[str, Any]]:
    """``data`` with each token replaced by ``<<marker:0xbaba:N>>``, and the marker → token map."""
    if data == "":
        return "", {}
    markers: dict[str, Any] = {}

    class _Mapper:
        def map_token(self, token: Any) -> str:
            marker = f"{MARKER_PREFIX}{len(markers)}>>"
            markers[marker] = Token.as_string(token)
            return marker

    text = Tokenization.reverse_string(data).map_tokens(_Mapper()).join(StringConcat())
    return str(text), markers


def _escape_tokens(scope: Construct, obj: Any) -> Any:
    if Token.is_unresolved(obj):
        return Token.as_number(Stack.of(scope).to_json_string(obj))
    if isinstance(obj, (list, tuple)):
        return [_escape_tokens(scope, v) for v in obj]
    if isinstance(obj, Mapping):
        return {key: _escape_tokens(scope, value) for key, value in obj.items()}
    return obj


def _js_json(obj: Any) -> str:
    """``JSON.stringify`` (compact; numbers as JavaScript writes them)."""
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False, default=str)


class Source:
    """Factories of deployment sources."""

    @staticmethod
    def asset(
        path: str,
        *,
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
    ) -> ISource:
        """A local directory or .zip file, published as an asset.

        Args:
            path: the directory or .zip file.
            deploy_time / display_name / readers / source_kms_key / asset_hash / asset_hash_type / bundling /
                exclude / follow_symlinks / ignore_mode: the ``s3_assets.Asset`` options.
        """
        options = {
            "deploy_time": deploy_time, "display_name": display_name, "readers": readers,
            "source_kms_key": source_kms_key, "asset_hash": asset_hash, "asset_hash_type": asset_hash_type,
            "bundling": bundling, "exclude": exclude, "follow_symlinks": follow_symlinks, "ignore_mode": ignore_mode,
        }

        def bind(scope: Construct, context: DeploymentSourceContext | None) -> SourceConfig:
            from l2.s3_assets import Asset

            if context is None:
                raise ValidationError("To use a Source.asset(), context must be provided", scope)
            n = 1
            while scope.node.try_find_child(f"Asset{n}") is not None:
                n += 1
            asset = Asset(scope, f"Asset{n}", path=path, **options)  # type: ignore[arg-type]
            if not asset.is_zip_archive:
                raise ValidationError("Asset path must be either a .zip file or a directory", scope)
            asset.grant_read(context.handler_role)
            return SourceConfig(bucket=asset.bucket, zip_object_key=asset.s3_object_key)

        return _BoundSource(bind)

    @staticmethod
    def bucket(bucket: IBucket, zip_object_key: str) -> ISource:
        """A zip file already in a bucket.

        Args:
            bucket: the bucket.
            zip_object_key: the zip's object key.
        """

        def bind(scope: Construct, context: DeploymentSourceContext | None) -> SourceConfig:
            if context is None:
                raise ValidationError("To use a Source.bucket(), context must be provided", scope)
            bucket.grant_read(context.handler_role)
            return SourceConfig(bucket=bucket, zip_object_key=zip_object_key)

        return _BoundSource(bind)

    @staticmethod
    def data(object_key: str, data: str, *, json_escape: bool | None = None) -> ISource:
        """A file with the given text; tokens in it are replaced at deployment.

        Args:
            object_key: the file's object key (under the destination prefix).
            data: the text.
            json_escape: escape the deploy-time values for a JSON string.
        """
        # aws-cdk-lib's Python API always passes the (possibly empty) MarkersConfig struct, so it is always rendered
        return Source._data(object_key, data, MarkersConfig(json_escape=json_escape))

    @staticmethod
    def _data(object_key: str, data: str, markers_config: MarkersConfig | None) -> ISource:
        def bind(scope: Construct, context: DeploymentSourceContext | None) -> SourceConfig:
            workdir = FileSystem.mkdtemp("s3-deployment")
            # pycdk stages assets when the app is synthesized: the directory lives until the process exits.
            atexit.register(shutil.rmtree, workdir, True)
            output = os.path.join(workdir, object_key)
            root = os.path.realpath(workdir)
            if os.path.commonpath([root, os.path.realpath(output)]) != root:
                raise ValidationError(
                    f"object key {json.dumps(object_key)} points outside the deployment root, remove the '..' "
                    "segments that go above it", scope)
            text, markers = render_data(data)
            os.makedirs(os.path.dirname(output), exist_ok=True)
            with open(output, "w", encoding="utf-8") as f:
                f.write(text)
            asset = Source.asset(workdir).bind(scope, handler_role=context.handler_role) if context else None
            if asset is None:
                raise ValidationError("To use a Source.asset(), context must be provided", scope)
            return SourceConfig(bucket=asset.bucket, zip_object_key=asset.zip_object_key, markers=markers,
                                markers_config=markers_config)

        return _BoundSource(bind)

    @staticmethod
    def json_data(object_key: str, obj: object, *, escape: bool | None = None) -> ISource:
        """A JSON file of ``obj``; tokens in it are replaced at deployment.

        Args:
            object_key: the file's object key.
            obj: the JSON-serialisable value.
            escape: escape deploy-time values so the file stays valid JSON.
        """
        config = MarkersConfig(json_escape=True) if escape else MarkersConfig()

        def bind(scope: Construct, context: DeploymentSourceContext | None) -> SourceConfig:
            serialized = _js_json(_escape_tokens(scope, obj))
            if context is None:
                raise ValidationError("To use a Source.asset(), context must be provided", scope)
            return Source._data(object_key, serialized, config).bind(scope, handler_role=context.handler_role)

        return _BoundSource(bind)

    @staticmethod
    def yaml_data(object_key: str, obj: object) -> ISource:
        """A YAML file of ``obj``; tokens in it are replaced at deployment.

        Args:
            object_key: the file's object key.
            obj: the value.
        """

        def bind(scope: Construct, context: DeploymentSourceContext | None) -> SourceConfig:
            from constructs.internals import yaml_writer

            serialized = yaml_writer.to_yaml(_escape_tokens(scope, obj))
            if context is None:
                raise ValidationError("To use a Source.asset(), context must be provided", scope)
            return Source._data(object_key, serialized, None).bind(scope, handler_role=context.handler_role)

        return _BoundSource(bind)
