"""Port of aws-cdk's aws-ecs/test/fargate/integ.ebs-volume-initialization-rate.ts: a service-managed EBS volume
restored from a snapshot (made by an inline custom resource) with an initialization rate."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from constructs import Construct

HANDLER = """
import boto3, json, urllib.request, time
def send(event, context, status, data={}, physical_id=None):
    body = json.dumps({'Status': status, 'Reason': 'See CloudWatch', 'PhysicalResourceId': physical_id or event.get('PhysicalResourceId','none'), 'StackId': event['StackId'], 'RequestId': event['RequestId'], 'LogicalResourceId': event['LogicalResourceId'], 'Data': data})
    urllib.request.urlopen(urllib.request.Request(event['ResponseURL'], data=body.encode(), method='PUT', headers={'Content-Type':''}))
def handler(event, context):
    ec2 = boto3.client('ec2')
    try:
        if event['RequestType'] == 'Delete':
            snap_id = event['PhysicalResourceId']
            try:
                ec2.delete_snapshot(SnapshotId=snap_id)
            except Exception:
                pass
            return send(event, context, 'SUCCESS', {}, snap_id)
        vol_id = event['ResourceProperties']['VolumeId']
        resp = ec2.create_snapshot(VolumeId=vol_id, Description='integ-test-ebs-init-rate')
        snap_id = resp['SnapshotId']
        ec2.get_waiter('snapshot_completed').wait(SnapshotIds=[snap_id])
        return send(event, context, 'SUCCESS', {'SnapshotId': snap_id}, snap_id)
    except Exception as e:
        return send(event, context, 'FAILED', {'Error': str(e)})
"""


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "Vpc", max_azs=1, restrict_default_security_group=False)
        source_volume = ec2.Volume(self, "SourceVolume", availability_zone=vpc.availability_zones[0],
                                   size=cdk.Size.gibibytes(1), volume_type=ec2.EbsDeviceVolumeType.GP3,
                                   removal_policy=cdk.RemovalPolicy.DESTROY)
        snapshot_fn = lambda_.Function(self, "SnapshotFn", runtime=lambda_.Runtime.PYTHON_3_12,
                                       handler="index.handler", timeout=cdk.Duration.minutes(10),
                                       code=lambda_.Code.from_inline(HANDLER))
        snapshot_fn.add_to_role_policy(iam.PolicyStatement(
            actions=["ec2:CreateSnapshot", "ec2:DescribeSnapshots", "ec2:DeleteSnapshot"], resources=["*"]))
        snapshot_cr = cdk.CustomResource(self, "Snapshot", service_token=snapshot_fn.function_arn,
                                         properties={"VolumeId": source_volume.volume_id})
        snap_shot_id = snapshot_cr.get_att_string("SnapshotId")
        cluster = ecs.Cluster(self, "FargateCluster", vpc=vpc)
        task_definition = ecs.FargateTaskDefinition(self, "TaskDef")
        container = task_definition.add_container(
            "web", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
            port_mappings=[ecs.PortMapping(container_port=80, protocol=ecs.Protocol.TCP)])
        ebs_volume = ecs.ServiceManagedVolume(self, "EBSVolume", name="ebs1",
                                              managed_ebs_volume=ecs.ServiceManagedEBSVolumeConfiguration(
                                                  volume_type=ec2.EbsDeviceVolumeType.GP3,
                                                  size=cdk.Size.gibibytes(1),
                                                  file_system_type=ecs.FileSystemType.EXT4,
                                                  volume_initialization_rate=cdk.Size.mebibytes(200),
                                                  snap_shot_id=snap_shot_id))
        ebs_volume.mount_in(container, container_path="/var/lib", read_only=False)
        task_definition.add_volume(name=ebs_volume.name, configured_at_launch=ebs_volume.configured_at_launch)
        service = ecs.FargateService(self, "FargateService", cluster=cluster, task_definition=task_definition,
                                     desired_count=1)
        service.add_volume(ebs_volume)


app = cdk.App()
TestStack(app, "integ-aws-ecs-ebs-volume-initialization-rate")
app.synth()
