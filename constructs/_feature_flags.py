"""``FeatureFlags``: read aws-cdk-lib feature flags from the context."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from constructs._construct import IConstruct

# Flags whose unconfigured behaviour in aws-cdk-lib v2 is "enabled" (the v1-era flags v2 made permanent).
V2_DEFAULT_ENABLED = frozenset(
    {
        "@aws-cdk/core:enableStackNameDuplicates",
        "@aws-cdk/core:newStyleStackSynthesis",
        "@aws-cdk/core:stackRelativeExports",
        "@aws-cdk/aws-kms:defaultKeyPolicies",
        "@aws-cdk/aws-s3:grantWriteWithoutAcl",
        "@aws-cdk/aws-ecs-patterns:removeDefaultDesiredCount",
        "@aws-cdk/aws-rds:lowercaseDbIdentifier",
        "@aws-cdk/aws-efs:defaultEncryptionAtRest",
        "@aws-cdk/aws-lambda:recognizeVersionProps",
        "@aws-cdk/aws-cloudfront:defaultSecurityPolicyTLSv1.2_2021",
        "@aws-cdk/core:aspectStabilization",
        "@aws-cdk/core:automaticL1Traits",
        "@aws-cdk/aws-apigateway:usagePlanKeyOrderInsensitiveId",
        "@aws-cdk/aws-stepfunctions-tasks:useNewS3UriParametersForBedrockInvokeModelTask",
        "@aws-cdk/aws-stepfunctions-tasks:evaluateExpressionDedicatedFunction",
        "@aws-cdk/pipelines:reduceStageRoleTrustScope",
        "@aws-cdk/pipelines:reduceCrossAccountActionRoleTrustScope",
        "@aws-cdk/pipelines:reduceAssetRoleTrustScope",
    }
)


def _truthy(value: Any) -> bool:
    """A context value as aws-cdk-lib reads a flag: JavaScript's ``Boolean(value)`` (any non-empty string is true,
    ``"false"`` and ``"0"`` included; lists and objects are true; 0, NaN and ``""`` are false)."""
    if isinstance(value, str):
        return value != ""
    if isinstance(value, (list, dict)):
        return True
    if isinstance(value, float) and value != value:  # NaN
        return False
    return bool(value)


class FeatureFlags:
    """Feature flags as seen from a scope: ``FeatureFlags.of(scope).is_enabled("@aws-cdk/...")``."""

    def __init__(self, scope: IConstruct) -> None:
        self._scope = scope

    @staticmethod
    def of(scope: IConstruct) -> FeatureFlags:
        """The feature flags of ``scope`` (context set on it or any scope above)."""
        return FeatureFlags(scope)

    def is_enabled(self, feature_flag: str) -> bool:
        """True if the flag is set to true, or is unset and enabled by default in aws-cdk-lib v2."""
        value = self._scope.node.try_get_context(feature_flag)
        if value is None:
            return feature_flag in V2_DEFAULT_ENABLED
        return _truthy(value)
