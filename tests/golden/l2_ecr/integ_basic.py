"""Port of aws-cdk's aws-ecr integ.basic.ts: lifecycle rules, a public policy statement, grants, empty-on-delete,
and an ``on_event`` rule targeting a Lambda function."""

import aws_cdk as cdk
from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_events_targets import LambdaFunction

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "aws-ecr-integ-stack")

repo = ecr.Repository(stack, "Repo")
repo.add_lifecycle_rule(max_image_count=5)
repo.add_lifecycle_rule(tag_prefix_list=["abc"], max_image_count=3)
repo.add_lifecycle_rule(tag_pattern_list=["abc*"], max_image_count=3)
repo.add_to_resource_policy(
    iam.PolicyStatement(actions=["ecr:GetDownloadUrlForLayer"], principals=[iam.AnyPrincipal()])
)

user = iam.User(stack, "MyIamUser")
repo.grant_read(user)
repo.grant_pull_push(user)

ecr.Repository(stack, "RepoWithEmptyOnDelete", removal_policy=cdk.RemovalPolicy.DESTROY, empty_on_delete=True)

cdk.CfnOutput(stack, "RepositoryURI", value=repo.repository_uri)

repo_on_event = ecr.Repository(stack, "RepoOnEvent")
lambda_handler = lambda_.Function(
    stack,
    "LambdaFunction",
    runtime=lambda_.Runtime.PYTHON_3_12,
    code=lambda_.Code.from_inline("# dummy func"),
    handler="index.handler",
)
repo_on_event.on_event("OnEventTargetLambda", target=LambdaFunction(lambda_handler))
app.synth()
