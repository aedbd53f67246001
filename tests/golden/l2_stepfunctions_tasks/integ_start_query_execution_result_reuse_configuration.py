"""integ.start-query-execution-result-reuse-configuration: result reuse max age, a bucket output location."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_s3 import Bucket
from aws_cdk.aws_stepfunctions_tasks import AthenaStartQueryExecution, EncryptionOption

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-tasks-athena-start-query-execution-result-reuse-configuration-integ")
result_bucket = Bucket(stack, "Bucket", auto_delete_objects=True, removal_policy=cdk.RemovalPolicy.DESTROY)
task = AthenaStartQueryExecution(stack, "Query", query_string="SELECT 1", work_group="primary", result_configuration={
    "encryption_configuration": {"encryption_option": EncryptionOption.S3_MANAGED},
    "output_location": {"bucket_name": result_bucket.bucket_name, "object_key": "folder"},
}, result_reuse_configuration_max_age=cdk.Duration.minutes(100))
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(sfn.Chain.start(task)),
                 timeout=cdk.Duration.seconds(30))
app.synth()
