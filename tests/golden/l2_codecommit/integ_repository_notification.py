"""Port of aws-cdk's aws-codecommit integ.repository-notification.ts: pull request notifications to a topic."""

import aws_cdk as cdk
from aws_cdk import aws_codecommit as codecommit
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-codecommit")
repository = codecommit.Repository(stack, "MyCodecommitRepository", repository_name="my-test-repository")
target = sns.Topic(stack, "MyTopic")
repository.notify_on_pull_request_created("NotifyOnPullRequestCreated", target)
repository.notify_on_pull_request_merged("NotifyOnPullRequestMerged", target)
app.synth()
