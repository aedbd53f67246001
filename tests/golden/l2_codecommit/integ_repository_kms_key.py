"""Port of aws-cdk's aws-codecommit integ.repository-kms-key.ts: a repository encrypted with a customer key."""

import aws_cdk as cdk
from aws_cdk import aws_codecommit as codecommit
from aws_cdk import aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "RepositoryKmsKey")
kms_key = kms.Key(stack, "MyKey")
codecommit.Repository(stack, "MyCodecommitRepository", repository_name="my-test-repository", kms_key=kms_key)
app.synth()
