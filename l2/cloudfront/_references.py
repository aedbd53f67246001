"""The ``*_ref`` reference structs of the CloudFront constructs (aws-cdk-lib's ``interfaces.aws_cloudfront``)."""

from __future__ import annotations

from l1._private.interfaces.cloudfront import CachePolicyReference as CachePolicyReference
from l1._private.interfaces.cloudfront import (
    CloudFrontOriginAccessIdentityReference as CloudFrontOriginAccessIdentityReference,
)
from l1._private.interfaces.cloudfront import DistributionReference as DistributionReference
from l1._private.interfaces.cloudfront import FunctionReference as FunctionReference
from l1._private.interfaces.cloudfront import KeyGroupReference as KeyGroupReference
from l1._private.interfaces.cloudfront import KeyValueStoreReference as KeyValueStoreReference
from l1._private.interfaces.cloudfront import OriginAccessControlReference as OriginAccessControlReference
from l1._private.interfaces.cloudfront import OriginRequestPolicyReference as OriginRequestPolicyReference
from l1._private.interfaces.cloudfront import PublicKeyReference as PublicKeyReference
from l1._private.interfaces.cloudfront import RealtimeLogConfigReference as RealtimeLogConfigReference
from l1._private.interfaces.cloudfront import ResponseHeadersPolicyReference as ResponseHeadersPolicyReference
from l1._private.interfaces.cloudfront import VpcOriginReference as VpcOriginReference
