"""Resource attributes set through cfn_options, and the order they render in."""

import aws_cdk as cdk

app = cdk.App()
stack = cdk.Stack(app, "CfnOptions")

is_prod = cdk.CfnCondition(
    stack, "IsProd", expression=cdk.Fn.condition_equals(cdk.Aws.REGION, "us-east-1"),
)
dependency = cdk.CfnResource(stack, "Dependency", type="AWS::SQS::Queue")

full = cdk.CfnResource(stack, "Full", type="AWS::AutoScaling::AutoScalingGroup", properties={"MinSize": "1"})
full.cfn_options.condition = is_prod
full.cfn_options.creation_policy = cdk.CfnCreationPolicy(
    resource_signal=cdk.CfnResourceSignal(count=2, timeout="PT5M"),
    auto_scaling_creation_policy=cdk.CfnResourceAutoScalingCreationPolicy(min_successful_instances_percent=50),
)
full.cfn_options.update_policy = cdk.CfnUpdatePolicy(
    auto_scaling_rolling_update=cdk.CfnAutoScalingRollingUpdate(
        max_batch_size=2, min_instances_in_service=1, pause_time="PT1M", wait_on_resource_signals=True,
        suspend_processes=["HealthCheck", "ReplaceUnhealthy"],
    ),
    auto_scaling_scheduled_action=cdk.CfnAutoScalingScheduledAction(ignore_unmodified_group_size_properties=True),
)
full.cfn_options.deletion_policy = cdk.CfnDeletionPolicy.SNAPSHOT
full.cfn_options.update_replace_policy = cdk.CfnDeletionPolicy.RETAIN
full.cfn_options.metadata = {"Owner": {"team": "core", "Tags": ["a", "b"]}, "cfn-lint": {"config": {}}}
full.cfn_options.version = "1.2"
full.cfn_options.description = "A resource with every option"
full.add_dependency(dependency)

code_deploy = cdk.CfnResource(stack, "Lambda", type="AWS::Lambda::Alias", properties={"Name": "live"})
code_deploy.cfn_options.update_policy = cdk.CfnUpdatePolicy(
    code_deploy_lambda_alias_update=cdk.CfnCodeDeployLambdaAliasUpdate(
        application_name="app", deployment_group_name="group",
        before_allow_traffic_hook="pre", after_allow_traffic_hook="post",
    ),
    enable_version_upgrade=True,
    use_online_resharding=False,
)
code_deploy.cfn_options.deletion_policy = cdk.CfnDeletionPolicy.RETAIN_EXCEPT_ON_CREATE

metadata_only = cdk.CfnResource(stack, "MetadataOnly", type="AWS::SQS::Queue")
metadata_only.add_metadata("Key", {"nested": [1, 2]})
metadata_only.add_metadata("Other", "value")

app.synth()
