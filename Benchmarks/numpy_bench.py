#!/usr/bin/env python3
"""NumPy on the workloads of the Swift `benchmarks` target, timed the same way.

Each line is `name<TAB>value<TAB>unit`, with the same names as the Swift program, so that
Benchmarks/compare.sh can pair them.

    python3 Benchmarks/numpy_bench.py [--threads 1|2] [--only PREFIX] [--seconds S]
"""
import argparse
import os
import sys
import time

parser = argparse.ArgumentParser()
parser.add_argument("--threads", type=int, default=1, choices=[1, 2])
parser.add_argument("--only", default=None)
parser.add_argument("--seconds", type=float, default=1.0)
options = parser.parse_args()

# OpenBLAS reads its thread count when it is loaded, so this must come before `import numpy`.
for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[variable] = str(options.threads)

import numpy as np  # noqa: E402


def selects(name):
    return options.only is None or name.startswith(options.only)


def measure(seconds, body):
    """Seconds per call: the median of seven timed rounds after a warm-up (as Measurement.swift)."""
    calls = 1
    while True:
        start = time.perf_counter()
        for _ in range(calls):
            body()
        if time.perf_counter() - start >= seconds / 28:
            break
        calls *= 2
    rounds = []
    for _ in range(7):
        start = time.perf_counter()
        for _ in range(calls):
            body()
        rounds.append((time.perf_counter() - start) / calls)
    return sorted(rounds)[3]


def report(name, value, unit):
    print(f"{name}\t{value:.3f}\t{unit}")
    sys.stdout.flush()


generator = np.random.default_rng(2024)


def random_matrix(rows, columns):
    return generator.uniform(-1, 1, size=(rows, columns))


# The products of a 784-50-10 network on a batch of 100, plus a large square one. Transposes are
# views, as the Swift kernel reads them in place: NumPy hands them to BLAS with a transpose flag.
products = [
    ("x·W 100x784x50", random_matrix(100, 784), random_matrix(784, 50), False, False),
    ("xT·dout 784x100x50", random_matrix(100, 784), random_matrix(100, 50), True, False),
    ("dout·WT 100x50x784", random_matrix(100, 50), random_matrix(784, 50), False, True),
    ("h·W2 100x50x10", random_matrix(100, 50), random_matrix(50, 10), False, False),
    ("square 1000x1000x1000", random_matrix(1000, 1000), random_matrix(1000, 1000), False, False),
]

for name, a, b, transpose_a, transpose_b in products:
    if not selects(f"matmul {name}"):
        continue
    left = a.T if transpose_a else a
    right = b.T if transpose_b else b
    m, k = left.shape
    n = right.shape[1]
    seconds = measure(options.seconds, lambda: left @ right)
    report(f"matmul {name} {options.threads}t", 2 * m * n * k / seconds / 1e9, "GFLOP/s")

# Elementwise operations and reductions at the sizes a 784-50-10 network meets on a batch of
# 100, in microseconds per call.
hidden = random_matrix(100, 50)
hidden_other = random_matrix(100, 50)
bias = random_matrix(1, 50).reshape(50)
scores = random_matrix(100, 10)
pixels = random_matrix(100, 784)
weights = random_matrix(784, 50)
gradient = random_matrix(784, 50)


def sgd_step():
    global weights
    weights -= 0.1 * gradient


elementwise = [
    ("add same-shape 100x50", lambda: hidden + hidden_other),
    ("add row 100x50 + (50,)", lambda: hidden + bias),
    ("scale 100x784 * 0.5", lambda: pixels * 0.5),
    ("relu maximum(100x50, 0)", lambda: np.maximum(hidden, 0)),
    ("exp 100x10", lambda: np.exp(scores)),
    ("sum axis 0 of 100x50", lambda: hidden.sum(axis=0)),
    ("sum axis 1 of 100x10", lambda: scores.sum(axis=1, keepdims=True)),
    ("max axis 1 of 100x10", lambda: scores.max(axis=1, keepdims=True)),
    ("sum all of 100x784", lambda: pixels.sum()),
    ("sgd step 784x50", sgd_step),
]
for name, body in elementwise:
    if selects(f"elementwise {name}"):
        report(f"elementwise {name}", measure(options.seconds / 4, body) * 1e6, "µs")
