"""Issue 27: the broker link, the overview's and `serve --from`'s feeds in a process with more
than 1,024 files open (the open-files limit raised for 1,000 viewers): their sockets land above
1024, where select() cannot wait; a broker restart later they reconnect and publish, on a real
Mosquitto (runner.ui.rooms.mqtt_loop waits on a selector instead)."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from tests.broker import broker_fixture

broker = pytest.fixture(scope="module")(broker_fixture)
FILES = 1100  # more than select()'s 1,024, as ~1,000 viewers' sockets are
ROOT = Path(__file__).resolve().parent.parent


def ask(child: subprocess.Popen[str], line: str) -> dict:
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(line + "\n")
    child.stdin.flush()
    answer = child.stdout.readline()
    assert answer, f"the child ended: {child.stderr.read() if child.stderr else ''}"
    return json.loads(answer)


@pytest.mark.skipif(resource.getrlimit(resource.RLIMIT_NOFILE)[1] < FILES + 512, reason="hard open-files limit too low")
def test_sockets_above_1024_connect_and_reconnect_after_a_broker_restart(broker):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.many_files_child", broker.url("many"), str(FILES)],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        published = ask(child, "publish 1")
        assert published["connected"] and published["fd"] > 1024
        heard = ask(child, "heard 1")
        assert heard["heard"] and heard["fd"] > 1024
        broker.stop()
        broker.start()  # a restart: no retained state, both reconnect on new sockets
        published = ask(child, "publish 2")
        assert published["connected"] and published["fd"] > 1024
        heard = ask(child, "heard 2")
        assert heard["heard"] and heard["fd"] > 1024
    finally:
        if child.stdin is not None:
            child.stdin.close()
        try:
            child.wait(15)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
    assert child.returncode == 0, child.stderr.read() if child.stderr else ""
