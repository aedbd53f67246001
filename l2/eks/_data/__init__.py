"""Data files of ``l2.eks``: the AWS Neuron device plugin DaemonSet (from aws-neuron-sdk\x27s k8s-neuron-device-plugin.yml, as JSON)."""
