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


def softmax_with_loss(scores, t):
    """The mean cross-entropy of softmax(scores) against the class indices t, and its gradient
    with respect to the scores, (y - t) / N: the book's SoftmaxWithLoss forward and backward."""
    exps = np.exp(scores - scores.max(axis=1, keepdims=True))
    y = exps / exps.sum(axis=1, keepdims=True)
    n = scores.shape[0]
    loss = -np.mean(np.log(y[np.arange(n), t]))
    dscores = y.copy()
    dscores[np.arange(n), t] -= 1
    dscores /= n
    return loss, dscores


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
        loss, dscores = softmax_with_loss(scores, t)
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



# Chapter 8: the book's convolutional network, written as the book writes it: im2col with one
# strided slice per filter offset, np.dot, pooling through im2col and reshapes.
def im2col(x, filter_h, filter_w, stride=1, pad=0):
    """(N, C, H, W) -> (N*OH*OW, C*FH*FW), one patch per row."""
    n, c, h, w = x.shape
    out_h = (h + 2 * pad - filter_h) // stride + 1
    out_w = (w + 2 * pad - filter_w) // stride + 1
    padded = np.pad(x, [(0, 0), (0, 0), (pad, pad), (pad, pad)], "constant")
    col = np.zeros((n, c, filter_h, filter_w, out_h, out_w))
    for i in range(filter_h):
        i_end = i + stride * out_h
        for j in range(filter_w):
            j_end = j + stride * out_w
            col[:, :, i, j, :, :] = padded[:, :, i:i_end:stride, j:j_end:stride]
    return col.transpose(0, 4, 5, 1, 2, 3).reshape(n * out_h * out_w, -1)


def col2im(col, input_shape, filter_h, filter_w, stride=1, pad=0):
    """The patches added back to the pixels they came from: (N*OH*OW, C*FH*FW) -> (N, C, H, W)."""
    n, c, h, w = input_shape
    out_h = (h + 2 * pad - filter_h) // stride + 1
    out_w = (w + 2 * pad - filter_w) // stride + 1
    col = col.reshape(n, out_h, out_w, c, filter_h, filter_w).transpose(0, 3, 4, 5, 1, 2)
    image = np.zeros((n, c, h + 2 * pad + stride - 1, w + 2 * pad + stride - 1))
    for i in range(filter_h):
        i_end = i + stride * out_h
        for j in range(filter_w):
            j_end = j + stride * out_w
            image[:, :, i:i_end:stride, j:j_end:stride] += col[:, :, i, j, :, :]
    return image[:, :, pad : h + pad, pad : w + pad]


class Convolution:
    def __init__(self, W, b, stride=1, pad=0):
        self.W, self.b, self.stride, self.pad = W, b, stride, pad

    def forward(self, x):
        fn, _, fh, fw = self.W.shape
        n, _, h, w = x.shape
        out_h = (h + 2 * self.pad - fh) // self.stride + 1
        out_w = (w + 2 * self.pad - fw) // self.stride + 1
        self.x = x
        self.col = im2col(x, fh, fw, self.stride, self.pad)
        self.col_W = self.W.reshape(fn, -1).T
        out = np.dot(self.col, self.col_W) + self.b
        return out.reshape(n, out_h, out_w, -1).transpose(0, 3, 1, 2)

    def backward(self, dout):
        fn, c, fh, fw = self.W.shape
        dout = dout.transpose(0, 2, 3, 1).reshape(-1, fn)
        self.db = np.sum(dout, axis=0)
        self.dW = np.dot(self.col.T, dout).transpose(1, 0).reshape(fn, c, fh, fw)
        dcol = np.dot(dout, self.col_W.T)
        return col2im(dcol, self.x.shape, fh, fw, self.stride, self.pad)


class Pooling:
    def __init__(self, pool_h=2, pool_w=2, stride=2):
        self.pool_h, self.pool_w, self.stride = pool_h, pool_w, stride

    def forward(self, x):
        n, c, h, w = x.shape
        out_h = (h - self.pool_h) // self.stride + 1
        out_w = (w - self.pool_w) // self.stride + 1
        col = im2col(x, self.pool_h, self.pool_w, self.stride).reshape(-1, self.pool_h * self.pool_w)
        self.x = x
        self.arg_max = np.argmax(col, axis=1)
        return np.max(col, axis=1).reshape(n, out_h, out_w, c).transpose(0, 3, 1, 2)

    def backward(self, dout):
        dout = dout.transpose(0, 2, 3, 1)
        size = self.pool_h * self.pool_w
        dmax = np.zeros((dout.size, size))
        dmax[np.arange(self.arg_max.size), self.arg_max.flatten()] = dout.flatten()
        dcol = dmax.reshape(dout.shape + (size,)).reshape(dout.shape[0] * dout.shape[1] * dout.shape[2], -1)
        return col2im(dcol, self.x.shape, self.pool_h, self.pool_w, self.stride)


class SimpleConvNet:
    """conv (30 filters of 5x5) -> ReLU -> max pool 2x2 -> affine (100) -> ReLU -> affine (10)."""

    def __init__(self, rng, filters=30, size=5, hidden=100, classes=10, std=0.01):
        pooled = filters * 12 * 12
        self.params = {
            "W1": std * rng.standard_normal((filters, 1, size, size)),
            "b1": np.zeros(filters),
            "W2": std * rng.standard_normal((pooled, hidden)),
            "b2": np.zeros(hidden),
            "W3": std * rng.standard_normal((hidden, classes)),
            "b3": np.zeros(classes),
        }
        self.pool = Pooling()

    def scores(self, x):
        self.conv = Convolution(self.params["W1"], self.params["b1"])
        c = self.conv.forward(x)
        self.conv_mask = c > 0
        p = self.pool.forward(np.where(self.conv_mask, c, 0))
        self.pooled_shape = p.shape
        self.flat = p.reshape(p.shape[0], -1)
        a = np.dot(self.flat, self.params["W2"]) + self.params["b2"]
        self.hidden_mask = a > 0
        self.hidden = np.where(self.hidden_mask, a, 0)
        return np.dot(self.hidden, self.params["W3"]) + self.params["b3"]

    def gradient(self, x, t):
        loss, dscores = softmax_with_loss(self.scores(x), t)
        grads = {"W3": np.dot(self.hidden.T, dscores), "b3": dscores.sum(axis=0)}
        dhidden = np.dot(dscores, self.params["W3"].T) * self.hidden_mask
        grads["W2"] = np.dot(self.flat.T, dhidden)
        grads["b2"] = dhidden.sum(axis=0)
        dflat = np.dot(dhidden, self.params["W2"].T).reshape(self.pooled_shape)
        dconv = self.pool.backward(dflat) * self.conv_mask
        self.conv.backward(dconv)  # the book's Convolution computes dx for the first layer too
        grads["W1"], grads["b1"] = self.conv.dW, self.conv.db
        return loss, grads

    def accuracy(self, x, labels, batch_size=100):
        correct = 0
        for start in range(0, len(labels), batch_size):
            batch = x[start : start + batch_size]
            correct += int((self.scores(batch).argmax(axis=1) == labels[start : start + batch_size]).sum())
        return correct / len(labels)


class Adam:
    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
        self.lr, self.beta1, self.beta2, self.iter, self.m, self.v = lr, beta1, beta2, 0, None, None

    def update(self, params, grads):
        if self.m is None:
            self.m = {key: np.zeros_like(value) for key, value in params.items()}
            self.v = {key: np.zeros_like(value) for key, value in params.items()}
        self.iter += 1
        lr_t = self.lr * np.sqrt(1.0 - self.beta2**self.iter) / (1.0 - self.beta1**self.iter)
        for key in params:
            self.m[key] += (1 - self.beta1) * (grads[key] - self.m[key])
            self.v[key] += (1 - self.beta2) * (grads[key] ** 2 - self.v[key])
            params[key] -= lr_t * self.m[key] / (np.sqrt(self.v[key]) + 1e-7)


def mnist_shaped_images(count, rng):
    """`count` images (N, 1, 28, 28) scaled to [0, 1] and their labels, made as the Swift ones."""
    pixels, labels = synthetic_images(count, class_prototypes(rng), rng)
    return (pixels.astype(np.float64) / 255.0).reshape(count, 1, 28, 28), labels


def run_convolution_workloads():
    rng = np.random.default_rng(8)
    x = rng.uniform(0, 1, size=(100, 1, 28, 28))
    W = 0.01 * rng.standard_normal((30, 1, 5, 5))
    shape = "100x1x28x28 30x5x5"
    suffix = f"{options.threads}t"
    if selects(f"conv im2col {shape}"):
        report(f"conv im2col {shape} {suffix}", measure(options.seconds, lambda: im2col(x, 5, 5)) * 1e3, "ms")
    col = im2col(x, 5, 5)
    if selects(f"conv col2im {shape}"):
        report(f"conv col2im {shape} {suffix}", measure(options.seconds, lambda: col2im(col, x.shape, 5, 5)) * 1e3, "ms")
    layer = Convolution(W, np.zeros(30))
    if selects(f"conv forward {shape}"):
        report(f"conv forward {shape} {suffix}", measure(options.seconds, lambda: layer.forward(x)) * 1e3, "ms")
    out = layer.forward(x)
    dout = np.ones(out.shape)
    if selects(f"conv backward {shape}"):
        report(f"conv backward {shape} {suffix}", measure(options.seconds, lambda: layer.backward(dout)) * 1e3, "ms")
    if selects("conv maxpool 100x30x24x24"):
        pool = Pooling()
        maps = np.maximum(out, 0)
        report(
            f"conv maxpool forward+backward 100x30x24x24 {suffix}",
            measure(options.seconds, lambda: pool.backward(pool.forward(maps))) * 1e3,
            "ms",
        )
    if selects("convnet train step"):
        images, labels = mnist_shaped_images(100, np.random.default_rng(8))
        network = SimpleConvNet(rng)
        optimizer = Adam()

        def step():
            _, grads = network.gradient(images, labels)
            optimizer.update(network.params, grads)

        report(f"convnet train step batch 100 {suffix}", measure(options.seconds, step) * 1e3, "ms")


def run_convnet_epoch():
    """One epoch of SimpleConvNet with Adam over 10,000 images in shuffled batches of 100, then the
    accuracy on them (as the Swift `runConvNetEpoch`)."""
    rng = np.random.default_rng(8)
    images, labels = mnist_shaped_images(10_000, rng)
    network = SimpleConvNet(rng)
    optimizer = Adam()
    start = time.perf_counter()
    order = rng.permutation(10_000)
    for first in range(0, 10_000, 100):
        batch = order[first : first + 100]
        _, grads = network.gradient(images[batch], labels[batch])
        optimizer.update(network.params, grads)
    accuracy = network.accuracy(images, labels)
    return time.perf_counter() - start, accuracy

if options.only not in ("experiment", "convnet epoch"):
    run_array_workloads()

if options.only != "convnet epoch" and selects("train step"):
    report(f"train step 784-50-10 batch 100 {options.threads}t", training_step_seconds(options.seconds) * 1e6, "µs")

if options.only not in ("experiment", "convnet epoch"):
    run_convolution_workloads()



def report_alone(workload, seconds, accuracies):
    """The report of a workload that ran alone in this process: wall time, peak memory, accuracies."""
    import resource

    name = f"{workload} {options.threads}t"
    report(name, seconds, "s")
    report(f"{name} peak memory", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "MB")
    for label, value in accuracies:
        report(f"{name} {label}", value, "")


if options.only == "convnet epoch":
    seconds, accuracy = run_convnet_epoch()
    report_alone("convnet epoch 10000 images", seconds, [("train accuracy", accuracy)])

if options.only == "experiment":
    seconds, train_accuracy, test_accuracy = run_experiment()
    report_alone(
        "experiment ch05 10000 steps",
        seconds,
        [("final train accuracy", train_accuracy), ("final test accuracy", test_accuracy)],
    )
