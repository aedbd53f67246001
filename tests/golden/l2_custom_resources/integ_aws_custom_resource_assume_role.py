"""Port of aws-cdk integ.aws-custom-resource-assumeRole.ts: calls made in an assumed role (the policy allows
``sts:AssumeRole`` on it), a ``PhysicalResourceIdReference`` in the delete call. ``IntegTest`` dropped; ``cdk.aws_iam`` is imported as a module
(pycdk's root package has no ``aws_iam`` attribute)."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import custom_resources

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "aws-custom-resource-assume-role")
assumed_role = iam.Role(
    stack,
    "AssumedRole",
    assumed_by=iam.AccountRootPrincipal(),
    inline_policies={
        "ManageTopic": iam.PolicyDocument(
            statements=[iam.PolicyStatement(actions=["sns:CreateTopic", "sns:DeleteTopic"], resources=["*"])]
        )
    },
)
custom_resources.AwsCustomResource(
    stack,
    "TestCase",
    install_latest_aws_sdk=False,
    on_create=custom_resources.AwsSdkCall(
        assumed_role_arn=assumed_role.role_arn,
        service="sns",
        action="CreateTopic",
        parameters={"Name": "TestCaseTopic"},
        physical_resource_id=custom_resources.PhysicalResourceId.from_response("TopicArn"),
    ),
    on_delete=custom_resources.AwsSdkCall(
        assumed_role_arn=assumed_role.role_arn,
        service="sns",
        action="DeleteTopic",
        parameters={"TopicArn": custom_resources.PhysicalResourceIdReference()},
    ),
    policy=custom_resources.AwsCustomResourcePolicy.from_sdk_calls(resources=[]),
)
app.synth()
