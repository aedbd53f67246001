"""The reference structs of Lambda resources (``function.function_ref`` and friends).

aws-cdk-lib defines them in ``aws_cdk.interfaces.aws_lambda``; each holds the attributes another construct needs to
point at the resource.
"""

from __future__ import annotations

from constructs.internals import structs


@structs.frozen(kw_only=True)
class FunctionReference:
    """A function's ARN and name."""

    function_arn: str
    function_name: str


@structs.frozen(kw_only=True)
class VersionReference:
    """A version's ARN."""

    function_arn: str


@structs.frozen(kw_only=True)
class AliasReference:
    """An alias's ARN."""

    alias_arn: str


@structs.frozen(kw_only=True)
class LayerVersionReference:
    """A layer version's ARN."""

    layer_version_arn: str


@structs.frozen(kw_only=True)
class CodeSigningConfigReference:
    """A code signing configuration's ARN."""

    code_signing_config_arn: str


@structs.frozen(kw_only=True)
class EventSourceMappingReference:
    """An event source mapping's ARN and id."""

    event_source_mapping_arn: str
    event_source_mapping_id: str


@structs.frozen(kw_only=True)
class UrlReference:
    """The function a URL belongs to."""

    function_arn: str
