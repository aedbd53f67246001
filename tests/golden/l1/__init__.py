"""Golden apps of the L1 suite: aws-cdk-lib apps that use ``Cfn*`` classes only (run in L1 rewrite mode)."""

REWRITE_MODE = "l1"
COMPARE_ASSEMBLY = True
