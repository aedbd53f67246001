"""Port of aws-cdk's aws-rds integ.option-group.ts: an Oracle SE2 option group with an OEM option on a port, its
security group opened to a CIDR (the ``name`` prop is newer than 2.275 and is left out)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-rds-option-group")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
option_group = rds.OptionGroup(
    stack,
    "OptionGroup",
    engine=rds.DatabaseInstanceEngine.oracle_se2(version=rds.OracleEngineVersion.VER_19),
    description="Custom Option Grouptest",
    configurations=[rds.OptionConfiguration(name="OEM", port=1158, vpc=vpc)],
)
option_group.option_connections["OEM"].connections.allow_default_port_from(ec2.Peer.ipv4("10.0.0.0/16"))
app.synth()
