"""Port of aws-cdk's aws-ecs/test/integ.cluster-encrypt-storage.ts: a managed storage KMS key (the integ test's
API assertion dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_kms as kms

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "aws-ecs-encrypt-storage")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
key = kms.Key(stack, "Key", removal_policy=cdk.RemovalPolicy.DESTROY)
ecs.Cluster(stack, "Cluster", vpc=vpc, managed_storage_configuration=ecs.ManagedStorageConfiguration(kms_key=key))
app.synth()
