"""CfnHook, the CodeDeploy blue-green hook (structs and plain dicts), and update/creation policies with an
instance refresh."""

import aws_cdk as cdk

app = cdk.App()
stack = cdk.Stack(app, "Hooks")
stack.add_transform("AWS::CodeDeployBlueGreen")

service = cdk.CfnResource(stack, "Service", type="AWS::ECS::Service", properties={"Cluster": "c"})
blue_td = cdk.CfnResource(stack, "BlueTaskDef", type="AWS::ECS::TaskDefinition", properties={"Family": "f"})
green_td = cdk.CfnResource(stack, "GreenTaskDef", type="AWS::ECS::TaskDefinition", properties={"Family": "g"})
blue_ts = cdk.CfnResource(stack, "BlueTaskSet", type="AWS::ECS::TaskSet",
                          properties={"Cluster": "c", "Service": "s", "TaskDefinition": "td1"})
green_ts = cdk.CfnResource(stack, "GreenTaskSet", type="AWS::ECS::TaskSet",
                           properties={"Cluster": "c", "Service": "s", "TaskDefinition": "td2"})
listener_props = {"LoadBalancerArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/lb/1",
                  "DefaultActions": [{"Type": "forward", "TargetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg/1"}]}
prod = cdk.CfnResource(stack, "ProdListener", type="AWS::ElasticLoadBalancingV2::Listener",
                       properties={"Port": 80, **listener_props})
test = cdk.CfnResource(stack, "TestListener", type="AWS::ElasticLoadBalancingV2::Listener",
                       properties={"Port": 81, **listener_props})
tg1 = cdk.CfnResource(stack, "TG1", type="AWS::ElasticLoadBalancingV2::TargetGroup")
tg2 = cdk.CfnResource(stack, "TG2", type="AWS::ElasticLoadBalancingV2::TargetGroup")

hook = cdk.CfnCodeDeployBlueGreenHook(
    stack,
    "BlueGreen",
    service_role="CodeDeployRole",
    applications=[
        cdk.CfnCodeDeployBlueGreenApplication(
            target=cdk.CfnCodeDeployBlueGreenApplicationTarget(type="AWS::ECS::Service", logical_id=service.logical_id),
            ecs_attributes=cdk.CfnCodeDeployBlueGreenEcsAttributes(
                task_definitions=[blue_td.logical_id, green_td.logical_id],
                task_sets=[blue_ts.logical_id, green_ts.logical_id],
                traffic_routing=cdk.CfnTrafficRouting(
                    prod_traffic_route=cdk.CfnTrafficRoute(
                        type="AWS::ElasticLoadBalancingV2::Listener", logical_id=prod.logical_id
                    ),
                    test_traffic_route=cdk.CfnTrafficRoute(
                        type="AWS::ElasticLoadBalancingV2::Listener", logical_id=test.logical_id
                    ),
                    target_groups=[tg1.logical_id, tg2.logical_id],
                ),
            ),
        )
    ],
    traffic_routing_config=cdk.CfnTrafficRoutingConfig(
        type=cdk.CfnTrafficRoutingType.TIME_BASED_CANARY,
        time_based_canary=cdk.CfnTrafficRoutingTimeBasedCanary(step_percentage=20, bake_time_mins=10),
    ),
    additional_options=cdk.CfnCodeDeployBlueGreenAdditionalOptions(termination_wait_time_in_minutes=30),
    lifecycle_event_hooks=cdk.CfnCodeDeployBlueGreenLifecycleEventHooks(
        before_install="PreInstallFn", after_allow_traffic="AfterTrafficFn"
    ),
)
hook.service_role = "OtherRole"

# a plain dict for a struct argument, a linear config, no options
cdk.CfnCodeDeployBlueGreenHook(
    stack,
    "Linear",
    service_role="Role2",
    applications=[
        cdk.CfnCodeDeployBlueGreenApplication(
            target=cdk.CfnCodeDeployBlueGreenApplicationTarget(type="AWS::ECS::Service", logical_id="Svc2"),
            ecs_attributes=cdk.CfnCodeDeployBlueGreenEcsAttributes(
                task_definitions=["A", "B"],
                task_sets=["C", "D"],
                traffic_routing=cdk.CfnTrafficRouting(
                    prod_traffic_route=cdk.CfnTrafficRoute(type="AWS::ElasticLoadBalancingV2::Listener", logical_id="P"),
                    test_traffic_route=cdk.CfnTrafficRoute(type="AWS::ElasticLoadBalancingV2::Listener", logical_id="T"),
                    target_groups=["G1", "G2"],
                ),
            ),
        )
    ],
    traffic_routing_config={"type": cdk.CfnTrafficRoutingType.TIME_BASED_LINEAR,
                            "time_based_linear": {"step_percentage": 5}},
)

cdk.CfnHook(stack, "RawHook", type="Custom::MyHook", properties={"Answer": 42, "Role": stack.account})
cdk.CfnHook(stack, "EmptyHook", type="Custom::Empty")

asg = cdk.CfnResource(stack, "Group", type="AWS::AutoScaling::AutoScalingGroup",
                      properties={"MaxSize": "2", "MinSize": "1", "LaunchConfigurationName": "lc"})
asg.cfn_options.update_policy = cdk.CfnUpdatePolicy(
    auto_scaling_instance_refresh=cdk.CfnAutoScalingInstanceRefresh(
        strategy="Rolling",
        preferences=cdk.CfnAutoScalingInstanceRefreshPreferences(
            min_healthy_percentage=90,
            max_healthy_percentage=110,
            instance_warmup=60,
            skip_matching=True,
            checkpoint_percentages=[50, 100],
            checkpoint_delay=120,
            bake_time=30,
            alarm_specification=cdk.CfnAutoScalingInstanceRefreshAlarmSpecification(alarms=["HighCpu"]),
            scale_in_protected_instances="Refresh",
            standby_instances="Ignore",
        ),
    ),
    auto_scaling_scheduled_action=cdk.CfnAutoScalingScheduledAction(ignore_unmodified_group_size_properties=True),
)
asg.cfn_options.creation_policy = cdk.CfnCreationPolicy(
    resource_signal=cdk.CfnResourceSignal(count=2, timeout="PT10M")
)
app.synth()
