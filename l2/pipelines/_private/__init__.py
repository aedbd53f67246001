"""Private helpers of ``l2.pipelines``: the pipeline graph and the CodePipeline engine's internals."""
