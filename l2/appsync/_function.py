"""``AppsyncFunction``: a reusable function of pipeline resolvers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from constructs import Construct, Fn, Lazy, Resource, ValidationError
from l1._private.interfaces.appsync import FunctionConfigurationReference as FunctionConfigurationReference
from l1.appsync import CfnFunctionConfiguration
from l2.appsync._resolver import check_code

if TYPE_CHECKING:
    from l2.appsync._code import Code
    from l2.appsync._data_source import BaseDataSource
    from l2.appsync._interfaces import IAppsyncFunction, IGraphqlApi
    from l2.appsync._mapping import MappingTemplate
    from l2.appsync._runtime import FunctionRuntime


class _ImportedFunction(Resource):
    def __init__(self, scope: Construct, id: str, function_arn: str) -> None:
        super().__init__(scope, id)
        self.function_arn = function_arn
        self.function_id: str = Lazy.string(lambda: Fn.select(3, Fn.split("/", function_arn)))

    @property
    def function_configuration_ref(self) -> FunctionConfigurationReference:
        """The function's ARN."""
        return FunctionConfigurationReference(function_arn=self.function_arn)


class AppsyncFunction(Resource):
    """A function of pipeline resolvers (``AWS::AppSync::FunctionConfiguration``).

    Args:
        scope: the parent construct.
        id: the construct id.
        api: the API.
        data_source: the data source.
        name: the function's name.
        code: JavaScript code (needs ``runtime``).
        description: its description.
        max_batch_size: the most requests a Lambda data source receives in one batch (Lambda data sources only).
        request_mapping_template: the VTL request template.
        response_mapping_template: the VTL response template.
        runtime: the code's runtime.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-appsync.AppsyncFunction"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        api: IGraphqlApi,
        data_source: BaseDataSource,
        name: str,
        code: Code | None = None,
        description: str | None = None,
        max_batch_size: float | None = None,
        request_mapping_template: MappingTemplate | None = None,
        response_mapping_template: MappingTemplate | None = None,
        runtime: FunctionRuntime | None = None,
    ) -> None:
        super().__init__(scope, id)
        check_code(scope, code, runtime, request_mapping_template, response_mapping_template)
        from l2.appsync._data_source import LambdaDataSource

        if max_batch_size and not isinstance(data_source, LambdaDataSource):
            raise ValidationError(
                "maxBatchSize can only be set for the data source of type LambdaDataSource'", scope
            )
        bound = code.bind(self) if code is not None else None
        self.function: CfnFunctionConfiguration = CfnFunctionConfiguration(
            self,
            "Resource",
            name=name,
            description=description,
            api_id=api.api_id,
            data_source_name=data_source.name,
            runtime=runtime.to_properties().__dict__ if runtime is not None else None,  # type: ignore[arg-type]
            code_s3_location=bound.s3_location if bound is not None else None,
            code=bound.inline_code if bound is not None else None,
            function_version="2018-05-29",
            request_mapping_template=(
                request_mapping_template.render_template() if request_mapping_template is not None else None
            ),
            response_mapping_template=(
                response_mapping_template.render_template() if response_mapping_template is not None else None
            ),
            max_batch_size=max_batch_size,
        )
        self.function_name: str = self.function.attr_name
        self.function_arn: str = self.function.attr_function_arn
        self.function_id: str = self.function.attr_function_id
        self.data_source: BaseDataSource = data_source
        self.function.add_resource_dependency(data_source.ds)
        api.add_schema_dependency(self.function)

    @property
    def function_configuration_ref(self) -> FunctionConfigurationReference:
        """The function's ARN."""
        return FunctionConfigurationReference(function_arn=self.function_arn)

    @staticmethod
    def from_appsync_function_attributes(scope: Construct, id: str, *, function_arn: str) -> IAppsyncFunction:
        """Import a function by ARN."""
        return _ImportedFunction(scope, id, function_arn)
