"""Port of aws-cdk's integ.opensearch.vpc: a zone-aware domain in a VPC."""

import aws_cdk as cdk
from aws_cdk import aws_opensearchservice as opensearch
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "cdk-integ-opensearch-vpc")

service_linked_role = cdk.CfnResource(
    stack,
    "ServiceLinkedRole",
    type="AWS::IAM::ServiceLinkedRole",
    properties={
        "AWSServiceName": "opensearchservice.amazonaws.com",
        "Description": "Role for OpenSearch VPC Test",
    },
)

vpc = ec2.Vpc(stack, "Vpc")
domain = opensearch.Domain(
    stack,
    "Domain",
    version=opensearch.EngineVersion.ELASTICSEARCH_7_1,
    removal_policy=cdk.RemovalPolicy.DESTROY,
    vpc=vpc,
    zone_awareness=opensearch.ZoneAwarenessConfig(enabled=True),
    capacity=opensearch.CapacityConfig(data_nodes=2),
)
domain.node.add_dependency(service_linked_role)

app.synth()
