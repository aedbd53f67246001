"""AwsCustomResource options: explicit statements with a role, function name, log retention, memory size,
removal policy, resource type, output paths, region and API version, from_response physical ids, a response field
reference and the install-latest-SDK context default."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs
from aws_cdk import custom_resources as cr

app = cdk.App(context={"@aws-cdk/customresources:installLatestAwsSdkDefault": False})
stack = cdk.Stack(app, "AwsCallOptions")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
describe = cr.AwsCustomResource(
    stack,
    "Describe",
    resource_type="Custom::DescribeLogGroups",
    function_name="aws-call-handler",
    log_retention=logs.RetentionDays.ONE_MONTH,
    memory_size=256,
    removal_policy=cdk.RemovalPolicy.RETAIN,
    role=role,
    on_create=cr.AwsSdkCall(
        service="CloudWatchLogs",
        action="describeLogGroups",
        parameters={"logGroupNamePrefix": "/aws/lambda", "limit": 5},
        output_paths=["logGroups.0.logGroupName", "logGroups.1.logGroupName"],
        region="eu-west-1",
        api_version="2014-03-28",
        physical_resource_id=cr.PhysicalResourceId.from_response("logGroups.0.arn"),
        logging=cr.Logging.with_data_hidden(),
    ),
    on_update=cr.AwsSdkCall(
        service="@aws-sdk/client-cloudwatch-logs",
        action="DescribeLogGroupsCommand",
        parameters={"logGroupNamePrefix": "/aws/lambda"},
        physical_resource_id=cr.PhysicalResourceId.from_response("logGroups.0.arn"),
    ),
    on_delete=cr.AwsSdkCall(
        service="SSM",
        action="SendCommand",
        parameters={"DocumentName": "AWS-RunShellScript", "InstanceIds": [cr.PhysicalResourceIdReference()]},
    ),
    policy=cr.AwsCustomResourcePolicy.from_sdk_calls(resources=["arn:aws:logs:*:*:*"]),
)
cdk.CfnOutput(stack, "First", value=describe.get_response_field("logGroups.0.logGroupName"))
cdk.CfnOutput(stack, "Second", value=cdk.Token.as_string(describe.get_response_field_reference("logGroups.1.logGroupName")))
statements = cr.AwsCustomResource(
    stack,
    "Statements",
    on_update=cr.AwsSdkCall(
        service="STS", action="getCallerIdentity", physical_resource_id=cr.PhysicalResourceId.of("caller")
    ),
    policy=cr.AwsCustomResourcePolicy.from_statements(
        [iam.PolicyStatement(actions=["sts:GetCallerIdentity"], resources=["*"])]
    ),
    install_latest_aws_sdk=True,
    timeout=cdk.Duration.seconds(30),
)
statements.grant_principal.add_to_principal_policy(iam.PolicyStatement(actions=["s3:ListAllMyBuckets"], resources=["*"]))
app.synth()
