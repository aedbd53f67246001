"""Port of aws-cdk's integ.user-pool-password-history-size.ts."""

from aws_cdk import App, Stack
from aws_cdk.aws_cognito import PasswordPolicy, UserPool

app = App()
stack = Stack(app, "integ-user-pool-password-history-size")

UserPool(stack, "Pool", password_policy=PasswordPolicy(password_history_size=3))

app.synth()
