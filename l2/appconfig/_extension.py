"""Extensions: ``Extension``, its ``Action``s and event destinations, and ``ExtensibleBase``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import ArnFormat, Construct, Lazy, Names, PhysicalName, Resource, Stack, ValidationError
from constructs.internals import cached_property, structs
from l1._private.interfaces.appconfig import ExtensionReference as ExtensionReference
from l1.appconfig import CfnExtension, CfnExtensionAssociation
from l2.appconfig._private.hash import get_hash, stringify_objects
from l2.appconfig._types import ActionPoint, SourceType

if TYPE_CHECKING:
    from l2.appconfig._interfaces import IEventDestination, IExtension
    from l2.events import IEventBus
    from l2.iam import IRole, PolicyDocument
    from l2.lambda_ import IFunction
    from l2.sns import ITopic
    from l2.sqs import IQueue


def _invoke_policy(resource: str, *actions: str) -> PolicyDocument:
    from l2 import iam

    statement = iam.PolicyStatement(effect=iam.Effect.ALLOW, resources=[resource], actions=list(actions))
    return iam.PolicyDocument(statements=[statement])


class LambdaDestination:
    """An extension action that invokes a Lambda function (and allows AppConfig to invoke it).

    Args:
        func: the function.
    """

    def __init__(self, func: IFunction) -> None:
        from l2 import iam

        self.extension_uri: str = func.function_arn
        """The function's ARN."""
        self.type: SourceType = SourceType.LAMBDA
        """``SourceType.LAMBDA``."""
        self.policy_document: PolicyDocument | None = _invoke_policy(
            self.extension_uri, "lambda:InvokeFunction", "lambda:InvokeAsync"
        )
        """The execution role's policy: invoke the function."""
        if func.permissions_node.try_find_child("AppConfigPermission") is None:
            func.add_permission("AppConfigPermission", principal=iam.ServicePrincipal("appconfig.amazonaws.com"))


class SqsDestination:
    """An extension action that sends a message to an SQS queue.

    Args:
        queue: the queue.
    """

    def __init__(self, queue: IQueue) -> None:
        self.extension_uri: str = queue.queue_arn
        """The queue's ARN."""
        self.type: SourceType = SourceType.SQS
        """``SourceType.SQS``."""
        self.policy_document: PolicyDocument | None = _invoke_policy(self.extension_uri, "sqs:SendMessage")
        """The execution role's policy: send messages to the queue."""


class SnsDestination:
    """An extension action that publishes to an SNS topic.

    Args:
        topic: the topic.
    """

    def __init__(self, topic: ITopic) -> None:
        self.extension_uri: str = topic.topic_arn
        """The topic's ARN."""
        self.type: SourceType = SourceType.SNS
        """``SourceType.SNS``."""
        self.policy_document: PolicyDocument | None = _invoke_policy(self.extension_uri, "sns:Publish")
        """The execution role's policy: publish to the topic."""


class EventBridgeDestination:
    """An extension action that puts events on an EventBridge event bus (no execution role needed).

    Args:
        bus: the event bus.
    """

    def __init__(self, bus: IEventBus) -> None:
        self.extension_uri: str = bus.event_bus_arn
        """The event bus's ARN."""
        self.type: SourceType = SourceType.EVENTS
        """``SourceType.EVENTS``."""
        self.policy_document: PolicyDocument | None = None
        """None: AppConfig puts events without an execution role."""


@structs.frozen(kw_only=True)
class ActionProps:
    """The properties of an extension ``Action``.

    Args:
        action_points: the points where the action runs.
        event_destination: what the action invokes.
        description: a description of the action.
        execution_role: the role AppConfig assumes to invoke the destination (default: one is made).
        invoke_without_execution_role: invoke without a role (default ``False``).
        name: the action's name (default ``<extension name>-<index>``).
    """

    action_points: Sequence[ActionPoint]
    event_destination: IEventDestination
    description: str | None = None
    execution_role: IRole | None = None
    invoke_without_execution_role: bool | None = None
    name: str | None = None


class Action:
    """An action of an extension: what runs at which action points.

    Args:
        action_points: the points where the action runs.
        event_destination: what the action invokes.
        description: a description of the action.
        execution_role: the role AppConfig assumes to invoke the destination (default: one is made).
        invoke_without_execution_role: invoke without a role (default ``False``).
        name: the action's name (default ``<extension name>-<index>``).
    """

    def __init__(
        self,
        *,
        action_points: Sequence[ActionPoint],
        event_destination: IEventDestination,
        description: str | None = None,
        execution_role: IRole | None = None,
        invoke_without_execution_role: bool | None = None,
        name: str | None = None,
    ) -> None:
        self.action_points: list[ActionPoint] = list(action_points)
        """The points where the action runs."""
        self.event_destination: IEventDestination = event_destination
        """What the action invokes."""
        self.name: str | None = name
        """The action's name."""
        self.execution_role: IRole | None = execution_role
        """The role AppConfig assumes to invoke the destination."""
        self.description: str | None = description
        """The action's description."""
        self.invoke_without_execution_role: bool = bool(invoke_without_execution_role)
        """Whether the action is invoked without an execution role."""


class Parameter:
    """A parameter of an extension (``Parameter.required`` / ``Parameter.not_required``).

    Args:
        name: the parameter's name.
        is_required: whether an extension association must give the parameter.
        value: the value passed to extension associations (default none).
        description: what the parameter is for (default none).
    """

    def __init__(self, name: str, is_required: bool, value: str | None = None, description: str | None = None) -> None:
        self.name: str = name
        """The parameter's name."""
        self.is_required: bool = is_required
        """Whether the parameter is required."""
        self.value: str | None = value
        """The value given to extension associations."""
        self.description: str | None = description
        """The parameter's description."""

    @staticmethod
    def required(name: str, value: str, description: str | None = None) -> Parameter:
        """A required parameter with its value."""
        return Parameter(name, True, value, description)

    @staticmethod
    def not_required(name: str, value: str | None = None, description: str | None = None) -> Parameter:
        """An optional parameter."""
        return Parameter(name, False, value, description)


@structs.frozen(kw_only=True)
class ExtensionOptions:
    """Options of an extension made by ``on``/``on_deployment_*`` and friends.

    Args:
        description: the extension's description.
        extension_name: the extension's name (default generated).
        latest_version_number: the version number of the latest extension, to create a new version.
        parameters: the extension's parameters.
    """

    description: str | None = None
    extension_name: str | None = None
    latest_version_number: int | float | None = None
    parameters: Sequence[Parameter] | None = None


@structs.frozen(kw_only=True)
class ExtensionProps(ExtensionOptions):
    """The properties of an ``Extension`` (see ``Extension``)."""

    actions: Sequence[Action]


@structs.frozen(kw_only=True)
class ExtensionAttributes:
    """An existing extension (``Extension.from_extension_attributes``).

    Args:
        extension_id: the extension's ID.
        extension_version_number: its version number.
        actions: its actions.
        description: its description.
        extension_arn: its ARN (default built from the ID and version).
        name: its name.
    """

    extension_id: str
    extension_version_number: int | float
    actions: Sequence[Action] | None = None
    description: str | None = None
    extension_arn: str | None = None
    name: str | None = None


class _ExtensionBase(Resource):
    actions: list[Action] | None = None
    name: str | None = None
    description: str | None = None
    latest_version_number: int | float | None = None
    parameters: list[Parameter] | None = None
    extension_id: str
    extension_arn: str
    extension_version_number: int | float

    @property
    def extension_ref(self) -> ExtensionReference:
        """The extension's ID and ARN."""
        return ExtensionReference(extension_id=self.extension_id, extension_arn=self.extension_arn)


class _ImportedExtension(_ExtensionBase):
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        extension_id: str,
        extension_version_number: int | float,
        extension_arn: str,
        name: str | None = None,
        actions: Sequence[Action] | None = None,
        description: str | None = None,
    ) -> None:
        super().__init__(scope, id, environment_from_arn=extension_arn)
        self.extension_id = extension_id
        self.extension_version_number = extension_version_number
        self.extension_arn = extension_arn
        self.name = name
        self.actions = list(actions) if actions is not None else None
        self.description = description


class Extension(_ExtensionBase):
    """An AWS AppConfig extension (``AWS::AppConfig::Extension``): actions run at points of a deployment.

    Args:
        actions: the extension's actions.
        description: a description.
        extension_name: a name (default generated).
        latest_version_number: the latest version number, to create a new version of an extension.
        parameters: the extension's parameters.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-appconfig.Extension"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        actions: Sequence[Action],
        description: str | None = None,
        extension_name: str | None = None,
        latest_version_number: int | float | None = None,
        parameters: Sequence[Parameter] | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=extension_name)
        self.actions = list(actions)
        self.name = extension_name or Names.unique_resource_name(self, max_length=64, separator="-")
        self.description = description
        self.latest_version_number = latest_version_number
        self.parameters = list(parameters) if parameters is not None else None
        self.execution_role: IRole | None = None
        """The execution role of the last action (given or made)."""

        rendered: dict[str, Any] = {}
        for index, action in enumerate(self.actions):
            destination = action.event_destination
            self.execution_role = action.execution_role
            action_name = action.name if action.name is not None else f"{self.name}-{index}"
            for point in action.action_points:
                entry: dict[str, Any] = {"Name": action_name, "Uri": destination.extension_uri}
                if not (destination.type is SourceType.EVENTS or action.invoke_without_execution_role):
                    role = self.execution_role or self._make_execution_role(destination, action_name)
                    entry["RoleArn"] = role.role_arn
                if action.description:
                    entry["Description"] = action.description
                rendered[point.value] = [entry]

        self._resource = CfnExtension(
            self,
            "Resource",
            actions=Lazy.any(lambda: rendered),
            name=self.name,
            description=self.description,
            latest_version_number=self.latest_version_number,
            parameters=(
                {
                    p.name: CfnExtension.ParameterProperty(required=p.is_required, description=p.description)
                    for p in self.parameters
                }
                if self.parameters is not None
                else None
            ),
        )
        self.extension_id = self._resource.attr_id
        self.extension_version_number = self._resource.attr_version_number

    @cached_property
    def extension_arn(self) -> str:  # type: ignore[override]
        """The ARN of the extension."""
        return self.get_resource_arn_attribute(
            self._resource.attr_arn,
            {
                "service": "appconfig",
                "resource": "extension",
                "resource_name": f"{self.extension_id}/{self.extension_version_number}",
            },
        )

    def _make_execution_role(self, destination: IEventDestination, action_name: str) -> IRole:
        from l2 import iam

        version = self.latest_version_number + 1 if self.latest_version_number else 1
        combined = stringify_objects(self.name, version, action_name)
        self.execution_role = iam.Role(
            self,
            f"Role{get_hash(combined)}",
            role_name=PhysicalName.GENERATE_IF_NEEDED,
            assumed_by=iam.ServicePrincipal("appconfig.amazonaws.com"),
            inline_policies={"AllowAppConfigInvokeExtensionEventSourcePolicy": destination.policy_document},  # type: ignore[dict-item]
        )
        return self.execution_role

    @staticmethod
    def from_extension_arn(scope: Construct, id: str, extension_arn: str) -> IExtension:
        """Import an extension by ARN (``arn:...:extension/<id>/<version>``)."""
        parsed = Stack.of(scope).split_arn(extension_arn, ArnFormat.SLASH_RESOURCE_NAME)
        if not parsed.resource_name:
            raise ValidationError(
                "Missing required /$/{extensionId}//$/{extensionVersionNumber} from configuration profile ARN: "
                f"{parsed.resource_name}",
                scope,
            )
        parts = parsed.resource_name.split("/")
        if len(parts) != 2 or not parts[0] or not parts[1]:
            raise ValidationError(
                "Missing required parameters for extension ARN: format should be "
                "/$/{extensionId}//$/{extensionVersionNumber}",
                scope,
            )
        return _ImportedExtension(
            scope, id, extension_id=parts[0], extension_version_number=int(parts[1]), extension_arn=extension_arn
        )

    @staticmethod
    def from_extension_attributes(
        scope: Construct,
        id: str,
        *,
        extension_id: str,
        extension_version_number: int | float,
        actions: Sequence[Action] | None = None,
        description: str | None = None,
        extension_arn: str | None = None,
        name: str | None = None,
    ) -> IExtension:
        """Import an extension from its attributes."""
        arn = extension_arn or Stack.of(scope).format_arn(
            service="appconfig", resource="extension", resource_name=f"{extension_id}/{extension_version_number}"
        )
        return _ImportedExtension(
            scope,
            id,
            extension_id=extension_id,
            extension_version_number=extension_version_number,
            extension_arn=arn,
            name=name,
            actions=actions,
            description=description,
        )


class ExtensibleBase:
    """Adds extensions and extension associations to an AppConfig resource (application, environment, profile).

    Args:
        scope: where the extensions and associations are created.
        resource_arn: the ARN of the extended resource.
        resource_name: its name (used in construct ids; default the ARN).
    """

    def __init__(self, scope: Construct, resource_arn: str, resource_name: str | None = None) -> None:
        self._scope = scope
        self._resource_arn = resource_arn
        self._resource_name = resource_name

    def on(
        self,
        action_point: ActionPoint,
        event_destination: IEventDestination,
        *,
        description: str | None = None,
        extension_name: str | None = None,
        latest_version_number: int | float | None = None,
        parameters: Sequence[Parameter] | None = None,
    ) -> None:
        """Create an extension running ``event_destination`` at ``action_point`` and associate it."""
        self._extension_for(
            event_destination, action_point, description, extension_name, latest_version_number, parameters
        )

    def pre_create_hosted_configuration_version(
        self,
        event_destination: IEventDestination,
        *,
        description: str | None = None,
        extension_name: str | None = None,
        latest_version_number: int | float | None = None,
        parameters: Sequence[Parameter] | None = None,
    ) -> None:
        """An extension at ``PRE_CREATE_HOSTED_CONFIGURATION_VERSION``."""
        self._extension_for(
            event_destination,
            ActionPoint.PRE_CREATE_HOSTED_CONFIGURATION_VERSION,
            description,
            extension_name,
            latest_version_number,
            parameters,
        )

    def pre_start_deployment(
        self,
        event_destination: IEventDestination,
        *,
        description: str | None = None,
        extension_name: str | None = None,
        latest_version_number: int | float | None = None,
        parameters: Sequence[Parameter] | None = None,
    ) -> None:
        """An extension at ``PRE_START_DEPLOYMENT``."""
        self._extension_for(
            event_destination,
            ActionPoint.PRE_START_DEPLOYMENT,
            description,
            extension_name,
            latest_version_number,
            parameters,
        )

    def on_deployment_start(
        self,
        event_destination: IEventDestination,
        *,
        description: str | None = None,
        extension_name: str | None = None,
        latest_version_number: int | float | None = None,
        parameters: Sequence[Parameter] | None = None,
    ) -> None:
        """An extension at ``ON_DEPLOYMENT_START``."""
        self._extension_for(
            event_destination,
            ActionPoint.ON_DEPLOYMENT_START,
            description,
            extension_name,
            latest_version_number,
            parameters,
        )

    def on_deployment_step(
        self,
        event_destination: IEventDestination,
        *,
        description: str | None = None,
        extension_name: str | None = None,
        latest_version_number: int | float | None = None,
        parameters: Sequence[Parameter] | None = None,
    ) -> None:
        """An extension at ``ON_DEPLOYMENT_STEP``."""
        self._extension_for(
            event_destination,
            ActionPoint.ON_DEPLOYMENT_STEP,
            description,
            extension_name,
            latest_version_number,
            parameters,
        )

    def on_deployment_baking(
        self,
        event_destination: IEventDestination,
        *,
        description: str | None = None,
        extension_name: str | None = None,
        latest_version_number: int | float | None = None,
        parameters: Sequence[Parameter] | None = None,
    ) -> None:
        """An extension at ``ON_DEPLOYMENT_BAKING``."""
        self._extension_for(
            event_destination,
            ActionPoint.ON_DEPLOYMENT_BAKING,
            description,
            extension_name,
            latest_version_number,
            parameters,
        )

    def on_deployment_complete(
        self,
        event_destination: IEventDestination,
        *,
        description: str | None = None,
        extension_name: str | None = None,
        latest_version_number: int | float | None = None,
        parameters: Sequence[Parameter] | None = None,
    ) -> None:
        """An extension at ``ON_DEPLOYMENT_COMPLETE``."""
        self._extension_for(
            event_destination,
            ActionPoint.ON_DEPLOYMENT_COMPLETE,
            description,
            extension_name,
            latest_version_number,
            parameters,
        )

    def on_deployment_rolled_back(
        self,
        event_destination: IEventDestination,
        *,
        description: str | None = None,
        extension_name: str | None = None,
        latest_version_number: int | float | None = None,
        parameters: Sequence[Parameter] | None = None,
    ) -> None:
        """An extension at ``ON_DEPLOYMENT_ROLLED_BACK``."""
        self._extension_for(
            event_destination,
            ActionPoint.ON_DEPLOYMENT_ROLLED_BACK,
            description,
            extension_name,
            latest_version_number,
            parameters,
        )

    def at_deployment_tick(
        self,
        event_destination: IEventDestination,
        *,
        description: str | None = None,
        extension_name: str | None = None,
        latest_version_number: int | float | None = None,
        parameters: Sequence[Parameter] | None = None,
    ) -> None:
        """An extension at ``AT_DEPLOYMENT_TICK``."""
        self._extension_for(
            event_destination,
            ActionPoint.AT_DEPLOYMENT_TICK,
            description,
            extension_name,
            latest_version_number,
            parameters,
        )

    def add_extension(self, extension: IExtension) -> None:
        """Associate an existing extension with the resource."""
        self._associate(extension)

    # -- private ---------------------------------------------------------------------------------------
    def _extension_for(
        self,
        event_destination: IEventDestination,
        action_point: ActionPoint,
        description: str | None,
        extension_name: str | None,
        latest_version_number: int | float | None,
        parameters: Sequence[Parameter] | None,
    ) -> None:
        name = extension_name or self._default_extension_name()
        version = latest_version_number + 1 if latest_version_number else 1
        extension = Extension(
            self._scope,
            f"Extension{get_hash(stringify_objects(name, version))}",
            actions=[Action(event_destination=event_destination, action_points=[action_point])],
            extension_name=name,
            description=description or None,
            latest_version_number=latest_version_number or None,
            parameters=parameters or None,
        )
        self._associate(extension)

    def _associate(self, extension: IExtension) -> None:
        latest = extension.latest_version_number
        version = latest + 1 if latest else 1
        name = extension.name if extension.name is not None else self._default_extension_name()
        identifier = self._resource_name if self._resource_name is not None else self._resource_arn
        params = extension.parameters
        CfnExtensionAssociation(
            self._scope,
            f"AssociationResource{get_hash(stringify_objects(identifier, name, version))}",
            extension_identifier=extension.extension_id,
            resource_identifier=self._resource_arn,
            extension_version_number=extension.extension_version_number,
            parameters={p.name: p.value for p in params if p.value} if params is not None else None,
        )

    def _default_extension_name(self) -> str:
        return Names.unique_resource_name(self._scope, max_length=54, separator="-") + "-Extension"


class _Extensible:
    """The extension methods of applications, environments and configurations: delegated to an ``ExtensibleBase``."""

    _extensible: ExtensibleBase

    def on(
        self,
        action_point: ActionPoint,
        event_destination: IEventDestination,
        *,
        description: str | None = None,
        extension_name: str | None = None,
        latest_version_number: int | float | None = None,
        parameters: Sequence[Parameter] | None = None,
    ) -> None:
        """Create an extension running ``event_destination`` at ``action_point`` and associate it."""
        self._extensible.on(
            action_point,
            event_destination,
            description=description,
            extension_name=extension_name,
            latest_version_number=latest_version_number,
            parameters=parameters,
        )

    def pre_create_hosted_configuration_version(
        self,
        event_destination: IEventDestination,
        *,
        description: str | None = None,
        extension_name: str | None = None,
        latest_version_number: int | float | None = None,
        parameters: Sequence[Parameter] | None = None,
    ) -> None:
        """An extension at ``PRE_CREATE_HOSTED_CONFIGURATION_VERSION``, associated with this resource."""
        self.on(
            ActionPoint.PRE_CREATE_HOSTED_CONFIGURATION_VERSION,
            event_destination,
            description=description,
            extension_name=extension_name,
            latest_version_number=latest_version_number,
            parameters=parameters,
        )

    def pre_start_deployment(
        self,
        event_destination: IEventDestination,
        *,
        description: str | None = None,
        extension_name: str | None = None,
        latest_version_number: int | float | None = None,
        parameters: Sequence[Parameter] | None = None,
    ) -> None:
        """An extension at ``PRE_START_DEPLOYMENT``, associated with this resource."""
        self.on(
            ActionPoint.PRE_START_DEPLOYMENT,
            event_destination,
            description=description,
            extension_name=extension_name,
            latest_version_number=latest_version_number,
            parameters=parameters,
        )

    def on_deployment_start(
        self,
        event_destination: IEventDestination,
        *,
        description: str | None = None,
        extension_name: str | None = None,
        latest_version_number: int | float | None = None,
        parameters: Sequence[Parameter] | None = None,
    ) -> None:
        """An extension at ``ON_DEPLOYMENT_START``, associated with this resource."""
        self.on(
            ActionPoint.ON_DEPLOYMENT_START,
            event_destination,
            description=description,
            extension_name=extension_name,
            latest_version_number=latest_version_number,
            parameters=parameters,
        )

    def on_deployment_step(
        self,
        event_destination: IEventDestination,
        *,
        description: str | None = None,
        extension_name: str | None = None,
        latest_version_number: int | float | None = None,
        parameters: Sequence[Parameter] | None = None,
    ) -> None:
        """An extension at ``ON_DEPLOYMENT_STEP``, associated with this resource."""
        self.on(
            ActionPoint.ON_DEPLOYMENT_STEP,
            event_destination,
            description=description,
            extension_name=extension_name,
            latest_version_number=latest_version_number,
            parameters=parameters,
        )

    def on_deployment_baking(
        self,
        event_destination: IEventDestination,
        *,
        description: str | None = None,
        extension_name: str | None = None,
        latest_version_number: int | float | None = None,
        parameters: Sequence[Parameter] | None = None,
    ) -> None:
        """An extension at ``ON_DEPLOYMENT_BAKING``, associated with this resource."""
        self.on(
            ActionPoint.ON_DEPLOYMENT_BAKING,
            event_destination,
            description=description,
            extension_name=extension_name,
            latest_version_number=latest_version_number,
            parameters=parameters,
        )

    def on_deployment_complete(
        self,
        event_destination: IEventDestination,
        *,
        description: str | None = None,
        extension_name: str | None = None,
        latest_version_number: int | float | None = None,
        parameters: Sequence[Parameter] | None = None,
    ) -> None:
        """An extension at ``ON_DEPLOYMENT_COMPLETE``, associated with this resource."""
        self.on(
            ActionPoint.ON_DEPLOYMENT_COMPLETE,
            event_destination,
            description=description,
            extension_name=extension_name,
            latest_version_number=latest_version_number,
            parameters=parameters,
        )

    def on_deployment_rolled_back(
        self,
        event_destination: IEventDestination,
        *,
        description: str | None = None,
        extension_name: str | None = None,
        latest_version_number: int | float | None = None,
        parameters: Sequence[Parameter] | None = None,
    ) -> None:
        """An extension at ``ON_DEPLOYMENT_ROLLED_BACK``, associated with this resource."""
        self.on(
            ActionPoint.ON_DEPLOYMENT_ROLLED_BACK,
            event_destination,
            description=description,
            extension_name=extension_name,
            latest_version_number=latest_version_number,
            parameters=parameters,
        )

    def at_deployment_tick(
        self,
        event_destination: IEventDestination,
        *,
        description: str | None = None,
        extension_name: str | None = None,
        latest_version_number: int | float | None = None,
        parameters: Sequence[Parameter] | None = None,
    ) -> None:
        """An extension at ``AT_DEPLOYMENT_TICK``, associated with this resource."""
        self.on(
            ActionPoint.AT_DEPLOYMENT_TICK,
            event_destination,
            description=description,
            extension_name=extension_name,
            latest_version_number=latest_version_number,
            parameters=parameters,
        )

    def add_extension(self, extension: IExtension) -> None:
        """Associate an existing extension with this resource."""
        self._extensible.add_extension(extension)
