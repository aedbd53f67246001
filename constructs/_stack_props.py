"""The props structs of ``App``, ``Stage``, ``Stack`` and ``NestedStack``, and the stage synthesis options."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs._private import structs

if TYPE_CHECKING:
    from constructs._policy_validation import IPolicyValidationPluginBeta1

    from ._duration import Duration
    from ._injectors import IPropertyInjector
    from ._permissions_boundary import PermissionsBoundary
    from ._removal_policy import RemovalPolicy
    from ._stack import Environment
    from ._synthesizers import IReusableStackSynthesizer, IStackSynthesizer


@structs.frozen(kw_only=True)
class AppProps:
    """The initialisation options of an ``App`` (``App(**vars(props))`` takes the same keywords).

    See ``App`` for each keyword argument.
    """

    analytics_reporting: bool | None = None
    auto_synth: bool | None = None
    builtin_cloud_formation_validation: bool | None = None
    confirm_validation_plugins_do_not_mutate: bool | None = None
    context: Mapping[str, object] | None = None
    default_stack_synthesizer: IReusableStackSynthesizer | None = None
    outdir: str | None = None
    performance_reporting: bool | None = None
    policy_validation_beta1: list[IPolicyValidationPluginBeta1] | None = None
    post_cli_context: Mapping[str, object] | None = None
    property_injectors: Sequence[IPropertyInjector] | None = None
    stack_traces: bool | None = None
    tree_metadata: bool | None = None


@structs.frozen(kw_only=True)
class StageProps:
    """The initialisation options of a ``Stage``.

    See ``Stage`` for each keyword argument.
    """

    env: Environment | Mapping[str, object] | None = None
    outdir: str | None = None
    permissions_boundary: PermissionsBoundary | None = None
    policy_validation_beta1: list[IPolicyValidationPluginBeta1] | None = None
    property_injectors: Sequence[IPropertyInjector] | None = None
    stage_name: str | None = None


@structs.frozen(kw_only=True)
class StageSynthesisOptions:
    """The options of ``Stage.synth``.

    Args:
        aspect_stabilization: keep invoking aspects until none adds a new one (default false).
        error_on_duplicate_synth: fail when the stage is synthesized again after a change (default true).
        force: synthesize again even if the stage was already synthesized (default false).
        skip_validation: skip the constructs' validation (default false).
        validate_on_synthesis: run the policy validation plugins while synthesizing (default false).
    """

    aspect_stabilization: bool | None = None
    error_on_duplicate_synth: bool | None = None
    force: bool | None = None
    skip_validation: bool | None = None
    validate_on_synthesis: bool | None = None


@structs.frozen(kw_only=True)
class StackProps:
    """The initialisation options of a ``Stack``.

    See ``Stack`` for each keyword argument.
    """

    analytics_reporting: bool | None = None
    cross_region_references: bool | None = None
    description: str | None = None
    env: Environment | Mapping[str, object] | None = None
    notification_arns: Sequence[str] | None = None
    permissions_boundary: PermissionsBoundary | None = None
    property_injectors: Sequence[IPropertyInjector] | None = None
    stack_name: str | None = None
    suppress_template_indentation: bool | None = None
    synthesizer: IStackSynthesizer | None = None
    tags: Mapping[str, str] | None = None
    termination_protection: bool | None = None


@structs.frozen(kw_only=True)
class NestedStackProps:
    """The initialisation options of a ``NestedStack``.

    See ``NestedStack`` for each keyword argument.
    """

    description: str | None = None
    notification_arns: Sequence[str] | None = None
    parameters: Mapping[str, str] | None = None
    removal_policy: RemovalPolicy | None = None
    suppress_template_indentation: bool | None = None
    timeout: Duration | None = None


@structs.frozen(kw_only=True)
class ExportValueOptions:
    """The options of ``Stack.export_value``: the export's name and description.

    Args:
        description: the export's description (default none).
        name: the export's name (default one derived from the value).
    """

    description: str | None = None
    name: str | None = None


@structs.frozen(kw_only=True)
class AWSEventMetadataProps:
    """The event metadata fields (``region``, ``resources``, ``version``) an EventBridge pattern can match.

    Args:
        region: the regions the event may come from.
        resources: the ARNs of the resources the event may concern.
        version: the event versions to match.
    """

    region: Sequence[str] | None = None
    resources: Sequence[str] | None = None
    version: Sequence[str] | None = None
