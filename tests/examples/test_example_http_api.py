"""examples/http_api: the stack's resources, both ways of synthesizing it, cfn-lint, and the handler's routes."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from example_support import EXAMPLES, cfn_lint_errors, load_module

from assertions import Capture, Match, Template
from constructs import App

EXAMPLE = "http_api"
stack_module = load_module(EXAMPLE, "http_api_stack.py")
items = load_module(EXAMPLE, "handler/items.py")


@pytest.fixture(scope="module")
def template() -> Template:
    app = App()
    return Template.from_stack(stack_module.HttpApiStack(app, "ItemsHttpApi"))


def test_the_items_table_is_keyed_by_id_encrypted_and_recoverable(template: Template) -> None:
    template.resource_count_is("AWS::DynamoDB::Table", 1)
    template.has_resource(
        "AWS::DynamoDB::Table",
        {
            "Properties": {
                "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
                "BillingMode": "PAY_PER_REQUEST",
                "PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": True},
                "SSESpecification": {"SSEEnabled": True},
            },
            "DeletionPolicy": "Retain",
        },
    )


def test_the_function_runs_the_asset_handler_with_the_table_name(template: Template) -> None:
    table_id = template.get_resource_id("AWS::DynamoDB::Table")
    s3_key = Capture()

    template.resource_count_is("AWS::Lambda::Function", 1)
    template.has_resource_properties(
        "AWS::Lambda::Function",
        {
            "Code": {"S3Bucket": Match.any_value(), "S3Key": s3_key},
            "Handler": "items.handler",
            "Runtime": "python3.12",
            "Environment": {"Variables": {"TABLE_NAME": {"Ref": table_id}}},
            "TracingConfig": {"Mode": "Active"},
        },
    )
    assert s3_key.as_string().endswith(".zip") and len(s3_key.as_string()) == 64 + len(".zip")


def test_the_function_may_read_and_write_the_table(template: Template) -> None:
    table_id = template.get_resource_id("AWS::DynamoDB::Table")

    template.has_resource_properties(
        "AWS::IAM::Policy",
        {
            "PolicyDocument": {
                "Statement": Match.array_with(
                    [
                        Match.object_like(
                            {
                                "Action": Match.array_with(["dynamodb:GetItem", "dynamodb:PutItem"]),
                                "Resource": [{"Fn::GetAtt": [table_id, "Arn"]}],
                            }
                        )
                    ]
                )
            }
        },
    )


def test_the_rest_api_proxies_to_the_function_with_iam_auth_and_access_logs(template: Template) -> None:
    function_id = template.get_resource_id("AWS::Lambda::Function")

    template.has_resource_properties("AWS::ApiGateway::RestApi", {"Name": "items-api"})
    template.resource_count_is("AWS::ApiGateway::Method", 2)
    template.all_resources_properties(
        "AWS::ApiGateway::Method",
        {
            "AuthorizationType": "AWS_IAM",
            "Integration": {
                "Type": "AWS_PROXY",
                "Uri": {"Fn::Join": ["", Match.array_with([{"Fn::GetAtt": [function_id, "Arn"]}])]},
            },
        },
    )
    template.has_resource_properties(
        "AWS::ApiGateway::Stage",
        {"TracingEnabled": True, "AccessLogSetting": {"DestinationArn": Match.any_value()}},
    )


def test_outputs_the_endpoint_and_the_table_name(template: Template) -> None:
    outputs = template.find_outputs("*")

    assert "TableName" in outputs
    assert any(name.startswith("ApiLambdaRestApiEndpoint") for name in outputs)


def test_python_app_py_synthesizes_the_stack_and_its_asset(
    run_app: Callable[[str | Path], Path], tmp_path: Path
) -> None:
    # a copy with compiled bytecode next to the handler: the asset leaves it out
    copy = tmp_path / EXAMPLE
    shutil.copytree(EXAMPLES / EXAMPLE, copy, ignore=shutil.ignore_patterns("cdk.out"))
    (copy / "handler" / "__pycache__").mkdir(exist_ok=True)
    (copy / "handler" / "__pycache__" / "items.cpython-311.pyc").write_bytes(b"stale bytecode")

    outdir = run_app(copy)
    template = json.loads((outdir / "ItemsHttpApi.template.json").read_text())
    s3_key = Template.from_json(template).find_resources("AWS::Lambda::Function")
    (function,) = s3_key.values()
    asset_hash = function["Properties"]["Code"]["S3Key"].removesuffix(".zip")

    assert sorted(p.name for p in (outdir / f"asset.{asset_hash}").iterdir()) == ["items.py"]
    assert cfn_lint_errors(template) == []


def test_pycdk_synth_synthesizes_and_prints_the_template(run_pycdk_synth: Callable[[str], tuple[Path, str]]) -> None:
    outdir, printed = run_pycdk_synth(EXAMPLE)
    template = json.loads((outdir / "ItemsHttpApi.template.json").read_text())

    # like the CDK CLI, the printed template leaves out the bootstrap version parameter and rule
    assert json.loads(printed)["Resources"] == template["Resources"]
    Template.from_json(template).resource_count_is("AWS::ApiGateway::RestApi", 1)
    assert cfn_lint_errors(template) == []


def test_the_template_passes_cfn_lint(template: Template) -> None:
    assert cfn_lint_errors(template.to_json()) == []


def test_snapshot(template: Template, template_snapshot: Any) -> None:
    assert template_snapshot == template


# --- the handler's routes, against an in-memory table --------------------------------------------------------


class FakeTable:
    """The subset of boto3's ``Table`` the handler uses."""

    def __init__(self) -> None:
        self.items: dict[str, dict[str, Any]] = {}

    def scan(self) -> dict[str, Any]:
        return {"Items": list(self.items.values())}

    def put_item(self, *, Item: dict[str, Any]) -> None:
        self.items[Item["id"]] = Item

    def get_item(self, *, Key: dict[str, str]) -> dict[str, Any]:
        item = self.items.get(Key["id"])
        return {"Item": item} if item else {}

    def delete_item(self, *, Key: dict[str, str]) -> None:
        self.items.pop(Key["id"], None)


def _call(table: FakeTable, method: str, path: str, body: Any = None) -> tuple[int, Any]:
    event = {"httpMethod": method, "path": path, "body": None if body is None else json.dumps(body)}
    response = items.route(event, table)
    return response["statusCode"], json.loads(response["body"]) if response["body"] else None


def test_items_can_be_created_listed_read_and_deleted() -> None:
    table = FakeTable()

    status, created = _call(table, "POST", "/items", {"name": "lamp"})
    assert status == 201 and created["name"] == "lamp" and len(created["id"]) == 36
    assert _call(table, "GET", "/items") == (200, {"items": [created]})
    assert _call(table, "GET", f"/items/{created['id']}") == (200, created)
    assert _call(table, "DELETE", f"/items/{created['id']}") == (204, None)
    assert _call(table, "GET", f"/items/{created['id']}") == (404, {"message": f"no item {created['id']}"})


@pytest.mark.parametrize(
    ("method", "path", "body", "status"),
    [
        ("GET", "/", None, 404),
        ("GET", "/things", None, 404),
        ("GET", "/items/a/b", None, 404),
        ("PUT", "/items", None, 405),
        ("PATCH", "/items/x", None, 405),
        ("POST", "/items", [1, 2], 400),
    ],
)
def test_unknown_routes_and_bad_bodies_are_rejected(method: str, path: str, body: Any, status: int) -> None:
    assert _call(FakeTable(), method, path, body)[0] == status


def test_a_body_that_is_not_json_is_a_bad_request() -> None:
    response = items.route({"httpMethod": "POST", "path": "/items", "body": "{not json"}, FakeTable())

    assert response["statusCode"] == 400
