"""Port of aws-cdk integ.cross-account-assumeRole.ts: calls in a role of another account (one in an opt-in
region, with a call region), policies from statements built with ``PolicyStatement.from_json``. The accounts are the
test's defaults (no environment variables). ``IntegTest`` dropped."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk.custom_resources import AwsCustomResource, AwsCustomResourcePolicy, AwsSdkCall, PhysicalResourceId

app = cdk.App()
account = "123456789012"
cross_account = "234567890123"
role_stack = cdk.Stack(app, "role-stack", env=cdk.Environment(account=account, region="us-east-1"))
cross_account_stack = cdk.Stack(app, "cross-account-stack", env=cdk.Environment(account=cross_account, region="us-east-1"))
cross_account_opt_in_stack = cdk.Stack(
    app, "cross-account-opt-in-stack", env=cdk.Environment(account=cross_account, region="af-south-1")
)
role_name = "MyUniqueRole"
iam.Role(role_stack, "AssumeThisRole", role_name=role_name, assumed_by=iam.AccountPrincipal(cross_account))
assumed_role_arn = cdk.Stack.of(cross_account_stack).format_arn(
    region="", service="iam", account=account, resource="role", resource_name=role_name
)
AwsCustomResource(
    cross_account_stack,
    "CrossAccountCR",
    install_latest_aws_sdk=False,
    on_create=AwsSdkCall(
        assumed_role_arn=assumed_role_arn,
        service="@aws-sdk/client-sts",
        action="GetCallerIdentityCommand",
        physical_resource_id=PhysicalResourceId.of("id"),
    ),
    policy=AwsCustomResourcePolicy.from_statements(
        [iam.PolicyStatement.from_json({"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": assumed_role_arn})]
    ),
)
AwsCustomResource(
    cross_account_opt_in_stack,
    "OptInCR",
    install_latest_aws_sdk=False,
    on_create=AwsSdkCall(
        assumed_role_arn=assumed_role_arn,
        region="us-west-1",
        service="@aws-sdk/client-sts",
        action="GetCallerIdentityCommand",
        physical_resource_id=PhysicalResourceId.of("id"),
    ),
    policy=AwsCustomResourcePolicy.from_statements(
        [iam.PolicyStatement.from_json({"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": assumed_role_arn})]
    ),
)
cross_account_stack.add_dependency(role_stack)
cross_account_opt_in_stack.add_dependency(role_stack)
app.synth()
