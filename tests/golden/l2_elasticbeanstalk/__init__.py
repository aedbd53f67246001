"""Golden suite for the Elastic Beanstalk L2 (beyond aws-cdk-lib): hand-written L1 apps that
tests/l2/elasticbeanstalk/test_eb_l1_equivalence.py rebuilds with the L2 and compares byte for byte."""
