"""The cross-environment reference matrix (shared by the tests and ``_references_oracle.py``).

Each case: a producer stack with one resource (no physical name, ``GENERATE_IF_NEEDED`` or a deploy-time
token name), a consumer stack in another environment reading one of its name/ARN attributes into an output.
The library modules are passed in, so the same code runs on aws-cdk-lib and on pycdk.
"""

from __future__ import annotations

from typing import Any

ENVS = ("other_account", "other_region", "agnostic_to_pinned", "pinned_to_agnostic")
RESOURCES = {
    "bucket": ("bucket_name", "bucket_arn"),
    "queue": ("queue_name", "queue_arn"),
    "topic": ("topic_name", "topic_arn"),
    "role": ("role_name", "role_arn"),
}
NAMES = ("none", "generate_if_needed", "token")

CASES = [
    (env, resource, attr, name)
    for env in ENVS
    for resource, attrs in RESOURCES.items()
    for attr in attrs
    for name in NAMES
]


def case_id(case: tuple[str, str, str, str]) -> str:
    return "-".join(case)


def build(case: tuple[str, str, str, str], cdk: Any, s3: Any, sqs: Any, sns: Any, iam: Any) -> Any:
    """The app of one case (not synthesized)."""
    env, resource, attr, name = case
    home = cdk.Environment(account="111111111111", region="us-east-1")
    producer_env, consumer_env = {
        "other_account": (home, cdk.Environment(account="222222222222", region="us-east-1")),
        "other_region": (home, cdk.Environment(account="111111111111", region="eu-west-1")),
        "agnostic_to_pinned": (None, home),
        "pinned_to_agnostic": (home, None),
    }[env]
    app = cdk.App()
    producer = cdk.Stack(app, "Producer", env=producer_env)
    physical = {
        "none": None,
        "generate_if_needed": cdk.PhysicalName.GENERATE_IF_NEEDED,
        "token": cdk.CfnParameter(producer, "Name").value_as_string if name == "token" else None,
    }[name]
    if resource == "bucket":
        made = s3.Bucket(producer, "Res", bucket_name=physical)
    elif resource == "queue":
        made = sqs.Queue(producer, "Res", queue_name=physical)
    elif resource == "topic":
        made = sns.Topic(producer, "Res", topic_name=physical)
    else:
        made = iam.Role(producer, "Res", role_name=physical, assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    consumer = cdk.Stack(app, "Consumer", env=consumer_env)
    cdk.CfnOutput(consumer, "Out", value=getattr(made, attr))
    return app
