"""Port of aws-cdk's aws-ecs/test/integ.cluster-encrypt-ephemeral-storage.ts: Fargate ephemeral storage keys."""

import aws_cdk as cdk
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-ephemmeral-integ")
key = kms.Key(stack, "key", removal_policy=cdk.RemovalPolicy.DESTROY)
ecs.Cluster(stack, "NamedCluster", cluster_name="cluster-name",
            managed_storage_configuration=ecs.ManagedStorageConfiguration(fargate_ephemeral_storage_kms_key=key))
ecs.Cluster(stack, "Cluster",
            managed_storage_configuration=ecs.ManagedStorageConfiguration(fargate_ephemeral_storage_kms_key=key))
app.synth()
