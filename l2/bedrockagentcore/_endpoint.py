"""``RuntimeEndpoint``: a stable, versioned endpoint of an agent runtime."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from constructs import Construct, Lazy, Names, Resource, UnscopedValidationError
from constructs.internals import structs
from l2.bedrockagentcore._interfaces import IRuntimeEndpoint
from l2.bedrockagentcore._validation import length_errors, pattern_errors, tag_errors

if TYPE_CHECKING:
    from l1._private.interfaces.bedrockagentcore import RuntimeEndpointReference

_NAME_PATTERN = r"^[a-zA-Z][a-zA-Z0-9_]{0,47}$"


@structs.frozen(kw_only=True)
class RuntimeEndpointProps:
    """The properties of a ``RuntimeEndpoint`` (see ``RuntimeEndpoint``)."""

    agent_runtime_id: str
    agent_runtime_version: str | None = None
    description: str | None = None
    endpoint_name: str | None = None
    tags: Mapping[str, str] | None = None


@structs.frozen(kw_only=True)
class RuntimeEndpointAttributes:
    """What ``RuntimeEndpoint.from_runtime_endpoint_attributes`` needs to know of an existing endpoint."""

    agent_runtime_arn: str
    """The ARN of the runtime the endpoint serves."""
    agent_runtime_endpoint_arn: str
    """The ARN of the endpoint."""
    endpoint_name: str
    """The name of the endpoint."""
    created_at: str | None = None
    """When the endpoint was created."""
    description: str | None = None
    """The endpoint's description."""
    endpoint_id: str | None = None
    """The endpoint's id."""
    last_updated_at: str | None = None
    """When the endpoint was last updated."""
    live_version: str | None = None
    """The live runtime version."""
    status: str | None = None
    """The endpoint's status."""
    target_version: str | None = None
    """The target runtime version."""


class RuntimeEndpointBase(Resource):
    """What new and imported runtime endpoints share."""

    agent_runtime_endpoint_arn: str
    endpoint_name: str
    agent_runtime_arn: str
    status: str | None = None
    live_version: str | None = None
    target_version: str | None = None
    created_at: str | None = None
    last_updated_at: str | None = None
    description: str | None = None
    endpoint_id: str | None = None


    @property
    def runtime_endpoint_ref(self) -> RuntimeEndpointReference:
        """The endpoint's ARN."""
        from l1._private.interfaces.bedrockagentcore import RuntimeEndpointReference

        return RuntimeEndpointReference(agent_runtime_endpoint_arn=self.agent_runtime_endpoint_arn)


class _ImportedRuntimeEndpoint(RuntimeEndpointBase):
    def __init__(self, scope: Construct, id: str, attrs: RuntimeEndpointAttributes) -> None:
        super().__init__(scope, id)
        for name in ("agent_runtime_endpoint_arn", "endpoint_name", "agent_runtime_arn", "description", "status",
                     "live_version", "target_version", "created_at", "endpoint_id", "last_updated_at"):
            setattr(self, name, getattr(attrs, name))


class RuntimeEndpoint(RuntimeEndpointBase):
    """An endpoint of an AgentCore runtime (``AWS::BedrockAgentCore::RuntimeEndpoint``).

    Args:
        agent_runtime_id: the id of the runtime.
        agent_runtime_version: the runtime version the endpoint points to (default ``"1"``).
        description: a description (1 to 256 characters).
        endpoint_name: the name (default generated from the construct path, at most 48 characters).
        tags: tags of the endpoint.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-bedrockagentcore.RuntimeEndpoint"
    """The id property injectors register for."""

    def __init__(self, scope: Construct, id: str, *, agent_runtime_id: str,
                 agent_runtime_version: str | None = None, description: str | None = None,
                 endpoint_name: str | None = None, tags: Mapping[str, str] | None = None) -> None:
        super().__init__(scope, id, physical_name=endpoint_name if endpoint_name is not None else Lazy.string(
            lambda: Names.unique_resource_name(self, max_length=48)))
        self.endpoint_name = self.physical_name
        errors = length_errors(self.endpoint_name, "Endpoint name", 1, 48) + pattern_errors(
            self.endpoint_name, "Endpoint name", _NAME_PATTERN,
            "Endpoint name must start with a letter and contain only letters, numbers, and underscores")
        if errors:
            raise UnscopedValidationError("\n".join(errors))
        self.agent_runtime_id = agent_runtime_id
        """The id of the runtime the endpoint serves."""
        errors = pattern_errors(
            agent_runtime_id, "Agent runtime ID", r"^[a-zA-Z][a-zA-Z0-9_]{0,99}-[a-zA-Z0-9]{10}$",
            "Agent runtime ID must start with a letter, followed by up to 99 alphanumeric or underscore characters, "
            "then a hyphen, and exactly 10 alphanumeric characters")
        if errors:
            raise UnscopedValidationError("\n".join(errors))
        self.agent_runtime_version = agent_runtime_version if agent_runtime_version is not None else "1"
        """The runtime version the endpoint points to."""
        errors = pattern_errors(self.agent_runtime_version, "Agent runtime version", r"^[1-9]\d{0,4}$",
                                "Agent runtime version must be a number between 1 and 99999")
        if errors:
            raise UnscopedValidationError("\n".join(errors))
        self.description = description
        if description:
            errors = length_errors(description, "Description", 1, 256)
            if errors:
                raise UnscopedValidationError("\n".join(errors))
        if tags:
            problem = tag_errors(dict(tags))
            if problem is not None:
                raise UnscopedValidationError(problem[1])
        from l1.bedrockagentcore import CfnRuntimeEndpoint

        self._resource = CfnRuntimeEndpoint(
            self, "Resource", name=self.endpoint_name,
            agent_runtime_id=Lazy.string(lambda: self.agent_runtime_id),
            agent_runtime_version=Lazy.string(lambda: self.agent_runtime_version),
            description=Lazy.string(lambda: self.description), tags=dict(tags or {}))
        self.endpoint_id = self._resource.attr_id
        self.agent_runtime_endpoint_arn = self._resource.attr_agent_runtime_endpoint_arn
        self.agent_runtime_arn = self._resource.attr_agent_runtime_arn
        self.status = self._resource.attr_status
        self.live_version = self._resource.attr_live_version
        self.target_version = self._resource.attr_target_version
        self.created_at = self._resource.attr_created_at
        self.last_updated_at = self._resource.attr_last_updated_at

    @staticmethod
    def from_runtime_endpoint_attributes(scope: Construct, id: str, *, agent_runtime_arn: str,
                                         agent_runtime_endpoint_arn: str, endpoint_name: str,
                                         created_at: str | None = None, description: str | None = None,
                                         endpoint_id: str | None = None, last_updated_at: str | None = None,
                                         live_version: str | None = None, status: str | None = None,
                                         target_version: str | None = None) -> IRuntimeEndpoint:
        """An endpoint made outside this app."""
        return _ImportedRuntimeEndpoint(scope, id, RuntimeEndpointAttributes(
            agent_runtime_arn=agent_runtime_arn, agent_runtime_endpoint_arn=agent_runtime_endpoint_arn,
            endpoint_name=endpoint_name, created_at=created_at, description=description, endpoint_id=endpoint_id,
            last_updated_at=last_updated_at, live_version=live_version, status=status,
            target_version=target_version))
