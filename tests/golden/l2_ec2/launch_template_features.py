"""Launch templates: role and instance profile, key pair, block devices (gp3 throughput, snapshot, ephemeral,
CPU credits and options, spot options, placement group, public IP network interface, IMDSv2 (prop and
aspect), tags, an imported template, and the version references."""

import datetime

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "LaunchTemplates")
vpc = ec2.Vpc(stack, "Vpc", max_azs=1, nat_gateways=0, restrict_default_security_group=False)
sg = ec2.SecurityGroup(stack, "Sg", vpc=vpc)
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
key = ec2.KeyPair(stack, "Key", type=ec2.KeyPairType.ED25519, format=ec2.KeyPairFormat.PEM)
pg = ec2.PlacementGroup(stack, "Pg", strategy=ec2.PlacementGroupStrategy.SPREAD,
                        spread_level=ec2.PlacementGroupSpreadLevel.RACK)
full = ec2.LaunchTemplate(
    stack,
    "Full",
    launch_template_name="full-template",
    version_description="first version",
    machine_image=ec2.MachineImage.latest_amazon_linux2023(),
    instance_type=ec2.InstanceType("t3.micro"),
    role=role,
    security_group=sg,
    key_pair=key,
    block_devices=[
        ec2.BlockDevice(device_name="/dev/xvda", volume=ec2.BlockDeviceVolume.ebs(
            20, volume_type=ec2.EbsDeviceVolumeType.GP3, throughput=250, iops=3000, encrypted=True,
            delete_on_termination=True)),
        ec2.BlockDevice(device_name="/dev/xvdb", volume=ec2.BlockDeviceVolume.ebs_from_snapshot(
            "snap-1234", volume_size=50, volume_initialization_rate=cdk.Size.mebibytes(200))),
        ec2.BlockDevice(device_name="/dev/xvdc", volume=ec2.BlockDeviceVolume.ephemeral(0)),
    ],
    cpu_credits=ec2.CpuCredits.UNLIMITED,
    cpu_options=ec2.LaunchTemplateCpuOptions(core_count=1, threads_per_core=2),
    detailed_monitoring=True,
    disable_api_termination=True,
    ebs_optimized=True,
    hibernation_configured=False,
    nitro_enclave_enabled=False,
    instance_initiated_shutdown_behavior=ec2.InstanceInitiatedShutdownBehavior.TERMINATE,
    spot_options=ec2.LaunchTemplateSpotOptions(
        block_duration=cdk.Duration.hours(2),
        interruption_behavior=ec2.SpotInstanceInterruption.STOP,
        max_price=0.5,
        request_type=ec2.SpotRequestType.PERSISTENT,
        valid_until=cdk.Expiration.at_date(datetime.datetime(2030, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)),
    ),
    placement_group=pg,
    require_imdsv2=True,
    user_data=ec2.UserData.for_linux(),
)
full.add_security_group(ec2.SecurityGroup(stack, "Sg2", vpc=vpc))
full.user_data.add_commands("echo hello")
cdk.Tags.of(full).add("Team", "infra")
full.connections.allow_from_any_ipv4(ec2.Port.tcp(22))
profile = iam.InstanceProfile(stack, "Profile", role=iam.Role(
    stack, "ProfileRole", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com")))
public = ec2.LaunchTemplate(
    stack,
    "Public",
    instance_profile=profile,
    associate_public_ip_address=True,
    security_group=sg,
    spot_options=ec2.LaunchTemplateSpotOptions(),
    machine_image=ec2.MachineImage.generic_windows({"us-east-1": "ami-windows"}),
    key_name="legacy",
)
aspected = ec2.LaunchTemplate(stack, "Aspected", http_endpoint=True)
cdk.Aspects.of(aspected).add(ec2.LaunchTemplateRequireImdsv2Aspect())
imported = ec2.LaunchTemplate.from_launch_template_attributes(stack, "Imported", launch_template_name="other")
cdk.CfnOutput(stack, "FullId", value=full.launch_template_id)
cdk.CfnOutput(stack, "FullVersion", value=full.version_number)
cdk.CfnOutput(stack, "FullDefault", value=full.default_version_number)
cdk.CfnOutput(stack, "FullLatest", value=full.latest_version_number)
cdk.CfnOutput(stack, "ImportedVersion", value=imported.version_number)
cdk.CfnOutput(stack, "PublicRole", value=public.role.role_name)
cdk.CfnOutput(stack, "KeyFingerprint", value=key.key_pair_fingerprint)
cdk.CfnOutput(stack, "KeyParam", value=key.private_key.parameter_name)
cdk.CfnOutput(stack, "SpecialVersions",
              value=ec2.LaunchTemplateSpecialVersions.LATEST_VERSION + ec2.LaunchTemplateSpecialVersions.DEFAULT_VERSION)
app.synth()
