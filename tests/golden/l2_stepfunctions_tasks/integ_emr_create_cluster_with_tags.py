"""integ.emr-create-cluster-with-tags: empty instances config, tags (task-made service, instance and auto scaling roles)."""

from aws_cdk import App, Stack
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import EmrCreateCluster

app = App()
stack = Stack(app, "aws-cdk-emr-create-cluster-tags")
step = EmrCreateCluster(stack, "EmrCreateCluster", instances=EmrCreateCluster.InstancesConfigProperty(),
                        name="Cluster", integration_pattern=sfn.IntegrationPattern.RUN_JOB, tags={"Key": "Value"})
sfn.StateMachine(stack, "SM", definition=step)
app.synth()
