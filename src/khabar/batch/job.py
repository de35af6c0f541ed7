"""Entry point for ``spark-submit``: the master, executors and environment come from the cluster.

    spark-submit --master yarn ... "$(python -c 'import khabar.batch.job as j; print(j.__file__)')" \\
        --output s3a://bucket/khabar-out s3a://bucket/news/*.jsonl
"""

from __future__ import annotations

import argparse
import json

from khabar.batch.spark import run_spark


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="khabar.batch.job")
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--output", required=True)
    ap.add_argument("--model", default="fa_khabar")
    ap.add_argument("--partitions", type=int, default=None)
    args = ap.parse_args(argv)
    manifest = run_spark(args.inputs, args.output, model=args.model, master=None, partitions=args.partitions)
    print(json.dumps(manifest["counts"]))


if __name__ == "__main__":
    main()
