"""The Fargate service and the web fleet: ``pycdk synth`` (from this folder) or ``python app.py`` writes ``cdk.out/``."""

from __future__ import annotations

import os

from fargate_service_stack import CONTEXT, FargateServiceStack

import constructs as cdk

app = cdk.App(outdir=os.environ.get("CDK_OUTDIR", "cdk.out"), context=CONTEXT)
FargateServiceStack(
    app,
    "FargateService",
    description="A load-balanced Fargate service and a cfn-init web fleet (pycdk example)",
)
app.synth()
