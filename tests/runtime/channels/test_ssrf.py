"""The SSRF guard: private targets refused unless allowed; every resolved address checked."""

from __future__ import annotations

import pytest

from runtime.channels.ssrf import Guard, TargetRefused


@pytest.mark.parametrize("url", ["http://127.0.0.1/x", "http://10.1.2.3/", "http://192.168.1.1/", "http://169.254.169.254/",
                                 "http://[::1]/", "http://224.0.0.1/", "http://0.0.0.0/", "http://localhost:8080/",
                                 "http://[::ffff:127.0.0.1]/", "http://100.64.0.1/"])
def test_private_targets_refused(url):
    with pytest.raises(TargetRefused):
        Guard().check(url)


def test_scheme_and_host_checked():
    with pytest.raises(TargetRefused, match="only http"):
        Guard().check("file:///etc/passwd")
    with pytest.raises(TargetRefused, match="cannot be resolved"):
        Guard().check("http://no-such-host.invalid/")


def test_allowances():
    Guard(allow_private=True).check("http://127.0.0.1/")
    Guard(allowlist=["127.0.0.1"]).check("http://127.0.0.1:9/")
    Guard(allowlist=["10.0.0.0/8"]).check("http://10.2.3.4/")
    Guard(allowlist=["localhost"]).check("http://localhost/")
    with pytest.raises(TargetRefused):
        Guard(allowlist=["10.0.0.0/8"]).check("http://192.168.0.1/")


def test_public_address_passes():
    Guard().check("http://93.184.216.34/")
