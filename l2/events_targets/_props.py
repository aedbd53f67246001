"""The keyword structs of the targets (``*Props``, ``*Options``), as aws-cdk-lib exports them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs import Duration
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.events import RuleTargetInput
    from l2.events_targets._log_group import LogGroupTargetInput
    from l2.iam import IRole, PolicyStatement
    from l2.secretsmanager import ISecret
    from l2.sqs import IQueue


@structs.frozen(kw_only=True)
class TargetBaseProps:
    """What every target accepts.

    Args:
        dead_letter_queue: the SQS queue for events that could not be delivered (default: none).
        max_event_age: how long EventBridge retries an event, 60 s to 24 h (default: 24 hours).
        retry_attempts: how many times EventBridge retries, 0 to 185 (default: 185).
    """

    dead_letter_queue: IQueue | None = None
    max_event_age: Duration | None = None
    retry_attempts: float | None = None


@structs.frozen(kw_only=True)
class LambdaFunctionProps(TargetBaseProps):
    """``LambdaFunction`` options.

    Args:
        event: the input (default: the whole event).
    """

    event: RuleTargetInput | None = None


@structs.frozen(kw_only=True)
class SqsQueueProps(TargetBaseProps):
    """``SqsQueue`` options.

    Args:
        message: the message (default: the whole event).
        message_group_id: the FIFO message group id (FIFO queues only).
    """

    message: RuleTargetInput | None = None
    message_group_id: str | None = None


@structs.frozen(kw_only=True)
class SnsTopicProps(TargetBaseProps):
    """``SnsTopic`` options.

    Args:
        authorize_using_role: publish with a role instead of the topic policy (default: ``True`` if ``role``).
        message: the message (default: the whole event).
        role: the role to publish with (default: a new one when ``authorize_using_role``).
    """

    authorize_using_role: bool | None = None
    message: RuleTargetInput | None = None
    role: IRole | None = None


@structs.frozen(kw_only=True)
class KinesisStreamProps(TargetBaseProps):
    """``KinesisStream`` options.

    Args:
        message: the record (default: the whole event).
        partition_key_path: JSONPath of the partition key (default: the event id).
    """

    message: RuleTargetInput | None = None
    partition_key_path: str | None = None


@structs.frozen(kw_only=True)
class SfnStateMachineProps(TargetBaseProps):
    """``SfnStateMachine`` options.

    Args:
        input: the execution input (default: the whole event).
        role: the role that starts executions (default: a new one).
    """

    input: RuleTargetInput | None = None
    role: IRole | None = None


@structs.frozen(kw_only=True)
class CodeBuildProjectProps(TargetBaseProps):
    """``CodeBuildProject`` options.

    Args:
        event: the StartBuild input (default: the whole event).
        event_role: the role that starts builds (default: a new one).
    """

    event: RuleTargetInput | None = None
    event_role: IRole | None = None


@structs.frozen(kw_only=True)
class CodePipelineTargetOptions(TargetBaseProps):
    """``CodePipeline`` options.

    Args:
        event_role: the role that starts executions (default: a new one).
    """

    event_role: IRole | None = None


@structs.frozen(kw_only=True)
class EventBusProps:
    """``EventBus`` target options.

    Args:
        dead_letter_queue: the queue for undelivered events (default: none).
        role: the role that puts events (default: a new one).
    """

    dead_letter_queue: IQueue | None = None
    role: IRole | None = None


@structs.frozen(kw_only=True)
class ApiDestinationProps(TargetBaseProps):
    """``ApiDestination`` target options.

    Args:
        event: the request body (default: the whole event).
        event_role: the role that invokes the destination (default: a new one).
        header_parameters: extra headers.
        path_parameter_values: values for the endpoint's ``*`` path parameters.
        query_string_parameters: extra query string parameters.
    """

    event: RuleTargetInput | None = None
    event_role: IRole | None = None
    header_parameters: Mapping[str, str] | None = None
    path_parameter_values: Sequence[str] | None = None
    query_string_parameters: Mapping[str, str] | None = None


@structs.frozen(kw_only=True)
class ApiGatewayProps(TargetBaseProps):
    """``ApiGateway``/``ApiGatewayV2`` target options.

    Args:
        event_role: the role that invokes the API (default: a new one).
        header_parameters: extra headers.
        method: the HTTP method (default ``*``).
        path: the resource path (default ``/``).
        path_parameter_values: values for the path's ``*`` parameters.
        post_body: the request body (default: the whole event).
        query_string_parameters: extra query string parameters.
        stage: the stage (default: the API's deployment stage).
    """

    event_role: IRole | None = None
    header_parameters: Mapping[str, str] | None = None
    method: str | None = None
    path: str | None = None
    path_parameter_values: Sequence[str] | None = None
    post_body: RuleTargetInput | None = None
    query_string_parameters: Mapping[str, str] | None = None
    stage: str | None = None


@structs.frozen(kw_only=True)
class BatchJobProps(TargetBaseProps):
    """``BatchJob`` options.

    Args:
        attempts: retry attempts of the job, 1 to 10 (default: 1).
        event: the job input (default: the whole event).
        job_name: the job's name (default: the rule's unique name).
        size: the array size, 2 to 10,000 (default: not an array job).
    """

    attempts: float | None = None
    event: RuleTargetInput | None = None
    job_name: str | None = None
    size: float | None = None


@structs.frozen(kw_only=True)
class KinesisFirehoseStreamProps:
    """``KinesisFirehoseStream``/``KinesisFirehoseStreamV2`` options.

    Args:
        message: the record sent to the delivery stream (default: the whole event).
    """

    message: RuleTargetInput | None = None


@structs.frozen(kw_only=True)
class FirehoseDeliveryStreamProps:
    """``FirehoseDeliveryStream`` options.

    Args:
        message: the record (default: the whole event).
    """

    message: RuleTargetInput | None = None


@structs.frozen(kw_only=True)
class RedshiftQueryProps:
    """``RedshiftQuery`` options.

    Args:
        database: the database.
        sql: the SQL statements (one or more).
        db_user: the database user (default: none; use ``secret``).
        dead_letter_queue: the queue for undelivered events (default: none).
        input: the input (default: the whole event).
        role: the role that runs the statements (default: a new one).
        secret: the secret with the credentials (default: none).
        send_event_bridge_event: send an event when the statement runs (default: no).
        statement_name: the statement's name.
    """

    database: str
    sql: Sequence[str]
    db_user: str | None = None
    dead_letter_queue: IQueue | None = None
    input: RuleTargetInput | None = None
    role: IRole | None = None
    secret: ISecret | None = None
    send_event_bridge_event: bool | None = None
    statement_name: str | None = None


@structs.frozen(kw_only=True)
class AppSyncGraphQLApiProps(TargetBaseProps):
    """``AppSync`` options.

    Args:
        graph_ql_operation: the GraphQL mutation.
        event_role: the role that calls the API (default: a new one with mutation rights).
        variables: the operation's variables (default: none).
    """

    graph_ql_operation: str
    event_role: IRole | None = None
    variables: RuleTargetInput | None = None


@structs.frozen(kw_only=True)
class LogGroupTargetInputOptions:
    """The fields of a log event (``LogGroupTargetInput``).

    Args:
        message: the message (default: the event's ``detail-type``).
        timestamp: the timestamp (default: the event's time).
    """

    message: object = None
    timestamp: object = None


@structs.frozen(kw_only=True)
class LogGroupProps(TargetBaseProps):
    """The options of a ``CloudWatchLogGroup`` target.

    Args:
        event: the log event (default: the whole event).
        install_latest_aws_sdk: install the latest AWS SDK in the resource-policy custom resource.
        log_event: a ``LogGroupTargetInput`` (default: the whole event).
    """

    event: RuleTargetInput | None = None
    install_latest_aws_sdk: bool | None = None
    log_event: LogGroupTargetInput | None = None


@structs.frozen(kw_only=True)
class AwsApiInput:
    """An AWS API call (what an ``AwsApi`` target makes).

    Args:
        action: the API action (e.g. ``putParameter``).
        service: the service (e.g. ``SSM``).
        api_version: the API version.
        catch_error_pattern: a regex of errors to ignore.
        parameters: the call's parameters.
    """

    action: str
    service: str
    api_version: str | None = None
    catch_error_pattern: str | None = None
    parameters: object = None


@structs.frozen(kw_only=True)
class AwsApiProps(AwsApiInput):
    """``AwsApiInput`` with the IAM statement the call needs.

    Args:
        policy_statement: the IAM statement that allows the call, for when it must be limited to certain
            resources (default: one allowing the call's action on every resource).
    """

    policy_statement: PolicyStatement | None = None
