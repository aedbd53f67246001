"""``IRuleTarget`` and ``RuleTargetConfig``: the contract between a rule and its targets."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs.internals import structs

if TYPE_CHECKING:
    from constructs import IConstruct
    from l1.events import CfnRule
    from l2.events._input import RuleTargetInput
    from l2.events._rule import IRule
    from l2.iam import IRole


@structs.frozen(kw_only=True)
class RuleTargetConfig:
    """What a target contributes to a rule's ``Targets`` entry (``IRuleTarget.bind``).

    Args:
        arn: the target's ARN.
        app_sync_parameters: AppSync GraphQL parameters.
        batch_parameters: AWS Batch job parameters.
        dead_letter_config: the dead-letter queue of the target.
        ecs_parameters: ECS task parameters.
        http_parameters: HTTP parameters (API Gateway, API destinations).
        input: what the rule sends (default: the whole event).
        kinesis_parameters: Kinesis partition key settings.
        redshift_data_parameters: Redshift Data API parameters.
        retry_policy: retry settings.
        role: the role EventBridge assumes to reach the target.
        run_command_parameters: SSM Run Command parameters.
        sqs_parameters: SQS FIFO parameters.
        target_resource: the construct behind the target, for cross-environment rules.
    """

    arn: str
    app_sync_parameters: CfnRule.AppSyncParametersProperty | Mapping[str, object] | None = None
    batch_parameters: CfnRule.BatchParametersProperty | Mapping[str, object] | None = None
    dead_letter_config: CfnRule.DeadLetterConfigProperty | Mapping[str, object] | None = None
    ecs_parameters: CfnRule.EcsParametersProperty | Mapping[str, object] | None = None
    http_parameters: CfnRule.HttpParametersProperty | Mapping[str, object] | None = None
    input: RuleTargetInput | None = None
    kinesis_parameters: CfnRule.KinesisParametersProperty | Mapping[str, object] | None = None
    redshift_data_parameters: CfnRule.RedshiftDataParametersProperty | Mapping[str, object] | None = None
    retry_policy: CfnRule.RetryPolicyProperty | Mapping[str, object] | None = None
    role: IRole | None = None
    run_command_parameters: CfnRule.RunCommandParametersProperty | Mapping[str, object] | None = None
    sqs_parameters: CfnRule.SqsParametersProperty | Mapping[str, object] | None = None
    target_resource: IConstruct | None = None


@runtime_checkable
class IRuleTarget(Protocol):
    """Something a rule can send events to (see ``l2.events_targets``)."""

    def bind(self, rule: IRule, id: str | None = None, /) -> RuleTargetConfig:
        """The target's configuration for ``rule``; may add permissions."""
        ...
