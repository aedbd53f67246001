"""The assertions piece with aws-cdk-lib: ``Template.from_stack`` and 100 assertions on 500 resources.

Run as ``python cdk_assertions_app.py UNITS``: one stack of UNITS units (5 resources each), then
``Template.from_stack`` and 100 assertions. When ``BENCH_PHASES_FILE`` is set, the seconds spent building,
in ``Template.from_stack`` and in the assertions are written there as JSON.
``pycdk_assertions_app.py`` is this file with pycdk's import roots.
"""

import json
import os
import sys
import time

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sqs as sqs
from aws_cdk.assertions import Match, Template

HANDLER_CODE = "def handler(event, context):\n    return event\n"


def build(stack: cdk.Stack, units: int) -> list[str]:
    """Add ``units`` units to ``stack``; return the logical IDs of their functions' roles."""
    role_ids = []
    for i in range(units):
        bucket = s3.Bucket(stack, f"Bucket{i}", versioned=True)
        queue = sqs.Queue(stack, f"Queue{i}")
        fn = lambda_.Function(
            stack,
            f"Handler{i}",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline(HANDLER_CODE),
        )
        bucket.grant_read(fn)
        queue.grant_send_messages(fn)
        role_ids.append(stack.get_logical_id(fn.role.node.default_child))
    return role_ids


def assert_100(template: Template, role_ids: list[str], units: int) -> None:
    """Make 100 assertions of four kinds, each of which searches the whole template."""
    for i in range(100):
        role = role_ids[i % len(role_ids)]
        match i % 4:
            case 0:
                template.resource_count_is("AWS::S3::Bucket", units)
            case 1:
                template.has_resource_properties(
                    "AWS::Lambda::Function",
                    {"Handler": "index.handler", "Role": {"Fn::GetAtt": [role, "Arn"]}},
                )
            case 2:
                template.has_resource(
                    "AWS::S3::Bucket",
                    {
                        "DeletionPolicy": "Retain",
                        "Properties": {"VersioningConfiguration": {"Status": "Enabled"}},
                    },
                )
            case _:
                template.has_resource_properties(
                    "AWS::IAM::Policy", Match.object_like({"Roles": [{"Ref": role}]})
                )


def main() -> None:
    """Build, take the template and assert; report the phase timings."""
    units = int(sys.argv[1])
    t0 = time.perf_counter()
    app = cdk.App()
    stack = cdk.Stack(app, "AssertStack")
    role_ids = build(stack, units)
    t1 = time.perf_counter()
    template = Template.from_stack(stack)
    t2 = time.perf_counter()
    assert_100(template, role_ids, units)
    t3 = time.perf_counter()
    phases_file = os.environ.get("BENCH_PHASES_FILE")
    if phases_file:
        with open(phases_file, "w") as f:
            json.dump({"build": t1 - t0, "from_stack": t2 - t1, "assertions": t3 - t2}, f)


if __name__ == "__main__":
    main()
