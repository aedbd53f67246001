"""Port of aws-cdk's eks/integ.call.ts: an ``EksCall`` task against an ``eks.Cluster``.

Adapted: the ``KubectlV31Layer`` (a separate package) is a stand-in ``LayerVersion`` built from a temporary
directory with fixed content (the same asset hash on both sides).
"""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_eks as eks
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import EksCall, HttpMethods


def kubectl_layer(scope):
    folder = tempfile.mkdtemp()
    os.makedirs(os.path.join(folder, "kubectl"))
    with open(os.path.join(folder, "kubectl", "README"), "w") as handle:
        handle.write("stand-in for /opt/kubectl/kubectl and /opt/helm/helm\n")
    return lambda_.LayerVersion(scope, "KubectlLayer", code=lambda_.Code.from_asset(folder),
                                description="/opt/kubectl/kubectl and /opt/helm/helm")


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False})
stack = cdk.Stack(app, "aws-stepfunctions-tasks-eks-call-integ-test")
stack.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)

cluster = eks.Cluster(stack, "EksCluster", version=eks.KubernetesVersion.V1_30, cluster_name="eksCluster",
                      kubectl_layer=kubectl_layer(stack))
execution_role = iam.Role(stack, "Role", role_name="stateMachineExecutionRole",
                          assumed_by=iam.ServicePrincipal("states.amazonaws.com"))
cluster.aws_auth.add_masters_role(execution_role)
call_job = EksCall(stack, "Call a EKS Endpoint", cluster=cluster, http_method=HttpMethods.GET,
                   http_path="/api/v1/namespaces/default/pods")
sm = sfn.StateMachine(stack, "StateMachine", definition=sfn.Chain.start(call_job), role=execution_role,
                      timeout=cdk.Duration.seconds(30))
cdk.CfnOutput(stack, "stateMachineArn", value=sm.state_machine_arn)
app.synth()
