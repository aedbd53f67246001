"""The interfaces of ``aws_cdk.aws_ses`` (``typing.Protocol``s the constructs satisfy)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from l2.iam import Grant, IGrantable
    from l2.ses._action_config import ReceiptRuleActionConfig
    from l2.ses._receipt import ReceiptRule
    from l2.ses._types import TlsPolicy


@runtime_checkable
class IConfigurationSet(Protocol):
    """A configuration set: ``ConfigurationSet`` or an imported one."""

    @property
    def configuration_set_name(self) -> str:
        """The name of the configuration set."""
        ...


@runtime_checkable
class IConfigurationSetEventDestination(Protocol):
    """A configuration set event destination."""

    @property
    def configuration_set_event_destination_id(self) -> str:
        """The ID of the event destination."""
        ...


@runtime_checkable
class IDedicatedIpPool(Protocol):
    """A dedicated IP pool."""

    @property
    def dedicated_ip_pool_name(self) -> str:
        """The name of the pool."""
        ...


@runtime_checkable
class IEmailIdentity(Protocol):
    """An email identity: ``EmailIdentity`` or an imported one."""

    @property
    def email_identity_name(self) -> str:
        """The name of the identity (the domain or address)."""
        ...

    @property
    def email_identity_arn(self) -> str:
        """The ARN of the identity."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the identity."""
        ...

    def grant_send_email(self, grantee: IGrantable) -> Grant:
        """Grant sending email from the identity."""
        ...


@runtime_checkable
class IReceiptRule(Protocol):
    """A receipt rule."""

    @property
    def receipt_rule_name(self) -> str:
        """The name of the rule."""
        ...


@runtime_checkable
class IReceiptRuleAction(Protocol):
    """An action of a receipt rule (the classes of ``aws_ses_actions``)."""

    def bind(self, receipt_rule: IReceiptRule) -> ReceiptRuleActionConfig:
        """What the action renders in ``receipt_rule``."""
        ...


@runtime_checkable
class IReceiptRuleSet(Protocol):
    """A receipt rule set: ``ReceiptRuleSet`` or an imported one."""

    @property
    def receipt_rule_set_name(self) -> str:
        """The name of the rule set."""
        ...

    def add_rule(
        self,
        id: str,
        *,
        actions: Sequence[IReceiptRuleAction] | None = None,
        after: IReceiptRule | None = None,
        enabled: bool | None = None,
        receipt_rule_name: str | None = None,
        recipients: Sequence[str] | None = None,
        scan_enabled: bool | None = None,
        tls_policy: TlsPolicy | None = None,
    ) -> ReceiptRule:
        """Add a rule after the rules added before it."""
        ...


@runtime_checkable
class IVdmAttributes(Protocol):
    """The Virtual Deliverability Manager attributes of the account."""

    @property
    def vdm_attributes_name(self) -> str:
        """The name of the VDM attributes resource."""
        ...
