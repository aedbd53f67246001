"""``SchemaFile`` and ``Definition``: where a GraphQL API's schema comes from."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from l2.appsync._types import SourceApi, SourceApiOptions, as_struct

if TYPE_CHECKING:
    from l2.appsync._interfaces import IGraphqlApi, ISchema
    from l2.iam import Role


class _SchemaConfig:
    """What ``SchemaFile.bind`` returns."""

    def __init__(self, api_id: str, definition: str) -> None:
        self.api_id = api_id
        self.definition = definition


class SchemaFile:
    """A schema read from a ``.graphql`` file.

    Args:
        file_path: the file.
    """

    def __init__(self, *, file_path: str) -> None:
        self.definition: str = Path(file_path).read_text(encoding="utf-8")

    @staticmethod
    def from_asset(file_path: str) -> SchemaFile:
        """The schema in ``file_path``."""
        return SchemaFile(file_path=file_path)

    def bind(self, api: IGraphqlApi) -> _SchemaConfig:
        """The schema for ``api``."""
        return _SchemaConfig(api.api_id, self.definition)


class Definition:
    """A GraphQL API's definition: a schema, or the source APIs of a merged API.

    Args:
        schema: the schema.
        source_api_options: the source APIs of a merged API.
    """

    def __init__(self, schema: ISchema | None = None, source_api_options: SourceApiOptions | None = None) -> None:
        self.schema: ISchema | None = schema
        self.source_api_options: SourceApiOptions | None = source_api_options

    @staticmethod
    def from_schema(schema: ISchema) -> Definition:
        """The API is defined by ``schema``."""
        return Definition(schema=schema)

    @staticmethod
    def from_file(file_path: str) -> Definition:
        """The API is defined by the schema in ``file_path``."""
        return Definition.from_schema(SchemaFile.from_asset(file_path))

    @staticmethod
    def from_source_apis(
        *, source_apis: Sequence[SourceApi], merged_api_execution_role: Role | None = None
    ) -> Definition:
        """The API is a merged API of ``source_apis``."""
        return Definition(
            source_api_options=SourceApiOptions(
                source_apis=[as_struct(SourceApi, s) for s in source_apis],
                merged_api_execution_role=merged_api_execution_role,
            )
        )
