"""Amazon Bedrock (aws-cdk-lib: ``aws_cdk.aws_bedrock``): foundation and provisioned models, the L1 classes."""

from constructs.internals import check_public_classes
from l1.bedrock import *  # noqa: F403
from l1.bedrock import __all__ as _l1_all
from l2.bedrock._foundation_model import FoundationModel, FoundationModelIdentifier
from l2.bedrock._interfaces import IModel
from l2.bedrock._provisioned_model import ProvisionedModel

__all__ = [
    *_l1_all,
    "FoundationModel",
    "FoundationModelIdentifier",
    "IModel",
    "ProvisionedModel",
]

check_public_classes(globals())
