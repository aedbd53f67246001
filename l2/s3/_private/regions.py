"""Region facts that S3 URLs depend on (aws-cdk-lib's region-info tables).

``WEBSITE_ENDPOINTS`` is aws-cdk-lib 2.275.0's ``s3-static-website:endpoint`` fact, in its order; it is data,
checked against the ``S3staticwebsiteMap`` mapping aws-cdk-lib renders for an environment-agnostic stack.
"""

from __future__ import annotations

import weakref
from typing import Any

from constructs import Aspects, Aws, CfnMapping, Fn, Stack, Token

WEBSITE_ENDPOINTS: dict[str, str] = {
    "af-south-1": "s3-website.af-south-1.amazonaws.com",
    "ap-east-1": "s3-website.ap-east-1.amazonaws.com",
    "ap-east-2": "s3-website.ap-east-2.amazonaws.com",
    "ap-northeast-1": "s3-website-ap-northeast-1.amazonaws.com",
    "ap-northeast-2": "s3-website.ap-northeast-2.amazonaws.com",
    "ap-northeast-3": "s3-website.ap-northeast-3.amazonaws.com",
    "ap-south-1": "s3-website.ap-south-1.amazonaws.com",
    "ap-south-2": "s3-website.ap-south-2.amazonaws.com",
    "ap-southeast-1": "s3-website-ap-southeast-1.amazonaws.com",
    "ap-southeast-2": "s3-website-ap-southeast-2.amazonaws.com",
    "ap-southeast-3": "s3-website.ap-southeast-3.amazonaws.com",
    "ap-southeast-4": "s3-website.ap-southeast-4.amazonaws.com",
    "ap-southeast-5": "s3-website.ap-southeast-5.amazonaws.com",
    "ap-southeast-6": "s3-website.ap-southeast-6.amazonaws.com",
    "ap-southeast-7": "s3-website.ap-southeast-7.amazonaws.com",
    "ca-central-1": "s3-website.ca-central-1.amazonaws.com",
    "ca-west-1": "s3-website.ca-west-1.amazonaws.com",
    "cn-north-1": "s3-website.cn-north-1.amazonaws.com.cn",
    "cn-northwest-1": "s3-website.cn-northwest-1.amazonaws.com.cn",
    "eu-central-1": "s3-website.eu-central-1.amazonaws.com",
    "eu-central-2": "s3-website.eu-central-2.amazonaws.com",
    "eu-isoe-west-1": "s3-website.eu-isoe-west-1.cloud.adc-e.uk",
    "eu-north-1": "s3-website.eu-north-1.amazonaws.com",
    "eu-south-1": "s3-website.eu-south-1.amazonaws.com",
    "eu-south-2": "s3-website.eu-south-2.amazonaws.com",
    "eu-west-1": "s3-website-eu-west-1.amazonaws.com",
    "eu-west-2": "s3-website.eu-west-2.amazonaws.com",
    "eu-west-3": "s3-website.eu-west-3.amazonaws.com",
    "eusc-de-east-1": "s3-website.eusc-de-east-1.amazonaws.eu",
    "il-central-1": "s3-website.il-central-1.amazonaws.com",
    "me-central-1": "s3-website.me-central-1.amazonaws.com",
    "me-south-1": "s3-website.me-south-1.amazonaws.com",
    "mx-central-1": "s3-website.mx-central-1.amazonaws.com",
    "sa-east-1": "s3-website-sa-east-1.amazonaws.com",
    "us-east-1": "s3-website-us-east-1.amazonaws.com",
    "us-east-2": "s3-website.us-east-2.amazonaws.com",
    "us-gov-east-1": "s3-website.us-gov-east-1.amazonaws.com",
    "us-gov-west-1": "s3-website-us-gov-west-1.amazonaws.com",
    "us-iso-east-1": "s3-website.us-iso-east-1.c2s.ic.gov",
    "us-iso-west-1": "s3-website.us-iso-west-1.c2s.ic.gov",
    "us-isob-east-1": "s3-website.us-isob-east-1.sc2s.sgov.gov",
    "us-isob-west-1": "s3-website.us-isob-west-1.sc2s.sgov.gov",
    "us-isof-east-1": "s3-website.us-isof-east-1.csp.hci.ic.gov",
    "us-isof-south-1": "s3-website.us-isof-south-1.csp.hci.ic.gov",
    "us-west-1": "s3-website-us-west-1.amazonaws.com",
    "us-west-2": "s3-website-us-west-2.amazonaws.com",
}
WEBSITE_MAPPING_ID = "S3staticwebsiteMap"
WEBSITE_MAPPING_KEY = "endpoint"


def domain_suffix(region: str) -> str:
    """The DNS suffix of a literal region (``amazonaws.com`` unless the region lives in another partition)."""
    endpoint = WEBSITE_ENDPOINTS.get(region)
    if endpoint is None:
        return "amazonaws.com"
    return endpoint.split(f"{region}.", 1)[1]


def website_endpoint(stack: Stack, region: str, default: str) -> str:
    """The S3 static website endpoint host of ``region``.

    A literal region is looked up (``default`` if unknown). For a region token, as aws-cdk-lib's
    ``stack.regionalFact`` does, the value is ``Fn::FindInMap`` on ``AWS::Region`` in the ``S3staticwebsiteMap``
    mapping, which is added to the stack when the app is synthesized.
    """
    if not Token.is_unresolved(region):
        return WEBSITE_ENDPOINTS.get(region, default)
    _add_website_mapping_at_synthesis(stack)
    return Fn.find_in_map(WEBSITE_MAPPING_ID, Aws.REGION, WEBSITE_MAPPING_KEY)


class _AddWebsiteMapping:
    """Aspect: adds the mapping as the stack's last child, where aws-cdk-lib's lazy lookup puts it.

    aws-cdk-lib creates the mapping while resolving references before synthesis; an aspect runs at that point
    of pycdk's synthesis too, so the mapping lands at the same place in the template.
    """

    __slots__ = ("_stack",)

    def __init__(self, stack: Stack) -> None:
        self._stack = stack

    def visit(self, node: Any) -> None:
        if node is not self._stack or node.node.try_find_child(WEBSITE_MAPPING_ID) is not None:
            return
        from constructs.internals import region_facts

        # like stack.regional_fact: only the regions of the @aws-cdk/core:target-partitions context, when set
        partitions = node.node.try_get_context("@aws-cdk/core:target-partitions")
        limited = isinstance(partitions, list)
        mapping = CfnMapping(node, WEBSITE_MAPPING_ID)
        for region, endpoint in WEBSITE_ENDPOINTS.items():
            if not limited or region_facts.partition_information(region)[0] in partitions:
                mapping.set_value(region, WEBSITE_MAPPING_KEY, endpoint)


_STACKS_WITH_WEBSITE_MAPPING: weakref.WeakSet[Any] = weakref.WeakSet()


def _add_website_mapping_at_synthesis(stack: Stack) -> None:
    if stack in _STACKS_WITH_WEBSITE_MAPPING:
        return
    _STACKS_WITH_WEBSITE_MAPPING.add(stack)
    Aspects.of(stack).add(_AddWebsiteMapping(stack))
