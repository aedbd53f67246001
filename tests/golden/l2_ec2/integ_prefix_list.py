"""Port of aws-ec2 integ.prefix-list: a prefix list with two entries and a generated name."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from constructs import Construct


class TestCase(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        ec2.PrefixList(
            self,
            "PrefixList",
            entries=[
                ec2.CfnPrefixList.EntryProperty(cidr="10.0.0.1/32"),
                ec2.CfnPrefixList.EntryProperty(cidr="10.0.0.2/32", description="sample1"),
            ],
        )


app = cdk.App()
TestCase(app, "integ-ec2-prefix-list-test")
app.synth()
