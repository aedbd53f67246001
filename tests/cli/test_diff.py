"""``pycdk diff``: added, removed and changed resources, replacements, IAM and security-group changes."""

from __future__ import annotations

import json

import pytest
from _cli_support import write_app

BEFORE = """
from constructs import App, Stack
from l1 import sqs, sns

app = App()
stack = Stack(app, "Svc")
sqs.CfnQueue(stack, "Queue", visibility_timeout=300)
sns.CfnTopic(stack, "Topic")
app.synth()
"""

AFTER = """
from constructs import App, Stack
from l1 import ec2, iam, s3, sqs

app = App()
stack = Stack(app, "Svc")
queue = sqs.CfnQueue(stack, "Queue", visibility_timeout=600, queue_name="orders")
s3.CfnBucket(stack, "Bucket")
iam.CfnRole(
    stack, "Role",
    assume_role_policy_document={"Statement": [
        {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": "lambda.amazonaws.com"}}]},
    policies=[iam.CfnRole.PolicyProperty(policy_name="send", policy_document={"Statement": [
        {"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": queue.attr_arn}]})],
)
ec2.CfnSecurityGroup(stack, "Web", group_description="web", security_group_ingress=[
    ec2.CfnSecurityGroup.IngressProperty(ip_protocol="tcp", from_port=443, to_port=443, cidr_ip="0.0.0.0/0")])
app.synth()
"""


@pytest.fixture
def changed_app(tmp_path, pycdk):
    app = write_app(tmp_path / "app", BEFORE)
    assert pycdk("synth", "-q", "-o", "previous", cwd=app).returncode == 0
    (app / "app.py").write_text(AFTER)
    return app


def test_diff_lists_resource_changes_with_replacement(changed_app, pycdk):
    result = pycdk("diff", "--assembly", "previous", cwd=changed_app)
    assert result.returncode == 0, result
    lines = result.stdout.splitlines()
    resources = lines[lines.index("Resources"):]
    assert resources[:9] == [
        "Resources",
        "[~] AWS::SQS::Queue Queue replace",
        " ├─ [~] VisibilityTimeout",
        " │   ├─ [-] 300",
        " │   └─ [+] 600",
        " └─ [+] QueueName (requires replacement)",
        "[-] AWS::SNS::Topic Topic destroy",
        "[+] AWS::S3::Bucket Bucket",
        "[+] AWS::IAM::Role Role",
    ]
    assert "[+] AWS::EC2::SecurityGroup Web" in lines
    assert "Number of stacks with differences: 1" in result.stderr


def test_diff_calls_out_iam_and_security_group_changes(changed_app, pycdk):
    lines = pycdk("diff", "--assembly", "previous", cwd=changed_app).stdout.splitlines()
    iam = lines[lines.index("IAM Statement Changes") + 1: lines.index("Security Group Changes") - 1]
    assert iam == [
        "[+] Role  Source: AssumeRolePolicyDocument  Effect: Allow  Action: sts:AssumeRole  Resource: *  "
        "Principal: Service:lambda.amazonaws.com",
        "[+] Role  Source: Policies[send]  Effect: Allow  Action: sqs:SendMessage  Resource: ${Queue.Arn}",
    ]
    assert lines[lines.index("Security Group Changes") + 1] == (
        "[+] Web  Direction: Ingress  Group: ${Web.GroupId}  Protocol: tcp  Ports: 443  Peer: 0.0.0.0/0"
    )


def test_fail_gives_exit_code_1_on_differences_only(changed_app, pycdk):
    assert pycdk("diff", "--assembly", "previous", "--fail", cwd=changed_app).returncode == 1
    assert pycdk("synth", "-q", "-o", "now", cwd=changed_app).returncode == 0
    same = pycdk("diff", "--assembly", "now", "--fail", cwd=changed_app)
    assert same.returncode == 0, same
    assert same.stdout.splitlines() == ["Stack Svc", "There were no differences", ""]


def test_diff_against_a_yaml_template_file(changed_app, pycdk):
    previous = json.loads((changed_app / "previous" / "Svc.template.json").read_text())
    (changed_app / "old.yaml").write_text(
        "Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      VisibilityTimeout: 300\n"
        "      QueueName: !Sub '${AWS::StackName}-orders'\n"
    )
    result = pycdk("diff", "--template", "old.yaml", "--no-version-reporting", cwd=changed_app)
    assert result.returncode == 0, result
    assert " └─ [~] QueueName (requires replacement)" in result.stdout
    assert "     ├─ [-] ${AWS::StackName}-orders" in result.stdout
    assert "[+] Parameter BootstrapVersion" in result.stdout
    assert previous["Resources"]["Queue"]["Properties"] == {"VisibilityTimeout": 300}


def test_diff_needs_something_to_compare_with(changed_app, pycdk):
    result = pycdk("diff", cwd=changed_app)
    assert result.returncode == 2
    assert result.stderr == (
        "pycdk: error: compare with --deployed, --template FILE or --assembly DIR\n"
    )


def test_a_missing_template_file_is_one_error_line(changed_app, pycdk):
    result = pycdk("diff", "--template", "missing.json", cwd=changed_app)
    assert (result.returncode, result.stderr) == (1, "pycdk: error: template file missing.json does not exist\n")


def test_comparing_with_the_assembly_being_replaced_uses_the_old_templates(changed_app, pycdk):
    # the previous assembly is the output directory itself: it must be read before synthesis replaces it
    result = pycdk("diff", "--assembly", "previous", "-o", "previous", cwd=changed_app)
    assert "[-] AWS::SNS::Topic Topic destroy" in result.stdout
