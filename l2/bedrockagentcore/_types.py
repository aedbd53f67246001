"""Small value types of the AgentCore runtime: protocols, platform versions, code runtimes, option structs."""

from __future__ import annotations

import enum
from collections.abc import Sequence

from constructs import Duration, Token, UnscopedValidationError
from constructs.internals import structs


class _StringValue:
    """A string value with named presets (aws-cdk-lib's enum-like classes)."""

    def __init__(self, value: str) -> None:
        self.value = value
        """The string value."""

    def to_string(self) -> str:
        """The string value."""
        return self.value

    def __str__(self) -> str:
        return self.value


class ProtocolType(_StringValue):
    """The protocol an agent runtime speaks (``ProtocolConfiguration``).

    Args:
        value: the protocol name as CloudFormation takes it.
    """

    MCP: ProtocolType
    """Model Context Protocol."""
    HTTP: ProtocolType
    """HTTP."""
    A2_A: ProtocolType
    """Agent-to-agent protocol (``A2A``; aws-cdk-lib's Python name is ``A2_A``)."""
    AGUI: ProtocolType
    """Agent User Interaction protocol."""

    @staticmethod
    def of(value: str) -> ProtocolType:
        """A protocol not listed here."""
        return ProtocolType(value)


ProtocolType.MCP = ProtocolType("MCP")
ProtocolType.HTTP = ProtocolType("HTTP")
ProtocolType.A2_A = ProtocolType("A2A")
ProtocolType.AGUI = ProtocolType("AGUI")


class PlatformVersion(_StringValue):
    """The platform version that controls how AgentCore starts an agent.

    Args:
        value: the platform string (for example ``linux/arm64``).
    """

    V1: PlatformVersion
    """Initializes the agent environment on every cold start."""
    V2: PlatformVersion
    """Starts the agent by restoring a prepared snapshot."""

    @staticmethod
    def of(value: str) -> PlatformVersion:
        """A platform version not listed here."""
        return PlatformVersion(value)


PlatformVersion.V1 = PlatformVersion("V1")
PlatformVersion.V2 = PlatformVersion("V2")


class AgentCoreRuntime(_StringValue):
    """The language runtime that runs code-based agent artifacts.

    Args:
        value: the runtime identifier string (for example ``PYTHON_3_12``).
    """

    PYTHON_3_10: AgentCoreRuntime
    """Python 3.10."""
    PYTHON_3_11: AgentCoreRuntime
    """Python 3.11."""
    PYTHON_3_12: AgentCoreRuntime
    """Python 3.12."""
    PYTHON_3_13: AgentCoreRuntime
    """Python 3.13."""
    PYTHON_3_14: AgentCoreRuntime
    """Python 3.14."""
    NODE_22: AgentCoreRuntime
    """Node.js 22."""

    @staticmethod
    def of(value: str) -> AgentCoreRuntime:
        """A runtime not listed here."""
        return AgentCoreRuntime(value)


for _name in ("PYTHON_3_10", "PYTHON_3_11", "PYTHON_3_12", "PYTHON_3_13", "PYTHON_3_14", "NODE_22"):
    setattr(AgentCoreRuntime, _name, AgentCoreRuntime(_name))


class CustomClaimOperator(enum.Enum):
    """How a custom JWT claim is matched."""

    EQUALS = "EQUALS"
    """The claim equals the value (string claims)."""
    CONTAINS = "CONTAINS"
    """The claim (a list) contains the one value."""
    CONTAINS_ANY = "CONTAINS_ANY"
    """The claim (a list) contains any of the values."""


@structs.frozen(kw_only=True)
class RequestHeaderConfiguration:
    """HTTP request headers passed through to the runtime."""

    allowlisted_headers: Sequence[str] | None = None
    """The headers allowed through (default none)."""


@structs.frozen(kw_only=True)
class LifecycleConfiguration:
    """When idle sessions end and instances are replaced."""

    idle_runtime_session_timeout: Duration | None = None
    """How long an idle session lives (60 s to 8 h; service default 15 minutes)."""
    max_lifetime: Duration | None = None
    """How long an instance lives (60 s to 8 h; service default 8 hours)."""


@structs.frozen(kw_only=True)
class AddEndpointOptions:
    """The options of ``Runtime.add_endpoint``."""

    description: str | None = None
    """The endpoint's description (1 to 1200 characters)."""
    version: str | None = None
    """The runtime version the endpoint points to (default the runtime's current version)."""


class RuntimeCustomClaim:
    """A custom claim a runtime's JWT authorizer checks (build one with the static methods).

    Args:
        name: the claim in the token to check.
        operator: how the claim is compared (``EQUALS``, ``CONTAINS`` or ``CONTAINS_ANY``).
        value: the value or values the claim must match.
        value_type: the claim's type: a string or an array of strings.
    """

    def __init__(self, name: str, value_type: str, operator: CustomClaimOperator, value: str | Sequence[str]) -> None:
        self._name = name
        self._value_type = value_type
        self._operator = operator
        self._value = value

    @staticmethod
    def with_string_value(name: str, value: str) -> RuntimeCustomClaim:
        """A string claim that must equal ``value``."""
        return RuntimeCustomClaim(name, "STRING", CustomClaimOperator.EQUALS, value)

    @staticmethod
    def with_string_array_value(name: str, values: Sequence[str],
                                operator: CustomClaimOperator | None = None) -> RuntimeCustomClaim:
        """A string-list claim matched with ``operator`` (``CONTAINS``, the default, or ``CONTAINS_ANY``)."""
        operator = operator if operator is not None else CustomClaimOperator.CONTAINS
        if operator not in (CustomClaimOperator.CONTAINS, CustomClaimOperator.CONTAINS_ANY):
            raise UnscopedValidationError(
                f"Custom claim '{name}': STRING_ARRAY type only supports CONTAINS or CONTAINS_ANY operators, "
                f"got {operator.value}")
        return RuntimeCustomClaim(name, "STRING_ARRAY", operator, list(values))

    def _render(self) -> dict[str, object]:
        value = self._value
        if self._operator is CustomClaimOperator.CONTAINS and not isinstance(value, str):
            if not Token.is_unresolved(value[0]) and len(value) != 1:
                raise UnscopedValidationError(
                    f"Custom claim '{self._name}': CONTAINS operator requires exactly one value, "
                    f"got {len(value)} values")
        # a string, or the one value a CONTAINS claim looks for, is a MatchValueString; CONTAINS_ANY takes a list
        match_value: dict[str, object] = (
            {"match_value_string": value} if isinstance(value, str)
            else {"match_value_string": value[0]} if self._operator is CustomClaimOperator.CONTAINS
            else {"match_value_string_list": list(value)})
        return {"inbound_token_claim_name": self._name, "inbound_token_claim_value_type": self._value_type,
                "authorizing_claim_match_value": {"claim_match_operator": self._operator.value,
                                                  "claim_match_value": match_value}}
