"""Lambda handler code pycdk ships for aws_dynamodb (deployed as assets, never imported by the library)."""
