"""Which addresses a watch may fetch: public ones, and private ones only when allowed.

A watchlist can come from anyone (an imported OTA collection, a shared file). A
watch on `http://169.254.169.254/` would read a cloud machine's credentials and
record them as a "policy"; one on `http://10.0.0.5/admin` would probe the local
network. So link-local and cloud-metadata addresses are never fetched, and
private or loopback ones only when the watch says `allow_private = true` (or
VIGIE_ALLOW_PRIVATE=1 is set, as the demo and the tests do for 127.0.0.1). The
URL is checked when the watchlist is loaded; the crawler checks again each
address the host resolves to, redirects included (crawler/targets.py).
"""

from __future__ import annotations

import ipaddress
import os
import re
import socket
from urllib.parse import urlsplit

ALLOW_PRIVATE_ENV = "VIGIE_ALLOW_PRIVATE"
# Cloud instance-metadata services (AWS, GCP, Azure, Alibaba, ECS task metadata).
METADATA_ADDRESSES = frozenset(map(ipaddress.ip_address, (
    "169.254.169.254", "fd00:ec2::254", "100.100.100.200", "169.254.170.2")))
METADATA_HOSTS = frozenset({"metadata", "metadata.google.internal", "metadata.goog", "instance-data",
                            "instance-data.ec2.internal"})
CGNAT = ipaddress.ip_network("100.64.0.0/10")


def private_allowed(allowed_by_watch: bool = False) -> bool:
    return allowed_by_watch or os.environ.get(ALLOW_PRIVATE_ENV, "").lower() in ("1", "true", "yes")


def address_problem(address: str, allow_private: bool) -> str | None:
    """Why this IP address must not be fetched, or None."""
    if ":" not in address and not address.replace(".", "").isdigit():
        return None  # a host name: cheaper to see than ip_address's ValueError, 10,000 times at load
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if ip in METADATA_ADDRESSES or ip.is_link_local:
        return f"{ip} is a link-local or cloud-metadata address"
    if ip.is_unspecified or ip.is_multicast or ip.is_reserved:
        return f"{ip} is not a public address"
    if (ip.is_loopback or ip.is_private or ip in CGNAT) and not allow_private:
        return (f"{ip} is a private or loopback address; set allow_private = true on the watch "
                "if it is meant to be watched")
    return None


def url_problem(url: str, allow_private: bool) -> str | None:
    """Why this URL must not be fetched, judged without DNS, or None."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").rstrip(".").lower()
    except ValueError:
        return "not a valid URL"
    if parts.scheme not in ("http", "https"):
        return f"{parts.scheme or 'no'} scheme: only http and https are fetched"
    if host in METADATA_HOSTS:
        return f"{host} is a cloud-metadata host"
    if (host == "localhost" or host.endswith(".localhost")) and not allow_private:
        return f"{host} is this machine; set allow_private = true on the watch if it is meant to be watched"
    return address_problem(host, allow_private)


def resolved_problem(host: str, port: int, allow_private: bool) -> str | None:
    """Why an address `host` resolves to must not be fetched, or None (DNS failures
    are left to the download, which reports them)."""
    if _is_address(host):
        return address_problem(host, allow_private)
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except OSError:
        return None
    for info in infos:
        problem = address_problem(info[4][0], allow_private)
        if problem:
            return f"{host} resolves to {problem}"
    return None


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return False


def masked(url: str) -> str:
    """The URL with any user name and password in it replaced by `***`, for printing."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if "@" not in parts.netloc:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return parts._replace(netloc=f"***@{host}").geturl()


# "user:password@host" anywhere in a message (an error can quote the URL it failed on).
_USERINFO = re.compile(r"(?<![\w.+-])[^\s/@:'\"]+:[^\s/@'\"]+@(?=[\w\[])")


def masked_text(text: str) -> str:
    """A message with every `user:password@` in it replaced by `***@`."""
    return _USERINFO.sub("***@", text)
