"""``Trigger``: a custom resource that invokes a Lambda function (its current version) during deployment."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs import (
    Construct,
    CustomResource,
    CustomResourceProvider,
    CustomResourceProviderRuntime,
    Duration,
    IConstruct,
)
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.lambda_ import Function

RESOURCE_TYPE = "Custom::Trigger"
PROVIDER_ID = "AWSCDK.TriggerCustomResourceProvider"
HANDLER_DIR = str(Path(__file__).parent / "_handlers" / "trigger")
DEFAULT_TIMEOUT_MS = 2 * 60 * 1000


@runtime_checkable
class ITrigger(IConstruct, Protocol):
    """Something that runs a Lambda function while the stack deploys, ordered against other constructs."""

    def execute_after(self, *scopes: Construct) -> None:
        """Run only once every resource under ``scopes`` has been deployed."""
        ...

    def execute_before(self, *scopes: Construct) -> None:
        """Deploy the resources under ``scopes`` only after this ran."""
        ...


class InvocationType(enum.Enum):
    """How the trigger calls the function (the Lambda ``Invoke`` API's ``InvocationType``)."""

    EVENT = "Event"
    """Asynchronous: the trigger hands the event to Lambda and does not wait for the outcome."""
    REQUEST_RESPONSE = "RequestResponse"
    """Synchronous: the trigger waits for the function and fails the deployment if the function fails."""
    DRY_RUN = "DryRun"
    """Only checks the parameters and the permission to invoke; the function does not run."""


class TriggerInvalidation(enum.Enum):
    """What makes a trigger run again after its first deployment."""

    HANDLER_CHANGE = "WHEN_FUNCTION_CHANGES"
    """A new version of the function (any change to its code or configuration) runs the trigger again."""


@structs.frozen(kw_only=True)
class TriggerOptions:
    """The ordering and re-run options shared by ``Trigger`` and ``TriggerFunction``.

    Args:
        execute_after: constructs whose resources must exist before the trigger runs (default: none).
        execute_before: constructs whose resources are deployed only after the trigger ran (default: none).
        execute_on_handler_change: run again whenever the function's current version changes (default ``True``).
    """

    execute_after: Sequence[Construct] | None = None
    execute_before: Sequence[Construct] | None = None
    execute_on_handler_change: bool | None = None


@structs.frozen(kw_only=True)
class TriggerProps(TriggerOptions):
    """Props of ``Trigger`` (see that class for each keyword argument).

    Args:
        handler: the function to run.
        invocation_type: how to call it (default ``InvocationType.REQUEST_RESPONSE``).
        timeout: how long the trigger waits for the call (default two minutes).
    """

    handler: Function
    invocation_type: InvocationType | None = None
    timeout: Duration | None = None


class Trigger(Construct):
    """Runs a Lambda function once the stack reaches this point of the deployment (a ``Custom::Trigger``
    resource bound to the function's current version; one shared provider per stack invokes it).

    Args:
        scope: the parent construct.
        id: the construct id.
        handler: the ``lambda_.Function`` to run; the trigger points at its ``current_version``.
        invocation_type: how the function is called (default ``InvocationType.REQUEST_RESPONSE``, which waits).
        timeout: how long the provider waits for the call to return (default two minutes).
        execute_after: constructs deployed before the trigger runs (more with ``execute_after()``).
        execute_before: constructs deployed after the trigger ran (more with ``execute_before()``).
        execute_on_handler_change: run again when the function gets a new version (default ``True``).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        handler: Function,
        invocation_type: InvocationType | None = None,
        timeout: Duration | None = None,
        execute_after: Sequence[Construct] | None = None,
        execute_before: Sequence[Construct] | None = None,
        execute_on_handler_change: bool | None = None,
    ) -> None:
        super().__init__(scope, id)
        handler_arn = handler.current_version.function_arn
        provider = CustomResourceProvider.get_or_create_provider(
            self,
            PROVIDER_ID,
            code_directory=HANDLER_DIR,
            runtime=CustomResourceProviderRuntime.PYTHON_3_13,
            handler="index.handler",
            use_cfn_response_wrapper=False,
        )
        provider.add_to_role_policy({
            "Effect": "Allow",
            "Action": ["lambda:InvokeFunction"],
            "Resource": [f"{handler.function_arn}:*"],
        })
        timeout_ms = DEFAULT_TIMEOUT_MS if timeout is None else timeout.to_milliseconds()
        CustomResource(
            self,
            "Default",
            resource_type=RESOURCE_TYPE,
            service_token=provider.service_token,
            properties={
                "HandlerArn": handler_arn,
                "InvocationType": (invocation_type or InvocationType.REQUEST_RESPONSE).value,
                "Timeout": str(int(timeout_ms)),
                "ExecuteOnHandlerChange": True if execute_on_handler_change is None else execute_on_handler_change,
            },
        )
        self.execute_after(*(execute_after or ()))
        self.execute_before(*(execute_before or ()))

    def execute_after(self, *scopes: Construct) -> None:
        """Make the trigger depend on ``scopes``: it runs once their resources are deployed."""
        for scope in scopes:
            self.node.add_dependency(scope)

    def execute_before(self, *scopes: Construct) -> None:
        """Make ``scopes`` depend on the trigger: their resources are deployed once it ran."""
        for scope in scopes:
            scope.node.add_dependency(self)
