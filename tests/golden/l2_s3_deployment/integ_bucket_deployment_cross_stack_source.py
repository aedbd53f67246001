"""Port of aws-s3-deployment integ.bucket-deployment-cross-stack-source: ``Source.data`` with a user pool id from
another stack (a cross-stack export/import). ``IntegTest`` and its assertions dropped."""

import aws_cdk as cdk
from aws_cdk.aws_cognito import UserPool
from aws_cdk.aws_s3 import Bucket
from aws_cdk.aws_s3_deployment import BucketDeployment, Source
from constructs import Construct


class Stack2(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self.user_pool = UserPool(self, "userpool")


class Stack1(cdk.Stack):
    def __init__(self, scope: Construct, id: str, *, user_pool: UserPool) -> None:
        super().__init__(scope, id)
        self.bucket = Bucket(self, "bucket")
        BucketDeployment(
            self,
            "DeployWithCrossStackSource",
            destination_bucket=self.bucket,
            sources=[Source.data("test.txt", user_pool.user_pool_id)],
        )


app = cdk.App()
stack2 = Stack2(app, "stack2")
Stack1(app, "stack1", user_pool=stack2.user_pool)
app.synth()
