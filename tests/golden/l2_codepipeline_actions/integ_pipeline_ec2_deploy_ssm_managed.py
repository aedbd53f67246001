"""aws-cdk's integ.pipeline-ec2-deploy-ssm-managed: EC2 deploy actions (inline specifications) on SSM managed
nodes, one behind an ALB target group."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_elasticloadbalancingv2_targets as targets
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deployment

# the original's ec2-deploy-artifacts/inline directory, written here so the app is self-contained
work = tempfile.mkdtemp()
os.makedirs(os.path.join(work, "scripts"))
for name in ("pre-deploy.sh", "post-deploy.sh"):
    with open(os.path.join(work, "scripts", name), "w", newline="") as f:
        f.write("#!/bin/bash\necho deploy\n")

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-codepipeline-ec2-deploy-ssm-managed-node")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, nat_gateways=0, restrict_default_security_group=False)
instances = {}
for tag_value in ("NoLB", "LB"):
    inner = []
    for index in (0, 1):
        user_data = ec2.UserData.for_linux()
        user_data.add_commands("dnf install httpd -y", "mkdir -p /var/www/html", "touch /var/www/html/index.html",
                               "systemctl start httpd")
        instance = ec2.Instance(
            stack, f"Instance-{tag_value}-{index}", vpc=vpc,
            vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
            availability_zone=vpc.public_subnets[index].availability_zone,
            machine_image=ec2.MachineImage.latest_amazon_linux2023(cpu_type=ec2.AmazonLinuxCpuType.ARM_64),
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE4_GRAVITON, ec2.InstanceSize.MICRO),
            ssm_session_permissions=True, user_data=user_data)
        instance.apply_removal_policy(cdk.RemovalPolicy.DESTROY)
        instance.connections.allow_from_any_ipv4(ec2.Port.HTTP)
        cdk.Tags.of(instance).add("EC2-Target", tag_value)
        inner.append(instance)
    instances[tag_value] = inner
alb = elbv2.ApplicationLoadBalancer(stack, "ALB", vpc=vpc, internet_facing=True)
alb_tg = elbv2.ApplicationTargetGroup(stack, "ALB-TG", vpc=vpc, protocol=elbv2.ApplicationProtocol.HTTP,
                                      deregistration_delay=cdk.Duration.seconds(0))
alb.add_listener("HTTP", protocol=elbv2.ApplicationProtocol.HTTP, default_target_groups=[alb_tg])
alb.connections.allow_to_any_ipv4(ec2.Port.HTTP)
alb_tg.add_target(*[targets.InstanceTarget(instance) for instance in instances["LB"]])
bucket = s3.Bucket(stack, "ArtifactBucket", versioned=True, auto_delete_objects=True,
                   removal_policy=cdk.RemovalPolicy.DESTROY)
for instance in instances["LB"]:
    bucket.grant_read(instance)
for instance in instances["NoLB"]:
    bucket.grant_read(instance)
deployment = s3deployment.BucketDeployment(stack, "ArtifactDeployment", destination_bucket=bucket,
                                           sources=[s3deployment.Source.asset(work)], extract=False)
source_artifact = codepipeline.Artifact("SourceArtifact")
source_action = cpactions.S3SourceAction(action_name="Source", output=source_artifact, bucket=bucket,
                                         bucket_key=cdk.Fn.select(0, deployment.object_keys))
codepipeline.Pipeline(stack, "MyPipeline", pipeline_type=codepipeline.PipelineType.V2, artifact_bucket=bucket, stages=[
    codepipeline.StageProps(stage_name="Source", actions=[source_action]),
    codepipeline.StageProps(stage_name="Deploy", actions=[
        cpactions.Ec2DeployAction(
            action_name="EC2-NoLB", input=source_artifact, instance_type=cpactions.Ec2InstanceType.SSM_MANAGED_NODE,
            instance_tag_key="EC2-Target", instance_tag_value="NoLB",
            deploy_specifications=cpactions.Ec2DeploySpecifications.inline(
                target_directory="/var/www/html/NoLB", pre_script="scripts/pre-deploy.sh",
                post_script="scripts/post-deploy.sh"),
            max_batch=cpactions.Ec2MaxInstances.targets(2)),
        cpactions.Ec2DeployAction(
            action_name="EC2-LB", input=source_artifact, instance_type=cpactions.Ec2InstanceType.SSM_MANAGED_NODE,
            instance_tag_key="EC2-Target", instance_tag_value="LB",
            deploy_specifications=cpactions.Ec2DeploySpecifications.inline(
                target_directory="/var/www/html/LB", pre_script="scripts/pre-deploy.sh",
                post_script="scripts/post-deploy.sh"),
            target_groups=[alb_tg], max_batch=cpactions.Ec2MaxInstances.targets(1)),
    ]),
])
app.synth()
