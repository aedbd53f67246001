"""Policy-validation scenarios run both through aws-cdk-lib (``_b_policy_oracle.py`` records the results in
``b_policy_expected.json``) and through pycdk (``test_b_policy_validation.py``).

Each scenario takes the core module (``aws_cdk`` or ``constructs``) and a class decorator (``jsii.implements``
of the plugin interface for aws-cdk-lib, identity for pycdk) and returns the app to synthesize.
"""

from __future__ import annotations

from typing import Any


def _plugin_class(cdk: Any, implements: Any) -> Any:
    @implements
    class Plugin:
        def __init__(self, name: str, violations: list[Any], success: bool, boom: str | None = None) -> None:
            self._name = name
            self._violations = violations
            self._success = success
            self._boom = boom

        @property
        def name(self) -> str:
            return self._name

        @property
        def version(self) -> str:
            return "1.2.3"

        @property
        def rule_ids(self) -> list[str]:
            return ["r1"]

        def validate(self, context: Any) -> Any:
            if self._boom:
                raise ValueError(self._boom)
            paths = list(context.template_paths)
            violations = [v(paths) for v in self._violations]
            return cdk.PolicyValidationPluginReportBeta1(
                success=self._success, violations=violations, metadata={"k": "v"}, plugin_version="9.9"
            )

    return Plugin


def _violation(cdk: Any, rule: str, logical_id: str, severity: str | None, fix: str | None = None) -> Any:
    def make(paths: list[str]) -> Any:
        return cdk.PolicyViolationBeta1(
            rule_name=rule,
            description=f"{rule} is broken",
            fix=fix,
            severity=severity,
            violating_resources=[
                cdk.PolicyViolatingResourceBeta1(
                    resource_logical_id=logical_id, template_path=paths[0], locations=["Properties/DelaySeconds"]
                )
            ],
        )

    return make


OUTDIR = {"path": "cdk.out"}  # set by the runner before each scenario


def _app(cdk: Any, mode: str) -> Any:
    return cdk.App(outdir=OUTDIR["path"], context={"@aws-cdk/core:appMode": mode})


def failure(cdk: Any, implements: Any) -> Any:
    plugin = _plugin_class(cdk, implements)
    app = _app(cdk, "inmemory")
    cdk.Validations.of(app).add_plugins(
        plugin("my-plugin", [_violation(cdk, "no-queues", "Queue", "error", "delete it\nnow")], False)
    )
    stack = cdk.Stack(app, "Stack1")
    cdk.CfnResource(stack, "Queue", type="AWS::SQS::Queue", properties={"DelaySeconds": 5})
    return app


def failure_unknown_mode(cdk: Any, implements: Any) -> Any:
    plugin = _plugin_class(cdk, implements)
    app = cdk.App(policy_validation_beta1=[plugin("p", [_violation(cdk, "r", "Queue", None)], False)],
                  outdir=OUTDIR["path"], context={"@aws-cdk/core:appMode": "unknown-mode-means-unknown"})
    stack = cdk.Stack(app, "Stack1")
    cdk.CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    return app


def warnings_only(cdk: Any, implements: Any) -> Any:
    plugin = _plugin_class(cdk, implements)
    app = _app(cdk, "inmemory")
    cdk.Validations.of(app).add_plugins(
        plugin(
            "Warn Plugin",
            [
                _violation(cdk, "info-rule", "Queue", "info"),
                _violation(cdk, "custom-rule", "Queue", "Purple"),
                _violation(cdk, "warn-rule", "Queue", "WARNING"),
            ],
            True,
        )
    )
    stack = cdk.Stack(app, "Stack1")
    cdk.CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    return app


def acknowledged(cdk: Any, implements: Any) -> Any:
    plugin = _plugin_class(cdk, implements)
    app = _app(cdk, "inmemory")
    cdk.Validations.of(app).add_plugins(
        plugin(
            "my-plugin",
            [_violation(cdk, "no-queues", "Queue", "error"), _violation(cdk, "fatal-rule", "Queue", "fatal")],
            False,
        )
    )
    stack = cdk.Stack(app, "Stack1")
    queue = cdk.CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    cdk.Validations.of(stack).acknowledge(cdk.Acknowledgment(id="my-plugin::no-queues", reason="queues are fine"))
    cdk.Validations.of(queue).acknowledge(cdk.Acknowledgment(id="my-plugin::fatal-rule", reason="cannot ack"))
    return app


def plugin_raises(cdk: Any, implements: Any) -> Any:
    plugin = _plugin_class(cdk, implements)
    app = _app(cdk, "inmemory")
    cdk.Validations.of(app).add_plugins(plugin("bad", [], True, boom="it broke"))
    cdk.CfnResource(cdk.Stack(app, "Stack1"), "Queue", type="AWS::SQS::Queue")
    return app


def nested_stage(cdk: Any, implements: Any) -> Any:
    plugin = _plugin_class(cdk, implements)
    app = _app(cdk, "process")
    stage = cdk.Stage(app, "Prod")
    cdk.Validations.of(stage).add_plugins(plugin("stage-plugin", [_violation(cdk, "r2", "Topic", "error")], False))
    stack = cdk.Stack(stage, "Inner")
    cdk.CfnResource(stack, "Topic", type="AWS::SNS::Topic")
    cdk.CfnResource(cdk.Stack(app, "Outer"), "Topic", type="AWS::SNS::Topic")
    return app


def success_no_violations(cdk: Any, implements: Any) -> Any:
    plugin = _plugin_class(cdk, implements)
    app = _app(cdk, "inmemory")
    cdk.Validations.of(app).add_plugins(plugin("clean", [], True))
    cdk.CfnResource(cdk.Stack(app, "Stack1"), "Queue", type="AWS::SQS::Queue")
    return app


def legacy_report_and_unknown_logical_id(cdk: Any, implements: Any) -> Any:
    @implements
    class PathPlugin:
        @property
        def name(self) -> str:
            return "path-plugin"

        @property
        def version(self) -> None:
            return None

        @property
        def rule_ids(self) -> None:
            return None

        def validate(self, context: Any) -> Any:
            template = context.template_paths[0]
            return cdk.PolicyValidationPluginReportBeta1(
                success=False,
                violations=[
                    cdk.PolicyViolationBeta1(
                        rule_name="unknown-id",
                        description="not a construct",
                        severity="warning",
                        violating_resources=[
                            cdk.PolicyViolatingResourceBeta1(
                                resource_logical_id="Missing", template_path=template, locations=[]
                            )
                        ],
                    ),
                    cdk.PolicyViolationBeta1(
                        rule_name="by-template",
                        description="found in the template",
                        violating_resources=[
                            cdk.PolicyViolatingResourceBeta1(
                                resource_logical_id="Queue", template_path=template, locations=["Properties"]
                            )
                        ],
                    ),
                ],
            )

    app = cdk.App(
        outdir=OUTDIR["path"],
        context={"@aws-cdk/core:appMode": "process", "@aws-cdk/core:validationReportJson": True},
    )
    cdk.Validations.of(app).add_plugins(PathPlugin())
    cdk.CfnResource(cdk.Stack(app, "Stack1"), "Queue", type="AWS::SQS::Queue")
    return app


SCENARIOS = {
    f.__name__: f
    for f in (failure, failure_unknown_mode, warnings_only, acknowledged, plugin_raises, nested_stage,
              success_no_violations, legacy_report_and_unknown_logical_id)
}
