"""The benchmark app written as L1 resources with troposphere, IAM policies spelled out.

Run as ``python troposphere_app.py UNITS [OUTDIR]``. One template per 50 units, with the same resources,
properties, policies, dependencies and bootstrap-version rule as aws-cdk-lib's output; logical IDs are
plain names (troposphere has no construct tree to hash).
"""

import time

_T0 = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

from troposphere import (  # noqa: E402
    AWS_PARTITION,
    GetAtt,
    Join,
    Not,
    Parameter,
    Ref,
    Template,
    awslambda,
    iam,
    s3,
    sqs,
)

UNITS_PER_STACK = 50
HANDLER_CODE = "def handler(event, context):\n    return event\n"


def add_unit(template: Template, i: int) -> None:
    """Add the five resources of unit ``i`` to ``template``."""
    bucket = template.add_resource(
        s3.Bucket(
            f"Bucket{i}",
            VersioningConfiguration=s3.VersioningConfiguration(Status="Enabled"),
            UpdateReplacePolicy="Retain",
            DeletionPolicy="Retain",
        )
    )
    queue = template.add_resource(
        sqs.Queue(f"Queue{i}", UpdateReplacePolicy="Delete", DeletionPolicy="Delete")
    )
    role = template.add_resource(
        iam.Role(
            f"Handler{i}ServiceRole",
            AssumeRolePolicyDocument={
                "Statement": [
                    {
                        "Action": "sts:AssumeRole",
                        "Effect": "Allow",
                        "Principal": {"Service": "lambda.amazonaws.com"},
                    }
                ],
                "Version": "2012-10-17",
            },
            ManagedPolicyArns=[
                Join(
                    "",
                    ["arn:", Ref(AWS_PARTITION), ":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"],
                )
            ],
        )
    )
    policy_name = f"Handler{i}ServiceRoleDefaultPolicy"
    policy = template.add_resource(
        iam.PolicyType(
            policy_name,
            PolicyDocument={
                "Statement": [
                    {
                        "Action": ["s3:GetObject*", "s3:GetBucket*", "s3:List*"],
                        "Effect": "Allow",
                        "Resource": [GetAtt(bucket, "Arn"), Join("", [GetAtt(bucket, "Arn"), "/*"])],
                    },
                    {
                        "Action": ["sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"],
                        "Effect": "Allow",
                        "Resource": GetAtt(queue, "Arn"),
                    },
                ],
                "Version": "2012-10-17",
            },
            PolicyName=policy_name,
            Roles=[Ref(role)],
        )
    )
    template.add_resource(
        awslambda.Function(
            f"Handler{i}",
            Code=awslambda.Code(ZipFile=HANDLER_CODE),
            Handler="index.handler",
            Role=GetAtt(role, "Arn"),
            Runtime="python3.12",
            DependsOn=[policy, role],
        )
    )


def new_template() -> Template:
    """Return an empty template with the bootstrap-version parameter and rule."""
    template = Template()
    version = template.add_parameter(
        Parameter(
            "BootstrapVersion",
            Type="AWS::SSM::Parameter::Value<String>",
            Default="/cdk-bootstrap/hnb659fds/version",
            Description="Version of the CDK Bootstrap resources in this environment, automatically retrieved "
            "from SSM Parameter Store. [cdk:skip]",
        )
    )
    template.add_rule(
        "CheckBootstrapVersion",
        {
            "Assertions": [
                {
                    "Assert": Not({"Fn::Contains": [["1", "2", "3", "4", "5"], Ref(version)]}),
                    "AssertDescription": "CDK bootstrap stack version 6 required. Please run 'cdk bootstrap' "
                    "with a recent version of the CDK CLI.",
                }
            ]
        },
    )
    return template


def main() -> None:
    """Build and write the templates, then report the phase timings."""
    units = int(sys.argv[1])
    outdir = sys.argv[2] if len(sys.argv) > 2 else "cdk.out"
    t_import = time.perf_counter()
    templates: dict[str, Template] = {}
    for i in range(units):
        name = f"BenchStack{i // UNITS_PER_STACK}"
        if name not in templates:
            templates[name] = new_template()
        add_unit(templates[name], i)
    t_construct = time.perf_counter()
    rendered = {name: template.to_json() for name, template in templates.items()}
    t_synth = time.perf_counter()
    os.makedirs(outdir, exist_ok=True)
    for name, text in rendered.items():
        with open(os.path.join(outdir, f"{name}.template.json"), "w") as f:
            f.write(text)
    t_write = time.perf_counter()
    phases_file = os.environ.get("BENCH_PHASES_FILE")
    if phases_file:
        phases = {
            "import": t_import - _T0,
            "construct": t_construct - t_import,
            "synth": t_synth - t_construct,
            "write": t_write - t_synth,
        }
        with open(phases_file, "w") as f:
            json.dump(phases, f)


if __name__ == "__main__":
    main()
