"""Rules on templates aws-cdk-lib synthesized (golden fixtures): the constructs each app configures unsafely are
flagged, the others are not (the expectations come from each app's source, quoted)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pycdk.rules import Rules, SecurityPack

GOLDEN = Path(__file__).resolve().parents[1] / "golden"

# (fixture template, rule, construct ids whose resources must be flagged: every other resource passes)
CASES = [
    # BLOCK_ALL passes; BLOCK_ACLS, BLOCK_ACLS_ONLY, a custom setting without restrict_public_buckets and an
    # all-false setting leave part of Block Public Access off
    ("l2_s3/fixtures/bucket_block_public_access/BucketBpa.template.json", "S3.BlockPublicAccess",
     {"Acls", "AclsOnly", "Custom", "Public"}),
    # s3.Bucket(enforce_ssl=True) twice
    ("l2_s3/fixtures/bucket_enforce_ssl/BucketSsl.template.json", "S3.EnforceSSL", set()),
    # QueueEncryption.UNENCRYPTED among KMS_MANAGED and SQS_MANAGED queues
    ("l2_sqs/fixtures/queue_encryption/QueueEncryption.template.json", "SQS.Encryption", {"Unencrypted"}),
    # add_function_url() (AWS_IAM) on Fn and an alias; auth_type=NONE on Public
    ("l2_lambda/fixtures/function_urls/FunctionUrls.template.json", "Lambda.UrlAuth", {"PublicFunctionUrl"}),
    # http_tokens=REQUIRED on two instances, require_imdsv2=True (a launch template) on the third
    ("l2_ec2/fixtures/integ_instance_metadata_options/integ-ec2-instance-metadata-options.template.json",
     "EC2.IMDSv2", set()),
    # kms.Key defaults ("Default" renders as logical id Resource) and an aliased key do not rotate; rotation on,
    # a rotation period, and HMAC/RSA keys (which cannot rotate) pass
    ("l2_kms/fixtures/key_defaults/KeyDefaults.template.json", "KMS.KeyRotation", {"Resource", "Aliased"}),
    # AnyPrincipal and StarPrincipal without a condition; OrganizationPrincipal has one
    ("l2_iam/fixtures/role_other_principals/OtherPrincipals.template.json", "IAM.TrustNoPublicPrincipal",
     {"Any", "Star"}),
    # RetentionDays.INFINITE; the 731-day default, ONE_WEEK and the DELIVERY class (fixed retention) pass
    ("l2_logs/fixtures/log_group_defaults/LogGroupDefaults.template.json", "Logs.Retention", {"Forever"}),
]


@pytest.mark.parametrize(("fixture", "rule_id", "flagged"), CASES, ids=[c[1] for c in CASES])
def test_rule_on_aws_cdk_lib_output(fixture: str, rule_id: str, flagged: set[str]) -> None:
    path = GOLDEN / fixture
    template = json.loads(path.read_text())
    result = Rules.check_template(template, [SecurityPack(include=[rule_id])])
    found = {f.logical_id for f in result.findings}
    # a logical id is the construct id and an 8-digit hash
    owners = {m.group(1) if (m := re.fullmatch(r"(\w+?)[0-9A-F]{8}", i)) else i for i in found}
    assert owners == flagged, f"{rule_id}: expected findings on {sorted(flagged)}, got {sorted(found)}"
