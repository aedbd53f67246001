"""SelfManagedKafkaEventSource: over the Internet with a SASL/SCRAM 256 secret and a root CA, and inside a VPC
with a security group and subnets."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_lambda_event_sources as sources
from aws_cdk import aws_secretsmanager as secretsmanager

app = cdk.App()
stack = cdk.Stack(app, "SelfManagedKafka")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("x"))
secret = secretsmanager.Secret(stack, "Secret")
root_ca = secretsmanager.Secret(stack, "RootCa")
fn.add_event_source(sources.SelfManagedKafkaEventSource(
    bootstrap_servers=["kafka-broker-1:9092", "kafka-broker-2:9092"], topic="orders",
    starting_position=lambda_.StartingPosition.TRIM_HORIZON, secret=secret,
    authentication_method=sources.AuthenticationMethod.SASL_SCRAM_256_AUTH, root_ca_certificate=root_ca,
    consumer_group_id="orders-group", batch_size=100, max_batching_window=cdk.Duration.seconds(10)))
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
sg = ec2.SecurityGroup(stack, "KafkaSg", vpc=vpc)
fn.add_event_source(sources.SelfManagedKafkaEventSource(
    bootstrap_servers=["10.0.0.10:9092"], topic="payments", starting_position=lambda_.StartingPosition.LATEST,
    vpc=vpc, vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS), security_group=sg))
app.synth()
