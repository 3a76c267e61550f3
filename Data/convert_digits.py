#!/usr/bin/env python3
"""Convert the UCI optical-recognition digits (scikit-learn's digits.csv.gz) to IDX files.

Usage (from the package root):

    python3 Data/convert_digits.py PATH/TO/digits.csv.gz Data/digits

Input: 1,797 lines of 65 comma-separated integers, 64 pixels of an 8x8 image
(row-major, 0..16) and then the label 0..9. The input's MD5 is checked against
the copy described in Data/README.md, so a different file cannot slip in.

Output: the four MNIST file names, so that one IDX reader serves both data sets.
The split is fixed, stratified and needs no random numbers: within each class,
taken in file order, every fifth image (the 5th, 10th, ...) goes to the test set
and the other four to the training set, so both sets hold every class in the
proportion 4:1 and every stretch of the file (the file runs through its writers
in order). Each set keeps file order. Data/README.md explains the choice and
lists the SHA-256 sums that this script prints.

Python standard library only.
"""

import gzip
import hashlib
import struct
import sys
from pathlib import Path

EXPECTED_INPUT_MD5 = "9b335364a7bfd63947c7480a5bd51f2d"
ROWS, COLUMNS, PIXEL_MAX, CLASS_COUNT = 8, 8, 16, 10
SAMPLE_COUNT, TEST_EVERY = 1797, 5

# IDX magic numbers: two zero bytes, the element type (0x08 = unsigned byte), the number of axes.
IMAGES_MAGIC = 0x00000803
LABELS_MAGIC = 0x00000801


def read_samples(path):
    """The (pixels, label) pairs of the CSV, checked for shape and range."""
    raw = path.read_bytes()
    digest = hashlib.md5(raw).hexdigest()
    if digest != EXPECTED_INPUT_MD5:
        sys.exit(f"{path}: MD5 {digest}, expected {EXPECTED_INPUT_MD5} (the copy described in Data/README.md)")
    samples = []
    for number, line in enumerate(gzip.decompress(raw).decode("ascii").splitlines(), start=1):
        values = [int(field) for field in line.split(",")]
        if len(values) != ROWS * COLUMNS + 1:
            sys.exit(f"{path}:{number}: {len(values)} values, expected {ROWS * COLUMNS + 1}")
        pixels, label = values[:-1], values[-1]
        if not all(0 <= p <= PIXEL_MAX for p in pixels) or not 0 <= label < CLASS_COUNT:
            sys.exit(f"{path}:{number}: a pixel outside 0..{PIXEL_MAX} or a label outside 0..{CLASS_COUNT - 1}")
        samples.append((pixels, label))
    if len(samples) != SAMPLE_COUNT:
        sys.exit(f"{path}: {len(samples)} samples, expected {SAMPLE_COUNT}")
    return samples


def stratified_split(samples):
    """Every TEST_EVERY-th image of each class (counted in file order) for testing, the rest for training."""
    seen = [0] * CLASS_COUNT
    train, test = [], []
    for pixels, label in samples:
        seen[label] += 1
        (test if seen[label] % TEST_EVERY == 0 else train).append((pixels, label))
    return train, test


def images_idx(samples):
    """An IDX3 file: magic, count, rows, columns (big-endian uint32), then the pixels as bytes."""
    header = struct.pack(">IIII", IMAGES_MAGIC, len(samples), ROWS, COLUMNS)
    return header + bytes(p for pixels, _ in samples for p in pixels)


def labels_idx(samples):
    """An IDX1 file: magic, count (big-endian uint32), then one byte per label."""
    return struct.pack(">II", LABELS_MAGIC, len(samples)) + bytes(label for _, label in samples)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: convert_digits.py DIGITS_CSV_GZ OUTPUT_DIRECTORY")
    samples = read_samples(Path(sys.argv[1]))
    output = Path(sys.argv[2])
    output.mkdir(parents=True, exist_ok=True)
    train, test = stratified_split(samples)
    files = {
        "train-images-idx3-ubyte": images_idx(train),
        "train-labels-idx1-ubyte": labels_idx(train),
        "t10k-images-idx3-ubyte": images_idx(test),
        "t10k-labels-idx1-ubyte": labels_idx(test),
    }
    for name, content in files.items():
        (output / name).write_bytes(content)
        print(f"{hashlib.sha256(content).hexdigest()}  {name}  ({len(content)} bytes)")


if __name__ == "__main__":
    main()
