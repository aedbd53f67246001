"""Golden suite for Bedrock AgentCore: templates and asset manifests are both compared."""

COMPARE_ASSET_MANIFESTS = True
