"""Port of aws-cdk's aws-ecr integ.ecr-dualstack-endpoint.ts: repository and registry URIs, without and with
``AWS_USE_DUALSTACK_ENDPOINT`` set while the second stack is built."""

import os

import aws_cdk as cdk
from aws_cdk import aws_ecr as ecr

app = cdk.App()
ipv4_stack = cdk.Stack(app, "EcrIpv4EndpointStack")
ipv4 = ecr.Repository(
    ipv4_stack, "Ipv4Repository", repository_name="integ-test-ipv4-repo", removal_policy=cdk.RemovalPolicy.DESTROY
)
cdk.CfnOutput(ipv4_stack, "Ipv4RepositoryUri", value=ipv4.repository_uri, description="IPv4-only ECR repository URI")
cdk.CfnOutput(ipv4_stack, "Ipv4RegistryUri", value=ipv4.registry_uri, description="IPv4-only ECR registry URI")

dual_stack = cdk.Stack(app, "EcrDualStackEndpointStack")
os.environ["AWS_USE_DUALSTACK_ENDPOINT"] = "true"
dual = ecr.Repository(
    dual_stack,
    "DualStackRepository",
    repository_name="integ-test-dualstack-repo",
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
cdk.CfnOutput(dual_stack, "DualStackRepositoryUri", value=dual.repository_uri, description="Dual-stack ECR repository URI")
cdk.CfnOutput(dual_stack, "DualStackRegistryUri", value=dual.registry_uri, description="Dual-stack ECR registry URI")
del os.environ["AWS_USE_DUALSTACK_ENDPOINT"]
app.synth()
