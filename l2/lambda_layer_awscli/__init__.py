"""The AWS CLI Lambda layer (aws-cdk-lib: ``aws_cdk.lambda_layer_awscli``)."""

from __future__ import annotations

from constructs import Construct
from constructs.internals import check_public_classes
from l2._private.bundled_layer import bundled_layer_zip
from l2.lambda_ import Code, LayerVersion

DISTRIBUTION = "aws-cdk.asset-awscli-v1"


class AwsCliLayer(LayerVersion):
    """A layer version holding the AWS CLI (v1) at ``/opt/awscli/aws``.

    pycdk does not ship the CLI bundle: the layer's zip is read from the PyPI distribution
    ``aws-cdk.asset-awscli-v1`` (the one aws-cdk-lib uses), which must be installed beside pycdk; without it
    the constructor raises a ``ValidationError`` naming the construct.

    Args:
        scope: the parent construct.
        id: the construct id.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.lambda-layer-awscli.AwsCliLayer"
    """Identifies this class to property injectors (as in aws-cdk-lib)."""

    def __init__(self, scope: Construct, id: str) -> None:
        zip_path = bundled_layer_zip(scope, id, DISTRIBUTION, "AWS CLI")
        super().__init__(scope, id, code=Code.from_asset(zip_path), description="/opt/awscli/aws")


__all__ = ["AwsCliLayer"]

check_public_classes(globals())
