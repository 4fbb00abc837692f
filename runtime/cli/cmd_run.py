"""`run`: the runtime as a service until SIGINT/SIGTERM; `run --until-idle`: what is due now."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import signal
import sys
import threading

from runtime.cli.common import open_db
from runtime.i18n import _, _n
from runtime.scheduling import POLL_INTERVAL


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("run", parents=[parent], help=_('run the flows (the runtime service)'),
                       description=_('Run active flows: triggers, timers and steps, as they fall due. '
                                     'Stops cleanly on Ctrl-C / SIGTERM. See docs/cli/runtime.md.'))
    p.add_argument("--until-idle", action="store_true", help=_('process everything due now, then exit 0'))
    p.add_argument("--poll-interval", type=float, default=POLL_INTERVAL, metavar="S",
                   help=_("seconds between checks for changes made by other processes (default {seconds})")
                        .format(seconds=POLL_INTERVAL))
    p.set_defaults(handler=run)


def _say(text: str) -> None:
    print(f"caudal run: {text}", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    from runtime.service import STOP_WAIT, Runtime

    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="caudal run: %(levelname)s %(message)s")
    db = open_db(args)
    runtime = Runtime(db, poll_interval=args.poll_interval, inbound=not args.until_idle,
                      kind="until-idle" if args.until_idle else "run")
    gc.freeze()  # what start-up made lives as long as the service: the collector stops walking it
    try:
        if args.until_idle:
            done = runtime.run_until_idle()
            failed = sorted(n for n, r in runtime.poll_results.items() if isinstance(r, Exception))
            if failed:
                _say(_('could not poll {failed} (see the warnings above)').format(failed=', '.join(failed)))
            _say(_n("idle after {n} item", "idle after {n} items", done))
            return 0
        stop = threading.Event()
        received: list[str] = []

        def on_signal(signum: int, _frame: object) -> None:
            received.append(signal.Signals(signum).name)
            stop.set()

        previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            runtime.start()
            _say(_("started (pid {pid}, {url})").format(pid=os.getpid(), url=db.shown_url))
            if runtime.inbound is not None:
                host, port = runtime.inbound.server_address[:2]
                _say(_("web forms on http://{host}:{port}/in/... (see `caudal forms url FLOW`)").format(
                    host=host, port=port))
            while not stop.wait(1.0):
                if not runtime.running:
                    _say(_('the runtime thread ended unexpectedly'))
                    return 1
            _say(_("{signal}: finishing the calls in hand, starting no new one").format(
                signal=received[0] if received else "stop"))
            clean = runtime.stop()
            _say(_("stopped") if clean else _("stopped (a call was still running after {seconds:.0f} s: the next "
                                              "start reports it uncertain unless it can tell)")
                 .format(seconds=STOP_WAIT))
        finally:
            for s, handler in previous.items():
                signal.signal(s, handler)
        return 0
    finally:
        runtime.close()  # also closes the CRM connections' HTTP clients
        db.dispose()
