"""BuildSpec.from_object_to_yaml: aws-cdk-lib's YAML rendering (quoting of strings YAML 1.1 would read as other
types, y/n keys, single quotes for strings with double quotes, literal blocks, nested lists, empty maps/lists,
None values left out, tokens inside strings)."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "BuildSpecYaml")
bucket = s3.Bucket(stack, "Bucket")
spec = {
    "version": "0.2",
    "env": {"variables": {"A": "1", "B": "yes", "C": "on", "D": "", "E": "a: b", "F": "#x", "G": "null", "H": "0.2",
                          "I": "line1\nline2", "J": True, "K": 3, "L": None, "M": "~", "N": "'q'", "O": '"d"',
                          "P": "- x", "BUCKET": bucket.bucket_name}},
    "phases": {
        "install": {"runtime-versions": {"nodejs": 18}},
        "build": {"commands": ['echo "Nothing to do!"', "npm ci && npm run build", "echo $HOME", "*star", "&anchor",
                               "!tag", "@at", "%p", "{a}", "[b]", "a, b", "x: y", "x #y",
                               f"aws s3 cp out.zip s3://{bucket.bucket_name}/out.zip"]},
    },
    "artifacts": {"files": ["**/*"], "base-directory": "dist"},
    "empty": {},
    "emptylist": [],
    "nested": [[1, 2], {"a": [1]}],
}
codebuild.Project(stack, "Project", build_spec=codebuild.BuildSpec.from_object_to_yaml(spec))
app.synth()
