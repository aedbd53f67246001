"""The resources ``EmrContainersStartJobRun`` adds when it makes the job execution role itself: a lookup of the
virtual cluster's EKS cluster and namespace, and a custom resource (pycdk's own handler,
``_handlers/emr_role_trust``) that lets the namespace's job pods assume the role."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from constructs import Construct, CustomResource, Duration, Stack

_HANDLER_DIR = str(Path(__file__).parent.parent / "_handlers" / "emr_role_trust")
_UUID = "8693BB64-9689-44B6-9AAF-B0CC9EB8757C"


def update_role_trust_policy(task: Construct, virtual_cluster_id: str, role: Any) -> None:
    """Add the lookup, the trust-policy function and its custom resource under ``task``."""
    from l2 import custom_resources as cr
    from l2 import iam, lambda_
    from l2.custom_resources._aws_custom_resource import sdk_call_in_key_order

    info = cr.AwsCustomResource(
        task, "GetEksClusterInfo",
        on_create=sdk_call_in_key_order(cr.AwsSdkCall(
            service="EMRcontainers", action="describeVirtualCluster", parameters={"id": virtual_cluster_id},
            output_paths=["virtualCluster.containerProvider.info.eksInfo.namespace",
                          "virtualCluster.containerProvider.id"],
            physical_resource_id=cr.PhysicalResourceId.of("id")),
            "service", "action", "parameters", "outputPaths", "physicalResourceId"),
        policy=cr.AwsCustomResourcePolicy.from_sdk_calls(resources=cr.AwsCustomResourcePolicy.ANY_RESOURCE),
        install_latest_aws_sdk=False)
    handler = lambda_.SingletonFunction(
        task, "Call Update-Role-Trust-Policy", uuid=_UUID, timeout=Duration.seconds(30), memory_size=256,
        code=lambda_.Code.from_asset(_HANDLER_DIR, exclude=["*.pyc", "__pycache__"]), handler="index.handler",
        runtime=lambda_.Runtime.PYTHON_3_13)
    handler.add_metadata("aws:cdk:is-custom-resource-handler-singleton", True)
    family = handler.runtime.family
    handler.add_metadata("aws:cdk:is-custom-resource-handler-runtime-family",
                         family.value if family is not None else None)
    handler.add_to_role_policy(iam.PolicyStatement(
        resources=[Stack.of(task).format_arn(service="eks", resource="cluster", resource_name=info.get_response_field(
            "virtualCluster.containerProvider.id"))],
        actions=["eks:DescribeCluster"]))
    handler.add_to_role_policy(iam.PolicyStatement(resources=[role.role_arn],
                                                   actions=["iam:GetRole", "iam:UpdateAssumeRolePolicy"]))
    provider = cr.Provider(task, "CustomResourceProvider", on_event_handler=handler)
    CustomResource(task, "Custom Resource", service_token=provider.service_token, properties={
        "eksNamespace": info.get_response_field("virtualCluster.containerProvider.info.eksInfo.namespace"),
        "eksClusterId": info.get_response_field("virtualCluster.containerProvider.id"),
        "roleName": role.role_name,
    })
