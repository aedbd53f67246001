"""integ.call-aws-service-jsonata: S3 put/get/delete with CallAwsService.jsonata, assign and outputs."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-aws-sdk-jsonata-integ")
bucket = s3.Bucket(stack, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
common = {"Bucket": bucket.bucket_name, "Key": "test.txt"}
iam_resources = [bucket.arn_for_objects("*")]
put_object = tasks.CallAwsService.jsonata(stack, "PutObject", service="s3", action="putObject",
                                          parameters={"Body": "{% $states.input.body & ' JSONata!' %}", **common},
                                          iam_resources=iam_resources)
get_object = tasks.CallAwsService.jsonata(stack, "GetObject", service="s3", action="getObject", parameters=common,
                                          iam_resources=iam_resources, assign={"body": "{% $states.result.Body %}"})
delete_object = tasks.CallAwsService.jsonata(stack, "DeleteObject", service="s3", action="deleteObject",
                                             parameters=common, iam_resources=iam_resources, outputs="{% $body %}")
state_machine = sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(
    put_object.next(get_object).next(delete_object)))
cdk.CfnOutput(stack, "StateMachineArn", value=state_machine.state_machine_arn)
app.synth()
