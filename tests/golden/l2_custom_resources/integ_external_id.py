"""Port of aws-cdk integ.external-id.ts: a call in an assumed role with an external id. ``IntegTest`` dropped."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk.custom_resources import AwsCustomResource, AwsCustomResourcePolicy, AwsSdkCall, PhysicalResourceId

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "aws-custom-resource-external-id-test")
external_id = "test-external-id-12345"
role_with_external_id = iam.Role(
    stack,
    "RoleWithExternalId",
    assumed_by=iam.CompositePrincipal(
        iam.ServicePrincipal("lambda.amazonaws.com"),
        iam.ArnPrincipal("arn:aws:iam::123456789012:role/TestAssumeRole"),
    ),
    external_ids=[external_id],
    inline_policies={
        "STSPolicy": iam.PolicyDocument(
            statements=[iam.PolicyStatement(actions=["sts:GetCallerIdentity"], resources=["*"])]
        )
    },
)
AwsCustomResource(
    stack,
    "ExternalIdTest",
    install_latest_aws_sdk=False,
    on_create=AwsSdkCall(
        assumed_role_arn=role_with_external_id.role_arn,
        external_id=external_id,
        service="STS",
        action="GetCallerIdentity",
        physical_resource_id=PhysicalResourceId.of("external-id-test"),
    ),
    policy=AwsCustomResourcePolicy.from_sdk_calls(resources=[]),
)
app.synth()
