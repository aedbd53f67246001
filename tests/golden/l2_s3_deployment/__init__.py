"""Golden apps of ``aws_cdk.aws_s3_deployment`` (pycdk: ``l2.s3_deployment``); asset files under ``assets/``."""
