"""Port of aws-cdk integ.aws-custom-resource-athena.ts: a given role, create/update/delete calls with
``PhysicalResourceIdReference`` parameters, ``install_latest_aws_sdk`` and a timeout. ``IntegTest`` dropped."""

import aws_cdk as cdk
from aws_cdk.aws_iam import ManagedPolicy, PolicyDocument, PolicyStatement, Role, ServicePrincipal
from aws_cdk.aws_s3 import Bucket
from aws_cdk.custom_resources import AwsCustomResource, AwsSdkCall, PhysicalResourceId, PhysicalResourceIdReference

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-customresources-athena")
athena_result_bucket = Bucket(stack, "AthenaResultBucket")
athena_execution_role = Role(
    stack,
    "AthenaExecRole",
    assumed_by=ServicePrincipal("athena.amazonaws.com"),
    managed_policies=[ManagedPolicy.from_aws_managed_policy_name("AmazonAthenaFullAccess")],
)
custom_resource_role = Role(
    stack,
    "CustomResourceRole",
    assumed_by=ServicePrincipal("lambda.amazonaws.com"),
    managed_policies=[ManagedPolicy.from_aws_managed_policy_name("service-role/AWSLambdaBasicExecutionRole")],
    inline_policies={
        "PassRolePolicy": PolicyDocument(
            statements=[PolicyStatement(actions=["iam:PassRole"], resources=[athena_execution_role.role_arn])]
        ),
        "AthenaWorkGroupPolicy": PolicyDocument(
            statements=[
                PolicyStatement(actions=["athena:CreateWorkGroup", "athena:DeleteWorkGroup"], resources=["*"])
            ]
        ),
        "AthenaNotebookPolicy": PolicyDocument(
            statements=[
                PolicyStatement(
                    actions=["athena:CreateNotebook", "athena:UpdateNotebookMetadata", "athena:DeleteNotebook"],
                    resources=["*"],
                )
            ]
        ),
    },
)
workgroup_name = "TestWG"
workgroup = AwsCustomResource(
    stack,
    "AthenaWorkGroup",
    role=custom_resource_role,
    resource_type="Custom::AthenaWorkGroup",
    install_latest_aws_sdk=True,
    on_create=AwsSdkCall(
        service="Athena",
        action="createWorkGroup",
        physical_resource_id=PhysicalResourceId.of(workgroup_name),
        parameters={
            "Name": workgroup_name,
            "Configuration": {
                "ExecutionRole": athena_execution_role.role_arn,
                "ResultConfiguration": {"OutputLocation": athena_result_bucket.s3_url_for_object()},
                "EngineVersion": {"SelectedEngineVersion": "PySpark engine version 3"},
            },
        },
    ),
    on_delete=AwsSdkCall(service="Athena", action="deleteWorkGroup", parameters={"WorkGroup": workgroup_name}),
    timeout=cdk.Duration.minutes(3),
)
notebook_name = "MyNotebook1"
notebook = AwsCustomResource(
    stack,
    "AthenaNotebook",
    role=custom_resource_role,
    resource_type="Custom::AthenaNotebook",
    install_latest_aws_sdk=True,
    on_create=AwsSdkCall(
        service="Athena",
        action="createNotebook",
        physical_resource_id=PhysicalResourceId.from_response("NotebookId"),
        parameters={"WorkGroup": workgroup_name, "Name": notebook_name},
    ),
    on_update=AwsSdkCall(
        service="Athena",
        action="updateNotebookMetadata",
        parameters={"Name": notebook_name, "NotebookId": PhysicalResourceIdReference()},
    ),
    on_delete=AwsSdkCall(
        service="Athena", action="deleteNotebook", parameters={"NotebookId": PhysicalResourceIdReference()}
    ),
    timeout=cdk.Duration.minutes(3),
)
notebook.node.add_dependency(workgroup)
app.synth()
