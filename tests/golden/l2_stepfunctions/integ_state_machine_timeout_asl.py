"""integ.state-machine-timeout-asl: timeouts with string and file (asset) definitions.

The integ test's definition.asl.json is written by the app into a temporary folder (same content).
"""

import json
import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn

definition = json.dumps({"StartAt": "PassState", "States": {"PassState": {"Type": "Pass", "End": True}}},
                        separators=(",", ":"))
folder = tempfile.mkdtemp()
path = os.path.join(folder, "definition.asl.json")
with open(path, "w") as f:
    f.write(definition)

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-timeout-asl-integ")
from_string = sfn.StateMachine(stack, "FromString", definition_body=sfn.DefinitionBody.from_string(definition),
                               timeout=cdk.Duration.seconds(30))
from_file = sfn.StateMachine(stack, "FromFile", definition_body=sfn.DefinitionBody.from_file(path),
                             timeout=cdk.Duration.seconds(60))
cdk.CfnOutput(stack, "FromStringArn", value=from_string.state_machine_arn)
cdk.CfnOutput(stack, "FromFileArn", value=from_file.state_machine_arn)

app.synth()
