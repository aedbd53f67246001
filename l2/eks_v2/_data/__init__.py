"""Data files of ``l2.eks``: the AWS Neuron device plugin DaemonSet (aws-neuron-sdk's k8s-neuron-device-plugin.yml,
as JSON) and the IAM policies of the AWS Load Balancer Controller's versions (``alb-iam-policies.json``:
``versions`` maps a version to its index in ``policies``)."""
