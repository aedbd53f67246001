"""Targets that call HTTP endpoints: API destinations, API Gateway REST and HTTP APIs, AppSync."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Duration, ValidationError
from l2.events_targets._private.util import (
    add_to_dead_letter_queue_resource_policy,
    bind_base_target_config,
    config,
    singleton_event_role,
)
from l2.events_targets._props import ApiDestinationProps, ApiGatewayProps, AppSyncGraphQLApiProps

if TYPE_CHECKING:
    from l2.apigateway import IRestApi, RestApi
    from l2.apigatewayv2 import IHttpApi
    from l2.appsync import IGraphqlApi
    from l2.events import IApiDestination, IRule, RuleTargetConfig, RuleTargetInput
    from l2.iam import IRole
    from l2.sqs import IQueue


class ApiDestination:
    """Send events to an EventBridge API destination.

    Args:
        api_destination: the destination.
        event: the request body (default: the whole event).
        event_role: the role that invokes the destination (default: an ``EventsRole`` child of the destination).
        header_parameters: extra headers.
        path_parameter_values: values for the endpoint's ``*`` path parameters.
        query_string_parameters: extra query string parameters.
        dead_letter_queue: the queue for undelivered events (default: none).
        max_event_age: how long to retry (default: 24 hours).
        retry_attempts: how many retries (default: 185).
    """

    def __init__(
        self,
        api_destination: IApiDestination,
        *,
        event: RuleTargetInput | None = None,
        event_role: IRole | None = None,
        header_parameters: Mapping[str, str] | None = None,
        path_parameter_values: Sequence[str] | None = None,
        query_string_parameters: Mapping[str, str] | None = None,
        dead_letter_queue: IQueue | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        self.api_destination = api_destination
        self.props: ApiDestinationProps = ApiDestinationProps(
            event=event,
            event_role=event_role,
            header_parameters=header_parameters,
            path_parameter_values=path_parameter_values,
            query_string_parameters=query_string_parameters,
            dead_letter_queue=dead_letter_queue,
            max_event_age=max_event_age,
            retry_attempts=retry_attempts,
        )

    def bind(self, rule: IRule, _id: str | None = None) -> RuleTargetConfig:
        """Allow ``events:InvokeApiDestination``; the destination as a rule target."""
        from l2 import iam

        p = self.props
        http_parameters = None
        if (p.header_parameters, p.path_parameter_values, p.query_string_parameters) != (None, None, None):
            http_parameters = {
                "header_parameters": p.header_parameters,
                "path_parameter_values": p.path_parameter_values,
                "query_string_parameters": p.query_string_parameters,
            }
        if p.dead_letter_queue is not None:
            add_to_dead_letter_queue_resource_policy(rule, p.dead_letter_queue)
        role = p.event_role if p.event_role is not None else singleton_event_role(self.api_destination)
        role.add_to_principal_policy(
            iam.PolicyStatement(
                resources=[self.api_destination.api_destination_arn], actions=["events:InvokeApiDestination"]
            )
        )
        return config(
            **bind_base_target_config(p),
            arn=self.api_destination.api_destination_arn,
            role=role,
            input=p.event,
            target_resource=self.api_destination,
            http_parameters=http_parameters,
        )


def _check_wildcards(props: ApiGatewayProps, rule: Any) -> None:
    wildcards = len(re.findall(r"\*", props.path)) if props.path else 0
    if wildcards != len(props.path_parameter_values or []):
        raise ValidationError(
            "The number of wildcards in the path does not match the number of path pathParameterValues.", rule
        )


def _gateway_config(props: ApiGatewayProps, arn: str, role: Any, target: Any) -> Any:
    dlq = props.dead_letter_queue
    return config(
        **{
            **bind_base_target_config(props),
            "dead_letter_config": {"arn": dlq.queue_arn} if dlq is not None else None,
        },
        arn=arn,
        role=role,
        input=props.post_body,
        target_resource=target,
        http_parameters={
            "header_parameters": props.header_parameters,
            "query_string_parameters": props.query_string_parameters,
            "path_parameter_values": props.path_parameter_values,
        },
    )


def _invoke_statement(arn: str) -> Any:
    from l2 import iam

    return iam.PolicyStatement(resources=[arn], actions=["execute-api:Invoke", "execute-api:ManageConnections"])


class ApiGateway:
    """Call an API Gateway REST API.

    Args:
        rest_api: the API (``IRestApi``: ``arn_for_execute_api`` and ``deployment_stage``).
        event_role: the role that invokes the API (default: an ``EventsRole`` child of the API).
        header_parameters: extra headers.
        method: the HTTP method (default ``*``).
        path: the resource path (default ``/``).
        path_parameter_values: values for the path's ``*`` parameters.
        post_body: the request body (default: the whole event).
        query_string_parameters: extra query string parameters.
        stage: the stage (default: the API's deployment stage).
        dead_letter_queue: the queue for undelivered events (default: none).
        max_event_age: how long to retry (default: 24 hours).
        retry_attempts: how many retries (default: 185).
    """

    def __init__(
        self,
        rest_api: IRestApi,
        *,
        event_role: IRole | None = None,
        header_parameters: Mapping[str, str] | None = None,
        method: str | None = None,
        path: str | None = None,
        path_parameter_values: Sequence[str] | None = None,
        post_body: RuleTargetInput | None = None,
        query_string_parameters: Mapping[str, str] | None = None,
        stage: str | None = None,
        dead_letter_queue: IQueue | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        self._rest_api = rest_api
        self.props: ApiGatewayProps = ApiGatewayProps(
            event_role=event_role,
            header_parameters=header_parameters,
            method=method,
            path=path,
            path_parameter_values=path_parameter_values,
            post_body=post_body,
            query_string_parameters=query_string_parameters,
            stage=stage,
            dead_letter_queue=dead_letter_queue,
            max_event_age=max_event_age,
            retry_attempts=retry_attempts,
        )

    @property
    def i_rest_api(self) -> IRestApi:
        """The API."""
        return self._rest_api

    @property
    def rest_api(self) -> RestApi:
        """Deprecated: use ``i_rest_api``. The API, if it is a ``RestApi``.

        Raises:
            ValidationError: the API is not a ``RestApi`` construct.
        """
        from l2 import apigateway

        if not isinstance(self._rest_api, apigateway.RestApi):
            raise ValidationError(
                "The iRestApi is not a RestApi construct, and cannot be retrieved this way.", self._rest_api
            )
        return self._rest_api

    def bind(self, rule: IRule, _id: str | None = None) -> RuleTargetConfig:
        """Allow invoking the API; the API as a rule target.

        Raises:
            ValidationError: the path's ``*`` count differs from ``path_parameter_values``.
        """
        p = self.props
        if p.dead_letter_queue is not None:
            add_to_dead_letter_queue_resource_policy(rule, p.dead_letter_queue)
        _check_wildcards(p, rule)
        arn = self._rest_api.arn_for_execute_api(
            p.method or "*", p.path or "/", p.stage or self._rest_api.deployment_stage.stage_name  # type: ignore[union-attr]
        )
        role = p.event_role or singleton_event_role(self._rest_api)
        role.add_to_principal_policy(_invoke_statement(arn))
        return _gateway_config(p, arn, role, self._rest_api)


class ApiGatewayV2:
    """Call an API Gateway HTTP API (``IHttpApi``: ``arn_for_execute_api`` and ``default_stage``).

    Args:
        http_api: the API.
        event_role: the role that invokes the API (default: an ``EventsRole`` child of the API).
        header_parameters: extra headers.
        method: the HTTP method (default ``*``).
        path: the resource path (default ``/``).
        path_parameter_values: values for the path's ``*`` parameters.
        post_body: the request body (default: the whole event).
        query_string_parameters: extra query string parameters.
        stage: the stage (default: the API's default stage).
        dead_letter_queue: the queue for undelivered events (default: none).
        max_event_age: how long to retry (default: 24 hours).
        retry_attempts: how many retries (default: 185).
    """

    def __init__(
        self,
        http_api: IHttpApi,
        *,
        event_role: IRole | None = None,
        header_parameters: Mapping[str, str] | None = None,
        method: str | None = None,
        path: str | None = None,
        path_parameter_values: Sequence[str] | None = None,
        post_body: RuleTargetInput | None = None,
        query_string_parameters: Mapping[str, str] | None = None,
        stage: str | None = None,
        dead_letter_queue: IQueue | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        self._http_api = http_api
        self.props: ApiGatewayProps = ApiGatewayProps(
            event_role=event_role,
            header_parameters=header_parameters,
            method=method,
            path=path,
            path_parameter_values=path_parameter_values,
            post_body=post_body,
            query_string_parameters=query_string_parameters,
            stage=stage,
            dead_letter_queue=dead_letter_queue,
            max_event_age=max_event_age,
            retry_attempts=retry_attempts,
        )

    @property
    def i_http_api(self) -> IHttpApi:
        """The API."""
        return self._http_api

    def bind(self, rule: IRule, _id: str | None = None) -> RuleTargetConfig:
        """Allow invoking the API; the API as a rule target.

        Raises:
            ValidationError: the path's ``*`` count differs from ``path_parameter_values``.
        """
        p = self.props
        if p.dead_letter_queue is not None:
            add_to_dead_letter_queue_resource_policy(rule, p.dead_letter_queue)
        _check_wildcards(p, rule)
        default_stage = getattr(self._http_api, "default_stage", None)
        stage = p.stage or (default_stage.stage_name if default_stage is not None else None)
        arn = self._http_api.arn_for_execute_api(p.method, p.path or "/", stage)
        role = p.event_role or singleton_event_role(self._http_api)
        role.add_to_principal_policy(_invoke_statement(arn))
        return _gateway_config(p, arn, role, self._http_api)


class AppSync:
    """Run a GraphQL mutation of an AppSync API (``IGraphqlApi``-shaped: ``modes``, ``visibility``,
    ``graph_ql_endpoint_arn``, ``grant_mutation``).

    Args:
        appsync_api: the API.
        graph_ql_operation: the mutation.
        event_role: the role that calls the API (default: an ``EventsRole`` child of the API, granted mutations).
        variables: the operation's variables (default: none).
        dead_letter_queue: the queue for undelivered events (default: none).
        max_event_age: how long to retry (default: 24 hours).
        retry_attempts: how many retries (default: 185).
    """

    def __init__(
        self,
        appsync_api: IGraphqlApi,
        *,
        graph_ql_operation: str,
        event_role: IRole | None = None,
        variables: RuleTargetInput | None = None,
        dead_letter_queue: IQueue | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        self.appsync_api = appsync_api
        self.props: AppSyncGraphQLApiProps = AppSyncGraphQLApiProps(
            graph_ql_operation=graph_ql_operation,
            event_role=event_role,
            variables=variables,
            dead_letter_queue=dead_letter_queue,
            max_event_age=max_event_age,
            retry_attempts=retry_attempts,
        )

    def bind(self, rule: IRule, _id: str | None = None) -> RuleTargetConfig:
        """Grant mutations; the API as a rule target.

        Raises:
            ValidationError: the API lacks IAM authorization, is not global, or has no endpoint ARN.
        """
        p = self.props
        api = self.appsync_api
        if p.dead_letter_queue is not None:
            add_to_dead_letter_queue_resource_policy(rule, p.dead_letter_queue)
        if "AWS_IAM" not in [getattr(m, "value", m) for m in api.modes]:
            raise ValidationError(
                "You must have AWS_IAM authorization mode enabled on your API to configure an AppSync target", rule
            )
        if getattr(api.visibility, "value", api.visibility) != "GLOBAL":
            raise ValidationError('Your API visibility must be "GLOBAL"', rule)
        if api.graph_ql_endpoint_arn == "":
            raise ValidationError("You must have a valid `graphQLEndpointArn` set", rule)
        role = p.event_role or singleton_event_role(api)
        if not p.event_role:
            api.grant_mutation(role)
        dlq = p.dead_letter_queue
        return config(
            **{
                **bind_base_target_config(p),
                "dead_letter_config": {"arn": dlq.queue_arn} if dlq is not None else None,
            },
            arn=api.graph_ql_endpoint_arn,
            role=role,
            input=p.variables,
            target_resource=api,
            app_sync_parameters={"graph_ql_operation": p.graph_ql_operation},
        )
