"""Flow logs: the Vpc flow_logs prop, S3 destination options, given role and log group, subnet and ENI sources,
the @aws-cdk/aws-s3:createDefaultLoggingPolicy flag on and off."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3

app = cdk.App()
for name, flag in (("FlowLogsFlagOn", True), ("FlowLogsFlagOff", False)):
    stack = cdk.Stack(app, name)
    stack.node.set_context("@aws-cdk/aws-s3:createDefaultLoggingPolicy", flag)
    vpc = ec2.Vpc(
        stack,
        "Vpc",
        max_azs=1,
        nat_gateways=0,
        flow_logs={
            "Rejects": ec2.FlowLogOptions(traffic_type=ec2.FlowLogTrafficType.REJECT),
        },
    )
    bucket = s3.Bucket(stack, "Logs")
    vpc.add_flow_log(
        "ToS3",
        destination=ec2.FlowLogDestination.to_s3(
            bucket,
            "flows",
            file_format=ec2.FlowLogFileFormat.PARQUET,
            hive_compatible_partitions=True,
            per_hour_partition=True,
        ),
        traffic_type=ec2.FlowLogTrafficType.ACCEPT,
    )
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("vpc-flow-logs.amazonaws.com"))
    group = logs.LogGroup(stack, "Group", retention=logs.RetentionDays.ONE_WEEK)
    ec2.FlowLog(
        stack,
        "SubnetLog",
        resource_type=ec2.FlowLogResourceType.from_subnet(vpc.public_subnets[0]),
        destination=ec2.FlowLogDestination.to_cloud_watch_logs(group, role),
        log_format=[ec2.LogFormat.custom("${srcaddr} ${dstaddr}"), ec2.LogFormat.field("bytes")],
    )
    ec2.FlowLog(
        stack,
        "EniLog",
        resource_type=ec2.FlowLogResourceType.from_network_interface_id("eni-1234"),
        destination=ec2.FlowLogDestination.to_kinesis_data_firehose_destination(
            "arn:aws:firehose:us-east-1:123456789012:deliverystream/flows"
        ),
    )
    ec2.FlowLog(
        stack,
        "TgwLog",
        resource_type=ec2.FlowLogResourceType.from_transit_gateway_id("tgw-1234"),
        destination=ec2.FlowLogDestination.to_s3(bucket),
        log_format=[ec2.LogFormat.ALL_DEFAULT_FIELDS],
    )
app.synth()
