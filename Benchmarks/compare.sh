#!/usr/bin/env bash
# NumSwift against NumPy on the same workloads, run in turns so that both meet the same load.
#
#     Benchmarks/compare.sh [repetitions] [seconds-per-workload]
#
# Each repetition runs, one after the other: the Swift release build and the NumPy script on one
# thread (every workload), both on two threads (the products), and the 512x512 product in the
# Swift release and debug builds. The table shows the median over the repetitions of each
# program's own median, and the speed-up of Swift over NumPy (above 1: Swift is faster).
#
# TODO (needs the NeuralNet two-layer network, not on main yet): one training step of the
# 784-50-10 net on a batch of 100 (µs per step); the chapter-5 experiment on seeded MNIST-shaped
# data (10,000 iterations of batch 100, accuracy every 600 iterations; wall time and peak memory);
# `swift run ch05-backprop` in the debug build against -c release.
set -euo pipefail
cd "$(dirname "$0")/.."

repetitions=${1:-5}
seconds=${2:-1}
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

swift build -c release --product benchmarks >&2
swift build --product benchmarks >&2
release=$(swift build -c release --show-bin-path)/benchmarks
debug=$(swift build --show-bin-path)/benchmarks

for repetition in $(seq "$repetitions"); do
    echo "repetition $repetition of $repetitions" >&2
    "$release" --threads 1 --seconds "$seconds" | grep -v '^matmul512' >>"$results/swift"
    python3 Benchmarks/numpy_bench.py --threads 1 --seconds "$seconds" >>"$results/numpy"
    "$release" --threads 2 --seconds "$seconds" --only "matmul " >>"$results/swift"
    python3 Benchmarks/numpy_bench.py --threads 2 --seconds "$seconds" --only "matmul " >>"$results/numpy"
    "$release" --seconds "$seconds" --only matmul512 | sed 's/^/release /' >>"$results/swift"
    "$debug" --seconds "$seconds" --only matmul512 | sed 's/^/debug /' >>"$results/swift"
done

python3 - "$results/swift" "$results/numpy" "$repetitions" <<'PYTHON'
import statistics
import sys
from collections import defaultdict


def medians(path):
    values, units = defaultdict(list), {}
    for line in open(path):
        name, value, unit = line.rstrip("\n").split("\t")
        values[name].append(float(value))
        units[name] = unit
    return {name: statistics.median(v) for name, v in values.items()}, units


swift, units = medians(sys.argv[1])
numpy, _ = medians(sys.argv[2])
print(f"medians of {sys.argv[3]} repetitions\n")
print(f"{'workload':<44} {'Swift':>10} {'NumPy':>10} {'speed-up':>12}  unit")
for name, value in swift.items():
    if name.startswith(("release ", "debug ")):
        continue
    theirs = numpy.get(name)
    # GFLOP/s: more is faster; µs: less is faster.
    speedup = (value / theirs if units[name] == "GFLOP/s" else theirs / value) if theirs else None
    ratio = f"{speedup:.2f}" if speedup else "-"
    print(f"{name:<44} {value:>10.1f} {theirs or float('nan'):>10.1f} {ratio:>12}  {units[name]}")
release = next(v for n, v in swift.items() if n.startswith("release "))
debug = next(v for n, v in swift.items() if n.startswith("debug "))
print(f"\n{'matmul 512x512x512, Swift release':<44} {release:>10.2f} ms")
print(f"{'matmul 512x512x512, Swift debug':<44} {debug:>10.2f} ms   (debug / release = {debug / release:.2f})")
PYTHON
