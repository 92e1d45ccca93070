#!/usr/bin/python3
"""Scale-out of `timeline` on a Dask distributed cluster (docs/performance.md, "Scale-out").

Every worker runs `timeline extract --shard K/N PATHS...` (the same PATHS on every worker: they
must see the same files, at the same place relative to the working directory), the records come
back to this process, and `timeline build --from-records` merges them into the timeline: the same
bytes as `timeline build PATHS` on one machine.

    scripts/dask_extract.py --scheduler tcp://10.0.0.5:8786 --shards 16 corpus/ > timeline.txt
    scripts/dask_extract.py --format json corpus/        # a LocalCluster on this machine

Debian packages: python3-distributed, python3-dask (scripts/setup.sh installs them).
"""
import argparse
import os
import subprocess
import sys
import tempfile


def extract_shard(timeline, cwd, shard, shards, threads, paths, extra):
    """Runs on a worker: the records of one shard, as bytes (exit code 1 only means no document)."""
    cmd = [timeline, "-q", "extract", "--shard", f"{shard}/{shards}", "--threads", str(threads), *extra, *paths]
    run = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if run.returncode not in (0, 1):
        raise RuntimeError(f"shard {shard}/{shards}: {' '.join(cmd)} exited with {run.returncode}: "
                           + run.stderr.decode("utf-8", "replace").strip())
    return run.stdout


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    default_timeline = os.path.join(os.path.dirname(here), "build", "timeline")
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+", help="report files or folders, as for `timeline build`")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler (default: start a LocalCluster)")
    ap.add_argument("--local-workers", type=int, default=2, help="workers of the LocalCluster (default 2)")
    ap.add_argument("--wait-workers", type=int, default=1, help="wait until this many workers are connected (default 1)")
    ap.add_argument("--shards", type=int, default=0, help="number of shards (default: 2 per connected worker)")
    ap.add_argument("--threads", type=int, default=1, help="--threads of each `timeline extract` (default 1)")
    ap.add_argument("--timeline", default=default_timeline, help="the timeline binary, as the workers see it")
    ap.add_argument("--format", default="text", choices=["text", "json", "dot", "svg"], help="output format of the build")
    ap.add_argument("--records-dir", help="keep the shards' records here (default: a temporary folder)")
    ap.add_argument("--extract-option", action="append", default=[],
                    help="an option for every `timeline extract` (repeat: --extract-option=--dct --extract-option=2016-09-09)")
    args = ap.parse_args(argv)

    try:
        from distributed import Client, LocalCluster
    except ImportError:
        sys.exit("dask_extract: the Python package 'distributed' is missing (Debian: apt-get install python3-distributed)")

    timeline = os.path.abspath(args.timeline)
    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.local_workers, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    try:
        client.wait_for_workers(args.wait_workers, timeout=120)
        workers = len(client.scheduler_info()["workers"])
        shards = args.shards or max(1, 2 * workers)
        futures = [client.submit(extract_shard, timeline, os.getcwd(), k, shards, args.threads, args.paths,
                                 args.extract_option, pure=False, key=f"timeline-extract-{k}-of-{shards}")
                   for k in range(shards)]
        records = client.gather(futures)  # in shard order
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.records_dir or tmp
        os.makedirs(folder, exist_ok=True)
        files = []
        for k, data in enumerate(records):
            files.append(os.path.join(folder, f"shard-{k:04d}-of-{shards:04d}.jsonl"))
            with open(files[-1], "wb") as f:
                f.write(data)
        cmd = [timeline, "build", "--format", args.format]
        for f in files:
            cmd += ["--from-records", f]
        sys.stdout.flush()
        return subprocess.run(cmd).returncode


if __name__ == "__main__":
    sys.exit(main())
