"""The typed SAM policy templates: one per template of the SAM translator, rendering what the translator expands.

Expected policies come from the AWS SAM translator: a function using a typed template is transformed, and its
role's policy must equal what the translator makes of SAM's literal form of the same template (and hold the
actions of the template's definition in the translator's data).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from constructs import CfnParameter, Fn, Stack
from l2 import sam
from tests.l2.sam._translator import sam_transform


@cache
def _translator_templates() -> dict[str, Any]:
    from samtranslator import policy_templates_data

    path = Path(next(iter(policy_templates_data.__path__))) / "policy_templates.json"
    return dict(json.loads(path.read_text())["Templates"])


def _snake(name: str) -> str:
    out = ""
    for i, ch in enumerate(name):
        if ch.isupper() and i and (name[i - 1].islower() or (i + 1 < len(name) and name[i + 1].islower())):
            out += "_"
        out += ch.lower()
    return out


def _function(stack: Stack, policies: list[Any]) -> sam.CfnFunction:
    return sam.CfnFunction(
        stack, "F", code_uri="s3://bucket/key.zip", handler="index.handler", runtime="python3.12", policies=policies
    )


def _role_policies(template: dict[str, Any]) -> list[Any]:
    return template["Resources"]["FRole"]["Properties"].get("Policies", [])


def test_generated_module_is_current() -> None:
    from tools.sam_policy_templates.generate import OUTPUT, render

    assert OUTPUT.read_text() == render(), "run python -m tools.sam_policy_templates.generate"


def test_one_class_per_translator_template_with_its_parameters() -> None:
    templates = _translator_templates()
    assert len(templates) >= 80
    assert sorted(sam.POLICY_TEMPLATES) == sorted(templates)
    for name, definition in templates.items():
        cls = getattr(sam, name)
        assert cls is sam.POLICY_TEMPLATES[name]
        assert cls.TEMPLATE_NAME == name
        assert [p for _, p in cls.PARAMETERS] == list(definition["Parameters"])
        assert [a for a, _ in cls.PARAMETERS] == [_snake(p) for p in definition["Parameters"]]
        assert [f.name for f in cls.__struct_fields__] == [a for a, _ in cls.PARAMETERS]


# parametrized by pycdk's classes (collected without the translator; the test above checks they are the
# translator's list)
@pytest.mark.parametrize("name", sorted(sam.POLICY_TEMPLATES))
def test_template_expands_as_sams_literal_form(
    name: str, stack: Stack, synth: Callable[[Stack], dict[str, Any]]
) -> None:
    definition = _translator_templates()[name]
    cls = sam.POLICY_TEMPLATES[name]
    # each parameter's value is a token: a template parameter of the stack
    kwargs = {attr: CfnParameter(stack, f"P{param}").value_as_string for attr, param in cls.PARAMETERS}
    _function(stack, [cls(**kwargs)])
    ours = synth(stack)
    assert ours["Resources"]["F"]["Properties"]["Policies"] == [
        {name: {param: {"Ref": f"P{param}"} for param in definition["Parameters"]}}
    ]

    literal = json.loads(json.dumps(ours))
    literal["Resources"]["F"]["Properties"]["Policies"] = [
        {name: {param: {"Ref": f"P{param}"} for param in definition["Parameters"]}}
    ]
    expected = _role_policies(sam_transform(literal))
    got = _role_policies(sam_transform(ours))
    assert got == expected
    assert len(got) == 1
    statements = got[0]["PolicyDocument"]["Statement"]
    assert [s["Action"] for s in statements] == [s["Action"] for s in definition["Definition"]["Statement"]]
    # every parameter reached the policy as its Ref
    text = json.dumps(statements)
    for param in definition["Parameters"]:
        assert json.dumps({"Ref": f"P{param}"}) in text


def test_templates_mix_with_managed_policies_and_statements(
    stack: Stack, synth: Callable[[Stack], dict[str, Any]]
) -> None:
    table = Fn.ref("Table")
    _function(
        stack,
        [
            sam.DynamoDBCrudPolicy(table_name=table),
            "AWSLambdaExecute",
            sam.S3ReadPolicy(bucket_name="my-bucket"),
            sam.SQSPollerPolicy(queue_name="my-queue"),
            sam.AWSSecretsManagerGetSecretValuePolicy(secret_arn="arn:aws:secretsmanager:us-east-1:1:secret:x"),
            sam.AMIDescribePolicy(),
            {"Statement": [{"Effect": "Allow", "Action": "s3:ListAllMyBuckets", "Resource": "*"}]},
        ],
    )
    stack.template_options.description = "policies"
    template = synth(stack)
    template["Resources"]["Table"] = {
        "Type": "AWS::DynamoDB::Table",
        "Properties": {
            "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
            "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
            "BillingMode": "PAY_PER_REQUEST",
        },
    }
    assert template["Resources"]["F"]["Properties"]["Policies"][:6] == [
        {"DynamoDBCrudPolicy": {"TableName": {"Ref": "Table"}}},
        "AWSLambdaExecute",
        {"S3ReadPolicy": {"BucketName": "my-bucket"}},
        {"SQSPollerPolicy": {"QueueName": "my-queue"}},
        {"AWSSecretsManagerGetSecretValuePolicy": {"SecretArn": "arn:aws:secretsmanager:us-east-1:1:secret:x"}},
        {"AMIDescribePolicy": {}},
    ]
    out = sam_transform(template)
    role = out["Resources"]["FRole"]["Properties"]
    assert "arn:aws:iam::aws:policy/AWSLambdaExecute" in role["ManagedPolicyArns"]
    assert [p["PolicyName"] for p in role["Policies"]] == [f"FRolePolicy{i}" for i in (0, 2, 3, 4, 5, 6)]
    s3 = role["Policies"][1]["PolicyDocument"]["Statement"][0]
    assert s3["Action"] == ["s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation", "s3:GetObjectVersion",
                            "s3:GetLifecycleConfiguration"]
    assert s3["Resource"][0] == {"Fn::Sub": ["arn:${AWS::Partition}:s3:::${bucketName}", {"bucketName": "my-bucket"}]}


def test_state_machine_policies_take_templates(stack: Stack, synth: Callable[[Stack], dict[str, Any]]) -> None:
    sam.CfnStateMachine(
        stack,
        "M",
        definition={"StartAt": "A", "States": {"A": {"Type": "Pass", "End": True}}},
        policies=[sam.LambdaInvokePolicy(function_name="fn")],
    )
    out = sam_transform(synth(stack))
    policies = out["Resources"]["MRole"]["Properties"]["Policies"]
    assert policies[0]["PolicyDocument"]["Statement"][0]["Action"] == ["lambda:InvokeFunction"]


def test_wrong_arguments_are_type_errors() -> None:
    with pytest.raises(TypeError, match="table_name"):
        sam.DynamoDBCrudPolicy()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="table_name"):
        sam.DynamoDBCrudPolicy(table_name=3)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        sam.AMIDescribePolicy(bucket_name="b")  # type: ignore[call-arg]


def test_templates_are_values() -> None:
    a = sam.SESBulkTemplatedCrudPolicy_v2(identity_name="example.com", template_name="t")
    assert a == sam.SESBulkTemplatedCrudPolicy_v2(identity_name="example.com", template_name="t")
    assert a.to_policy() == {"SESBulkTemplatedCrudPolicy_v2": {"IdentityName": "example.com", "TemplateName": "t"}}
    assert isinstance(a, sam.SamPolicyTemplate)
