"""Targets for AWS Batch, Amazon Data Firehose and the Redshift Data API."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import Duration, Names, Token, ValidationError
from constructs.internals import check_deprecated_props, deprecated
from l2.events_targets._private.util import (
    add_to_dead_letter_queue_resource_policy,
    bind_base_target_config,
    config,
    singleton_event_role,
)
from l2.events_targets._props import (
    BatchJobProps,
    FirehoseDeliveryStreamProps,
    KinesisFirehoseStreamProps,
    RedshiftQueryProps,
)

if TYPE_CHECKING:
    from constructs import IConstruct
    from l2.events import IRule, RuleTargetConfig, RuleTargetInput
    from l2.iam import Grant, IGrantable, IRole
    from l2.kinesisfirehose import CfnDeliveryStream
    from l2.secretsmanager import ISecret
    from l2.sqs import IQueue


@runtime_checkable
class IDeliveryStream(Protocol):
    """A Firehose delivery stream: ``delivery_stream_arn`` and ``grant_put_records``."""

    @property
    def delivery_stream_arn(self) -> str: ...

    @property
    def delivery_stream_name(self) -> str: ...

    def grant_put_records(self, grantee: IGrantable) -> Grant: ...


class BatchJob:
    """Submit an AWS Batch job to a job queue.

    Args:
        job_queue_arn: the job queue's ARN.
        job_queue_scope: the job queue construct.
        job_definition_arn: the job definition's ARN.
        job_definition_scope: the job definition construct (the default role is its ``EventsRole`` child).
        attempts: retry attempts of the job, 1 to 10 (default: 1).
        event: the job input (default: the whole event).
        job_name: the job's name (default: the rule's unique name).
        size: the array size, 2 to 10,000 (default: not an array job).
        dead_letter_queue: the queue for undelivered events (default: none).
        max_event_age: how long to retry (default: 24 hours).
        retry_attempts: how many retries (default: 185).
    """

    def __init__(
        self,
        job_queue_arn: str,
        job_queue_scope: IConstruct,
        job_definition_arn: str,
        job_definition_scope: IConstruct,
        *,
        attempts: float | None = None,
        event: RuleTargetInput | None = None,
        job_name: str | None = None,
        size: float | None = None,
        dead_letter_queue: IQueue | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        self.job_queue_arn = job_queue_arn
        self.job_queue_scope = job_queue_scope
        self.job_definition_arn = job_definition_arn
        self.job_definition_scope = job_definition_scope
        self.props: BatchJobProps = BatchJobProps(
            attempts=attempts,
            event=event,
            job_name=job_name,
            size=size,
            dead_letter_queue=dead_letter_queue,
            max_event_age=max_event_age,
            retry_attempts=retry_attempts,
        )

    def bind(self, rule: IRule, _id: str | None = None) -> RuleTargetConfig:
        """Allow ``batch:SubmitJob``; the job queue as a rule target.

        Raises:
            ValidationError: a ``job_name`` not 1 to 128 characters long.
        """
        from l2 import iam

        p = self.props
        name = p.job_name
        if name is not None and not Token.is_unresolved(name) and (len(name) < 1 or len(name) > 128):
            raise ValidationError(
                f"Invalid jobName value {name}, must have length between 1 and 128, got: {len(name)}", rule
            )
        batch_parameters = {
            "job_definition": self.job_definition_arn,
            "job_name": name if name is not None else Names.unique_resource_name(rule, max_length=128),
            "array_properties": {"size": p.size} if p.size else None,
            "retry_strategy": {"attempts": p.attempts} if p.attempts else None,
        }
        if p.dead_letter_queue is not None:
            add_to_dead_letter_queue_resource_policy(rule, p.dead_letter_queue)
        role = singleton_event_role(self.job_definition_scope)
        role.add_to_principal_policy(
            iam.PolicyStatement(actions=["batch:SubmitJob"], resources=[self.job_definition_arn, self.job_queue_arn])
        )
        return config(
            **bind_base_target_config(p),
            arn=self.job_queue_arn,
            role=role,
            input=p.event,
            target_resource=self.job_queue_scope,
            batch_parameters=batch_parameters,
        )


def _put_record_statement(arn: str) -> Any:
    from l2 import iam

    return iam.PolicyStatement(actions=["firehose:PutRecord", "firehose:PutRecordBatch"], resources=[arn])


class KinesisFirehoseStream:
    """Deprecated: use ``FirehoseDeliveryStream``. Put records into a Firehose ``CfnDeliveryStream``.

    Args:
        stream: the L1 delivery stream.
        message: the record (default: the whole event).
    """

    def __init__(self, stream: CfnDeliveryStream, *, message: RuleTargetInput | None = None) -> None:
        deprecated("aws-cdk-lib.aws_events_targets.KinesisFirehoseStream", "Use FirehoseDeliveryStream")
        check_deprecated_props("aws_events_targets.KinesisFirehoseStreamProps", locals())
        self.stream = stream
        self.props: KinesisFirehoseStreamProps = KinesisFirehoseStreamProps(message=message)

    def bind(self, _rule: IRule, _id: str | None = None) -> RuleTargetConfig:
        """Allow putting records; the stream as a rule target."""
        role = singleton_event_role(self.stream)
        role.add_to_principal_policy(_put_record_statement(self.stream.attr_arn))
        return config(arn=self.stream.attr_arn, role=role, input=self.props.message, target_resource=self.stream)


class KinesisFirehoseStreamV2:
    """Deprecated: use ``FirehoseDeliveryStream``. Put records into a delivery stream (``delivery_stream_arn``).

    Args:
        stream: the delivery stream.
        message: the record (default: the whole event).
    """

    def __init__(self, stream: IDeliveryStream, *, message: RuleTargetInput | None = None) -> None:
        self.stream = stream
        self.props: KinesisFirehoseStreamProps = KinesisFirehoseStreamProps(message=message)

    def bind(self, _rule: IRule, _id: str | None = None) -> RuleTargetConfig:
        """Allow putting records; the stream as a rule target."""
        role = singleton_event_role(self.stream)
        role.add_to_principal_policy(_put_record_statement(self.stream.delivery_stream_arn))
        return config(
            arn=self.stream.delivery_stream_arn, role=role, input=self.props.message, target_resource=self.stream
        )


class FirehoseDeliveryStream:
    """Put records into an Amazon Data Firehose delivery stream (``IDeliveryStream``).

    Args:
        delivery_stream: the delivery stream.
        message: the record (default: the whole event).
    """

    def __init__(self, delivery_stream: Any, *, message: RuleTargetInput | None = None) -> None:
        self.delivery_stream = delivery_stream
        self.props: FirehoseDeliveryStreamProps = FirehoseDeliveryStreamProps(message=message)

    def bind(self, _rule: IRule, _id: str | None = None) -> RuleTargetConfig:
        """Grant putting records; the stream as a rule target."""
        role = singleton_event_role(self.delivery_stream)
        self.delivery_stream.grant_put_records(role)
        return config(
            arn=self.delivery_stream.delivery_stream_arn,
            role=role,
            input=self.props.message,
            target_resource=self.delivery_stream,
        )


class RedshiftQuery:
    """Run SQL on a Redshift cluster through the Redshift Data API.

    Args:
        cluster_arn: the cluster's ARN.
        database: the database.
        sql: the SQL statements (one runs ``ExecuteStatement``, several ``BatchExecuteStatement``).
        db_user: the database user (default: none; use ``secret``).
        dead_letter_queue: the queue for undelivered events (default: none).
        input: the input (default: the whole event).
        role: the role that runs the statements (default: an ``EventsRole`` child of the rule).
        secret: the secret with the credentials (default: none).
        send_event_bridge_event: send an event when the statement runs (default: no).
        statement_name: the statement's name.
    """

    def __init__(
        self,
        cluster_arn: str,
        *,
        database: str,
        sql: Sequence[str],
        db_user: str | None = None,
        dead_letter_queue: IQueue | None = None,
        input: RuleTargetInput | None = None,
        role: IRole | None = None,
        secret: ISecret | None = None,
        send_event_bridge_event: bool | None = None,
        statement_name: str | None = None,
    ) -> None:
        self.cluster_arn = cluster_arn
        self.props: RedshiftQueryProps = RedshiftQueryProps(
            database=database,
            sql=sql,
            db_user=db_user,
            dead_letter_queue=dead_letter_queue,
            input=input,
            role=role,
            secret=secret,
            send_event_bridge_event=send_event_bridge_event,
            statement_name=statement_name,
        )

    def bind(self, rule: IRule, _id: str | None = None) -> RuleTargetConfig:
        """Allow running the statements; the cluster as a rule target.

        Raises:
            ValidationError: no SQL statement.
        """
        from l2 import iam

        p = self.props
        role = p.role if p.role is not None else singleton_event_role(rule)
        if len(p.sql) < 1:
            raise ValidationError("At least one SQL statement must be specified.", rule)
        action = "redshift-data:ExecuteStatement" if len(p.sql) == 1 else "redshift-data:BatchExecuteStatement"
        role.add_to_principal_policy(iam.PolicyStatement(actions=[action], resources=[self.cluster_arn]))
        secret_arn = None
        if p.secret is not None:
            secret_arn = getattr(p.secret, "secret_full_arn", None) or p.secret.secret_name
        return config(
            **bind_base_target_config(p),
            arn=self.cluster_arn,
            role=role,
            input=p.input,
            redshift_data_parameters={
                "database": p.database,
                "db_user": p.db_user,
                "secret_manager_arn": secret_arn,
                "sql": p.sql[0] if len(p.sql) == 1 else None,
                "sqls": list(p.sql) if len(p.sql) > 1 else None,
                "statement_name": p.statement_name,
                "with_event": p.send_event_bridge_event,
            },
        )
