"""References to IAM resources (aws-cdk-lib's ``interfaces.aws_iam.*Reference``), returned by ``*_ref``."""

from __future__ import annotations

from l1._private.interfaces.iam import AccessKeyReference as AccessKeyReference
from l1._private.interfaces.iam import GroupReference as GroupReference
from l1._private.interfaces.iam import InstanceProfileReference as InstanceProfileReference
from l1._private.interfaces.iam import ManagedPolicyReference as ManagedPolicyReference
from l1._private.interfaces.iam import OIDCProviderReference as OIDCProviderReference
from l1._private.interfaces.iam import PolicyReference as PolicyReference
from l1._private.interfaces.iam import RoleReference as RoleReference
from l1._private.interfaces.iam import SAMLProviderReference as SAMLProviderReference
from l1._private.interfaces.iam import UserReference as UserReference
