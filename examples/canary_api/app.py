"""The canary-deployed API: ``pycdk synth`` (from this folder) or ``python app.py`` writes ``cdk.out/``."""

from __future__ import annotations

import os

from canary_api_stack import CanaryApiStack

import constructs as cdk

app = cdk.App(outdir=os.environ.get("CDK_OUTDIR", "cdk.out"))
CanaryApiStack(app, "CanaryApi", description="An HTTP API whose function deploys as a canary (pycdk example)")
app.synth()
