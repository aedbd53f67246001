"""The floor: the benchmark app's final templates built as plain dicts and written with ``json``.

Run as ``python floor_app.py UNITS [OUTDIR]``. The templates are byte-identical to aws-cdk-lib's for the
same app (``bench/run.py --check`` verifies it); the floor computes the same hashed logical IDs but writes
only the templates and a small manifest, not tree.json or metadata files. It is the least work any tool
can do to produce these templates from Python.
"""

import time

_T0 = time.perf_counter()

import hashlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

UNITS_PER_STACK = 50
HANDLER_CODE = "def handler(event, context):\n    return event\n"
PARTITION = {"Ref": "AWS::Partition"}


def logical_id(*components: str) -> str:
    """Return the logical ID of the construct path ``components`` (no ``Default``, not a single one)."""
    digest = hashlib.md5("/".join(components).encode()).hexdigest()[:8].upper()
    return "".join(c for c in components if c != "Resource") + digest


def unit_resources(i: int) -> dict:
    """Return the five resources of unit ``i``, in aws-cdk-lib's order."""
    bucket = logical_id(f"Bucket{i}", "Resource")
    queue = logical_id(f"Queue{i}", "Resource")
    role = logical_id(f"Handler{i}", "ServiceRole", "Resource")
    policy = logical_id(f"Handler{i}", "ServiceRole", "DefaultPolicy", "Resource")
    function = logical_id(f"Handler{i}", "Resource")
    bucket_arn = {"Fn::GetAtt": [bucket, "Arn"]}
    return {
        bucket: {
            "Type": "AWS::S3::Bucket",
            "Properties": {"VersioningConfiguration": {"Status": "Enabled"}},
            "UpdateReplacePolicy": "Retain",
            "DeletionPolicy": "Retain",
        },
        queue: {"Type": "AWS::SQS::Queue", "UpdateReplacePolicy": "Delete", "DeletionPolicy": "Delete"},
        role: {
            "Type": "AWS::IAM::Role",
            "Properties": {
                "AssumeRolePolicyDocument": {
                    "Statement": [
                        {
                            "Action": "sts:AssumeRole",
                            "Effect": "Allow",
                            "Principal": {"Service": "lambda.amazonaws.com"},
                        }
                    ],
                    "Version": "2012-10-17",
                },
                "ManagedPolicyArns": [
                    {
                        "Fn::Join": [
                            "",
                            ["arn:", PARTITION, ":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"],
                        ]
                    }
                ],
            },
        },
        policy: {
            "Type": "AWS::IAM::Policy",
            "Properties": {
                "PolicyDocument": {
                    "Statement": [
                        {
                            "Action": ["s3:GetObject*", "s3:GetBucket*", "s3:List*"],
                            "Effect": "Allow",
                            "Resource": [bucket_arn, {"Fn::Join": ["", [bucket_arn, "/*"]]}],
                        },
                        {
                            "Action": ["sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"],
                            "Effect": "Allow",
                            "Resource": {"Fn::GetAtt": [queue, "Arn"]},
                        },
                    ],
                    "Version": "2012-10-17",
                },
                "PolicyName": policy,
                "Roles": [{"Ref": role}],
            },
        },
        function: {
            "Type": "AWS::Lambda::Function",
            "Properties": {
                "Code": {"ZipFile": HANDLER_CODE},
                "Handler": "index.handler",
                "Role": {"Fn::GetAtt": [role, "Arn"]},
                "Runtime": "python3.12",
            },
            "DependsOn": [policy, role],
        },
    }


def stack_template(units: range) -> dict:
    """Return the template of a stack holding ``units``."""
    resources: dict = {}
    for i in units:
        resources.update(unit_resources(i))
    return {
        "Resources": resources,
        "Parameters": {
            "BootstrapVersion": {
                "Type": "AWS::SSM::Parameter::Value<String>",
                "Default": "/cdk-bootstrap/hnb659fds/version",
                "Description": "Version of the CDK Bootstrap resources in this environment, automatically "
                "retrieved from SSM Parameter Store. [cdk:skip]",
            }
        },
        "Rules": {
            "CheckBootstrapVersion": {
                "Assertions": [
                    {
                        "Assert": {
                            "Fn::Not": [
                                {"Fn::Contains": [["1", "2", "3", "4", "5"], {"Ref": "BootstrapVersion"}]}
                            ]
                        },
                        "AssertDescription": "CDK bootstrap stack version 6 required. Please run 'cdk bootstrap' "
                        "with a recent version of the CDK CLI.",
                    }
                ]
            }
        },
    }


def main() -> None:
    """Build and write the templates, then report the phase timings."""
    units = int(sys.argv[1])
    outdir = sys.argv[2] if len(sys.argv) > 2 else "cdk.out"
    t_import = time.perf_counter()
    os.makedirs(outdir, exist_ok=True)
    templates = {
        f"BenchStack{s}": stack_template(range(start, min(start + UNITS_PER_STACK, units)))
        for s, start in enumerate(range(0, units, UNITS_PER_STACK))
    }
    t_construct = time.perf_counter()
    for name, template in templates.items():
        with open(os.path.join(outdir, f"{name}.template.json"), "w") as f:
            json.dump(template, f, indent=1)
    manifest = {
        "version": "55.0.0",
        "artifacts": {name: {"type": "aws:cloudformation:stack"} for name in templates},
    }
    with open(os.path.join(outdir, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=2)
    t_write = time.perf_counter()
    phases_file = os.environ.get("BENCH_PHASES_FILE")
    if phases_file:
        phases = {
            "import": t_import - _T0,
            "construct": t_construct - t_import,
            "write": t_write - t_construct,
        }
        with open(phases_file, "w") as f:
            json.dump(phases, f)


if __name__ == "__main__":
    main()
