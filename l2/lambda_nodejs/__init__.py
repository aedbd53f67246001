"""Node.js Lambda functions bundled with esbuild (aws-cdk-lib: ``aws_cdk.aws_lambda_nodejs``)."""

from constructs.internals import check_public_classes

from ._function import NodejsFunction, NodejsFunctionProps
from ._types import BundlingOptions, Charset, ICommandHooks, LogLevel, OutputFormat, SourceMapMode

__all__ = [
    "BundlingOptions",
    "Charset",
    "ICommandHooks",
    "LogLevel",
    "NodejsFunction",
    "NodejsFunctionProps",
    "OutputFormat",
    "SourceMapMode",
]

check_public_classes(globals())
