"""Service categories, their colours, and short service labels for CloudFormation resource types."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Category:
    """A service category: its name, fill and stroke colours."""

    name: str
    fill: str
    stroke: str


CATEGORIES: dict[str, Category] = {
    "compute": Category("Compute", "#fdebd3", "#d86613"),
    "containers": Category("Containers", "#fde4cf", "#b7410e"),
    "storage": Category("Storage", "#e2f2d9", "#3f8624"),
    "database": Category("Database", "#dfe3fa", "#3b48cc"),
    "integration": Category("Application integration", "#fbdcec", "#c7156b"),
    "networking": Category("Networking & content delivery", "#ece0ff", "#7d3fe0"),
    "security": Category("Security & identity", "#fbdde1", "#c7273d"),
    "management": Category("Management & monitoring", "#f9e5f3", "#9b2c7f"),
    "analytics": Category("Analytics", "#dcecf8", "#1f6fb2"),
    "other": Category("Other", "#eef1f4", "#5f6b7a"),
}
"""Category key -> colours, in legend order."""

# CloudFormation service namespace -> (short label, category key)
_SERVICES: dict[str, tuple[str, str]] = {
    "Lambda": ("Lambda", "compute"),
    "EC2": ("EC2", "networking"),
    "AutoScaling": ("Auto Scaling", "compute"),
    "Batch": ("Batch", "compute"),
    "ElasticBeanstalk": ("Beanstalk", "compute"),
    "ECS": ("ECS", "containers"),
    "ECR": ("ECR", "containers"),
    "EKS": ("EKS", "containers"),
    "AppRunner": ("App Runner", "containers"),
    "S3": ("S3", "storage"),
    "EFS": ("EFS", "storage"),
    "FSx": ("FSx", "storage"),
    "Backup": ("Backup", "storage"),
    "DynamoDB": ("DynamoDB", "database"),
    "RDS": ("RDS", "database"),
    "ElastiCache": ("ElastiCache", "database"),
    "Neptune": ("Neptune", "database"),
    "DocDB": ("DocumentDB", "database"),
    "Redshift": ("Redshift", "database"),
    "SQS": ("SQS", "integration"),
    "SNS": ("SNS", "integration"),
    "Events": ("EventBridge", "integration"),
    "Scheduler": ("Scheduler", "integration"),
    "Pipes": ("Pipes", "integration"),
    "StepFunctions": ("Step Functions", "integration"),
    "AppSync": ("AppSync", "integration"),
    "AmazonMQ": ("Amazon MQ", "integration"),
    "ApiGateway": ("API Gateway", "networking"),
    "ApiGatewayV2": ("API Gateway", "networking"),
    "ElasticLoadBalancing": ("ELB", "networking"),
    "ElasticLoadBalancingV2": ("ELB", "networking"),
    "CloudFront": ("CloudFront", "networking"),
    "Route53": ("Route 53", "networking"),
    "GlobalAccelerator": ("Accelerator", "networking"),
    "IAM": ("IAM", "security"),
    "KMS": ("KMS", "security"),
    "SecretsManager": ("Secrets", "security"),
    "Cognito": ("Cognito", "security"),
    "WAFv2": ("WAF", "security"),
    "CertificateManager": ("ACM", "security"),
    "Logs": ("Logs", "management"),
    "CloudWatch": ("CloudWatch", "management"),
    "SSM": ("SSM", "management"),
    "CloudFormation": ("CloudFormation", "management"),
    "CloudTrail": ("CloudTrail", "management"),
    "Config": ("Config", "management"),
    "Kinesis": ("Kinesis", "analytics"),
    "KinesisFirehose": ("Firehose", "analytics"),
    "Glue": ("Glue", "analytics"),
    "Athena": ("Athena", "analytics"),
    "OpenSearchService": ("OpenSearch", "analytics"),
}

_EC2_COMPUTE = frozenset({"Instance", "LaunchTemplate", "SpotFleet", "EC2Fleet", "Host", "PlacementGroup"})


def service_of(resource_type: str) -> tuple[str, str]:
    """The short service label and category key of a CloudFormation resource type.

    ``AWS::Lambda::Function`` -> ``("Lambda", "compute")``; ``Custom::...`` -> ``("Custom", "other")``;
    an unknown service keeps its namespace as the label, in category ``other``.
    """
    parts = resource_type.split("::")
    if parts[0] == "Custom" or resource_type == "AWS::CloudFormation::CustomResource":
        return "Custom", "other"
    if len(parts) < 3:
        return resource_type or "?", "other"
    label, category = _SERVICES.get(parts[1], (parts[1], "other"))
    if parts[1] == "EC2" and parts[2] in _EC2_COMPUTE:
        category = "compute"
    return label, category


def type_name(resource_type: str) -> str:
    """The last part of a resource type (``AWS::SQS::Queue`` -> ``Queue``)."""
    return resource_type.rsplit("::", 1)[-1]
