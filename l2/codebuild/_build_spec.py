"""``BuildSpec``: a project's build commands, inline (JSON), from a file in the source, or from a local file."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import Construct, Lazy, Stack, UnscopedValidationError

if TYPE_CHECKING:
    from l2.s3_assets import Asset


class BuildSpec:
    """The build commands of a project."""

    is_immediate: bool = True

    @staticmethod
    def from_object(value: Mapping[str, Any]) -> BuildSpec:
        """An inline buildspec, rendered as pretty-printed JSON.

        Args:
            value: the buildspec.
        """
        return _ObjectBuildSpec(value)

    @staticmethod
    def from_object_to_yaml(value: Mapping[str, Any]) -> BuildSpec:
        """An inline buildspec, rendered as YAML (for the places that need YAML, e.g. Windows images' ``reports``).

        Args:
            value: the buildspec.
        """
        return _YamlBuildSpec(value)

    @staticmethod
    def from_source_filename(filename: str) -> BuildSpec:
        """A buildspec file in the source (other than ``buildspec.yml``).

        Args:
            filename: its path in the source.
        """
        return _FilenameBuildSpec(filename)

    @staticmethod
    def from_asset(path: str) -> BuildSpec:
        """A local buildspec file, uploaded as an S3 asset.

        Args:
            path: the local file.
        """
        return _AssetBuildSpec(path)

    def to_build_spec(self, scope: Construct | None = None) -> str:
        """The rendered buildspec.

        Args:
            scope: the project (needed by asset buildspecs).
        """
        raise NotImplementedError


class _YamlBuildSpec(BuildSpec):
    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec

    def to_build_spec(self, scope: Construct | None = None) -> str:
        from l2.codebuild._private.yaml_spec import to_yaml

        return to_yaml(self.spec)


class _ObjectBuildSpec(BuildSpec):
    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec

    def to_build_spec(self, scope: Construct | None = None) -> str:
        return Lazy.uncached_string(lambda ctx: Stack.of(ctx.scope).to_json_string(self.spec, 2))


class _FilenameBuildSpec(BuildSpec):
    is_immediate = False

    def __init__(self, filename: str) -> None:
        self._filename = filename

    def to_build_spec(self, scope: Construct | None = None) -> str:
        return self._filename

    def __str__(self) -> str:
        return f"<buildspec file: {self._filename}>"


class _AssetBuildSpec(BuildSpec):
    def __init__(self, path: str) -> None:
        self.path = path
        self.asset: Asset | None = None

    def to_build_spec(self, scope: Construct | None = None) -> str:
        from l2.s3_assets import Asset

        if scope is None:
            raise UnscopedValidationError("`AssetBuildSpec` requires a `scope` argument")
        if self.asset is None:
            self.asset = Asset(scope, "Code", path=self.path)
        elif Stack.of(self.asset) is not Stack.of(scope):
            raise UnscopedValidationError(
                f"Asset is already associated with another stack '{Stack.of(self.asset).stack_name}'. "
                "Create a new BuildSpec instance for every stack."
            )
        self.asset.grant_read(scope)  # type: ignore[arg-type]  # the project is the grantee
        return self.asset.bucket.arn_for_objects(self.asset.s3_object_key)

    def __str__(self) -> str:
        return f"<buildspec file: {self.path}>"
