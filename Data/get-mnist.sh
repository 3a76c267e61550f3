#!/bin/sh
# Puts the four MNIST files into Data/mnist/ (about 55 MB unpacked): run from anywhere,
#   sh Data/get-mnist.sh
# The MD5 sums are those of the gzipped files as published by Y. LeCun, C. Cortes and
# C. J. C. Burges and used by torchvision; the mirrors serve byte-identical copies.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
exec sh "$here/download-idx.sh" "$here/mnist" \
    "https://ossci-datasets.s3.amazonaws.com/mnist/ https://storage.googleapis.com/cvdf-datasets/mnist/" \
    f68b3c2dcbeaaa9fbdd348bbdeb94873 \
    d53e105ee54ea40749a09fcbcd1e9432 \
    9fb629c4189551a2d022fa330f9573f3 \
    ec29112dd5afa0611ce80d1b7f02629c
