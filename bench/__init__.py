"""``make bench``: accuracy, latency, throughput and footprint, side by side with a baseline.

Never run by ``make test``: absolute times are noisy on shared machines, so every figure
that matters is also reported as a ratio to the baseline measured in the same run.
"""
