"""``ApiGatewayToLambda``: an API Gateway REST API proxying every request to a Lambda function."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from constructs import Construct, ValidationError
from l2 import apigateway, iam, lambda_, logs
from patterns._private.lambda_function import build_lambda_function
from patterns._private.props import check_prop_names, merge_props


class ApiGatewayToLambda(Construct):
    """A ``LambdaRestApi`` in front of a Lambda function, secure by default.

    Defaults (each overridable through the props):

    - the function: X-Ray tracing ``ACTIVE`` (its role gets only the X-Ray write actions besides the
      ``AWSLambdaBasicExecutionRole`` logging policy) and permission for this API to invoke it;
    - the API: every method requires IAM (SigV4) authorization; the ``prod`` stage traces with X-Ray, logs
      execution at ``INFO`` without request/response bodies, and writes JSON access logs to a new
      ``ApiAccessLogGroup`` log group (retained, two-year retention); the account-level role that lets API
      Gateway write to CloudWatch Logs is created (``AmazonAPIGatewayPushToCloudWatchLogs``, retained).

    Args:
        scope: the parent construct.
        id: the construct id.
        existing_lambda_obj: a function to put behind the API (exclusive with ``lambda_function_props``).
        lambda_function_props: ``lambda_.Function`` keyword arguments (``code``, ``handler`` and ``runtime``
            required) merged over the defaults.
        api_gateway_props: ``apigateway.LambdaRestApi`` keyword arguments (not ``handler``) merged over the
            defaults; ``deploy_options`` and ``default_method_options`` merge field by field (a mapping or the
            option object), so ``{"deploy_options": {"stage_name": "v1"}}`` keeps the access logging.
        log_group_props: ``logs.LogGroup`` keyword arguments for the access log group.

    Attributes:
        lambda_function: the function.
        api_gateway: the ``LambdaRestApi``.
        api_gateway_log_group: the access log group.
        api_gateway_cloud_watch_role: API Gateway's CloudWatch Logs role (``None`` with ``cloud_watch_role=False``).

    Raises:
        ValidationError: both or neither of ``existing_lambda_obj`` / ``lambda_function_props``, a ``handler``
            in ``api_gateway_props``, or keys the L2 classes do not take; the message names this construct's path.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        existing_lambda_obj: lambda_.Function | None = None,
        lambda_function_props: Mapping[str, object] | None = None,
        api_gateway_props: Mapping[str, object] | None = None,
        log_group_props: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(scope, id)
        check_prop_names(self, "api_gateway_props", api_gateway_props, apigateway.LambdaRestApi)
        check_prop_names(self, "log_group_props", log_group_props, logs.LogGroup)
        if api_gateway_props and api_gateway_props.get("handler") is not None:
            raise ValidationError(
                "api_gateway_props must not set handler: the pattern's function is the handler "
                "(use existing_lambda_obj to bring your own function)",
                self,
            )

        self.lambda_function: lambda_.Function = build_lambda_function(
            self, existing_lambda_obj=existing_lambda_obj, lambda_function_props=lambda_function_props
        )
        self.api_gateway_log_group: logs.LogGroup = logs.LogGroup(
            self, "ApiAccessLogGroup", **merge_props({}, log_group_props)
        )
        defaults: dict[str, Any] = {
            "default_method_options": apigateway.MethodOptions(authorization_type=apigateway.AuthorizationType.IAM),
            "deploy_options": apigateway.StageOptions(
                access_log_destination=apigateway.LogGroupLogDestination(self.api_gateway_log_group),
                access_log_format=apigateway.AccessLogFormat.json_with_standard_fields(),
                data_trace_enabled=False,
                logging_level=apigateway.MethodLoggingLevel.INFO,
                tracing_enabled=True,
            ),
        }
        self.api_gateway: apigateway.LambdaRestApi = apigateway.LambdaRestApi(
            self, "LambdaRestApi", handler=self.lambda_function, **merge_props(defaults, api_gateway_props)
        )
        role = self.api_gateway.node.try_find_child("CloudWatchRole")
        self.api_gateway_cloud_watch_role: iam.Role | None = role if isinstance(role, iam.Role) else None
