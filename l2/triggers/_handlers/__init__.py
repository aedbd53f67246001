"""Lambda handler sources that ``l2.triggers`` deploys (data, never imported by pycdk)."""
