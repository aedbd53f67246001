"""The parts of ``pycdk deploy`` moto cannot play: a stack operation that rolls back, and a change set whose stack
exports outputs. CloudFormation is a botocore ``Stubber`` scripted with the responses the service gives (the
sequence of statuses and events of a failed creation and a failed update, as the CloudFormation user guide
describes them); everything else (the bootstrap version in SSM, the assets bucket) is the moto emulator.

As the CDK CLI does, a stack that rolls back fails the command (exit code 1) with its final status and the first
resource failure, after the events were streamed.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from _deploy_support import ACCOUNT, REGION, write_app
from botocore.stub import ANY, Stubber

from pycdk.cli._private.aws_environment import AwsEnvironment

STACK_ID = f"arn:aws:cloudformation:{REGION}:{ACCOUNT}:stack/Store/5b3c1a10-0000-4000-8000-000000000001"
CFN_EXEC_ROLE = f"arn:aws:iam::{ACCOUNT}:role/cdk-hnb659fds-cfn-exec-role-{ACCOUNT}-{REGION}"
CHANGE_SET_ID = f"arn:aws:cloudformation:{REGION}:{ACCOUNT}:changeSet/pycdk-deploy/0000-0001"

ONE_BUCKET = """
from constructs import App, CfnOutput, Stack
from l2 import s3

app = App()
stack = Stack(app, "Store")
bucket = s3.Bucket(stack, "Bucket", bucket_name="h18-store")
CfnOutput(stack, "BucketName", value=bucket.bucket_name, export_name="StoreBucket")
app.synth()
"""


@pytest.fixture
def scripted_cfn(pycdk, aws, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Stubber:
    """The parts of a bootstrapped environment deploy reads (the version parameter, the assets bucket), then a
    stubbed CloudFormation client for ``pycdk deploy``'s own calls."""
    aws.client("ssm").put_parameter(Name="/cdk-bootstrap/hnb659fds/version", Value="33", Type="String")
    aws.client("s3").create_bucket(Bucket=f"cdk-hnb659fds-assets-{ACCOUNT}-{REGION}")
    import boto3

    client = boto3.session.Session(aws_access_key_id="testing", aws_secret_access_key="testing",
                                   region_name=REGION).client("cloudformation", endpoint_url=aws.endpoint)
    stubber = Stubber(client)
    real_client = AwsEnvironment.client

    def client_of(self: AwsEnvironment, service: str) -> Any:
        return client if service == "cloudformation" else real_client(self, service)

    monkeypatch.setattr(AwsEnvironment, "client", client_of)
    stubber.activate()
    return stubber


def _event(n: int, logical_id: str, resource_type: str, status: str, reason: str = "") -> dict[str, Any]:
    event: dict[str, Any] = {
        "StackId": STACK_ID, "EventId": f"event-{n}", "StackName": "Store", "LogicalResourceId": logical_id,
        "ResourceType": resource_type, "ResourceStatus": status,
        # Later than the deploy's start (the monitor drops events older than that), however long synth takes.
        "Timestamp": datetime.now(UTC) + timedelta(minutes=10, seconds=n),
    }
    if reason:
        event["ResourceStatusReason"] = reason
    return event


def _stack(status: str, reason: str = "", outputs: list[dict[str, str]] | None = None) -> dict[str, Any]:
    stack: dict[str, Any] = {"StackId": STACK_ID, "StackName": "Store", "StackStatus": status,
                             "CreationTime": datetime.now(UTC), "EnableTerminationProtection": False,
                             "Parameters": [{"ParameterKey": "BootstrapVersion",
                                             "ParameterValue": "/cdk-bootstrap/hnb659fds/version"}]}
    if reason:
        stack["StackStatusReason"] = reason
    if outputs is not None:
        stack["Outputs"] = outputs
    return stack


def _change_set(stubber: Stubber, change_set_type: str, changes: list[dict[str, Any]],
                disable_rollback: bool = False) -> None:
    stubber.add_response("create_change_set", {"Id": CHANGE_SET_ID, "StackId": STACK_ID},
                         {"ChangeSetName": ANY, "ChangeSetType": change_set_type, "Description": ANY,
                          "StackName": "Store", "TemplateBody": ANY, "Parameters": ANY, "Capabilities": ANY,
                          "Tags": [], "RoleARN": CFN_EXEC_ROLE})
    stubber.add_response("describe_change_set", {"ChangeSetId": CHANGE_SET_ID, "StackId": STACK_ID,
                                                 "Status": "CREATE_COMPLETE", "Changes": changes},
                         {"ChangeSetName": CHANGE_SET_ID})
    stubber.add_response("execute_change_set", {},
                         {"ChangeSetName": CHANGE_SET_ID, "DisableRollback": disable_rollback})


def test_a_failed_creation_rolls_back_and_fails_the_command(pycdk, scripted_cfn: Stubber, tmp_path: Path) -> None:
    app = write_app(tmp_path / "store", ONE_BUCKET)
    stubber = scripted_cfn
    stubber.add_client_error("describe_stacks", "ValidationError", "Stack with id Store does not exist")
    _change_set(stubber, "CREATE", [])
    reason = "h18-store already exists"
    stubber.add_response("describe_stack_events", {"StackEvents": list(reversed([
        _event(1, "Store", "AWS::CloudFormation::Stack", "CREATE_IN_PROGRESS", "User Initiated"),
        _event(2, "Bucket83908E77", "AWS::S3::Bucket", "CREATE_FAILED", reason),
        _event(3, "Store", "AWS::CloudFormation::Stack", "ROLLBACK_IN_PROGRESS",
               "The following resource(s) failed to create: [Bucket83908E77]. Rollback requested by user."),
        _event(4, "Bucket83908E77", "AWS::S3::Bucket", "DELETE_COMPLETE"),
        _event(5, "Store", "AWS::CloudFormation::Stack", "ROLLBACK_COMPLETE"),
    ]))}, {"StackName": STACK_ID})
    stubber.add_response("describe_stacks", {"Stacks": [_stack("ROLLBACK_COMPLETE")]}, {"StackName": STACK_ID})
    stubber.add_response("describe_stack_events", {"StackEvents": []}, {"StackName": STACK_ID})

    result = pycdk("deploy", cwd=app)

    assert result.returncode == 1
    assert "Store: creating CloudFormation changeset..." in result.stderr
    assert "Store: executing CloudFormation changeset..." in result.stderr
    streamed = [line.split(" | ")[3:] for line in result.stderr.splitlines() if line.startswith("Store | ")]
    assert [fields[0].strip() for fields in streamed] == [
        "CREATE_IN_PROGRESS", "CREATE_FAILED", "ROLLBACK_IN_PROGRESS", "DELETE_COMPLETE", "ROLLBACK_COMPLETE"]
    assert f"Store: failed: Bucket83908E77 (AWS::S3::Bucket): {reason}" in result.stderr
    assert result.stderr.splitlines()[-1] == (
        f"pycdk: error: Store: the deployment failed (ROLLBACK_COMPLETE): Bucket83908E77 (AWS::S3::Bucket): {reason}"
    )
    stubber.assert_no_pending_responses()  # every scripted call was made



def test_a_failed_update_without_rollback_reports_the_update_rollback(
    pycdk, scripted_cfn: Stubber, tmp_path: Path
) -> None:
    app = write_app(tmp_path / "store", ONE_BUCKET)
    stubber = scripted_cfn
    deployed = {"Resources": {"Bucket83908E77": {"Type": "AWS::S3::Bucket",
                                                 "Properties": {"BucketName": "h18-old-store"}}}}
    stubber.add_response("describe_stacks", {"Stacks": [_stack("UPDATE_COMPLETE")]}, {"StackName": "Store"})
    stubber.add_response("describe_stacks", {"Stacks": [_stack("UPDATE_COMPLETE")]}, {"StackName": "Store"})
    stubber.add_response("get_template", {"TemplateBody": json.dumps(deployed)},
                         {"StackName": "Store", "TemplateStage": "Original"})
    _change_set(stubber, "UPDATE", [{"Type": "Resource", "ResourceChange": {
        "Action": "Modify", "LogicalResourceId": "Bucket83908E77", "ResourceType": "AWS::S3::Bucket",
        "Replacement": "True"}}], disable_rollback=True)
    stubber.add_response("describe_stack_events", {"StackEvents": list(reversed([
        _event(1, "Store", "AWS::CloudFormation::Stack", "UPDATE_IN_PROGRESS", "User Initiated"),
        _event(2, "Bucket83908E77", "AWS::S3::Bucket", "UPDATE_FAILED", "Access Denied"),
        _event(3, "Store", "AWS::CloudFormation::Stack", "UPDATE_FAILED",
               "The following resource(s) failed to update: [Bucket83908E77]."),
    ]))}, {"StackName": STACK_ID})
    stubber.add_response("describe_stacks", {"Stacks": [_stack("UPDATE_FAILED", "resource(s) failed")]},
                         {"StackName": STACK_ID})
    stubber.add_response("describe_stack_events", {"StackEvents": []}, {"StackName": STACK_ID})

    result = pycdk("deploy", "--no-rollback", cwd=app)

    assert result.returncode == 1
    assert "Store: the change set replaces Bucket83908E77 (AWS::S3::Bucket)" in result.stderr
    assert "─ [~] BucketName (requires replacement)" in result.stdout
    assert result.stderr.splitlines()[-1] == (
        "pycdk: error: Store: the deployment failed (UPDATE_FAILED): Bucket83908E77 (AWS::S3::Bucket): Access Denied"
    )
    stubber.assert_no_pending_responses()  # every scripted call was made



def test_an_update_that_rolls_back(pycdk, scripted_cfn: Stubber, tmp_path: Path) -> None:
    app = write_app(tmp_path / "store", ONE_BUCKET)
    stubber = scripted_cfn
    deployed = {"Resources": {"Bucket83908E77": {"Type": "AWS::S3::Bucket",
                                                 "Properties": {"BucketName": "h18-store"}}}}
    stubber.add_response("describe_stacks", {"Stacks": [_stack("UPDATE_COMPLETE")]}, {"StackName": "Store"})
    stubber.add_response("describe_stacks", {"Stacks": [_stack("UPDATE_COMPLETE")]}, {"StackName": "Store"})
    stubber.add_response("get_template", {"TemplateBody": json.dumps(deployed)},
                         {"StackName": "Store", "TemplateStage": "Original"})
    _change_set(stubber, "UPDATE", [])
    stubber.add_response("describe_stack_events", {"StackEvents": list(reversed([
        _event(1, "Store", "AWS::CloudFormation::Stack", "UPDATE_IN_PROGRESS", "User Initiated"),
        _event(2, "Bucket83908E77", "AWS::S3::Bucket", "UPDATE_FAILED", "Resource handler returned message: x"),
        _event(3, "Store", "AWS::CloudFormation::Stack", "UPDATE_ROLLBACK_IN_PROGRESS", "failed to update"),
        _event(4, "Bucket83908E77", "AWS::S3::Bucket", "UPDATE_COMPLETE"),
        _event(5, "Store", "AWS::CloudFormation::Stack", "UPDATE_ROLLBACK_COMPLETE"),
    ]))}, {"StackName": STACK_ID})
    stubber.add_response("describe_stacks", {"Stacks": [_stack("UPDATE_ROLLBACK_COMPLETE")]},
                         {"StackName": STACK_ID})
    stubber.add_response("describe_stack_events", {"StackEvents": []}, {"StackName": STACK_ID})

    result = pycdk("deploy", cwd=app)

    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        "pycdk: error: Store: the deployment failed (UPDATE_ROLLBACK_COMPLETE): Bucket83908E77 (AWS::S3::Bucket): "
        "Resource handler returned message: x"
    )
    stubber.assert_no_pending_responses()  # every scripted call was made



def test_a_change_set_deploy_writes_the_exported_outputs(pycdk, scripted_cfn: Stubber, tmp_path: Path) -> None:
    """The default method (a change set): created, executed, followed; the stack's outputs (an export here, which
    moto's change sets do not publish) are printed and written to ``--outputs-file``."""
    app = write_app(tmp_path / "store", ONE_BUCKET)
    stubber = scripted_cfn
    stubber.add_client_error("describe_stacks", "ValidationError", "Stack with id Store does not exist")
    _change_set(stubber, "CREATE", [{"Type": "Resource", "ResourceChange": {
        "Action": "Add", "LogicalResourceId": "Bucket83908E77", "ResourceType": "AWS::S3::Bucket"}}])
    stubber.add_response("describe_stack_events", {"StackEvents": list(reversed([
        _event(1, "Store", "AWS::CloudFormation::Stack", "CREATE_IN_PROGRESS", "User Initiated"),
        _event(2, "Bucket83908E77", "AWS::S3::Bucket", "CREATE_COMPLETE"),
        _event(3, "Store", "AWS::CloudFormation::Stack", "CREATE_COMPLETE"),
    ]))}, {"StackName": STACK_ID})
    outputs = [{"OutputKey": "BucketName", "OutputValue": "h18-store", "ExportName": "StoreBucket"}]
    stubber.add_response("describe_stacks", {"Stacks": [_stack("CREATE_COMPLETE", outputs=outputs)]},
                         {"StackName": STACK_ID})
    stubber.add_response("describe_stack_events", {"StackEvents": []}, {"StackName": STACK_ID})

    result = pycdk("deploy", "--outputs-file", "out.json", cwd=app)

    assert result.returncode == 0, result
    assert " ✅  Store" in result.stderr
    assert "Store.BucketName = h18-store" in result.stdout
    assert json.loads((app / "out.json").read_text()) == {"Store": {"BucketName": "h18-store"}}
    stubber.assert_no_pending_responses()  # every scripted call was made


def test_a_stack_left_in_rollback_complete_is_deleted_before_it_is_created_again(
    pycdk, scripted_cfn: Stubber, tmp_path: Path
) -> None:
    """CloudFormation cannot update a stack whose creation rolled back: the CDK CLI deletes it first, so does pycdk."""
    app = write_app(tmp_path / "store", ONE_BUCKET)
    stubber = scripted_cfn
    stubber.add_response("describe_stacks", {"Stacks": [_stack("ROLLBACK_COMPLETE")]}, {"StackName": "Store"})
    stubber.add_response("delete_stack", {}, {"StackName": STACK_ID})
    stubber.add_response("describe_stack_events", {"StackEvents": [
        _event(1, "Store", "AWS::CloudFormation::Stack", "DELETE_IN_PROGRESS", "User Initiated")]},
        {"StackName": STACK_ID})
    stubber.add_response("describe_stacks", {"Stacks": [_stack("DELETE_COMPLETE")]}, {"StackName": STACK_ID})
    stubber.add_response("describe_stack_events", {"StackEvents": []}, {"StackName": STACK_ID})
    _change_set(stubber, "CREATE", [])
    stubber.add_response("describe_stack_events", {"StackEvents": [
        _event(2, "Store", "AWS::CloudFormation::Stack", "CREATE_COMPLETE")]}, {"StackName": STACK_ID})
    stubber.add_response("describe_stacks", {"Stacks": [_stack("CREATE_COMPLETE", outputs=[])]},
                         {"StackName": STACK_ID})
    stubber.add_response("describe_stack_events", {"StackEvents": []}, {"StackName": STACK_ID})

    result = pycdk("deploy", cwd=app)

    assert result.returncode == 0, result
    assert "Store: the stack is in ROLLBACK_COMPLETE (a failed creation): deleting it first" in result.stderr
    deleting = result.stderr.find("| DELETE_IN_PROGRESS ")
    assert 0 < deleting < result.stderr.index("creating CloudFormation changeset"), result.stderr
    stubber.assert_no_pending_responses()  # every scripted call was made
