"""Helpers for the archive tests: WARC files built with warcio from corpus/ texts wrapped in
HTML (plus records that must be skipped), and a real S3-compatible server (moto's standalone
server on a free loopback port)."""
from __future__ import annotations

import html
import io
import os
import socket
from pathlib import Path

CORPUS_ARTICLES = Path(__file__).resolve().parents[1] / "corpus" / "articles"


def corpus_texts(n: int | None = None) -> list[tuple[str, str]]:
    """(stem, text) of corpus/ articles, sorted by name."""
    files = sorted(CORPUS_ARTICLES.glob("*.txt"))[:n]
    return [(f.stem, f.read_text(encoding="utf-8")) for f in files]


def as_html(title: str, text: str) -> bytes:
    """A news page around a text: navigation, the article's paragraphs, a footer."""
    paras = "\n".join(f"<p>{html.escape(p.strip())}</p>" for p in text.split("\n") if p.strip())
    return (f"<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>{html.escape(title)}</title></head>"
            f"<body><nav><a href='/'>Beranda</a> <a href='/ekonomi'>Ekonomi</a></nav>"
            f"<article><h1>{html.escape(title)}</h1>{paras}</article>"
            f"<footer>Hak cipta 2025 Warta Daerah</footer></body></html>").encode("utf-8")


PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
ROBOTS = b"User-agent: *\nDisallow: /cari\n"
NOT_FOUND = b"<html><head><title>404</title></head><body><p>Halaman tidak ditemukan</p></body></html>"
NO_TEXT = b"<html><head><title>Galeri</title><script>var x = 1;</script></head><body><div></div></body></html>"


def write_warc(path: Path, pages: list[tuple[str, str]], gzip: bool = True, skips: bool = True) -> list[str]:
    """A WARC file with one request + response per page (url, text), and when ``skips`` a PDF,
    a 404, a robots.txt and a page with no text in between. Returns the article URLs in order."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def response(url, status, ctype, body):
        headers = StatusAndHeaders(status, [("Content-Type", ctype), ("Content-Length", str(len(body)))],
                                   protocol="HTTP/1.1")
        request = writer.create_warc_record(url, "request", payload=io.BytesIO(f"GET {url} HTTP/1.1\r\n\r\n".encode()),
                                            warc_headers_dict={"Content-Type": "application/http; msgtype=request"})
        writer.write_record(request)
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))

    urls = []
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "warta tests"}))
        for i, (stem, text) in enumerate(pages):
            url = f"https://warta-daerah.example/berita/{stem}"
            response(url, "200 OK", "text/html; charset=utf-8", as_html(stem.replace("_", " "), text))
            urls.append(url)
            if skips and i == 0:
                response("https://warta-daerah.example/laporan.pdf", "200 OK", "application/pdf", PDF)
                response("https://warta-daerah.example/robots.txt", "200 OK", "text/plain", ROBOTS)
                response("https://warta-daerah.example/hilang", "404 Not Found", "text/html", NOT_FOUND)
                response("https://warta-daerah.example/galeri", "200 OK", "text/html", NO_TEXT)
    return urls


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


S3_ENV = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1"}


class S3Server:
    """moto's standalone S3 server on a free loopback port; the environment points s3fs at it
    (the usual places: AWS_* variables and fsspec's FSSPEC_S3_* configuration), so processes
    started while it runs (Dask workers) find it too."""

    def __init__(self):
        from moto.server import ThreadedMotoServer

        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self.server = ThreadedMotoServer(ip_address="127.0.0.1", port=self.port, verbose=False)
        self.saved: dict[str, str | None] = {}

    def __enter__(self) -> "S3Server":
        import fsspec.config

        self.server.start()
        env = dict(S3_ENV, AWS_ENDPOINT_URL=self.endpoint, FSSPEC_S3_ENDPOINT_URL=self.endpoint)
        for k, v in env.items():
            self.saved[k] = os.environ.get(k)
            os.environ[k] = v
        self.saved_conf = dict(fsspec.config.conf.get("s3", {}))
        fsspec.config.conf.setdefault("s3", {})["endpoint_url"] = self.endpoint  # fsspec read its env at import
        return self

    def fs(self):
        import s3fs

        return s3fs.S3FileSystem(endpoint_url=self.endpoint, skip_instance_cache=True)

    def __exit__(self, *exc) -> None:
        import fsspec.config

        for k, v in self.saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        fsspec.config.conf["s3"] = self.saved_conf
        self.server.stop()
