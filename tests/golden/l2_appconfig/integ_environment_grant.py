"""Port of aws-cdk's integ.environment-grant.ts: grant_read_config to a user."""

from aws_cdk import App, Stack
from aws_cdk import aws_iam as iam
from aws_cdk.aws_appconfig import Application, Environment

app = App()
stack = Stack(app, "aws-appconfig-environment-grant")

app_for_env = Application(stack, "MyApplicationForEnv", application_name="AppForEnvTest")
env = Environment(stack, "MyEnvironment", application=app_for_env)
user = iam.User(stack, "MyUser")
env.grant_read_config(user)
app.synth()
