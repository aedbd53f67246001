"""The schemas of gateway targets: ``ApiSchema`` (OpenAPI / Smithy) and ``ToolSchema`` (Lambda tools), each inline,
from S3 or from a local file (an asset)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Aws, UnscopedValidationError
from constructs.internals import structs
from l2._private.iam_module import iam
from l2.bedrockagentcore._types import _StringValue

if TYPE_CHECKING:
    from constructs import AssetHashType, BundlingOptions, Construct, IgnoreMode, SymlinkFollowMode
    from l2.iam import IGrantable, IRole
    from l2.kms import IKey
    from l2.s3 import IBucket, Location
    from l2.s3_assets import Asset


class SchemaDefinitionType(_StringValue):
    """The JSON type of a tool's input or output.

    Args:
        value: the type.
    """

    STRING: SchemaDefinitionType
    """A string."""
    NUMBER: SchemaDefinitionType
    """A number."""
    OBJECT: SchemaDefinitionType
    """An object."""
    ARRAY: SchemaDefinitionType
    """An array."""
    BOOLEAN: SchemaDefinitionType
    """A boolean."""
    INTEGER: SchemaDefinitionType
    """An integer."""

    @staticmethod
    def of(value: str) -> SchemaDefinitionType:
        """A type not listed here."""
        return SchemaDefinitionType(value)


for _name in ("STRING", "NUMBER", "OBJECT", "ARRAY", "BOOLEAN", "INTEGER"):
    setattr(SchemaDefinitionType, _name, SchemaDefinitionType(_name.lower()))


@structs.frozen(kw_only=True)
class SchemaDefinition:
    """The JSON schema of a tool's input or output."""

    type: SchemaDefinitionType
    """The JSON type."""
    description: str | None = None
    """A description."""
    items: SchemaDefinition | None = None
    """The schema of the items (an array)."""
    properties: Mapping[str, SchemaDefinition] | None = None
    """The schemas of the properties (an object)."""
    required: Sequence[str] | None = None
    """The required properties (an object)."""


@structs.frozen(kw_only=True)
class ToolDefinition:
    """A tool a Lambda target offers."""

    description: str
    """What the tool does."""
    input_schema: SchemaDefinition
    """The schema of its input."""
    name: str
    """The tool's name."""
    output_schema: SchemaDefinition | None = None
    """The schema of its output."""


def _asset_id(path: str) -> str:
    return "Schema" + hashlib.md5(path.encode()).hexdigest()


def _s3_render(location: Location, bucket_owner_account_id: str | None) -> dict[str, Any]:
    s3: dict[str, Any] = {"uri": f"s3://{location.bucket_name}/{location.object_key}"}
    if bucket_owner_account_id:
        s3["bucket_owner_account_id"] = bucket_owner_account_id
    return {"s3": s3}


def _s3_grant(role: IRole, location: Location) -> None:
    iam().Grant.add_to_principal(grantee=role, actions=["s3:GetObject"], resource_arns=[
        f"arn:{Aws.PARTITION}:s3:::{location.bucket_name}/{location.object_key}"])


class _AssetOptions:
    """The ``s3_assets.AssetOptions`` of a schema file, kept for ``bind``."""

    def __init__(self, path: str, options: dict[str, Any]) -> None:
        self.path = path
        self.options = {k: v for k, v in options.items() if v is not None}
        self.asset: Asset | None = None

    def bind(self, scope: Construct) -> None:
        if self.asset is None:
            from l2.s3_assets import Asset

            self.asset = Asset(scope, _asset_id(self.path), path=self.path, **self.options)

    def render(self, kind: str) -> dict[str, Any]:
        if self.asset is None:
            raise UnscopedValidationError(
                f"{kind} must be bound to a scope before rendering. Call bind() first.")
        return {"s3": {"uri": f"s3://{self.asset.s3_bucket_name}/{self.asset.s3_object_key}"}}


class ApiSchema:
    """An OpenAPI or Smithy schema of a gateway target (build one with the static methods).

    Args:
        s3_file: the S3 location (an S3 schema).
        bucket_owner_account_id: the account that owns the bucket.
        inline_schema: the schema text (an inline schema).
    """

    def __init__(self, s3_file: Location | None = None, bucket_owner_account_id: str | None = None,
                 inline_schema: str | None = None) -> None:
        self.s3_file = s3_file
        """The S3 location of the schema (an S3 schema)."""
        self.bucket_owner_account_id = bucket_owner_account_id
        """The account that owns the S3 bucket (an S3 schema)."""
        self.inline_schema = inline_schema
        """The schema text (an inline schema)."""

    @staticmethod
    def from_local_asset(path: str) -> AssetApiSchema:
        """The schema in the local file ``path`` (uploaded as an asset)."""
        return AssetApiSchema(path)

    @staticmethod
    def from_inline(schema: str) -> InlineApiSchema:
        """The schema given as text (JSON)."""
        return InlineApiSchema(schema)

    @staticmethod
    def from_s3_file(bucket: IBucket, object_key: str, bucket_owner_account_id: str | None = None) -> S3ApiSchema:
        """The schema in ``bucket`` at ``object_key``."""
        from l2.s3 import Location

        return S3ApiSchema(Location(bucket_name=bucket.bucket_name, object_key=object_key), bucket_owner_account_id)

    def bind(self, scope: Construct) -> None:
        """Create what the schema needs in ``scope`` (an asset)."""

    def grant_permissions_to_role(self, role: IRole) -> None:
        """Let ``role`` read the schema."""

    def _render(self) -> dict[str, Any]:
        raise NotImplementedError


class AssetApiSchema(ApiSchema):
    """An API schema in a local file, uploaded as an asset.

    Args:
        path: the local file.
        deploy_time / display_name / readers / source_kms_key / asset_hash / asset_hash_type / bundling / exclude /
            follow_symlinks / ignore_mode: as ``s3_assets.AssetOptions``.
    """

    def __init__(self, path: str, *, deploy_time: bool | None = None, display_name: str | None = None,
                 readers: Sequence[IGrantable] | None = None, source_kms_key: IKey | None = None,
                 asset_hash: str | None = None, asset_hash_type: AssetHashType | None = None,
                 bundling: BundlingOptions | None = None, exclude: Sequence[str] | None = None,
                 follow_symlinks: SymlinkFollowMode | None = None, ignore_mode: IgnoreMode | None = None) -> None:
        super().__init__()
        self._asset = _AssetOptions(path, {
            "deploy_time": deploy_time, "display_name": display_name, "readers": readers,
            "source_kms_key": source_kms_key, "asset_hash": asset_hash, "asset_hash_type": asset_hash_type,
            "bundling": bundling, "exclude": exclude, "follow_symlinks": follow_symlinks,
            "ignore_mode": ignore_mode})

    def _get_file_path(self) -> str:
        return self._asset.path

    def bind(self, scope: Construct) -> None:
        """Create the asset (once) in ``scope``."""
        self._asset.bind(scope)

    def grant_permissions_to_role(self, role: IRole) -> None:
        """Let ``role`` read the asset."""
        if self._asset.asset is not None:
            self._asset.asset.grant_read(role)

    def _render(self) -> dict[str, Any]:
        return self._asset.render("ApiSchema")


class InlineApiSchema(ApiSchema):
    """An API schema given as text.

    Args:
        schema: the schema text (JSON).
    """

    def __init__(self, schema: str) -> None:
        super().__init__(None, None, schema)
        self._schema = schema

    def bind(self, scope: Construct) -> None:
        """Nothing to create."""

    def grant_permissions_to_role(self, _role: IRole) -> None:
        """Nothing to grant."""

    def _render(self) -> dict[str, Any]:
        return {"inline_payload": self._schema}


class S3ApiSchema(ApiSchema):
    """An API schema in S3.

    Args:
        location: the bucket and key.
        bucket_owner_account_id: the account that owns the bucket.
    """

    def __init__(self, location: Location, bucket_owner_account_id: str | None = None) -> None:
        super().__init__(location, bucket_owner_account_id, None)
        self._location = location

    def bind(self, scope: Construct) -> None:
        """Nothing to create."""

    def grant_permissions_to_role(self, role: IRole) -> None:
        """Let ``role`` get the object."""
        _s3_grant(role, self._location)

    def _render(self) -> dict[str, Any]:
        return _s3_render(self._location, self.bucket_owner_account_id)


class ToolSchema:
    """The tools of a Lambda gateway target (build one with the static methods).

    Args:
        s3_file: the S3 location (an S3 schema).
        bucket_owner_account_id: the account that owns the bucket.
        inline_schema: the tool definitions (an inline schema).
    """

    def __init__(self, s3_file: Location | None = None, bucket_owner_account_id: str | None = None,
                 inline_schema: Sequence[ToolDefinition] | None = None) -> None:
        self.s3_file = s3_file
        """The S3 location of the schema (an S3 schema)."""
        self.bucket_owner_account_id = bucket_owner_account_id
        """The account that owns the S3 bucket (an S3 schema)."""
        self.inline_schema = inline_schema
        """The tool definitions (an inline schema)."""

    @staticmethod
    def from_local_asset(path: str) -> AssetToolSchema:
        """The tool definitions in the local JSON file ``path`` (uploaded as an asset)."""
        return AssetToolSchema(path)

    @staticmethod
    def from_inline(schema: Sequence[ToolDefinition]) -> InlineToolSchema:
        """The tool definitions given here."""
        return InlineToolSchema(schema)

    @staticmethod
    def from_s3_file(bucket: IBucket, object_key: str, bucket_owner_account_id: str | None = None) -> S3ToolSchema:
        """The tool definitions in ``bucket`` at ``object_key``."""
        from l2.s3 import Location

        return S3ToolSchema(Location(bucket_name=bucket.bucket_name, object_key=object_key), bucket_owner_account_id)

    def bind(self, scope: Construct) -> None:
        """Create what the schema needs in ``scope`` (an asset)."""

    def grant_permissions_to_role(self, role: IRole) -> None:
        """Let ``role`` read the schema."""

    def _render(self) -> dict[str, Any]:
        raise NotImplementedError


class AssetToolSchema(ToolSchema):
    """Tool definitions in a local JSON file, uploaded as an asset.

    Args:
        path: the local JSON file.
        deploy_time / display_name / readers / source_kms_key / asset_hash / asset_hash_type / bundling / exclude /
            follow_symlinks / ignore_mode: as ``s3_assets.AssetOptions``.
    """

    def __init__(self, path: str, *, deploy_time: bool | None = None, display_name: str | None = None,
                 readers: Sequence[IGrantable] | None = None, source_kms_key: IKey | None = None,
                 asset_hash: str | None = None, asset_hash_type: AssetHashType | None = None,
                 bundling: BundlingOptions | None = None, exclude: Sequence[str] | None = None,
                 follow_symlinks: SymlinkFollowMode | None = None, ignore_mode: IgnoreMode | None = None) -> None:
        super().__init__()
        self._asset = _AssetOptions(path, {
            "deploy_time": deploy_time, "display_name": display_name, "readers": readers,
            "source_kms_key": source_kms_key, "asset_hash": asset_hash, "asset_hash_type": asset_hash_type,
            "bundling": bundling, "exclude": exclude, "follow_symlinks": follow_symlinks,
            "ignore_mode": ignore_mode})

    def bind(self, scope: Construct) -> None:
        """Create the asset (once) in ``scope``."""
        self._asset.bind(scope)

    def grant_permissions_to_role(self, role: IRole) -> None:
        """Let ``role`` read the asset (bind first)."""
        if self._asset.asset is None:
            raise UnscopedValidationError("ToolSchema must be bound to a scope before rendering. Call bind() first.")
        self._asset.asset.grant_read(role)

    def _render(self) -> dict[str, Any]:
        return self._asset.render("ToolSchema")


def _render_definition(definition: SchemaDefinition) -> dict[str, Any]:
    out: dict[str, Any] = {"type": definition.type.value}
    if definition.description:
        out["description"] = definition.description
    if definition.items is not None:
        out["items"] = _render_definition(definition.items)
    if definition.properties is not None:
        out["properties"] = {k: _render_definition(v) for k, v in definition.properties.items()}
    if definition.required is not None:
        out["required"] = list(definition.required)
    return out


class InlineToolSchema(ToolSchema):
    """Tool definitions given in code.

    Args:
        schema: the tool definitions.
    """

    def __init__(self, schema: Sequence[ToolDefinition]) -> None:
        super().__init__(None, None, schema)
        self._schema = list(schema)

    def bind(self, scope: Construct) -> None:
        """Nothing to create."""

    def grant_permissions_to_role(self, _role: IRole) -> None:
        """Nothing to grant."""

    def _render(self) -> dict[str, Any]:
        tools = []
        for tool in self._schema:
            rendered: dict[str, Any] = {"name": tool.name, "description": tool.description,
                                        "input_schema": _render_definition(tool.input_schema)}
            if tool.output_schema is not None:
                rendered["output_schema"] = _render_definition(tool.output_schema)
            tools.append(rendered)
        return {"inline_payload": tools}


class S3ToolSchema(ToolSchema):
    """Tool definitions in S3.

    Args:
        location: the bucket and key.
        bucket_owner_account_id: the account that owns the bucket.
    """

    def __init__(self, location: Location, bucket_owner_account_id: str | None = None) -> None:
        super().__init__(location, bucket_owner_account_id, None)
        self._location = location

    def bind(self, scope: Construct) -> None:
        """Nothing to create."""

    def grant_permissions_to_role(self, role: IRole) -> None:
        """Let ``role`` get the object."""
        _s3_grant(role, self._location)

    def _render(self) -> dict[str, Any]:
        return _s3_render(self._location, self.bucket_owner_account_id)
