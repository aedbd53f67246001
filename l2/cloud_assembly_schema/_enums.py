"""The enums of the cloud assembly schema; their values are the strings the manifests hold."""

from __future__ import annotations

import enum


class ArtifactMetadataEntryType(enum.Enum):
    """The type of a metadata entry of an artifact."""

    ASSET = "aws:cdk:asset"
    """An asset (legacy synthesis)."""
    INFO = "aws:cdk:info"
    """An info message."""
    WARN = "aws:cdk:warning"
    """A warning."""
    ERROR = "aws:cdk:error"
    """An error."""
    LOGICAL_ID = "aws:cdk:logicalId"
    """The logical id of a CloudFormation element."""
    STACK_TAGS = "aws:cdk:stack-tags"
    """The tags of a stack."""
    DO_NOT_REFACTOR = "aws:cdk:do-not-refactor"
    """A construct that ``cdk refactor`` must leave alone."""
    CREATION_STACK = "aws:cdk:creationStack"
    """Where a construct was created."""
    PROPERTY_ASSIGNMENT = "aws:cdk:propertyAssignment"
    """A property set after construction."""


class ArtifactType(enum.Enum):
    """The type of an artifact of the assembly."""

    NONE = "none"
    """No type (not used by the CDK)."""
    AWS_CLOUDFORMATION_STACK = "aws:cloudformation:stack"
    """A CloudFormation stack."""
    CDK_TREE = "cdk:tree"
    """The construct tree (``tree.json``)."""
    ASSET_MANIFEST = "cdk:asset-manifest"
    """An asset manifest."""
    NESTED_CLOUD_ASSEMBLY = "cdk:cloud-assembly"
    """A nested cloud assembly (a stage)."""
    FEATURE_FLAG_REPORT = "cdk:feature-flag-report"
    """The feature-flag report."""


class ContextProvider(enum.Enum):
    """The context provider that answers a context query."""

    AMI_PROVIDER = "ami"
    """AMI lookups."""
    AVAILABILITY_ZONE_PROVIDER = "availability-zones"
    """The availability zones of an account and region."""
    HOSTED_ZONE_PROVIDER = "hosted-zone"
    """Route 53 hosted zone lookups."""
    SSM_PARAMETER_PROVIDER = "ssm"
    """SSM parameter lookups."""
    VPC_PROVIDER = "vpc-provider"
    """VPC lookups."""
    ENDPOINT_SERVICE_AVAILABILITY_ZONE_PROVIDER = "endpoint-service-availability-zones"
    """The availability zones of a VPC endpoint service."""
    LOAD_BALANCER_PROVIDER = "load-balancer"
    """Load balancer lookups."""
    LOAD_BALANCER_LISTENER_PROVIDER = "load-balancer-listener"
    """Load balancer listener lookups."""
    SECURITY_GROUP_PROVIDER = "security-group"
    """Security group lookups."""
    KEY_PROVIDER = "key-provider"
    """KMS key lookups."""
    CC_API_PROVIDER = "cc-api-provider"
    """Resources read through the Cloud Control API."""
    PLUGIN = "plugin"
    """A context provider plugin."""


class FileAssetPackaging(enum.Enum):
    """How a file asset is packaged."""

    FILE = "file"
    """The file as it is."""
    ZIP_DIRECTORY = "zip"
    """A directory, zipped."""


class LoadBalancerListenerProtocol(enum.Enum):
    """The protocol of a load balancer listener."""

    HTTP = "HTTP"
    """HTTP."""
    HTTPS = "HTTPS"
    """HTTPS."""
    TCP = "TCP"
    """TCP."""
    TLS = "TLS"
    """TLS."""
    UDP = "UDP"
    """UDP."""
    TCP_UDP = "TCP_UDP"
    """TCP and UDP."""


class LoadBalancerType(enum.Enum):
    """The type of a load balancer."""

    NETWORK = "network"
    """A Network Load Balancer."""
    APPLICATION = "application"
    """An Application Load Balancer."""


class RequireApproval(enum.Enum):
    """Which changes ``cdk deploy`` asks approval for."""

    NEVER = "never"
    """None."""
    ANYCHANGE = "any-change"
    """Every change."""
    BROADENING = "broadening"
    """Changes that broaden security permissions."""
    DESTRUCTIVE = "destructive"
    """Changes that destroy resources."""
