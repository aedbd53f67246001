"""Port of aws-s3-deployment integ.bucket-deployment-cross-nested-stack-source: ``Source.json_data`` with a user pool id from a sibling nested
stack (a nested-stack parameter through the parent). ``IntegTest`` and its assertions dropped."""

import aws_cdk as cdk
from aws_cdk.aws_cognito import IUserPool, UserPool
from aws_cdk.aws_s3 import Bucket
from aws_cdk.aws_s3_deployment import BucketDeployment, Source
from constructs import Construct


class ResourceNestedStack(cdk.NestedStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self.user_pool = UserPool(self, "UserPool")


class DeploymentNestedStack(cdk.NestedStack):
    def __init__(self, scope: Construct, id: str, *, user_pool: IUserPool) -> None:
        super().__init__(scope, id)
        self.bucket = Bucket(self, "Bucket")
        BucketDeployment(
            self,
            "DeployWithCrossNestedStackSource",
            destination_bucket=self.bucket,
            sources=[Source.json_data("appconfig.json", {"userPoolId": user_pool.user_pool_id})],
        )


class MainStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        resource_nested_stack = ResourceNestedStack(self, "ResourceNestedStack")
        DeploymentNestedStack(self, "DeploymentNestedStack", user_pool=resource_nested_stack.user_pool)


app = cdk.App()
MainStack(app, "MainStack")
app.synth()
