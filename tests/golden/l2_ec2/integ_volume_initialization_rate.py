"""Port of aws-cdk's integ.volume-initialization-rate: a gp3 volume created from a snapshot that a custom resource
(provider framework + inline Lambda) makes, with a volume initialization rate. Adapted: the inline handler is a
short stand-in for the original's SDK calls (it is never run at synthesis)."""

import aws_cdk as cdk
from aws_cdk import CustomResource
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import custom_resources as cr

HANDLER = """
exports.handler = async (event) => {
  if (event.RequestType === 'Delete') {
    return { PhysicalResourceId: event.PhysicalResourceId };
  }
  return { PhysicalResourceId: 'snap-0', Data: { SnapshotId: 'snap-0' } };
};
"""

app = cdk.App()
stack = cdk.Stack(app, "volume-initialization-rate-stack")
az = stack.availability_zones[0]
fn = lambda_.Function(stack, "SnapshotProvider", runtime=lambda_.Runtime.NODEJS_LATEST, handler="index.handler",
                      timeout=cdk.Duration.minutes(10), code=lambda_.Code.from_inline(HANDLER))
fn.add_to_role_policy(iam.PolicyStatement(
    actions=["ec2:CreateVolume", "ec2:DeleteVolume", "ec2:CreateSnapshot", "ec2:DeleteSnapshot",
             "ec2:DescribeSnapshots", "ec2:DescribeVolumes"],
    resources=["*"],
))
provider = cr.Provider(stack, "Provider", on_event_handler=fn)
snapshot = CustomResource(stack, "SnapshotResource", service_token=provider.service_token,
                          properties={"AvailabilityZone": az})
ec2.Volume(stack, "Volume", availability_zone=az, size=cdk.Size.gibibytes(1), volume_type=ec2.EbsDeviceVolumeType.GP3,
           volume_initialization_rate=cdk.Size.mebibytes(100), snapshot_id=snapshot.get_att_string("SnapshotId"))
app.synth()
