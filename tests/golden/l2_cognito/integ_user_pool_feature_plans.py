"""Port of aws-cdk's integ.user-pool-feature-plans.ts."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_cognito import FeaturePlan, UserPool

app = App()
stack = Stack(app, "integ-user-pool-feature-plans")

UserPool(stack, "userpool-lite-plan", feature_plan=FeaturePlan.LITE, removal_policy=RemovalPolicy.DESTROY)
UserPool(stack, "userpool-essentials-plan", feature_plan=FeaturePlan.ESSENTIALS, removal_policy=RemovalPolicy.DESTROY)
UserPool(stack, "userpool-plus-plan", feature_plan=FeaturePlan.PLUS, removal_policy=RemovalPolicy.DESTROY)

app.synth()
