#!/usr/bin/env bash
# NumSwift against NumPy on the same workloads, run in turns so that both meet the same load.
#
#     Benchmarks/compare.sh [repetitions] [seconds-per-workload] [experiment-repetitions]
#
# Each repetition runs, one after the other, the Swift release build and the NumPy script: on one
# thread (every workload), on two threads (the products, the training steps and the convolution
# workloads), and the 512x512 product in the Swift release and debug builds, and the whole
# `ch05-backprop` chapter (default options) in both builds. Then the whole chapter-5 experiment
# runs in its own processes, on two threads, alternating Swift and NumPy, and so does one
# SimpleConvNet epoch over 10,000 MNIST-shaped images (chapter 8), on one thread and on two.
# The table shows the median over the repetitions of each program's own median, and the
# speed-up of Swift over NumPy (above 1: Swift is faster or smaller).
set -euo pipefail
cd "$(dirname "$0")/.."

repetitions=${1:-5}
seconds=${2:-1}
experiments=${3:-3}
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

for product in benchmarks ch05-backprop; do
    swift build -c release --product "$product" >&2
    swift build --product "$product" >&2
done
release_bin=$(swift build -c release --show-bin-path)
debug_bin=$(swift build --show-bin-path)
release=$release_bin/benchmarks
debug=$debug_bin/benchmarks

# Seconds of wall time to run a program with its output thrown away.
wall_time() {
    python3 -c 'import subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
print(f"{time.perf_counter() - start:.3f}")' "$@"
}

for repetition in $(seq "$repetitions"); do
    echo "repetition $repetition of $repetitions" >&2
    NUMSWIFT_THREADS=1 "$release" --threads 1 --seconds "$seconds" | grep -v '^matmul512' >>"$results/swift"
    python3 Benchmarks/numpy_bench.py --threads 1 --seconds "$seconds" >>"$results/numpy"
    NUMSWIFT_THREADS=2 "$release" --threads 2 --seconds "$seconds" --only "matmul ,train step,conv,convnet train step" \
        >>"$results/swift"
    python3 Benchmarks/numpy_bench.py --threads 2 --seconds "$seconds" --only "matmul ,train step,conv,convnet train step" \
        >>"$results/numpy"
    "$release" --seconds "$seconds" --only matmul512 | sed 's/^/release /' >>"$results/swift"
    "$debug" --seconds "$seconds" --only matmul512 | sed 's/^/debug /' >>"$results/swift"
    printf 'build release ch05-backprop\t%s\ts\n' "$(wall_time "$release_bin/ch05-backprop")" >>"$results/swift"
    printf 'build debug ch05-backprop\t%s\ts\n' "$(wall_time "$debug_bin/ch05-backprop")" >>"$results/swift"
done
for repetition in $(seq "$experiments"); do
    echo "experiment $repetition of $experiments" >&2
    NUMSWIFT_THREADS=2 "$release" --only experiment >>"$results/swift"
    python3 Benchmarks/numpy_bench.py --threads 2 --only experiment >>"$results/numpy"
    for threads in 1 2; do
        NUMSWIFT_THREADS=$threads "$release" --threads $threads --only "convnet epoch" >>"$results/swift"
        python3 Benchmarks/numpy_bench.py --threads $threads --only "convnet epoch" >>"$results/numpy"
    done
done

python3 - "$results/swift" "$results/numpy" "$repetitions" "$experiments" <<'PYTHON'
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
print(f"medians of {sys.argv[3]} repetitions ({sys.argv[4]} for the experiment)\n")
print(f"{'workload':<56} {'Swift':>10} {'NumPy':>10} {'speed-up':>9}  unit")
for name, value in swift.items():
    if name.startswith(("release ", "debug ", "build ")):
        continue
    theirs = numpy.get(name)
    unit = units[name]
    # GFLOP/s: more is better; times and memory: less is better; accuracies are not compared.
    speedup = None
    if theirs and unit:
        speedup = value / theirs if unit == "GFLOP/s" else theirs / value
    ratio = f"{speedup:.2f}" if speedup else ""
    theirs_text = f"{theirs:.3g}" if theirs is not None else "-"
    print(f"{name:<56} {value:>10.3g} {theirs_text:>10} {ratio:>9}  {unit}")
for threads in ("1t", "2t"):
    automatic = swift.get(f"train step autograd 784-50-10 batch 100 {threads}")
    by_hand = swift.get(f"train step 784-50-10 batch 100 {threads}")
    if automatic and by_hand:
        print(f"{'train step ' + threads + ', autograd / hand-written layers':<56} {automatic / by_hand:>10.2f}")
release = next(v for n, v in swift.items() if n.startswith("release "))
debug = next(v for n, v in swift.items() if n.startswith("debug "))
print(f"\n{'matmul 512x512x512, Swift release':<56} {release:>10.3g} ms")
print(f"{'matmul 512x512x512, Swift debug':<56} {debug:>10.3g} ms   (debug / release = {debug / release:.2f})")
chapter_release = swift["build release ch05-backprop"]
chapter_debug = swift["build debug ch05-backprop"]
print(f"{'swift run ch05-backprop, release build':<56} {chapter_release:>10.3g} s")
print(
    f"{'swift run ch05-backprop, debug build':<56} {chapter_debug:>10.3g} s    "
    f"(debug / release = {chapter_debug / chapter_release:.2f})"
)
PYTHON
