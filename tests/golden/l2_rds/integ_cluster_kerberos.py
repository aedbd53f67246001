"""Port of aws-cdk's aws-rds integ.cluster-kerberos.ts: an Aurora MySQL cluster joined to an AWS Managed Microsoft
AD (L1 ``CfnMicrosoftAD``) with a directory-service role for Kerberos authentication."""

import aws_cdk as cdk
from aws_cdk import aws_directoryservice as ds
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "cluster-kerberos")
vpc = ec2.Vpc(stack, "VPC")
role = iam.Role(
    stack,
    "Role",
    assumed_by=iam.CompositePrincipal(
        iam.ServicePrincipal("rds.amazonaws.com"), iam.ServicePrincipal("directoryservice.rds.amazonaws.com")
    ),
    managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AmazonRDSDirectoryServiceAccess")],
)
active_directory = ds.CfnMicrosoftAD(
    stack,
    "AD",
    name="test-directory.com",
    password="Password123!",
    vpc_settings=ds.CfnMicrosoftAD.VpcSettingsProperty(
        vpc_id=vpc.vpc_id, subnet_ids=[subnet.subnet_id for subnet in vpc.private_subnets]
    ),
)
rds.DatabaseCluster(
    stack,
    "Database",
    engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_12_0),
    writer=rds.ClusterInstance.provisioned(
        "Instance", instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.MEDIUM)
    ),
    vpc=vpc,
    domain=active_directory.ref,
    domain_role=role,
)
app.synth()
