"""Corrections applied on top of the registry schemas, so the generated API matches aws-cdk-lib's.

* **GetAtt attributes.** Registry schemas list attributes as ``readOnlyProperties``. Older resource types
  also expose (some of) their writable properties through ``Fn::GetAtt`` (``AWS::SQS::Queue.QueueName``,
  ``AWS::EC2::Subnet.AvailabilityZone``, ``AWS::SSM::Parameter.Type``), and aws-cdk-lib has ``attr_*`` for
  them. cfn-lint keeps the list of those types and exceptions (``cfnlint.schema._getatts``); we read it from
  the pinned cfn-lint so the L1 layer and the linter agree. For the "all properties" types we add the
  top-level scalar and list-of-scalar properties.
* **Legacy writable properties.** A few properties are read-only in today's schemas but were writable in the
  CloudFormation specification aws-cdk-lib was first generated from; aws-cdk-lib kept them as keyword
  arguments (``LEGACY_WRITABLE``), and so do we.
* **SAM names.** aws-cdk-lib's ``aws_sam`` was generated from the SAM specification, whose type names differ
  from the SAM registry schema's: ``SAM_DEFINITION_NAMES`` maps schema definitions to aws-cdk-lib's names.
  Definitions named ``AWS::<Service>::<Resource>.<Type>`` otherwise take the part after the dot. Event
  wrappers ``{Type, Properties}`` become one ``EventSourceProperty`` and each event's properties class takes
  the wrapper's name (``ScheduleEvent`` -> ``ScheduleEventProperty``), as in aws-cdk-lib.
"""

from __future__ import annotations

from typing import Any

from cfnlint.schema import _getatts

# Types whose every top-level property can be read with Fn::GetAtt.
GETATT_ALL_PROPERTY_TYPES: frozenset[str] = frozenset(_getatts._all_property_types)
# Types with a few extra GetAtt-able properties.
GETATT_EXTRA_PROPERTIES: dict[str, list[str]] = {k: list(v) for k, v in _getatts._exceptions.items()}

LEGACY_WRITABLE: dict[str, tuple[str, ...]] = {
    "AWS::CodeArtifact::Domain": ("EncryptionKey",),
    "AWS::CodeArtifact::Repository": ("DomainOwner",),
    "AWS::Elasticsearch::Domain": ("DomainArn",),
    "AWS::MSK::Cluster": ("CurrentVersion",),
    "AWS::NetworkManager::ConnectAttachment": ("ProposedSegmentChange",),
    "AWS::NetworkManager::SiteToSiteVpnAttachment": ("ProposedSegmentChange",),
    "AWS::NetworkManager::TransitGatewayRouteTableAttachment": ("ProposedSegmentChange",),
    "AWS::NetworkManager::VpcAttachment": ("ProposedSegmentChange",),
    "AWS::OpenSearchService::Domain": ("DomainArn",),
    "AWS::SageMaker::ModelPackage": ("LastModifiedTime",),
    "AWS::Signer::SigningProfile": ("ProfileName",),
}

SAM_DEFINITION_NAMES: dict[str, str] = {
    "AWS::Lambda::Function.Environment": "FunctionEnvironment",
    "AWS::Lambda::Alias.ProvisionedConcurrencyConfiguration": "ProvisionedConcurrencyConfig",
}

SAM_EVENT_SOURCE = "EventSource"

# Classes aws-cdk-lib keeps under a second name in another module: ``aws_kinesisanalytics`` still has the
# ``AWS::KinesisAnalyticsV2`` classes from before they got their own module, with a ``V2`` suffix (same nested
# types and keyword arguments). They are aliases of the classes of the type's own module, resolved on first use.
CLASS_ALIASES: dict[str, dict[str, tuple[str, str]]] = {
    "kinesisanalytics": {
        "CfnApplicationCloudWatchLoggingOptionV2": ("kinesisanalyticsv2", "CfnApplicationCloudWatchLoggingOption"),
        "CfnApplicationOutputV2": ("kinesisanalyticsv2", "CfnApplicationOutput"),
        "CfnApplicationReferenceDataSourceV2": ("kinesisanalyticsv2", "CfnApplicationReferenceDataSource"),
        "CfnApplicationV2": ("kinesisanalyticsv2", "CfnApplication"),
    },
}


def definition_name(type_name: str, definition: str) -> str:
    """The name aws-cdk-lib gives a schema definition (before the ``Property`` suffix)."""
    if type_name.startswith("AWS::Serverless::"):
        if definition in SAM_DEFINITION_NAMES:
            return SAM_DEFINITION_NAMES[definition]
        if "::" in definition:
            return definition.rsplit(".", 1)[-1]
    return definition

# Property types aws-cdk-lib 2.275.0 has that neither the schemas nor the spec database we convert
# (``supplement/definitions.json``) hold: aws-cdk-lib was built with a newer spec database. Written by hand from
# aws-cdk-lib 2.275.0's classes (names and required fields) and the CloudFormation names of those fields.
_STRING: dict[str, Any] = {"type": "string"}
_TAGS_ITEMS: dict[str, Any] = {"type": "object", "properties": {"Key": _STRING, "Value": _STRING}, "required": ["Key", "Value"]}
_GITHUB_APP: dict[str, Any] = {
    "type": "object",
    "properties": {"AppVariant": _STRING, "OrganizationName": _STRING, "TargetUrl": _STRING, "TokenValue": _STRING},
    "required": ["AppVariant", "TokenValue"],
}
_GITHUB_PAT: dict[str, Any] = {
    "type": "object",
    "properties": {"OrganizationName": _STRING, "TargetUrl": _STRING, "TokenValue": _STRING},
    "required": ["TokenValue"],
}
MANUAL_DEFINITIONS: dict[str, dict[str, dict[str, Any]]] = {
    "AWS::CloudWatch::AnomalyDetector": {
        "MetricConfiguration": {
            "type": "object",
            "properties": {
                "ExcludedTimeRanges": {"type": "array", "items": {"$ref": "#/definitions/Range"}},
                "MetricTimeZone": _STRING,
            },
        },
    },
    "AWS::CloudWatch::Integration": {"TagsItems": _TAGS_ITEMS},
    "AWS::CustomerProfiles::RecommenderFilter": {"TagsItems": _TAGS_ITEMS},
    "AWS::DevOpsAgent::Service": {
        "GitHubAppVerificationDetails": _GITHUB_APP,
        "GitHubDetails": {
            "type": "object",
            "properties": {
                "AppVerification": {"$ref": "#/definitions/GitHubAppVerificationDetails"},
                "DirectAccess": {"$ref": "#/definitions/GitHubPatDetails"},
            },
        },
        "GitHubPatDetails": _GITHUB_PAT,
        "RegisteredGitHubServiceDetails": {
            "type": "object",
            "properties": {
                "AppVariant": _STRING,
                "AuthMode": _STRING,
                "HostingType": _STRING,
                "Owner": _STRING,
                "OwnerType": _STRING,
                "TargetUrl": _STRING,
            },
            "required": ["Owner", "OwnerType"],
        },
    },
    "AWS::Translate::Terminology": {"TagsItems": _TAGS_ITEMS},
}
