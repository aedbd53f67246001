"""KMS action lists used by the key grants (same order as aws-cdk-lib)."""

ADMIN_ACTIONS = (
    "kms:Create*",
    "kms:Describe*",
    "kms:Enable*",
    "kms:List*",
    "kms:Put*",
    "kms:Update*",
    "kms:Revoke*",
    "kms:Disable*",
    "kms:Get*",
    "kms:Delete*",
    "kms:TagResource",
    "kms:UntagResource",
    "kms:ScheduleKeyDeletion",
    "kms:CancelKeyDeletion",
)
ENCRYPT_ACTIONS = ("kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*")
DECRYPT_ACTIONS = ("kms:Decrypt",)
SIGN_ACTIONS = ("kms:Sign",)
VERIFY_ACTIONS = ("kms:Verify",)
GENERATE_HMAC_ACTIONS = ("kms:GenerateMac",)
VERIFY_HMAC_ACTIONS = ("kms:VerifyMac",)
