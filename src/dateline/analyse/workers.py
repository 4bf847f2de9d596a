"""Worker processes that never outlive the run that started them.

A worker holds a spaCy model (~220 MB). When its parent is killed (kill -9, OOM killer) it
must not go on for minutes: on Linux the kernel sends it SIGTERM when the parent dies
(prctl PR_SET_PDEATHSIG), and everywhere a thread checks once a second that the parent is
still its parent. Ctrl-C reaches every process of the terminal's group; workers ignore it and
the parent, which decides what is stored, stops them.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
PARENT_POLL_SECONDS = 1.0


def _exit_when_orphaned(parent: int) -> None:
    while True:
        time.sleep(PARENT_POLL_SECONDS)
        if os.getppid() != parent:
            os._exit(1)  # no cleanup to do: results only ever go to the parent


def init_worker(parent: int) -> None:
    """ProcessPoolExecutor initializer: die with `parent`, leave Ctrl-C to it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True, name="parent-watch").start()


def stop_workers(pool: ProcessPoolExecutor) -> None:
    """Stop a pool now: queued work cancelled, running workers terminated (not awaited)."""
    # The executor has no public way to end running workers before Python 3.14
    # (terminate_workers); shutdown() alone would wait for every chunk in progress.
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(timeout=5)
    # Let the executor's manager thread finish closing its wake-up pipe now: at interpreter exit
    # Python 3.11 writes to that pipe, and if the thread closes it at the same moment the write
    # fails with a traceback ("Bad file descriptor") after a clean stop (CI flake, SIGTERM).
    manager = getattr(pool, "_executor_manager_thread", None)
    if manager is not None:
        with contextlib.suppress(Exception):
            manager.join(timeout=5)
