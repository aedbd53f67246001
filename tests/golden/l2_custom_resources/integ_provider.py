"""Port of aws-cdk integ.provider.ts: S3File (a synchronous provider) and S3Assert (a provider with an is-complete
handler and a total timeout) from its fixtures, inlined. The fixtures' handler directories are written to a
temporary directory with stand-in code (the same on both sides, so the asset hashes agree); the property and
attribute names follow the fixtures' api module. ``IntegTest`` dropped."""

import os
import tempfile

from aws_cdk import App, CfnOutput, CustomResource, Duration, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import custom_resources as cr
from constructs import Construct

HANDLERS = tempfile.mkdtemp()
for name, text in (("s3-file-handler", "exports.onEvent = async () => ({});\n"),
                   ("s3-assert-handler", "def on_event(event, context):\n    return {}\n")):
    os.makedirs(os.path.join(HANDLERS, name))
    with open(os.path.join(HANDLERS, name, "index.js" if "file" in name else "index.py"), "w") as f:
        f.write(text)


class S3FileProvider(Construct):
    @staticmethod
    def get_or_create(scope: Construct) -> str:
        stack = Stack.of(scope)
        id = "com.amazonaws.cdk.custom-resources.s3file-provider"
        x = stack.node.try_find_child(id) or S3FileProvider(stack, id)
        return x.provider.service_token

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self.provider = cr.Provider(
            self,
            "s3file-provider",
            on_event_handler=lambda_.Function(
                self,
                "s3file-on-event",
                code=lambda_.Code.from_asset(os.path.join(HANDLERS, "s3-file-handler")),
                runtime=lambda_.Runtime.NODEJS_14_X,
                handler="index.onEvent",
                initial_policy=[
                    iam.PolicyStatement(
                        resources=["*"],
                        actions=["s3:GetObject*", "s3:GetBucket*", "s3:List*", "s3:DeleteObject*", "s3:PutObject*",
                                 "s3:Abort*"],
                    )
                ],
            ),
        )


class S3File(Construct):
    def __init__(self, scope: Construct, id: str, *, bucket, contents: str, object_key=None, public=None) -> None:
        super().__init__(scope, id)
        resource = CustomResource(
            self,
            "Resource",
            service_token=S3FileProvider.get_or_create(self),
            resource_type="Custom::S3File",
            properties={"BucketName": bucket.bucket_name, "Contents": contents, "ObjectKey": object_key,
                        "Public": public},
        )
        self.object_key = resource.get_att_string("ObjectKey")
        self.url = resource.get_att_string("URL")
        self.etag = resource.get_att_string("ETag")


class S3AssertProvider(Construct):
    @staticmethod
    def get_or_create(scope: Construct) -> str:
        provider_id = "com.amazonaws.cdk.custom-resources.s3assert-provider"
        stack = Stack.of(scope)
        group = stack.node.try_find_child(provider_id) or S3AssertProvider(stack, provider_id)
        return group.provider.service_token

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        on_event = lambda_.Function(
            self,
            "s3assert-on-event",
            code=lambda_.Code.from_asset(os.path.join(HANDLERS, "s3-assert-handler")),
            runtime=lambda_.Runtime.PYTHON_3_7,
            handler="index.on_event",
        )
        is_complete = lambda_.Function(
            self,
            "s3assert-is-complete",
            code=lambda_.Code.from_asset(os.path.join(HANDLERS, "s3-assert-handler")),
            runtime=lambda_.Runtime.PYTHON_3_7,
            handler="index.is_complete",
            initial_policy=[
                iam.PolicyStatement(resources=["*"], actions=["s3:GetObject*", "s3:GetBucket*", "s3:List*"])
            ],
        )
        self.provider = cr.Provider(
            self,
            "s3assert-provider",
            on_event_handler=on_event,
            is_complete_handler=is_complete,
            total_timeout=Duration.minutes(5),
        )


class S3Assert(Construct):
    def __init__(self, scope: Construct, id: str, *, bucket, object_key: str, expected_content: str) -> None:
        super().__init__(scope, id)
        CustomResource(
            self,
            "Resource",
            service_token=S3AssertProvider.get_or_create(self),
            resource_type="Custom::S3Assert",
            properties={"BucketName": bucket.bucket_name, "ObjectKey": object_key,
                        "ExpectedContent": expected_content},
        )


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        file2_contents = "this file has a generated physical id"
        bucket = s3.Bucket(self, "MyBucket")
        file1 = S3File(self, "file1", bucket=bucket, object_key="second.txt", contents="Hello, world, 1980!")
        file2 = S3File(self, "file2", bucket=bucket, contents=file2_contents)
        file3 = S3File(
            self,
            "file3Utf8",
            bucket=bucket,
            object_key="ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ!\"#¤%&/()=?`´^*+~_-.,:;<>|",
            contents="ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ!\"#¤%&/()=?`´^*+~_-.,:;<>|",
        )
        S3Assert(self, "assert-file", bucket=bucket, object_key=file2.object_key, expected_content=file2_contents)
        file2.node.add_dependency(file1)
        CfnOutput(self, "file1-url", value=file1.url)
        CfnOutput(self, "file2-url", value=file2.url)
        CfnOutput(self, "file3-url", value=file3.url)


app = App(
    post_cli_context={
        "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
        "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": True,
    }
)
TestStack(app, "integ-provider-framework")
app.synth()
