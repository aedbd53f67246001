"""The upload pipeline: ``pycdk synth`` (from this folder) or ``python app.py`` writes ``cdk.out/``."""

from __future__ import annotations

import os

from upload_pipeline_stack import UploadPipelineStack

import constructs as cdk

app = cdk.App(outdir=os.environ.get("CDK_OUTDIR", "cdk.out"))
UploadPipelineStack(app, "UploadPipeline", description="S3 uploads -> Lambda -> SQS -> Lambda (pycdk example)")
app.synth()
