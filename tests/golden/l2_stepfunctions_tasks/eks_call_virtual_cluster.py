"""EksCall (every part of the HTTP request, JSONata) and EmrContainersCreateVirtualCluster (from a cluster or the
task input, default and given names/namespaces, tags, JSONata)."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_eks as eks
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks


@jsii.implements(eks.ICluster)
class Cluster:
    """An existing EKS cluster, by its name, endpoint and certificate authority data."""

    @property
    def cluster_name(self) -> str:
        return "my-cluster"

    @property
    def cluster_endpoint(self) -> str:
        return "https://ABCDEF.gr7.us-east-1.eks.amazonaws.com"

    @property
    def cluster_certificate_authority_data(self) -> str:
        return "LS0tLS1CRUdJTi..."


app = cdk.App()
stack = cdk.Stack(app, "EksCallVirtualCluster")
cluster = Cluster()
call = tasks.EksCall(stack, "Call", cluster=cluster, http_method=tasks.HttpMethods.GET,
                     http_path="/api/v1/namespaces/default/pods", query_parameters={"limit": ["10"]},
                     result_selector={"pods": sfn.JsonPath.string_at("$.ResponseBody.items")})
post = tasks.EksCall.json_path(stack, "Post", cluster=cluster, http_method=tasks.HttpMethods.POST,
                               http_path="/api/v1/namespaces",
                               request_body=sfn.TaskInput.from_object({"metadata": {"name": "ns"}}))
jsonata_call = tasks.EksCall.jsonata(stack, "DeleteJsonata", cluster=cluster, http_method=tasks.HttpMethods.DELETE,
                                     http_path="{% $states.input.path %}")
create = tasks.EmrContainersCreateVirtualCluster(
    stack, "Create", eks_cluster=tasks.EksClusterInput.from_cluster(cluster))
create_named = tasks.EmrContainersCreateVirtualCluster.json_path(
    stack, "CreateNamed", eks_cluster=tasks.EksClusterInput.from_task_input(sfn.TaskInput.from_text("cluster-x")),
    eks_namespace="spark", virtual_cluster_name="vc", tags={"team": "data"}, result_path="$.cluster")
create_jsonata = tasks.EmrContainersCreateVirtualCluster.jsonata(
    stack, "CreateJsonata", eks_cluster=tasks.EksClusterInput.from_cluster(cluster))
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(
    call.next(post).next(jsonata_call).next(create).next(create_named).next(create_jsonata)))
app.synth()
