"""/docs and /redoc render with no internet: their HTML names no outside host and every asset it references is
served by this app (from the installed fastapi-offline package)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlparse

import pytest


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in {"src", "href", "spec-url"} and value:
                self.refs.append(value)


@pytest.mark.parametrize("path", ["/docs", "/redoc", "/app/"])
async def test_pages_reference_only_this_server(client, path):
    page = await client.get(path)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    html = page.text
    # No absolute URL anywhere in the page (scripts, styles, fonts, favicons, inline configuration).
    assert re.findall(r"(?:https?:)?//[\w.-]+\.[a-z]{2,}", html) == []
    parser = _Refs()
    parser.feed(html)
    assets = [ref for ref in parser.refs if not ref.startswith(("data:", "#"))]
    assert assets, "the page references its scripts and styles"
    base = path if path.endswith("/") else path.rsplit("/", 1)[0] + "/"
    for ref in assets:
        assert not urlparse(ref).netloc, ref
        url = ref if ref.startswith("/") else base + ref
        if url.startswith("/openapi.json"):
            continue
        asset = await client.get(url)
        assert asset.status_code == 200, url
        assert len(asset.content) > 100, url


async def test_swagger_ui_is_the_real_bundle(client):
    html = (await client.get("/docs")).text
    assert '"validatorUrl": null' in html  # no validator badge fetched from an outside service
    js = re.search(r'<script src="([^"]+swagger-ui-bundle\.js)"', html).group(1)
    bundle = await client.get(js)
    assert bundle.status_code == 200 and "SwaggerUIBundle" in bundle.text[:200_000]
    redoc = re.search(r'<script src="([^"]+redoc[^"]*\.js)"', (await client.get("/redoc")).text).group(1)
    assert (await client.get(redoc)).headers["content-type"].startswith(("text/javascript", "application/javascript"))
    assert (await client.get("/openapi.json")).json()["info"]["title"]
