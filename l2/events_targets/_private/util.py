"""What several targets share: base config, the singleton events role, Lambda and dead-letter permissions."""

from __future__ import annotations

from typing import Any

from constructs import Annotations, Names, Token, TokenComparison, ValidationError


def bind_base_target_config(props: Any) -> dict[str, Any]:
    """``dead_letter_config`` and ``retry_policy`` from ``TargetBaseProps``-like props (``None`` when unset)."""
    dlq = getattr(props, "dead_letter_queue", None)
    retry_attempts = getattr(props, "retry_attempts", None)
    max_event_age = getattr(props, "max_event_age", None)
    retry = None
    if (retry_attempts is not None and retry_attempts >= 0) or max_event_age is not None:
        retry = {
            "maximum_retry_attempts": retry_attempts,
            "maximum_event_age_in_seconds": max_event_age.to_seconds(integral=True) if max_event_age else None,
        }
    return {
        "dead_letter_config": {"arn": dlq.queue_arn} if dlq is not None else None,
        "retry_policy": retry,
    }


def singleton_event_role(scope: Any) -> Any:
    """The ``EventsRole`` child of ``scope`` (a role EventBridge can assume), created on first use."""
    existing = scope.node.try_find_child("EventsRole")
    if existing is not None:
        return existing
    from constructs import PhysicalName
    from l2 import iam

    return iam.Role(
        scope,
        "EventsRole",
        role_name=PhysicalName.GENERATE_IF_NEEDED,
        assumed_by=iam.ServicePrincipal("events.amazonaws.com"),
    )


def rule_arn(rule: Any) -> str:
    """The ARN of ``rule`` (a rule or anything with ``rule_ref``)."""
    ref = getattr(rule, "rule_ref", None)
    return ref.rule_arn if ref is not None else rule.rule_arn


def add_lambda_permission(rule: Any, handler: Any) -> None:
    """Let EventBridge invoke ``handler`` for ``rule`` (once per rule and function)."""
    from constructs import Construct
    from l2 import iam

    scope = None
    node = handler.permissions_node
    permission_id = f"AllowEventRule{Names.node_unique_id(rule.node)}"
    if isinstance(rule, Construct):
        scope = rule
        node = rule.node
        permission_id = f"AllowEventRule{Names.node_unique_id(handler.node)}"
    if node.try_find_child(permission_id) is None:
        handler.add_permission(
            permission_id,
            scope=scope,
            action="lambda:InvokeFunction",
            principal=iam.ServicePrincipal("events.amazonaws.com"),
            source_arn=rule_arn(rule),
        )


def _same_env_dimension(dim1: str, dim2: str) -> bool:
    return Token.compare_strings(dim1, dim2) in (
        TokenComparison.SAME,
        TokenComparison.ONE_UNRESOLVED,
        TokenComparison.BOTH_UNRESOLVED,
    )


def add_to_dead_letter_queue_resource_policy(rule: Any, queue: Any) -> None:
    """Let EventBridge send ``rule``'s failed events to ``queue`` (a warning when the queue is in another account).

    Raises:
        ValidationError: the queue is in another region than the rule.
    """
    from l2 import iam

    if not _same_env_dimension(rule.env.region, queue.env.region):
        raise ValidationError(
            f"Cannot assign Dead Letter Queue in region {queue.env.region} to the rule "
            f"{Names.node_unique_id(rule.node)} in region {rule.env.region}. Both the queue and the rule must be in "
            "the same region.",
            rule,
        )
    if _same_env_dimension(rule.env.account, queue.env.account):
        statement_id = f"AllowEventRule{Names.node_unique_id(rule.node)}"
        queue.add_to_resource_policy(
            iam.PolicyStatement(
                sid=statement_id,
                principals=[iam.ServicePrincipal("events.amazonaws.com")],
                effect=iam.Effect.ALLOW,
                actions=["sqs:SendMessage"],
                resources=[queue.queue_arn],
                conditions={"ArnEquals": {"aws:SourceArn": rule_arn(rule)}},
            )
        )
    else:
        Annotations.of(rule).add_warning_v2(
            "@aws-cdk/aws-events-targets:manuallyAddDLQResourcePolicy",
            f"Cannot add a resource policy to your dead letter queue associated with rule {rule_arn(rule)} because "
            "the queue is in a different account. You must add the resource policy manually to the dead letter queue "
            f"in account {queue.env.account}.",
        )


def config(**values: Any) -> Any:
    """A ``RuleTargetConfig`` (imported late: ``l2.events`` loads only when a target binds)."""
    from l2.events import RuleTargetConfig

    return RuleTargetConfig(**values)
