"""The proxy-agent Lambda layer (aws-cdk-lib: ``aws_cdk.lambda_layer_node_proxy_agent``)."""

from __future__ import annotations

from constructs import Construct
from constructs.internals import check_public_classes
from l2._private.bundled_layer import bundled_layer_zip
from l2.lambda_ import Code, LayerVersion

DISTRIBUTION = "aws-cdk.asset-node-proxy-agent-v6"


class NodeProxyAgentLayer(LayerVersion):
    """A layer version holding the npm package ``proxy-agent`` at ``/opt/nodejs/node_modules/proxy-agent``.

    pycdk does not ship the npm bundle: the layer's zip is read from the PyPI distribution
    ``aws-cdk.asset-node-proxy-agent-v6`` (the one aws-cdk-lib uses), which must be installed beside pycdk; without it
    the constructor raises a ``ValidationError`` naming the construct.

    Args:
        scope: the parent construct.
        id: the construct id.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.lambda-layer-node-proxy-agent.NodeProxyAgentLayer"
    """Identifies this class to property injectors (as in aws-cdk-lib)."""

    def __init__(self, scope: Construct, id: str) -> None:
        zip_path = bundled_layer_zip(scope, id, DISTRIBUTION, "proxy-agent")
        super().__init__(scope, id, code=Code.from_asset(zip_path), description="/opt/nodejs/node_modules/proxy-agent")


__all__ = ["NodeProxyAgentLayer"]

check_public_classes(globals())
