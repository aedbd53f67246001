"""An Auto Scaling group with constructor tags (PropagateAtLaunch), Tags.of tags, a launch template and a policy."""

import aws_cdk as cdk
from aws_cdk import Tags
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "L1AutoScaling")

template = ec2.CfnLaunchTemplate(
    stack,
    "Template",
    launch_template_data=ec2.CfnLaunchTemplate.LaunchTemplateDataProperty(
        image_id="ami-12345678",
        instance_type="t3.micro",
        metadata_options=ec2.CfnLaunchTemplate.MetadataOptionsProperty(http_tokens="required"),
        tag_specifications=[
            ec2.CfnLaunchTemplate.TagSpecificationProperty(
                resource_type="instance", tags=[cdk.CfnTag(key="from", value="template")]
            ),
        ],
    ),
)

group = autoscaling.CfnAutoScalingGroup(
    stack,
    "Group",
    min_size="1",
    max_size="4",
    desired_capacity="2",
    availability_zones=["us-east-1a", "us-east-1b"],
    launch_template=autoscaling.CfnAutoScalingGroup.LaunchTemplateSpecificationProperty(
        launch_template_id=template.ref, version=template.attr_latest_version_number
    ),
    health_check_type="EC2",
    health_check_grace_period=120,
    metrics_collection=[{"granularity": "1Minute", "metrics": ["GroupInServiceInstances"]}],  # one-word keys
    tags=[
        autoscaling.CfnAutoScalingGroup.TagPropertyProperty(key="owner", value="ops", propagate_at_launch=True),
        autoscaling.CfnAutoScalingGroup.TagPropertyProperty(key="cost-center", value="42", propagate_at_launch=False),
    ],
)
autoscaling.CfnScalingPolicy(
    stack,
    "CpuPolicy",
    auto_scaling_group_name=group.ref,
    policy_type="TargetTrackingScaling",
    target_tracking_configuration=autoscaling.CfnScalingPolicy.TargetTrackingConfigurationProperty(
        target_value=50,
        predefined_metric_specification=autoscaling.CfnScalingPolicy.PredefinedMetricSpecificationProperty(
            predefined_metric_type="ASGAverageCPUUtilization"
        ),
    ),
)

Tags.of(stack).add("team", "compute")
Tags.of(group).add("no-propagate", "yes", apply_to_launched_instances=False)
Tags.of(stack).add("owner", "platform", priority=10)

app.synth()
