"""Lambda handler sources that ``l2.s3`` deploys inline (they are data, not imported by pycdk)."""
