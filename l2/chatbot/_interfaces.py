"""``ISlackChannelConfiguration``: the interface of new and imported Slack channel configurations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs import IResource

if TYPE_CHECKING:
    from constructs import Duration
    from l2.cloudwatch import Metric, Unit
    from l2.iam import IPrincipal, IRole, PolicyStatement


@runtime_checkable
class ISlackChannelConfiguration(IResource, Protocol):
    """An AWS Chatbot Slack channel configuration: ``SlackChannelConfiguration`` or an imported one."""

    @property
    def slack_channel_configuration_arn(self) -> str:
        """The ARN of the configuration."""
        ...

    @property
    def slack_channel_configuration_name(self) -> str:
        """The name of the configuration."""
        ...

    @property
    def role(self) -> IRole | None:
        """The role AWS Chatbot assumes (None for an imported configuration)."""
        ...

    @property
    def grant_principal(self) -> IPrincipal:
        """The principal grants go to."""
        ...

    def add_to_role_policy(self, statement: PolicyStatement) -> None:
        """Add ``statement`` to the role's policy (nothing when there is no role)."""
        ...

    def metric(
        self,
        metric_name: str,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """A CloudWatch metric of this configuration (namespace ``AWS/Chatbot``, region ``us-east-1``)."""
        ...
