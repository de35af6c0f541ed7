"""A class-data-sharing (AppCDS) archive for the driver JVM of ``local[...]`` Spark runs.

Starting a local Spark session loads some 15,000 classes from Spark's jars, which is most of the session's
start-up. Java 17 can write the classes a run loaded into an archive when the JVM exits
(``-XX:ArchiveClassesAtExit``) and map that archive in later runs (``-XX:SharedArchiveFile``). The first
local run on a machine therefore writes the archive (its JVM takes some seconds longer to exit); later runs
start faster. The archive is keyed by the Java and PySpark installation; the JVM itself checks that the
class path matches and ignores an archive that does not (``-Xshare:auto``, the default).

Opt-in, because the archive is about 180 MB and the dump closes PySpark's gateway through a private
attribute: ``KHABAR_SPARK_CDS`` = ``on`` (``$XDG_CACHE_HOME/khabar`` or ``~/.cache/khabar``) or a folder.
Unset, empty or ``off``: no archive.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from pathlib import Path

CDS_ENV = "KHABAR_SPARK_CDS"
# The dump logs one warning per class it skips (signed jars, old class files); they are not errors.
_QUIET = "-Xlog:cds=off -Xlog:cds+dynamic=off"


def archive_path(env: dict[str, str] | None = None) -> Path | None:
    """Where this Java + PySpark's archive lives; None when turned off or no Java is found."""
    env = dict(os.environ) if env is None else env
    setting = env.get(CDS_ENV, "")
    if setting.lower() in ("", "off", "0", "false", "no"):
        return None
    java_home = env.get("JAVA_HOME")
    java = str(Path(java_home, "bin", "java")) if java_home else shutil.which("java", path=env.get("PATH"))
    if not java:
        return None
    import pyspark

    key = f"{os.path.realpath(java)}|{Path(pyspark.__file__).parent}|{pyspark.__version__}"
    default = setting.lower() in ("on", "1", "true", "yes")
    cache = Path(env.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "khabar" if default else Path(setting)
    return cache / f"spark-{pyspark.__version__}-{hashlib.sha1(key.encode()).hexdigest()[:12]}.jsa"


def cds_options(archive: Path | None, pid: int | None = None) -> tuple[str, Path | None]:
    """JVM options for this run, and the file the JVM will dump to at exit (None: nothing to dump)."""
    if archive is None:
        return "", None
    if archive.is_file():
        return f"-XX:SharedArchiveFile={archive} {_QUIET}", None
    try:
        archive.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return "", None  # no writable cache: run without the archive
    pending = archive.with_name(f"{archive.name}.{pid or os.getpid()}.tmp")
    return f"-XX:ArchiveClassesAtExit={pending} {_QUIET}", pending


def finish_dump(pending: Path, archive: Path, timeout: float = 180.0) -> bool:
    """After ``spark.stop()``: close the gateway JVM so that it writes the archive, then publish it.

    PySpark's JVM exits when its stdin closes; the next session in this process starts a new JVM."""
    from pyspark import SparkContext

    gateway = SparkContext._gateway
    proc = getattr(gateway, "proc", None)
    if gateway is None or proc is None or proc.stdin is None:
        return False
    gateway.shutdown()
    proc.stdin.close()
    deadline = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    SparkContext._gateway = None
    SparkContext._jvm = None
    if proc.poll() == 0 and pending.is_file() and pending.stat().st_size > 0:
        os.replace(pending, archive)  # atomic: a concurrent run sees the whole archive or none
        return True
    if proc.poll() is not None:
        pending.unlink(missing_ok=True)  # the JVM died before or while writing
    return False
