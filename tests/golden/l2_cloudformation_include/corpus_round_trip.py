"""Every template of the CfnInclude corpus (tests/l2/cloudformation_include/corpus), included as it is.

One stack per template, named after the file; the synthesized template must be aws-cdk-lib's byte for byte.
"""

import os

import aws_cdk as cdk
from aws_cdk import cloudformation_include as inc

CORPUS = os.path.join("..", "..", "l2", "cloudformation_include", "corpus")

app = cdk.App()
for name in sorted(os.listdir(CORPUS)):
    stem, extension = os.path.splitext(name)
    if extension not in (".json", ".yaml"):
        continue
    stack = cdk.Stack(app, stem.replace("_", "-"))
    inc.CfnInclude(stack, "Template", template_file=os.path.join(CORPUS, name))
app.synth()
