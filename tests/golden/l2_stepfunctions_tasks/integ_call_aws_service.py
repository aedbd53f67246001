"""integ.call-aws-service: S3 put/get/delete object through the AWS SDK integration."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-aws-sdk-integ")

bucket = s3.Bucket(stack, "Bucket")
common = {"Bucket": bucket.bucket_name, "Key": "test.txt"}
iam_resources = [bucket.arn_for_objects("*")]
put_object = tasks.CallAwsService(stack, "PutObject", service="s3", action="putObject",
                                  parameters={"Body": sfn.JsonPath.string_at("$.body"), **common},
                                  iam_resources=iam_resources)
get_object = tasks.CallAwsService(stack, "GetObject", service="s3", action="getObject", parameters=common,
                                  iam_resources=iam_resources)
delete_object = tasks.CallAwsService(stack, "DeleteObject", service="s3", action="deleteObject", parameters=common,
                                     iam_resources=iam_resources, result_path=sfn.JsonPath.DISCARD)
state_machine = sfn.StateMachine(stack, "StateMachine", definition=put_object.next(get_object).next(delete_object))
cdk.CfnOutput(stack, "StateMachineArn", value=state_machine.state_machine_arn)
app.synth()
