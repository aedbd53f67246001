"""Port of aws-cdk's aws-ecr integ.grant.ts: push and pull grants to a user, a lifecycle rule, a policy statement."""

import aws_cdk as cdk
from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "aws-ecr-integ-stack")

repo = ecr.Repository(stack, "Repo")
repo.add_lifecycle_rule(max_image_count=5)
repo.add_to_resource_policy(
    iam.PolicyStatement(actions=["ecr:GetDownloadUrlForLayer"], principals=[iam.AnyPrincipal()])
)

user = iam.User(stack, "MyUser")
repo.grant_push(user)
repo.grant_pull(user)

cdk.CfnOutput(stack, "RepositoryURI", value=repo.repository_uri)
app.synth()
