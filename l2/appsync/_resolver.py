"""``Resolver``: a unit or pipeline resolver of a GraphQL field."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import Construct, Token, ValidationError
from l1.appsync import CfnResolver
from l2.appsync._types import CachingConfig

if TYPE_CHECKING:
    from l2.appsync._code import Code
    from l2.appsync._data_source import BaseDataSource
    from l2.appsync._interfaces import IAppsyncFunction, IGraphqlApi
    from l2.appsync._mapping import MappingTemplate
    from l2.appsync._runtime import FunctionRuntime
    from l2.appsync._types import ResolverMetricsConfig

_BASE_CACHING_KEYS = ("$context.arguments", "$context.source", "$context.identity")


def check_code(scope: Construct, code: Code | None, runtime: FunctionRuntime | None,
               request: MappingTemplate | None, response: MappingTemplate | None) -> None:
    """The checks resolvers and functions share: code needs a runtime, and excludes mapping templates."""
    if runtime is not None and code is None:
        raise ValidationError("Code is required when specifying a runtime", scope)
    if code is not None and (request is not None or response is not None):
        raise ValidationError("Mapping templates cannot be used alongside code", scope)


class Resolver(Construct):
    """A resolver of a GraphQL field (``AWS::AppSync::Resolver``): a unit resolver with a data source, or a
    pipeline resolver of functions.

    Args:
        scope: the parent construct.
        id: the construct id.
        api: the API.
        data_source: the data source (none for a pipeline resolver).
        field_name: the field it resolves.
        type_name: the type of the field.
        caching_config: per-resolver caching.
        code: JavaScript code (needs ``runtime``).
        max_batch_size: the most requests a Lambda data source receives in one batch.
        metrics_config: whether it emits enhanced metrics.
        pipeline_config: the functions of a pipeline resolver, in order.
        request_mapping_template: the VTL request template.
        response_mapping_template: the VTL response template.
        runtime: the code's runtime.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        api: IGraphqlApi,
        data_source: BaseDataSource | None = None,
        field_name: str,
        type_name: str,
        caching_config: CachingConfig | None = None,
        code: Code | None = None,
        max_batch_size: float | None = None,
        metrics_config: ResolverMetricsConfig | None = None,
        pipeline_config: Sequence[IAppsyncFunction] | None = None,
        request_mapping_template: MappingTemplate | None = None,
        response_mapping_template: MappingTemplate | None = None,
        runtime: FunctionRuntime | None = None,
    ) -> None:
        super().__init__(scope, id)
        pipeline = {"functions": [f.function_id for f in pipeline_config]} if pipeline_config else None
        check_code(scope, code, runtime, request_mapping_template, response_mapping_template)
        if pipeline is not None and data_source is not None:
            raise ValidationError(f"Pipeline Resolver cannot have data source. Received: {data_source.name}", scope)
        if isinstance(caching_config, dict):
            caching_config = CachingConfig(**caching_config)
        if caching_config is not None and caching_config.ttl is not None:
            seconds = caching_config.ttl.to_seconds()
            if seconds < 1 or seconds > 3600:
                raise ValidationError(
                    f"Caching config TTL must be between 1 and 3600 seconds. Received: {seconds}", scope
                )
        if caching_config is not None and caching_config.caching_keys:
            keys = list(caching_config.caching_keys)
            if any(not Token.is_unresolved(k) and not k.startswith(_BASE_CACHING_KEYS) for k in keys):
                raise ValidationError(
                    "Caching config keys must begin with $context.arguments, $context.source or $context.identity. "
                    f"Received: {','.join(keys)}",
                    scope,
                )
        bound = code.bind(self) if code is not None else None
        self.resolver: CfnResolver = CfnResolver(
            self,
            "Resource",
            api_id=api.api_id,
            type_name=type_name,
            field_name=field_name,
            data_source_name=data_source.name if data_source is not None else None,
            kind="PIPELINE" if pipeline is not None else "UNIT",
            runtime=runtime.to_properties().__dict__ if runtime is not None else None,  # type: ignore[arg-type]
            code_s3_location=bound.s3_location if bound is not None else None,
            code=bound.inline_code if bound is not None else None,
            pipeline_config=pipeline,  # type: ignore[arg-type]
            request_mapping_template=(
                request_mapping_template.render_template() if request_mapping_template is not None else None
            ),
            response_mapping_template=(
                response_mapping_template.render_template() if response_mapping_template is not None else None
            ),
            caching_config=(  # type: ignore[arg-type]
                {
                    "caching_keys": list(caching_config.caching_keys) if caching_config.caching_keys else None,
                    "ttl": caching_config.ttl.to_seconds(),
                }
                if caching_config is not None
                else None
            ),
            max_batch_size=max_batch_size,
            metrics_config=metrics_config.value if metrics_config is not None else None,
        )
        api.add_schema_dependency(self.resolver)
        if data_source is not None:
            self.resolver.add_resource_dependency(data_source.ds)
        self.arn: str = self.resolver.attr_resolver_arn
