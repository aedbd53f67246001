"""Port of aws-cdk integ.specifycode.ts: a ``NodejsFunction`` given ``code`` (``Code.from_custom_command``, a build
script that copies the handler into an output folder) and a ``handler``, so nothing is bundled (the script and the
handler are written to ``<CDK_OUTDIR>/integ-handlers``)."""

import os
from pathlib import Path

ROOT = Path(os.environ["CDK_OUTDIR"]) / "integ-handlers"
(ROOT / "custom_command_input").mkdir(parents=True)
(ROOT / "custom_command_output").mkdir()
(ROOT / "custom_command_input" / "build.sh").write_text(
    '#!/bin/bash\n\nset -euo pipefail\n\ndirectoryOfThisScript=$(cd $(dirname $0) && pwd)\n'
    'cp "$directoryOfThisScript/custom_command_handler.js" "$directoryOfThisScript/../custom_command_output/mylambdafile.js"\n'
)
(ROOT / "custom_command_input" / "custom_command_handler.js").write_text(
    '"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\n'
    "exports.handler = async () => 'NICE';\n"
)

from aws_cdk import App, Stack
from aws_cdk import aws_lambda_nodejs as lambda_
from aws_cdk.aws_lambda import Code
from constructs import Construct


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        custom_command = ["bash", str(ROOT / "custom_command_input" / "build.sh")]
        self.lambda_function = lambda_.NodejsFunction(
            self, "codespecified", handler="mylambdafile.handler",
            code=Code.from_custom_command(str(ROOT / "custom_command_output"), custom_command),
        )


app = App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
TestStack(app, "cdk-integ-lambda-nodejs-codespecified")
app.synth()
