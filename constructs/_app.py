"""``App``: the root of a construct tree."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ._stage import Stage

if TYPE_CHECKING:
    from constructs._policy_validation import IPolicyValidationPluginBeta1

    from ._injectors import IPropertyInjector
    from ._synthesizers import IReusableStackSynthesizer


class App(Stage):
    """The root construct: holds context and synthesizes every stack into a cloud assembly.

    Args:
        outdir: the output directory (default: ``$CDK_OUTDIR``, else a new temporary directory).
        context: initial context values; ``$CDK_CONTEXT_JSON`` overrides them.
        default_stack_synthesizer: the synthesizer stacks use when they name none.
        auto_synth: accepted for compatibility (pycdk apps call ``app.synth()`` themselves).
        tree_metadata: write ``tree.json`` (default True).
        property_injectors: injectors of the props of constructs created in the app.
        builtin_cloud_formation_validation: aws-cdk-lib's template validation plugin switch (pycdk writes no
            validation report; kept as ``self.builtin_cloud_formation_validation``).
        confirm_validation_plugins_do_not_mutate: accepted with ``policy_validation_beta1``.
        performance_reporting: aws-cdk-lib's synthesis timing report switch (accepted).
        analytics_reporting: include the ``AWS::CDK::Metadata`` resource (sets ``aws:cdk:version-reporting``).
        post_cli_context: context values set after those of the CLI (``$CDK_CONTEXT_JSON``), so they win.
        stack_traces: accepted for compatibility (pycdk records no construct creation stack traces).
    """

    def __init__(
        self,
        *,
        analytics_reporting: bool | None = None,
        auto_synth: bool | None = None,
        builtin_cloud_formation_validation: bool | None = None,
        confirm_validation_plugins_do_not_mutate: bool | None = None,
        context: Mapping[str, object] | None = None,
        default_stack_synthesizer: IReusableStackSynthesizer | None = None,
        outdir: str | None = None,
        performance_reporting: bool | None = None,
        policy_validation_beta1: Sequence[IPolicyValidationPluginBeta1] | None = None,
        post_cli_context: Mapping[str, object] | None = None,
        property_injectors: Sequence[IPropertyInjector] | None = None,
        stack_traces: bool | None = None,
        tree_metadata: bool | None = None,
    ) -> None:
        from ._private.gc_tuning import freeze_startup_heap

        freeze_startup_heap()
        super().__init__(None, "", policy_validation_beta1=policy_validation_beta1)
        for k, v in (context or {}).items():
            self.node.set_context(k, v)
        env_ctx = os.environ.get("CDK_CONTEXT_JSON")
        if env_ctx:
            for k, v in json.loads(env_ctx).items():
                self.node.set_context(k, v)
        for k, v in (post_cli_context or {}).items():
            self.node.set_context(k, v)
        if analytics_reporting is not None:
            self.node.set_context("aws:cdk:version-reporting", analytics_reporting)
        if self.node.try_get_context("@aws-cdk/core:enableAdditionalMetadataCollection") is not None:
            from .internals import analytics_enabled

            analytics_enabled(self)  # core's custom resources record from the first one (analytics metadata)
        self._outdir_arg = outdir or os.environ.get("CDK_OUTDIR") or None
        self._default_stack_synthesizer = default_stack_synthesizer
        self.tree_metadata: bool = tree_metadata is not False
        self.stage_name = ""
        self.builtin_cloud_formation_validation = builtin_cloud_formation_validation
        self.confirm_validation_plugins_do_not_mutate = confirm_validation_plugins_do_not_mutate
        self.performance_reporting = performance_reporting
        if property_injectors:
            from ._injectors import PropertyInjectors

            PropertyInjectors.of(self).add(*property_injectors)

    @property
    def outdir(self) -> str:
        if not self._outdir_arg:
            import tempfile

            self._outdir_arg = tempfile.mkdtemp(prefix="cdk.out")
        return self._outdir_arg

    @staticmethod
    def is_app(obj: object) -> bool:
        """True for apps."""
        return isinstance(obj, App)
