"""Port of aws-ec2 integ.share-vpcs.lit: one stack creates a VPC, another takes it (without using it)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from constructs import Construct


class ConstructThatTakesAVpc(Construct):
    def __init__(self, scope: Construct, id: str, *, vpc: ec2.IVpc) -> None:
        super().__init__(scope, id)


class Stack1(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self.vpc = ec2.Vpc(self, "VPC")


class Stack2(cdk.Stack):
    def __init__(self, scope: Construct, id: str, *, vpc: ec2.IVpc) -> None:
        super().__init__(scope, id)
        ConstructThatTakesAVpc(self, "Construct", vpc=vpc)


app = cdk.App()
stack1 = Stack1(app, "Stack1")
Stack2(app, "Stack2", vpc=stack1.vpc)
app.synth()
