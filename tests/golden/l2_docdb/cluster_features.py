"""Every aws_docdb class beyond the integ ports: a named cluster with backups, windows, two instances with a name
base, exported logs with retention, a given security group plus added ones, removal policies, a port, deletion
protection and a master secret with its own key and characters; multi-user rotation with a DatabaseSecret; a
DatabaseInstance with every option; imports of clusters, instances and parameter groups; endpoints."""

import aws_cdk as cdk
from aws_cdk import aws_docdb as docdb
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "DocdbFeatures", env=cdk.Environment(account="123456789012", region="eu-west-1"))
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1, restrict_default_security_group=False)
sg = ec2.SecurityGroup(stack, "Sg", vpc=vpc)
extra = ec2.SecurityGroup(stack, "Extra", vpc=vpc)
key = kms.Key(stack, "SecretKey")
log_role = iam.Role(stack, "LogRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))

cluster = docdb.DatabaseCluster(
    stack,
    "Cluster",
    master_user=docdb.Login(username="admin", kms_key=key, exclude_characters="\"@/\\", secret_name="docdb-admin"),
    vpc=vpc,
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.R6G, ec2.InstanceSize.LARGE),
    instances=2,
    db_cluster_name="features",
    instance_identifier_base="features-node-",
    backup=docdb.BackupProps(retention=cdk.Duration.days(7), preferred_window="03:00-04:00"),
    preferred_maintenance_window="Sun:05:00-Sun:06:00",
    instance_maintenance_window="sat:09:00-sat:09:30",
    export_audit_logs_to_cloud_watch=True,
    export_profiler_logs_to_cloud_watch=True,
    cloud_watch_logs_retention=logs.RetentionDays.ONE_MONTH,
    cloud_watch_logs_retention_role=log_role,
    security_group=sg,
    port=27018,
    deletion_protection=True,
    removal_policy=cdk.RemovalPolicy.SNAPSHOT,
    instance_removal_policy=cdk.RemovalPolicy.RETAIN,
    storage_type=docdb.StorageType.STANDARD,
    engine_version="5.0.0",
    copy_tags_to_snapshot=True,
)
cluster.add_security_groups(extra)
user_secret = docdb.DatabaseSecret(stack, "UserSecret", username="reader", master_secret=cluster.secret)
cluster.add_rotation_multi_user("ReaderRotation", secret=user_secret, automatically_after=cdk.Duration.days(7))
cluster.connections.allow_default_port_from(ec2.Peer.ipv4("10.0.0.0/16"))

named = docdb.DatabaseCluster(
    stack,
    "Named",
    master_user=docdb.Login(username="root"),
    vpc=vpc,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MEDIUM),
    db_cluster_name="named",
    storage_encrypted=True,
    security_group_removal_policy=cdk.RemovalPolicy.DESTROY,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
instance = docdb.DatabaseInstance(
    stack,
    "Instance",
    cluster=named,
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.R5, ec2.InstanceSize.XLARGE),
    auto_minor_version_upgrade=False,
    availability_zone="eu-west-1a",
    ca_certificate=docdb.CaCertificate.of("rds-ca-ecc384-g1"),
    db_instance_name="extra-instance",
    enable_performance_insights=True,
    preferred_maintenance_window="mon:01:00-mon:01:30",
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
docdb.DatabaseInstance(stack, "DefaultInstance", cluster=named,
                       instance_type=ec2.InstanceType.of(ec2.InstanceClass.R5, ec2.InstanceSize.LARGE))

imported = docdb.DatabaseCluster.from_database_cluster_attributes(
    stack,
    "Imported",
    cluster_identifier="imported-cluster",
    cluster_endpoint_address="imported.cluster.example.com",
    reader_endpoint_address="imported.reader.example.com",
    instance_endpoint_addresses=["i1.example.com"],
    instance_identifiers=["i1"],
    port=27017,
    security_group=ec2.SecurityGroup.from_security_group_id(stack, "ImportedSg", "sg-12345678"),
)
imported.connections.allow_default_port_from(ec2.Peer.ipv4("10.1.0.0/16"))
imported_instance = docdb.DatabaseInstance.from_database_instance_attributes(
    stack, "ImportedInstance", instance_endpoint_address="i2.example.com", instance_identifier="i2", port=27017
)
group = docdb.ClusterParameterGroup.from_parameter_group_name(stack, "ImportedParams", "existing-params")
docdb.DatabaseCluster(
    stack,
    "WithImportedParams",
    master_user=docdb.Login(username="pguser"),
    vpc=vpc,
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.R5, ec2.InstanceSize.LARGE),
    parameter_group=group,
    manage_master_user_password=True,
)
docdb.ClusterParameterGroup(stack, "Params", family="docdb5.0", parameters={"tls": "disabled"},
                            db_cluster_parameter_group_name="my-params")

outputs = {
    "ClusterEndpoint": cluster.cluster_endpoint.socket_address,
    "ReadPort": cluster.cluster_read_endpoint.port_as_string(),
    "ReadHost": cluster.cluster_read_endpoint.hostname,
    "FirstInstance": cluster.instance_endpoints[0].socket_address,
    "InstanceIds": cdk.Fn.join(",", cluster.instance_identifiers),
    "ResourceId": cluster.cluster_resource_identifier,
    "SecurityGroupId": cluster.security_group_id,
    "InstanceArn": instance.instance_arn,
    "InstancePort": instance.db_instance_endpoint_port,
    "InstanceAddress": instance.instance_endpoint.socket_address,
    "ImportedEndpoint": imported.cluster_endpoint.socket_address,
    "ImportedReader": imported.cluster_read_endpoint.socket_address,
    "ImportedInstances": imported.instance_endpoints[0].socket_address,
    "ImportedInstanceIds": cdk.Fn.join(",", imported.instance_identifiers),
    "ImportedSgId": imported.security_group_id,
    "ImportedInstanceArn": imported_instance.instance_arn,
    "ImportedInstancePort": imported_instance.db_instance_endpoint_port,
    "ImportedInstanceEndpoint": imported_instance.instance_endpoint.socket_address,
    "ImportedParams": group.parameter_group_name,
    "InstanceCluster": instance.cluster.cluster_identifier,
}
for name, value in outputs.items():
    name = f"Out{name}"
    cdk.CfnOutput(stack, name, value=value)

serverless = cdk.Stack(app, "DocdbServerless")
serverless_vpc = ec2.Vpc(serverless, "Vpc", max_azs=2, nat_gateways=0)
docdb.DatabaseCluster(
    serverless,
    "Cluster",
    master_user=docdb.Login(username="docdb", password=cdk.SecretValue.unsafe_plain_text("not-a-real-password")),
    vpc=serverless_vpc,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    serverless_v2_scaling_configuration=docdb.ServerlessV2ScalingConfiguration(min_capacity=1, max_capacity=4.5),
    kms_key=kms.Key(serverless, "Key"),
    storage_type=docdb.StorageType.IOPT1,
)
app.synth()
