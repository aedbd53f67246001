"""``TriggerFunction``: a Lambda function that runs itself (through a ``Trigger``) during deployment."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from constructs import Construct
from constructs.internals import structs
from l2.lambda_ import Function, FunctionProps

from ._trigger import Trigger


@structs.frozen(kw_only=True)
class TriggerFunctionProps(FunctionProps):
    """Props of ``TriggerFunction``: a function's props plus the trigger options (see ``TriggerFunction``).

    Args:
        execute_after: constructs deployed before the function runs (default: none).
        execute_before: constructs deployed after the function ran (default: none).
        execute_on_handler_change: run again when the function gets a new version (default ``True``).
    """

    execute_after: Sequence[Construct] | None = None
    execute_before: Sequence[Construct] | None = None
    execute_on_handler_change: bool | None = None


class TriggerFunction(Function):
    """A ``lambda_.Function`` that is invoked once during deployment, through a ``Trigger`` child named
    ``Trigger`` (which waits for it and re-runs it when its code or configuration changes).

    Args:
        scope: the parent construct.
        id: the construct id.
        execute_after: constructs deployed before the function runs (more with ``execute_after()``).
        execute_before: constructs deployed after the function ran (more with ``execute_before()``).
        execute_on_handler_change: run again when the function gets a new version (default ``True``).
        **props: every keyword argument of ``lambda_.Function`` (``code``, ``handler``, ``runtime``, ...).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.triggers.TriggerFunction"
    """Identifies this class to property injectors (as in aws-cdk-lib)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        execute_after: Sequence[Construct] | None = None,
        execute_before: Sequence[Construct] | None = None,
        execute_on_handler_change: bool | None = None,
        **props: Any,
    ) -> None:
        super().__init__(scope, id, **props)
        self.trigger: Trigger = Trigger(
            self,
            "Trigger",
            handler=self,
            timeout=props.get("timeout"),
            execute_after=execute_after,
            execute_before=execute_before,
            execute_on_handler_change=execute_on_handler_change,
        )

    def execute_after(self, *scopes: Construct) -> None:
        """Run the function only once the resources under ``scopes`` are deployed."""
        self.trigger.execute_after(*scopes)

    def execute_before(self, *scopes: Construct) -> None:
        """Deploy the resources under ``scopes`` only after the function ran."""
        self.trigger.execute_before(*scopes)
