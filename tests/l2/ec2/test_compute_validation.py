"""Instances, CloudFormation Init, launch templates, key pairs, placement groups, volumes, client VPN endpoints,
endpoint services and NAT instance providers: bad input fails with aws-cdk-lib 2.275.0's messages (word for word).

The expected messages were produced by running the same calls (the code strings below) against aws-cdk-lib
2.275.0; a scoped error also names the construct path.
"""

from __future__ import annotations

from typing import Any

import pytest

import constructs as cdk
from constructs import App, Stack, ValidationError
from l2 import ec2, iam, kms

CASES: list[tuple[str, str, str]] = [
    ('init options without init',
     "ec2.Instance(s, 'I', vpc=vpc, instance_type=t3, machine_image=al2, init_options=ec2.ApplyCloudFormationInitOptions())",
     "Setting 'initOptions' requires that 'init' is also set"),
    ('key name and key pair',
     "ec2.Instance(s, 'I', vpc=vpc, instance_type=t3, machine_image=al2, key_name='k', key_pair=ec2.KeyPair(s, 'K'))",
     "Cannot specify both of 'keyName' and 'keyPair'; prefer 'keyPair'"),
    ('ed25519 key on windows',
     "ec2.Instance(s, 'I', vpc=vpc, instance_type=t3, machine_image=ec2.MachineImage.latest_windows(ec2.WindowsVersion.WINDOWS_SERVER_2022_ENGLISH_FULL_BASE), key_pair=ec2.KeyPair(s, 'K', type=ec2.KeyPairType.ED25519))",
     'ed25519 keys are not compatible with the chosen AMI'),
    ('enclave and hibernation',
     "ec2.Instance(s, 'I', vpc=vpc, instance_type=t3, machine_image=al2, enclave_enabled=True, hibernation_enabled=True)",
     "You can't set both `enclaveEnabled` and `hibernationEnabled` to true on the same instance"),
    ('negative ipv6 count',
     "ec2.Instance(s, 'I', vpc=vpc, instance_type=t3, machine_image=al2, ipv6_address_count=-1)",
     "'ipv6AddressCount' must be a non-negative integer, got: -1"),
    ('ipv6 count and public ip',
     "ec2.Instance(s, 'I', vpc=vpc, instance_type=t3, machine_image=al2, ipv6_address_count=1, associate_public_ip_address=False)",
     "You can't set both 'ipv6AddressCount' and 'associatePublicIpAddress'"),
    ('imdsv2 and metadata options',
     "ec2.Instance(s, 'I', vpc=vpc, instance_type=t3, machine_image=al2, require_imdsv2=True, http_tokens=ec2.HttpTokens.REQUIRED)",
     'Cannot use both requireImdsv2 and metadata options. Use requireImdsv2 for simple IMDSv2 enforcement or individual metadata option properties for advanced configuration, but not both.'),
    ('instance profile and role',
     "ec2.Instance(s, 'I', vpc=vpc, instance_type=t3, machine_image=al2, role=role, instance_profile=iam.InstanceProfile(s, 'P'))",
     'You cannot provide both instanceProfile and role'),
    ('duplicate config',
     "ec2.CloudFormationInit.from_elements().add_config('config', ec2.InitConfig([]))",
     "CloudFormationInit already contains a config named 'config'"),
    ('unknown config in set',
     "ec2.CloudFormationInit.from_elements().add_config_set('set', ['nope', 'config', 'other'])",
     "Unknown configs referenced in definition of 'set': nope,other"),
    ('empty argv',
     'ec2.InitCommand.argv_command([])',
     'Cannot define argvCommand with an empty arguments'),
    ('empty file',
     "ec2.InitFile.from_string('/f', '')",
     'InitFile /f: cannot create empty file. Please supply at least one character of content.'),
    ('symlink mode',
     "ec2.InitFile.symlink('/l', '/t', mode='000644')",
     'File mode for symlinks must begin with 120XXX'),
    ('systemd relative command',
     "ec2.InitService.systemd_config_file('svc', command='bin/run')",
     "SystemD executables must use an absolute path, got 'bin/run'"),
    ('systemd relative env file',
     "ec2.InitService.systemd_config_file('svc', command='/bin/run', environment_files=['env'])",
     'SystemD environment files must use absolute paths'),
    ('windows wait on linux',
     "ec2.Instance(s, 'I', vpc=vpc, instance_type=t3, machine_image=al2, init=ec2.CloudFormationInit.from_elements(ec2.InitCommand.shell_command('x', wait_after_completion=ec2.InitCommandWaitDuration.forever())))",
     "Command 'x': 'waitAfterCompletion' is only valid for Windows systems."),
    ('msi on linux',
     "ec2.Instance(s, 'I', vpc=vpc, instance_type=t3, machine_image=al2, init=ec2.CloudFormationInit.from_elements(ec2.InitPackage.msi('https://x/y.msi')))",
     'MSI installers are only supported on Windows systems.'),
    ('yum on windows',
     "ec2.Instance(s, 'I', vpc=vpc, instance_type=t3, machine_image=ec2.MachineImage.latest_windows(ec2.WindowsVersion.WINDOWS_SERVER_2022_ENGLISH_FULL_BASE), init=ec2.CloudFormationInit.from_elements(ec2.InitPackage.yum('git')))",
     'Windows only supports the MSI package type'),
    ('user on windows',
     "ec2.Instance(s, 'I', vpc=vpc, instance_type=t3, machine_image=ec2.MachineImage.latest_windows(ec2.WindowsVersion.WINDOWS_SERVER_2022_ENGLISH_FULL_BASE), init=ec2.CloudFormationInit.from_elements(ec2.InitUser.from_name('u')))",
     'Init users are not supported on Windows'),
    ('file owner on windows',
     "ec2.Instance(s, 'I', vpc=vpc, instance_type=t3, machine_image=ec2.MachineImage.latest_windows(ec2.WindowsVersion.WINDOWS_SERVER_2022_ENGLISH_FULL_BASE), init=ec2.CloudFormationInit.from_elements(ec2.InitFile.from_string('c:/f', 'x', owner='me')))",
     'Owner, group, and mode options not supported for Windows.'),
    ('lt profile and role',
     "ec2.LaunchTemplate(s, 'L', role=role, instance_profile=iam.InstanceProfile(s, 'P'))",
     'You cannot provide both an instanceProfile and a role'),
    ('lt key name and pair',
     "ec2.LaunchTemplate(s, 'L', key_name='k', key_pair=ec2.KeyPair(s, 'K'))",
     "Cannot specify both of 'keyName' and 'keyPair'; prefer 'keyPair'"),
    ('lt long description',
     "ec2.LaunchTemplate(s, 'L', version_description='x' * 256)",
     'versionDescription must be less than or equal to 255 characters, got 256'),
    ('lt attributes neither',
     "ec2.LaunchTemplate.from_launch_template_attributes(s, 'L')",
     'LaunchTemplate.fromLaunchTemplateAttributes() requires exactly one of launchTemplateId or launchTemplateName be provided.'),
    ('lt add sg without sg',
     "ec2.LaunchTemplate(s, 'L').add_security_group(ec2.SecurityGroup(s, 'G', vpc=vpc))",
     'LaunchTemplate can only be added a securityGroup if another securityGroup is initialized in the constructor.'),
    ('lt connections without sg',
     "ec2.LaunchTemplate(s, 'L').connections",
     'LaunchTemplate can only be used as IConnectable if a securityGroup is provided when constructing it.'),
    ('key material and type',
     "ec2.KeyPair(s, 'K', public_key_material='ssh-ed25519 AAAA', type=ec2.KeyPairType.RSA)",
     "Cannot specify 'type' for keys with imported material"),
    ('private key of imported material',
     "ec2.KeyPair(s, 'K', public_key_material='ssh-ed25519 AAAA').private_key",
     'An SSM parameter with private key material is not created for imported keys'),
    ('partitions with spread',
     "ec2.PlacementGroup(s, 'G', partitions=3, strategy=ec2.PlacementGroupStrategy.SPREAD)",
     "PlacementGroup 'G' can only specify 'partitions' with the 'PARTITION' strategy"),
    ('spread level with cluster',
     "ec2.PlacementGroup(s, 'G', spread_level=ec2.PlacementGroupSpreadLevel.HOST, strategy=ec2.PlacementGroupStrategy.CLUSTER)",
     "PlacementGroup 'G' can only specify 'spreadLevel' with the 'SPREAD' strategy"),
    ('volume without size',
     "ec2.Volume(s, 'V', availability_zone='us-east-1a')",
     'Must provide at least one of `size` or `snapshotId`'),
    ('volume bad snapshot',
     "ec2.Volume(s, 'V', availability_zone='us-east-1a', snapshot_id='snapshot')",
     '`snapshotId` does not match expected pattern. Expected `snap-<hexadecmial value>` (ex: `snap-05abe246af`) or Token'),
    ('volume key not encrypted',
     "ec2.Volume(s, 'V', availability_zone='us-east-1a', size=cdk.Size.gibibytes(8), encryption_key=kms.Key(s, 'Key'))",
     '`encrypted` must be true when providing an `encryptionKey`.'),
    ('volume io1 without iops',
     "ec2.Volume(s, 'V', availability_zone='us-east-1a', size=cdk.Size.gibibytes(8), volume_type=ec2.EbsDeviceVolumeType.IO1)",
     '`iops` must be specified if the `volumeType` is `PROVISIONED_IOPS_SSD` or `PROVISIONED_IOPS_SSD_IO2`.'),
    ('volume iops on gp2',
     "ec2.Volume(s, 'V', availability_zone='us-east-1a', size=cdk.Size.gibibytes(8), iops=3000)",
     '`iops` may only be specified if the `volumeType` is `PROVISIONED_IOPS_SSD`, `PROVISIONED_IOPS_SSD_IO2` or `GENERAL_PURPOSE_SSD_GP3`.'),
    ('volume iops range',
     "ec2.Volume(s, 'V', availability_zone='us-east-1a', size=cdk.Size.gibibytes(800), volume_type=ec2.EbsDeviceVolumeType.IO1, iops=70000)",
     '`io1` volumes iops must be between 100 and 64000.'),
    ('volume iops ratio',
     "ec2.Volume(s, 'V', availability_zone='us-east-1a', size=cdk.Size.gibibytes(10), volume_type=ec2.EbsDeviceVolumeType.IO1, iops=1000)",
     '`io1` volumes iops has a maximum ratio of 50 IOPS/GiB.'),
    ('volume size range',
     "ec2.Volume(s, 'V', availability_zone='us-east-1a', size=cdk.Size.gibibytes(20000))",
     '`gp2` volumes must be between 1 GiB and 16384 GiB in size.'),
    ('volume throughput on gp2',
     "ec2.Volume(s, 'V', availability_zone='us-east-1a', size=cdk.Size.gibibytes(8), throughput=200)",
     'throughput property requires volumeType: EbsDeviceVolumeType.GP3'),
    ('volume multi attach gp3',
     "ec2.Volume(s, 'V', availability_zone='us-east-1a', size=cdk.Size.gibibytes(8), volume_type=ec2.EbsDeviceVolumeType.GP3, enable_multi_attach=True)",
     'multi-attach is supported exclusively on `PROVISIONED_IOPS_SSD` and `PROVISIONED_IOPS_SSD_IO2` volumes.'),
    ('volume rate without snapshot',
     "ec2.Volume(s, 'V', availability_zone='us-east-1a', size=cdk.Size.gibibytes(8), volume_initialization_rate=cdk.Size.mebibytes(200))",
     'volumeInitializationRate can only be specified when creating a volume from a snapshot.'),
    ('imported volume id',
     "ec2.Volume.from_volume_attributes(s, 'V', availability_zone='us-east-1a', volume_id='volume')",
     '`volumeId` does not match expected pattern. Expected `vol-<hexadecmial value>` (ex: `vol-05abe246af`) or a Token'),
    ('client vpn three dns',
     "ec2.ClientVpnEndpoint(s, 'E', vpc=vpc, cidr='10.100.0.0/16', server_certificate_arn='arn', client_certificate_arn='arn', dns_servers=['1.1.1.1', '2.2.2.2', '3.3.3.3'])",
     'A client VPN endpoint can have up to two DNS servers'),
    ('client vpn no auth',
     "ec2.ClientVpnEndpoint(s, 'E', vpc=vpc, cidr='10.100.0.0/16', server_certificate_arn='arn')",
     'A client VPN endpoint must use at least one authentication option'),
    ('client vpn split and enforcement',
     "ec2.ClientVpnEndpoint(s, 'E', vpc=vpc, cidr='10.100.0.0/16', server_certificate_arn='arn', client_certificate_arn='arn', split_tunnel=True, client_route_enforcement_options=ec2.ClientRouteEnforcementOptions(enforced=True))",
     'Client Route Enforcement cannot be enabled when splitTunnel is true.'),
    ('endpoint service without load balancers',
     "ec2.VpcEndpointService(s, 'S', vpc_endpoint_service_load_balancers=[])",
     'VPC Endpoint Service must have at least one load balancer specified.'),
    ('nat provider key name and pair',
     "ec2.NatProvider.instance_v2(instance_type=t3, key_name='k', key_pair=ec2.KeyPair(s, 'K'))",
     "Cannot specify both of 'keyName' and 'keyPair'; prefer 'keyPair'"),
    ('nat provider sg before vpc',
     'ec2.NatProvider.instance_v2(instance_type=t3).security_group',
     "Pass the NatInstanceProvider to a Vpc before accessing 'securityGroup'"),
]


def _run(code: str) -> Any:
    app = App()
    s = Stack(app, "S")
    vpc = ec2.Vpc(s, "Vpc", ip_addresses=ec2.IpAddresses.cidr("10.0.0.0/16"))
    t3 = ec2.InstanceType("t3.micro")
    al2 = ec2.MachineImage.latest_amazon_linux2()
    role = iam.Role(s, "R", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
    env = {"cdk": cdk, "ec2": ec2, "iam": iam, "kms": kms, "s": s, "vpc": vpc, "t3": t3, "al2": al2, "role": role}
    eval(code, env)
    app.synth()


@pytest.mark.parametrize(("case", "code", "message"), CASES, ids=[c[0] for c in CASES])
def test_fails_with_aws_cdk_lib_message(case: str, code: str, message: str) -> None:
    with pytest.raises(ValidationError) as err:
        _run(code)
    assert err.value.bare_message == message


SCOPED = [
    ("init options without init", "S/I"),
    ("volume without size", "S/V"),
    ("lt long description", "S/L"),
    ("client vpn three dns", "S/E"),
]


@pytest.mark.parametrize(("case", "path"), SCOPED, ids=[c[0] for c in SCOPED])
def test_scoped_errors_name_the_construct_path(case: str, path: str) -> None:
    code = next(c[1] for c in CASES if c[0] == case)
    with pytest.raises(ValidationError) as err:
        _run(code)
    assert path in str(err.value)


def test_wrong_argument_types_are_type_errors() -> None:
    s = Stack(App(), "S")
    with pytest.raises(TypeError):
        ec2.PlacementGroup(s, "G", strategy="spread")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        ec2.InitCommand.shell_command("x", ignore_errors="yes")  # type: ignore[arg-type]
