"""EmrCreateCluster with instance groups (auto scaling policies, EBS, bid prices, markets), bootstrap actions,
nested configurations, Kerberos, placement, given roles, scale-down behaviour, step concurrency, custom AMI and
log URI; instance fleets with EBS and spot timeout minutes; JSONata; EmrModifyInstanceGroupByName (shrink and
resize policies)."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

E = tasks.EmrCreateCluster
app = cdk.App()
stack = cdk.Stack(app, "EmrClusterFeatures")
service_role = iam.Role(stack, "ServiceRole", assumed_by=iam.ServicePrincipal("elasticmapreduce.amazonaws.com"))
cluster_role = iam.Role(stack, "ClusterRole", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
scaling_role = iam.Role(stack, "ScalingRole", assumed_by=iam.ServicePrincipal("elasticmapreduce.amazonaws.com"))
ebs = E.EbsConfigurationProperty(ebs_optimized=True, ebs_block_device_configs=[E.EbsBlockDeviceConfigProperty(
    volume_specification=E.VolumeSpecificationProperty(volume_size=cdk.Size.gibibytes(32),
                                                       volume_type=E.EbsBlockDeviceVolumeType.GP3, iops=3000),
    volumes_per_instance=2)])
config = E.ConfigurationProperty(classification="spark", properties={"a": "b"}, configurations=[
    E.ConfigurationProperty(classification="spark-env", properties={"c": "d"})])
groups = tasks.EmrCreateCluster(
    stack, "Groups", name="GroupsCluster", release_label="emr-6.15.0", service_role=service_role,
    cluster_role=cluster_role, auto_scaling_role=scaling_role, visible_to_all_users=False,
    integration_pattern=sfn.IntegrationPattern.REQUEST_RESPONSE, additional_info="{}",
    custom_ami_id="ami-123", log_uri="s3://logs/emr", security_configuration="sec",
    scale_down_behavior=E.EmrClusterScaleDownBehavior.TERMINATE_AT_TASK_COMPLETION, step_concurrency_level=5,
    ebs_root_volume_size=cdk.Size.gibibytes(30),
    applications=[E.ApplicationConfigProperty(name="Spark", args=["-x"], version="3", additional_info={"k": "v"})],
    bootstrap_actions=[E.BootstrapActionConfigProperty(name="boot", script_bootstrap_action=
                                                       E.ScriptBootstrapActionConfigProperty(path="s3://b/s.sh",
                                                                                             args=["1"]))],
    configurations=[config],
    kerberos_attributes=E.KerberosAttributesProperty(realm="EC2.INTERNAL", kdc_admin_password="pw",
                                                     ad_domain_join_password="p2", ad_domain_join_user="u",
                                                     cross_realm_trust_principal_password="p3"),
    tags={"team": "data"},
    instances=E.InstancesConfigProperty(
        additional_master_security_groups=["sg-1"], additional_slave_security_groups=["sg-2"],
        ec2_key_name="key", ec2_subnet_ids=["subnet-1", "subnet-2"], emr_managed_master_security_group="sg-3",
        emr_managed_slave_security_group="sg-4", hadoop_version="2", instance_count=3, master_instance_type="m5.xlarge",
        slave_instance_type="m5.large", service_access_security_group="sg-5", termination_protected=True,
        placement=E.PlacementTypeProperty(availability_zone="us-east-1a", availability_zones=["us-east-1b"]),
        instance_groups=[
            E.InstanceGroupConfigProperty(instance_count=1, instance_role=E.InstanceRoleType.MASTER,
                                          instance_type="m5.xlarge", name="Master", market=E.InstanceMarket.ON_DEMAND),
            E.InstanceGroupConfigProperty(
                instance_count=2, instance_role=E.InstanceRoleType.CORE, instance_type="m5.xlarge", name="Core",
                market=E.InstanceMarket.SPOT, bid_price="0.5", ebs_configuration=ebs, configurations=[config],
                auto_scaling_policy=E.AutoScalingPolicyProperty(
                    constraints=E.ScalingConstraintsProperty(max_capacity=10, min_capacity=2),
                    rules=[E.ScalingRuleProperty(
                        name="out", description="scale out",
                        action=E.ScalingActionProperty(
                            market=E.InstanceMarket.SPOT,
                            simple_scaling_policy_configuration=E.SimpleScalingPolicyConfigurationProperty(
                                scaling_adjustment=1, adjustment_type=E.ScalingAdjustmentType.CHANGE_IN_CAPACITY,
                                cool_down=300)),
                        trigger=E.ScalingTriggerProperty(cloud_watch_alarm_definition=
                            E.CloudWatchAlarmDefinitionProperty(
                                comparison_operator=E.CloudWatchAlarmComparisonOperator.LESS_THAN,
                                metric_name="YARNMemoryAvailablePercentage", period=cdk.Duration.minutes(5),
                                evaluation_periods=1, namespace="AWS/ElasticMapReduce", threshold=15,
                                statistic=E.CloudWatchAlarmStatistic.AVERAGE, unit=E.CloudWatchAlarmUnit.PERCENT,
                                dimensions=[E.MetricDimensionProperty(key="JobFlowId", value="j-1ABCDEFGHIJK")])),
                    )])),
        ]),
)
fleets = tasks.EmrCreateCluster.jsonata(
    stack, "Fleets", name="{% $states.input.name %}", ebs_root_volume_iops=3000, ebs_root_volume_throughput=125,
    release_label="emr-7.0.0",
    instances=E.InstancesConfigProperty(instance_fleets=[E.InstanceFleetConfigProperty(
        instance_fleet_type=E.InstanceRoleType.TASK, name="Task", target_spot_capacity=4,
        target_on_demand_capacity=2,
        instance_type_configs=[E.InstanceTypeConfigProperty(
            instance_type="r5.xlarge", bid_price="0.3", weighted_capacity=2, ebs_configuration=ebs,
            configurations=[config])],
        launch_specifications=E.InstanceFleetProvisioningSpecificationsProperty(
            spot_specification=E.SpotProvisioningSpecificationProperty(
                allocation_strategy=E.SpotAllocationStrategy.PRICE_CAPACITY_OPTIMIZED, timeout_duration_minutes=20,
                timeout_action=E.SpotTimeoutAction.SWITCH_TO_ON_DEMAND, block_duration_minutes=60)))]),
)
modify = tasks.EmrModifyInstanceGroupByName(
    stack, "Modify", cluster_id=sfn.JsonPath.string_at("$.ClusterId"), instance_group_name="Core",
    instance_group=tasks.EmrModifyInstanceGroupByName.InstanceGroupModifyConfigProperty(
        instance_count=3, e_c2_instance_ids_to_terminate=["i-1"], configurations=[config],
        shrink_policy=tasks.EmrModifyInstanceGroupByName.ShrinkPolicyProperty(
            decommission_timeout=cdk.Duration.minutes(2),
            instance_resize_policy=tasks.EmrModifyInstanceGroupByName.InstanceResizePolicyProperty(
                instances_to_protect=["i-2"], instances_to_terminate=["i-3"],
                instance_termination_timeout=cdk.Duration.seconds(90)))),
)
modify_jsonata = tasks.EmrModifyInstanceGroupByName.jsonata(
    stack, "ModifyJsonata", cluster_id="{% $states.input.id %}", instance_group_name="Task",
    instance_group=tasks.EmrModifyInstanceGroupByName.InstanceGroupModifyConfigProperty(instance_count=1))
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(
    groups.next(fleets).next(modify).next(modify_jsonata)))
cdk.CfnOutput(stack, "Roles", value=cdk.Fn.join(",", [groups.service_role.role_arn, groups.cluster_role.role_arn,
                                                        groups.auto_scaling_role.role_arn,
                                                        fleets.service_role.role_name]))
app.synth()
