#!/bin/sh
# Puts the four Fashion-MNIST files into Data/fashion/ (about 55 MB unpacked): run from anywhere,
#   sh Data/get-fashion.sh
# The MD5 sums are those published by Zalando Research in the fashion-mnist repository.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
exec sh "$here/download-idx.sh" "$here/fashion" \
    "https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/ http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/" \
    8d4fb7e6c68d591d4c3dfef9ec88bf0d \
    25c81989df183df01b3e8a0aad5dffbe \
    bef4ecab320f06d8554ea6380940ec79 \
    bb300cfdad3c16e7a12a480ee83cd310
