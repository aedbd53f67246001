"""Port of aws-cdk integ.bucket-deployment-large-file.ts (IntegTest and its assertions dropped).

Adapted: the two generated files are 1 MB instead of 10 MB (suite time) and their timestamps are fixed instead of
``new Date()`` (the original's asset hashes change at every run); the generator is otherwise the original's.
"""

import hashlib
import os
import tempfile
from datetime import UTC, datetime, timedelta

from aws_cdk import App, CfnOutput, RemovalPolicy, Stack
from aws_cdk import aws_secretsmanager as secretsmanager
from aws_cdk import aws_ssm as ssm
from aws_cdk.aws_s3 import Bucket
from aws_cdk.aws_s3_deployment import BucketDeployment, Source

SIZE_MB = 1
NOW = datetime(2025, 1, 1, tzinfo=UTC)


def iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def generate_large_file(file_path, size_in_mb, is_json):
    with open(file_path, "w", newline="") as fd:
        if is_json:
            fd.write('{\n  "metadata": {\n    "version": "1.0",\n    "generated": "' + iso(NOW) + '",\n'
                     '    "description": "Large test file for CDK integration tests"\n  },\n'
                     '  "configuration": {\n    "settings": {\n      "enabled": true,\n      "maxSize": 1024,\n'
                     '      "timeout": 30000\n    },\n    "features": ["feature1", "feature2", "feature3"]\n  },\n'
                     '  "data": [\n')
        chunk_size = 1024 * 100
        total_bytes = size_in_mb * 1024 * 1024
        bytes_written = 200 if is_json else 0
        line_length = 100
        lines_per_chunk = chunk_size // (line_length + 1)
        i = 0
        while bytes_written < total_bytes:
            chunk = ""
            for line in range(lines_per_chunk):
                if bytes_written >= total_bytes:
                    break
                line_num = i * lines_per_chunk + line
                content = f"Line{line_num:08d}: "
                digest = hashlib.sha256(str(line_num).encode()).hexdigest()
                while len(content) < line_length:
                    content += digest[:min(len(digest), line_length - len(content))]
                if is_json:
                    sep = ",\n" if bytes_written + len(chunk) + 6 < total_bytes else "\n"
                    escaped = content.replace('"', '\\"')
                    if line_num % 10 == 0:
                        chunk += (f'    {{\n      "id": "{line_num}",\n      "name": "Item {line_num}",\n'
                                  f'      "hash": "{digest}",\n      "properties": {{\n'
                                  f'        "description": "{escaped}",\n'
                                  '        "tags": ["tag1", "tag2", "tag3"],\n        "metrics": {\n'
                                  f'          "value1": {line_num % 100},\n          "value2": {line_num % 200},\n'
                                  f'          "ratio": {(line_num % 100) / 100:g}\n        }}\n      }},\n'
                                  f'      "timestamp": "{iso(NOW + timedelta(seconds=line_num))}"\n')
                        sep = ",\n" if bytes_written + len(chunk) + 6 < total_bytes else "\n"
                        chunk += "    }" + sep
                    else:
                        chunk += f'    {{ "id": "{line_num}", "value": "{escaped}" }}{sep}'
                else:
                    chunk += content + "\n"
                if bytes_written + len(chunk) >= total_bytes:
                    break
            fd.write(chunk)
            bytes_written += len(chunk)
            i += 1
        if is_json:
            fd.write("  ]\n}")


app = App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = Stack(app, "test-bucket-deployment-large-file")
bucket = Bucket(stack, "Bucket", removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True)

temp_dir = tempfile.mkdtemp(prefix="cdk-large-files-")
generate_large_file(os.path.join(temp_dir, "large-file.json"), SIZE_MB, True)
generate_large_file(os.path.join(temp_dir, "large-file.txt"), SIZE_MB, False)

large_json_source = Source.asset(temp_dir, exclude=["*", "!large-file.json"])
large_text_source = Source.asset(temp_dir, exclude=["*", "!large-file.txt"])

secret = secretsmanager.Secret(stack, "TestSecret", generate_secret_string=secretsmanager.SecretStringGenerator(
    secret_string_template='{"value":"test\\"with\\"quotes"}', generate_string_key="password"))
param = ssm.StringParameter(stack, "SecretParam", string_value=secret.secret_value_from_json("value").unsafe_unwrap())

file_with_marker = Source.json_data("my-json/secret-config.json", {"secret_value": param.string_value}, escape=True)
no_escape_file_with_marker = Source.json_data("my-json/secret-config-no-escape.json",
                                              {"secret_value": param.string_value})

BucketDeployment(stack, "DeployWithLargeFiles", destination_bucket=bucket,
                 sources=[large_json_source, large_text_source, file_with_marker, no_escape_file_with_marker],
                 retain_on_delete=False)
CfnOutput(stack, "BucketName", value=bucket.bucket_name)
app.synth()
