"""Port of aws-cdk's aws-ecs/test/ec2/integ.deployment-alarms.ts: deployment alarms that fail deployments."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False,
})
stack = cdk.Stack(app, "integ-deployment-alarms")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
task_definition = ecs.Ec2TaskDefinition(stack, "TaskDef")
task_definition.add_container("web", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
                              memory_reservation_mib=256,
                              port_mappings=[ecs.PortMapping(container_port=80, host_port=8080,
                                                             protocol=ecs.Protocol.TCP)])
cp = ecs.AsgCapacityProvider(stack, "EC2CapacityProvider", auto_scaling_group=autoscaling.AutoScalingGroup(
    stack, "ASG", vpc=vpc, instance_type=ec2.InstanceType("t2.micro"),
    machine_image=ecs.EcsOptimizedImage.amazon_linux2()), enable_managed_termination_protection=False)
cluster = ecs.Cluster(stack, "EC2CPCluster", vpc=vpc)
cluster.add_asg_capacity_provider(cp)
svc = ecs.Ec2Service(stack, "EC2Service", cluster=cluster, task_definition=task_definition)
alarm_name = "AlarmCpuUtilization"
cloudwatch.Alarm(stack, "MyMetricAlarm", alarm_name=alarm_name, metric=svc.metric_cpu_utilization(),
                 evaluation_periods=5, threshold=80, treat_missing_data=cloudwatch.TreatMissingData.NOT_BREACHING)
svc.enable_deployment_alarms([alarm_name], behavior=ecs.AlarmBehavior.FAIL_ON_ALARM)
app.synth()
