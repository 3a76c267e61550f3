#!/bin/sh
# Downloads the four gzipped IDX files of an MNIST-format data set, checks each
# against its published MD5 sum, and unpacks it. Called by get-mnist.sh and
# get-fashion.sh, which supply the folder, the mirrors and the sums:
#
#   sh Data/download-idx.sh FOLDER "MIRROR_URL ..." \
#       MD5_TRAIN_IMAGES MD5_TRAIN_LABELS MD5_T10K_IMAGES MD5_T10K_LABELS
#
# Mirrors are tried in order; a file whose sum does not match is deleted, never unpacked.
set -eu

if [ "$#" -ne 6 ]; then
    echo "usage: $0 FOLDER \"MIRROR_URL ...\" MD5 MD5 MD5 MD5" >&2
    exit 2
fi
folder=$1
mirrors=$2
shift 2

md5_of() {
    if command -v md5sum >/dev/null 2>&1; then
        md5sum "$1" | cut -d ' ' -f 1
    else
        md5 -q "$1" # macOS
    fi
}

mkdir -p "$folder"
for name in train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte; do
    expected=$1
    shift
    if [ -f "$folder/$name" ]; then
        echo "$folder/$name: already there"
        continue
    fi
    archive="$folder/$name.gz"
    if [ ! -f "$archive" ] || [ "$(md5_of "$archive")" != "$expected" ]; then
        rm -f "$archive"
        for mirror in $mirrors; do
            echo "downloading $mirror$name.gz"
            if curl --fail --location --silent --show-error --retry 2 --output "$archive.part" "$mirror$name.gz"; then
                actual=$(md5_of "$archive.part")
                if [ "$actual" = "$expected" ]; then
                    mv "$archive.part" "$archive"
                    break
                fi
                echo "  MD5 $actual, expected $expected: discarded" >&2
            fi
            rm -f "$archive.part"
        done
    fi
    if [ ! -f "$archive" ]; then
        echo "could not get $name.gz with MD5 $expected from: $mirrors" >&2
        exit 1
    fi
    gunzip -f "$archive"
    echo "$folder/$name: ok (MD5 of the .gz $expected)"
done
