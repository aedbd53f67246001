"""A resource that depends on a role (and its DefaultPolicy) like lambda.Function, plus ordering of policies."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "LambdaLike")
bucket = cdk.CfnResource(stack, "Bucket", type="AWS::S3::Bucket")
role = iam.Role(stack, "ServiceRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
                managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSLambdaBasicExecutionRole")])
role.add_to_principal_policy(iam.PolicyStatement(actions=["xray:PutTraceSegments", "xray:PutTelemetryRecords"],
                                                 resources=["*"]))
arn = bucket.get_att("Arn").to_string()
iam.Grant.add_to_principal(grantee=role, actions=["s3:GetObject*", "s3:GetBucket*", "s3:List*"],
                           resource_arns=[arn, f"{arn}/*"])
fn = cdk.CfnResource(stack, "Fn", type="AWS::Lambda::Function",
                     properties={"Role": role.role_arn, "Runtime": "python3.12", "Handler": "index.handler",
                                 "Code": {"ZipFile": "x"}})
fn.node.add_dependency(role)
app.synth()
