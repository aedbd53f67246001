"""``delete_existing=True`` on a record: a custom resource that deletes the record already in the zone first."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from constructs import CustomResource, CustomResourceProvider, CustomResourceProviderRuntime

if TYPE_CHECKING:
    from constructs import Construct
    from l1.route53 import CfnRecordSet
    from l2.route53._interfaces import IHostedZone

RESOURCE_TYPE = "Custom::DeleteExistingRecordSet"
HANDLER_DIR = str(Path(__file__).parent / "_handlers" / "delete_existing_record_set")


def delete_existing_record_set(record: Construct, resource: CfnRecordSet, zone: IHostedZone, name: str,
                               record_type: str) -> None:
    """Add the provider (once a stack) with this zone's permissions, and the custom resource the record waits on."""
    provider = CustomResourceProvider.get_or_create_provider(
        record, RESOURCE_TYPE, code_directory=HANDLER_DIR, runtime=CustomResourceProviderRuntime.PYTHON_3_13,
        handler="index.handler", use_cfn_response_wrapper=False,
        policy_statements=[{"Effect": "Allow", "Action": "route53:GetChange", "Resource": "*"}],
    )
    provider.add_to_role_policy(
        {"Effect": "Allow", "Action": "route53:ListResourceRecordSets", "Resource": zone.hosted_zone_arn}
    )
    provider.add_to_role_policy({
        "Effect": "Allow",
        "Action": "route53:ChangeResourceRecordSets",
        "Resource": zone.hosted_zone_arn,
        "Condition": {"ForAllValues:StringEquals": {
            "route53:ChangeResourceRecordSetsRecordTypes": [record_type],
            "route53:ChangeResourceRecordSetsActions": ["DELETE"],
        }},
    })
    custom = CustomResource(
        record, "DeleteExistingRecordSetCustomResource", resource_type=RESOURCE_TYPE,
        service_token=provider.service_token,
        properties={"HostedZoneId": zone.hosted_zone_id, "RecordName": name, "RecordType": record_type},
    )
    resource.node.add_dependency(custom)
