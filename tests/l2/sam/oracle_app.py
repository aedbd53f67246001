"""The SAM app of ``test_oracle.py`` with aws-cdk-lib's own L1 structs, written with aws-cdk-lib's Python API.

aws-cdk-lib types 34 of SAM's policy templates as ``CfnFunction.SAMPolicyTemplateProperty`` (a plain dict in
``policies`` renders as ``{}`` there) and the deployment preference as ``DeploymentPreferenceProperty``.

``record_oracle.py`` runs it under aws-cdk-lib 2.275.0 (the oracle venv) and records the template in
``fixtures/literal_forms.template.json``; ``test_oracle.py`` builds the same app in pycdk with ``l2.sam``'s typed
helpers and expects that template byte for byte. (aws-cdk-lib's ``DeploymentPreferenceProperty`` has no
``TriggerConfigurations`` or ``PassthroughCondition``: the translator tests cover those.) Runs under both libraries: ``core`` is ``aws_cdk`` (oracle) or
``constructs`` (pycdk), ``sam`` is ``aws_cdk.aws_sam`` or ``l2.sam``.
"""

from __future__ import annotations

from typing import Any


def base(core: Any, sam: Any) -> tuple[Any, Any, Any, Any]:
    """App, stack, a table parameter and the pre-traffic hook function (shared by both forms)."""
    app = core.App()
    stack = core.Stack(app, "SamTyped")
    stack.add_transform("AWS::Serverless-2016-10-31")
    table = core.CfnParameter(stack, "TableName")
    hook = sam.CfnFunction(
        stack, "PreTraffic", code_uri="s3://bucket/hook.zip", handler="index.handler", runtime="python3.12"
    )
    return app, stack, table, hook


def literal(core: Any, sam: Any) -> dict[str, Any]:
    """The app with SAM's literal forms; returns its template."""
    app, stack, table, hook = base(core, sam)
    sam.CfnFunction(
        stack,
        "Api",
        code_uri="s3://bucket/api.zip",
        handler="index.handler",
        runtime="python3.12",
        auto_publish_alias="live",
        auto_publish_code_sha256="abc123",
        policies=[
            sam.CfnFunction.SAMPolicyTemplateProperty(
                dynamo_db_crud_policy=sam.CfnFunction.TableSAMPTProperty(table_name=table.value_as_string)
            ),
            "AWSLambdaExecute",
            sam.CfnFunction.SAMPolicyTemplateProperty(
                sqs_poller_policy=sam.CfnFunction.QueueSAMPTProperty(queue_name="jobs")
            ),
            sam.CfnFunction.SAMPolicyTemplateProperty(
                dynamo_db_stream_read_policy=sam.CfnFunction.TableStreamSAMPTProperty(
                    table_name=table.value_as_string, stream_name="stream"
                )
            ),
            sam.CfnFunction.SAMPolicyTemplateProperty(cloud_watch_put_metric_policy={}),
        ],
        deployment_preference=sam.CfnFunction.DeploymentPreferenceProperty(
            type="Canary10Percent5Minutes",
            alarms=["ErrorsAlarm", table.value_as_string],
            hooks=sam.CfnFunction.HooksProperty(pre_traffic=core.Fn.ref(hook.logical_id), post_traffic="post-hook"),
            role="arn:aws:iam::123456789012:role/codedeploy",
            enabled=True,
        ),
    )
    sam.CfnStateMachine(
        stack,
        "Machine",
        definition={"StartAt": "A", "States": {"A": {"Type": "Pass", "End": True}}},
        policies=[
            sam.CfnStateMachine.SAMPolicyTemplateProperty(
                lambda_invoke_policy=sam.CfnStateMachine.FunctionSAMPTProperty(function_name=core.Fn.ref(hook.logical_id))
            )
        ],
    )
    return dict(app.synth().get_stack_by_name("SamTyped").template)
