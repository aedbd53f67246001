"""Lambda handler code that pycdk's own custom resource providers deploy (data, not imported)."""
