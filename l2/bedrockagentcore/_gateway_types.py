"""Small value types of the AgentCore gateway: protocol configuration, exception level, policy-engine mode."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs.internals import structs
from l2.bedrockagentcore._types import _StringValue

if TYPE_CHECKING:
    from l2.bedrockagentcore._policy_interfaces import IPolicyEngine


class GatewayProtocolType(enum.Enum):
    """The protocol a gateway speaks."""

    MCP = "MCP"
    """Model Context Protocol."""


class GatewayExceptionLevel(_StringValue):
    """How much detail a gateway's error messages carry.

    Args:
        value: the level.
    """

    DEBUG: GatewayExceptionLevel
    """Detailed error messages (for debugging)."""

    @staticmethod
    def of(value: str) -> GatewayExceptionLevel:
        """A level not listed here."""
        return GatewayExceptionLevel(value)


GatewayExceptionLevel.DEBUG = GatewayExceptionLevel("DEBUG")


class MCPProtocolVersion(_StringValue):
    """A version of the Model Context Protocol.

    Args:
        value: the version.
    """

    MCP_2025_06_18: MCPProtocolVersion
    """MCP 2025-06-18."""
    MCP_2025_03_26: MCPProtocolVersion
    """MCP 2025-03-26."""

    @staticmethod
    def of(value: str) -> MCPProtocolVersion:
        """A version not listed here."""
        return MCPProtocolVersion(value)


MCPProtocolVersion.MCP_2025_06_18 = MCPProtocolVersion("2025-06-18")
MCPProtocolVersion.MCP_2025_03_26 = MCPProtocolVersion("2025-03-26")


class McpGatewaySearchType(_StringValue):
    """How an MCP gateway searches its tools.

    Args:
        value: the search type.
    """

    SEMANTIC: McpGatewaySearchType
    """Semantic search."""

    @staticmethod
    def of(value: str) -> McpGatewaySearchType:
        """A search type not listed here."""
        return McpGatewaySearchType(value)


McpGatewaySearchType.SEMANTIC = McpGatewaySearchType("SEMANTIC")


@structs.frozen(kw_only=True)
class McpConfiguration:
    """The MCP settings of a gateway."""

    instructions: str | None = None
    """Instructions for the gateway (default none)."""
    search_type: McpGatewaySearchType | None = None
    """How tools are searched (default none)."""
    supported_versions: Sequence[MCPProtocolVersion] | None = None
    """The MCP versions the gateway supports (default the service's)."""


class McpProtocolConfiguration:
    """A gateway speaking MCP (``IGatewayProtocolConfig``).

    Args:
        instructions: instructions for the gateway.
        search_type: how tools are searched.
        supported_versions: the MCP versions supported.
    """

    def __init__(self, *, instructions: str | None = None, search_type: McpGatewaySearchType | None = None,
                 supported_versions: Sequence[MCPProtocolVersion] | None = None) -> None:
        self.protocol_type = GatewayProtocolType.MCP.value
        """The protocol type (``MCP``)."""
        self.search_type = search_type.value if search_type is not None else None
        """The search type's value."""
        self.supported_versions = list(supported_versions) if supported_versions is not None else None
        """The supported MCP versions."""
        self.instructions = instructions
        """The instructions."""

    def _render(self) -> dict[str, Any]:
        mcp: dict[str, Any] = {}
        if self.instructions:
            mcp["instructions"] = self.instructions
        if self.search_type:
            mcp["search_type"] = self.search_type
        if self.supported_versions is not None:
            mcp["supported_versions"] = [v.value for v in self.supported_versions]
        return {"mcp": mcp}


class GatewayProtocol:
    """Factory of gateway protocol configurations."""

    @staticmethod
    def mcp(*, instructions: str | None = None, search_type: McpGatewaySearchType | None = None,
            supported_versions: Sequence[MCPProtocolVersion] | None = None) -> McpProtocolConfiguration:
        """An MCP protocol configuration."""
        return McpProtocolConfiguration(instructions=instructions, search_type=search_type,
                                        supported_versions=supported_versions)


class PolicyEngineMode(_StringValue):
    """How a gateway applies its policy engine's decisions.

    Args:
        value: the mode.
    """

    LOG_ONLY: PolicyEngineMode
    """Evaluate and log the decisions, do not enforce them."""
    ENFORCE: PolicyEngineMode
    """Enforce the decisions."""

    @staticmethod
    def of(value: str) -> PolicyEngineMode:
        """A mode not listed here."""
        return PolicyEngineMode(value)


PolicyEngineMode.LOG_ONLY = PolicyEngineMode("LOG_ONLY")
PolicyEngineMode.ENFORCE = PolicyEngineMode("ENFORCE")


@structs.frozen(kw_only=True)
class GatewayPolicyEngineConfig:
    """The Cedar policy engine a gateway's requests are authorized by."""

    policy_engine: IPolicyEngine
    """The policy engine."""
    mode: PolicyEngineMode | None = None
    """Enforce or only log (default ``PolicyEngineMode.ENFORCE``)."""
