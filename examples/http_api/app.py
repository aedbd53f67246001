"""The items HTTP API: ``pycdk synth`` (from this folder) or ``python app.py`` writes ``cdk.out/``."""

from __future__ import annotations

import os

from http_api_stack import HttpApiStack

import constructs as cdk

app = cdk.App(outdir=os.environ.get("CDK_OUTDIR", "cdk.out"))
HttpApiStack(app, "ItemsHttpApi", description="An HTTP API storing items in DynamoDB (pycdk example)")
app.synth()
