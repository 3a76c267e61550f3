#!/usr/bin/env python3
"""NumPy on the workloads of the Swift `benchmarks` target, timed the same way.

Each line is `name<TAB>value<TAB>unit`, with the same names as the Swift program, so that
Benchmarks/compare.sh can pair them.

    python3 Benchmarks/numpy_bench.py [--threads 1|2] [--only PREFIX,...] [--seconds S] [--cpu-time]

`--only experiment` runs the whole chapter-5 experiment (and only that: its peak memory must be
its own).
"""
import argparse
import os
import sys
import time

parser = argparse.ArgumentParser()
parser.add_argument("--threads", type=int, default=1, choices=[1, 2])
parser.add_argument("--only", default=None)
parser.add_argument("--seconds", type=float, default=1.0)
parser.add_argument("--cpu-time", action="store_true", help="time by this thread's CPU time, keep the fastest round")
options = parser.parse_args()

# OpenBLAS reads its thread count when it is loaded, so this must come before `import numpy`.
for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[variable] = str(options.threads)

import numpy as np  # noqa: E402


def selects(name):
    return options.only is None or any(name.startswith(prefix) for prefix in options.only.split(","))


def measure(seconds, body):
    """Seconds per call: the median of seven timed rounds after a warm-up (as Measurement.swift);
    with --cpu-time, the fastest round timed by this thread's CPU time."""
    now = time.thread_time if options.cpu_time else time.perf_counter
    calls = 1
    while True:
        start = now()
        for _ in range(calls):
            body()
        if now() - start >= seconds / 28:
            break
        calls *= 2
    rounds = []
    for _ in range(7):
        start = now()
        for _ in range(calls):
            body()
        rounds.append((now() - start) / calls)
    rounds.sort()
    return rounds[0] if options.cpu_time else rounds[3]


def report(name, value, unit):
    print(f"{name}\t{value:.3f}\t{unit}")
    sys.stdout.flush()


generator = np.random.default_rng(2024)


def random_matrix(rows, columns):
    return generator.uniform(-1, 1, size=(rows, columns))


def run_array_workloads():
    """The products and the elementwise operations (made only when run, so that they do not
    count in the experiment's peak memory)."""
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
        weights[...] -= 0.1 * gradient

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


# Training: the book's two-layer network (Affine → ReLU → Affine → softmax-with-loss), written
# plainly in NumPy as the book writes it, on MNIST-shaped images made like the Swift ones.
def class_prototypes(rng):
    """Ten class patterns of 784 bytes: 255 with probability 1/5, else 0."""
    return np.where(rng.integers(0, 5, size=(10, 784)) == 0, 255, 0).astype(np.uint8)


def synthetic_images(count, prototypes, rng):
    """`count` images of 784 bytes: the class pattern, each pixel replaced by a random byte with
    probability 1/4. Made in chunks so that no large float temporary inflates the peak memory."""
    labels = rng.integers(0, 10, size=count)
    pixels = np.empty((count, 784), dtype=np.uint8)
    for start in range(0, count, 1000):
        rows = slice(start, min(start + 1000, count))
        n = rows.stop - rows.start
        noisy = rng.integers(0, 4, size=(n, 784)) == 0
        noise = rng.integers(0, 256, size=(n, 784), dtype=np.uint8)
        pixels[rows] = np.where(noisy, noise, prototypes[labels[rows]])
    return pixels, labels


class TwoLayerNet:
    def __init__(self, rng, input_size=784, hidden_size=50, output_size=10, weight_init_std=0.01):
        self.params = {
            "W1": weight_init_std * rng.standard_normal((input_size, hidden_size)),
            "b1": np.zeros(hidden_size),
            "W2": weight_init_std * rng.standard_normal((hidden_size, output_size)),
            "b2": np.zeros(output_size),
        }

    def predict(self, x):
        h = np.maximum(x @ self.params["W1"] + self.params["b1"], 0)
        return h @ self.params["W2"] + self.params["b2"]

    def gradient(self, x, t):
        """Loss and gradients by backprop; t holds class indices."""
        W1, b1, W2, b2 = (self.params[k] for k in ("W1", "b1", "W2", "b2"))
        a1 = x @ W1 + b1
        mask = a1 > 0
        h = np.where(mask, a1, 0)
        scores = h @ W2 + b2
        shifted = scores - scores.max(axis=1, keepdims=True)
        exps = np.exp(shifted)
        y = exps / exps.sum(axis=1, keepdims=True)
        n = x.shape[0]
        loss = -np.mean(np.log(y[np.arange(n), t]))
        dscores = y.copy()
        dscores[np.arange(n), t] -= 1
        dscores /= n
        dh = dscores @ W2.T
        da1 = dh * mask
        dx = da1 @ W1.T  # the book's Affine computes it even for the first layer
        return loss, dx, {"W1": x.T @ da1, "b1": da1.sum(axis=0), "W2": h.T @ dscores, "b2": dscores.sum(axis=0)}

    def accuracy(self, pixels, labels, batch_size=1000):
        correct = 0
        for start in range(0, len(labels), batch_size):
            x = pixels[start : start + batch_size].astype(np.float64) / 255.0
            correct += int((self.predict(x).argmax(axis=1) == labels[start : start + batch_size]).sum())
        return correct / len(labels)


def sgd_update(network, gradients, learning_rate=0.1):
    for key, gradient in gradients.items():
        network.params[key] -= learning_rate * gradient


def training_step_seconds(seconds):
    rng = np.random.default_rng(5)
    pixels, labels = synthetic_images(100, class_prototypes(rng), rng)
    x = pixels.astype(np.float64) / 255.0
    network = TwoLayerNet(rng)

    def step():
        _, _, gradients = network.gradient(x, labels)
        sgd_update(network, gradients)

    return measure(seconds, step)


def run_experiment():
    """The chapter-5 experiment, as the Swift `runExperiment`."""
    rng = np.random.default_rng(7)
    prototypes = class_prototypes(rng)
    train_pixels, train_labels = synthetic_images(60_000, prototypes, rng)
    test_pixels, test_labels = synthetic_images(10_000, prototypes, rng)
    network = TwoLayerNet(rng)
    start = time.perf_counter()
    per_epoch = 60_000 // 100
    train_accuracy = test_accuracy = float("nan")
    for iteration in range(1, 10_001):
        indices = rng.integers(0, 60_000, size=100)
        x = train_pixels[indices].astype(np.float64) / 255.0
        _, _, gradients = network.gradient(x, train_labels[indices])
        sgd_update(network, gradients)
        if iteration % per_epoch == 0 or iteration == 10_000:
            train_accuracy = network.accuracy(train_pixels, train_labels)
            test_accuracy = network.accuracy(test_pixels, test_labels)
    return time.perf_counter() - start, train_accuracy, test_accuracy


if options.only != "experiment":
    run_array_workloads()

if selects("train step"):
    report(f"train step 784-50-10 batch 100 {options.threads}t", training_step_seconds(options.seconds) * 1e6, "µs")

if options.only == "experiment":
    import resource

    seconds, train_accuracy, test_accuracy = run_experiment()
    name = f"experiment ch05 10000 steps {options.threads}t"
    report(name, seconds, "s")
    report(f"{name} peak memory", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "MB")
    report(f"{name} final train accuracy", train_accuracy, "")
    report(f"{name} final test accuracy", test_accuracy, "")
