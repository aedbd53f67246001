"""The reference structs of Lambda resources (``function.function_ref`` and friends).

aws-cdk-lib defines them in ``aws_cdk.interfaces.aws_lambda``; each holds the attributes another construct needs to
point at the resource. They are the generated ones (``l1._private.interfaces.lambda_``), so that an L2 function's
``function_ref`` is the ``FunctionReference`` that ``IFunctionRef`` names.
"""

from l1._private.interfaces.lambda_ import (
    AliasReference,
    CodeSigningConfigReference,
    EventSourceMappingReference,
    FunctionReference,
    LayerVersionReference,
    UrlReference,
    VersionReference,
)

__all__ = [
    "AliasReference",
    "CodeSigningConfigReference",
    "EventSourceMappingReference",
    "FunctionReference",
    "LayerVersionReference",
    "UrlReference",
    "VersionReference",
]
