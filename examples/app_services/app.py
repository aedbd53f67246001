"""The application services: ``pycdk synth`` (from this folder) or ``python app.py`` writes ``cdk.out/``."""

from __future__ import annotations

import os

from app_services_stack import AppServicesStack
from beanstalk_stack import BeanstalkStack

import constructs as cdk

app = cdk.App(outdir=os.environ.get("CDK_OUTDIR", "cdk.out"))
AppServicesStack(
    app,
    "AppServices",
    description="Cognito-protected HTTP and GraphQL APIs with feature flags (pycdk example)",
)
BeanstalkStack(
    app, "AppServicesBeanstalk", description="A Beanstalk web and worker environment (pycdk example)"
)
app.synth()
